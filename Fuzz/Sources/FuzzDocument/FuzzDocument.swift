import FuzzSupport
import LegisDocument

/// The document parser on any bytes: it returns a document or throws, never crashes or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    _ = try? DocumentParser().parse(bytes: bytes)
    return 0
}

/// The program's entry point (see ``fuzzMain(_:_:_:)``).
@_cdecl("FuzzDocument_main")
public func fuzzDocumentMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzDocument)
}
