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
// Likewise its random generator: `git_libgit2_init` seeds the generator TLS uses
// (`mbedtls_ctr_drbg_seed`), and gathering the seed's entropy (mbedTLS's HAVEGE and timing
// sources) took some 0.2 ms of every command that opens a workspace. The seeding is noted and
// done at the first `mbedtls_ssl_setup`, before the handshake draws anything from the generator
// (libgit2 draws from it nowhere else). If it fails then, the connection fails with its error:
// no TLS runs on an unseeded generator.
//
// Debug builds link the shared libgit2, whose calls to mbedTLS stay inside it: there is nothing
// to wrap, and the file is read and the generator seeded at start-up as before.
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

// mbedTLS's generator, only passed through.
struct mbedtls_ctr_drbg_context;
typedef int (*entropy_source)(void *, unsigned char *, size_t);
int __real_mbedtls_ctr_drbg_seed(
    struct mbedtls_ctr_drbg_context *context, entropy_source entropy, void *entropy_context,
    const unsigned char *custom, size_t length);

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

// The seeding noted, if any (its personalisation string copied).
static struct mbedtls_ctr_drbg_context *pending_seed;
static entropy_source pending_entropy;
static void *pending_entropy_context;
static unsigned char *pending_custom;
static size_t pending_custom_length;

int __wrap_mbedtls_ctr_drbg_seed(
    struct mbedtls_ctr_drbg_context *context, entropy_source entropy, void *entropy_context,
    const unsigned char *custom, size_t length) {
    unsigned char *copy = NULL;
    if (length > 0) {
        copy = malloc(length);
        if (copy == NULL) return __real_mbedtls_ctr_drbg_seed(context, entropy, entropy_context, custom, length);
        memcpy(copy, custom, length);
    }
    pthread_mutex_lock(&pending_lock);
    int status = 0;
    // Another generator's seeding is done now, so that none is lost.
    if (pending_seed != NULL && pending_seed != context) {
        status = __real_mbedtls_ctr_drbg_seed(
            pending_seed, pending_entropy, pending_entropy_context, pending_custom, pending_custom_length);
    }
    free(pending_custom);
    pending_seed = context;
    pending_entropy = entropy;
    pending_entropy_context = entropy_context;
    pending_custom = copy;
    pending_custom_length = length;
    pthread_mutex_unlock(&pending_lock);
    return status;
}

// Seeds the noted generator, if any. Called with `pending_lock` held.
static int seed_pending(void) {
    if (pending_seed == NULL) return 0;
    int status = __real_mbedtls_ctr_drbg_seed(
        pending_seed, pending_entropy, pending_entropy_context, pending_custom, pending_custom_length);
    free(pending_custom);
    pending_seed = NULL;
    pending_custom = NULL;
    return status;
}

int __wrap_mbedtls_ssl_setup(struct mbedtls_ssl_context *ssl, const struct mbedtls_ssl_config *conf) {
    pthread_mutex_lock(&pending_lock);
    read_pending();
    int seeded = seed_pending();
    pthread_mutex_unlock(&pending_lock);
    if (seeded != 0) return seeded;
    return __real_mbedtls_ssl_setup(ssl, conf);
}

#endif
