import FuzzSupport
import LegisSignature

/// The tag-object parser on any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTagObject(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = try? TagObject.parse(bytes: fuzzBytes(data, size))
    return 0
}

/// The program's entry point (see ``fuzzMain(_:_:_:)``).
@_cdecl("FuzzTagObject_main")
public func fuzzTagObjectMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzTagObject)
}
