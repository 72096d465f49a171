import FuzzSupport
import LegisSignature

/// The SSH key parsers: a public key line, a public key wire blob, an OpenSSH private key file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSSHKey(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? SSHPublicKey(line: text)
    _ = try? SSHPublicKey(wireBlob: bytes)
    _ = try? SSHPrivateKey(openSSHFormat: text)
    return 0
}

/// The program's entry point (see ``fuzzMain(_:_:_:)``).
@_cdecl("FuzzSSHKey_main")
public func fuzzSSHKeyMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzSSHKey)
}
