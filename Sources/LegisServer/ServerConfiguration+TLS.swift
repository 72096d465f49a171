import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import LegisTracker
import NIOSSL

extension ServerConfiguration {
    /// HTTP/1.1, over TLS when certificate files are given (read and checked here, so a wrong
    /// file is reported before the server starts).
    func serverBuilder(http: HTTP1Channel.Configuration) throws(LegisError) -> HTTPServerBuilder {
        guard let tls else { return .http1(configuration: http) }
        do {
            let chain = try NIOSSLCertificate.fromPEMFile(tls.certificateChain).map { NIOSSLCertificateSource.certificate($0) }
            guard !chain.isEmpty else {
                throw LegisError(.invalidInput, "\(tls.certificateChain) holds no PEM certificate.")
            }
            let key = try NIOSSLPrivateKey(file: tls.privateKey, format: .pem)
            let settings = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
            return try .tls(.http1(configuration: http), tlsConfiguration: settings)
        } catch let error as LegisError {
            throw error
        } catch {
            throw LegisError(
                .invalidInput,
                "Cannot use the TLS files \(tls.certificateChain) and \(tls.privateKey): \(error). Give a PEM certificate chain and its PEM private key.")
        }
    }
}
