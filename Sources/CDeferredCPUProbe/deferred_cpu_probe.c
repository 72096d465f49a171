// OpenSSL (the libcrypto that libssh2 uses for SSH remotes) probes the CPU's features from the
// `.init` section of its static archive, before `main`: a dozen `cpuid` instructions, each of
// which traps to the hypervisor on a virtual machine, some 40 µs of every start of `legis`,
// though only an SSH sync ever runs OpenSSL code.
//
// The release executable links libcrypto statically and asks the linker to send calls of
// `OPENSSL_cpuid_setup` from outside its own object here (`--wrap`, Package.swift). The call
// from `.init`, which runs before every constructor, is skipped. OpenSSL's own initialisation
// (`OPENSSL_init_crypto`, which libssh2 calls when it starts: at the first SSH connection, see
// deferred_ssh.c) makes the same call later, and that one probes the CPU as before. Until then
// no OpenSSL code runs.
//
// Debug builds link the shared libgit2 and libcrypto, whose `.init` is their own: nothing to wrap.
#include "CDeferredCPUProbe.h"

#if defined(LEGIS_STATIC_LIBGIT2)
void __real_OPENSSL_cpuid_setup(void);

// Set by a constructor: constructors run after the `.init` section. Volatile, or the compiler
// evaluates the constructor while compiling and starts the flag at 1.
static volatile int constructors_started;

__attribute__((constructor)) static void note_constructors_started(void) { constructors_started = 1; }

void __wrap_OPENSSL_cpuid_setup(void) {
    if (!constructors_started) return;
    __real_OPENSSL_cpuid_setup();
}
#endif
