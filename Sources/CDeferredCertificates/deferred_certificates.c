// libgit2 (built with mbedTLS, as Debian ships it) parses the whole system bundle of certificate
// authorities, some 140 certificates in PEM, when it starts: `git_libgit2_init` reads
// /etc/ssl/certs/ca-certificates.crt through `mbedtls_x509_crt_parse_file`. That takes 4 to 6 ms,
// a tenth of a workspace `legis diff` of a large law, and every command that opens a workspace
// paid it, though only `legis sync` over HTTPS ever needs a certificate authority.
//
// The release executable links libgit2 and mbedTLS statically and asks the linker to send
// libgit2's calls of those two functions here (`--wrap`, Package.swift):
// - `mbedtls_x509_crt_parse_file` only notes which file was asked for which chain and answers
//   that it was read;
// - `mbedtls_ssl_setup`, called when libgit2 opens a TLS connection and before any certificate is
//   checked, first reads the noted file into its chain, which libgit2 has already handed to the
//   TLS configuration.
// A file that cannot be read leaves the chain empty, so the server's certificate is refused,
// as libgit2 does when it cannot read the file at start-up. A later request for the same chain
// (libgit2 asked to use another file) replaces the noted one.
//
// Debug builds link the shared libgit2, whose calls to mbedTLS stay inside it: there is nothing
// to wrap, and the file is read at start-up as before.
#include "CDeferredCertificates.h"

#if defined(LEGIS_STATIC_LIBGIT2)
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// mbedTLS's types, only passed through.
struct mbedtls_x509_crt;
struct mbedtls_ssl_context;
struct mbedtls_ssl_config;

int __real_mbedtls_x509_crt_parse_file(struct mbedtls_x509_crt *chain, const char *path);
int __real_mbedtls_ssl_setup(struct mbedtls_ssl_context *ssl, const struct mbedtls_ssl_config *conf);

static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;
static struct mbedtls_x509_crt *pending_chain;
static char *pending_path;

// Reads the noted file, if any, into its chain. Called with `pending_lock` held.
static void read_pending(void) {
    if (pending_chain == NULL) return;
    (void)__real_mbedtls_x509_crt_parse_file(pending_chain, pending_path);
    free(pending_path);
    pending_chain = NULL;
    pending_path = NULL;
}

int __wrap_mbedtls_x509_crt_parse_file(struct mbedtls_x509_crt *chain, const char *path) {
    char *copy = strdup(path);
    if (copy == NULL) return __real_mbedtls_x509_crt_parse_file(chain, path);
    pthread_mutex_lock(&pending_lock);
    // Another chain's file is read now, so that no request is lost.
    if (pending_chain != NULL && pending_chain != chain) read_pending();
    free(pending_path);
    pending_chain = chain;
    pending_path = copy;
    pthread_mutex_unlock(&pending_lock);
    return 0;
}

int __wrap_mbedtls_ssl_setup(struct mbedtls_ssl_context *ssl, const struct mbedtls_ssl_config *conf) {
    pthread_mutex_lock(&pending_lock);
    read_pending();
    pthread_mutex_unlock(&pending_lock);
    return __real_mbedtls_ssl_setup(ssl, conf);
}

#endif
