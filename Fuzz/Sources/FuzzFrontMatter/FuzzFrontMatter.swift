import FuzzSupport
import LegisDocument

/// The front-matter reader: the input between `---` fences, then a heading, through the parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array("---\n".utf8) + fuzzBytes(data, size) + Array("\n---\n\n# T\n".utf8)
    _ = try? DocumentParser().parse(bytes: bytes)
    return 0
}

/// The program's entry point (see ``fuzzMain(_:_:_:)``).
@_cdecl("FuzzFrontMatter_main")
public func fuzzFrontMatterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzFrontMatter)
}
