import FuzzSupport
import LegisSignature

/// The SSH signature parsers: an armored signature and a raw SSHSIG blob.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSSHSignature(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    _ = try? SSHSignature.parse(armored: String(decoding: bytes, as: UTF8.self))
    _ = try? SSHSignature(blob: bytes)
    return 0
}

/// The program's entry point (see ``fuzzMain(_:_:_:)``).
@_cdecl("FuzzSSHSignature_main")
public func fuzzSSHSignatureMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzSSHSignature)
}
