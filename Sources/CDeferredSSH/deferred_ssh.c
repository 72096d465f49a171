// libgit2 starts libssh2 when it starts (`git_libgit2_init` calls `libssh2_init`), and libssh2
// starts OpenSSL, its cryptography: OpenSSL probes the CPU (a dozen `cpuid` instructions, each
// a trap to the hypervisor on a virtual machine) and fills its tables, some 0.2 ms of every
// command that opens a workspace, though only `legis sync` over SSH ever runs libssh2.
//
// The release executable links libgit2 and libssh2 statically and asks the linker to send
// libgit2's calls of three of libssh2's functions here (`--wrap`, Package.swift):
// - `libssh2_init` notes its flags and answers that libssh2 started;
// - `libssh2_session_init_ex`, through which every SSH connection of libgit2 begins (each of the
//   other functions libgit2 calls takes a session), first starts libssh2 for real, once; if that
//   fails, no session is made and libgit2 reports the failure;
// - `libssh2_exit` stops libssh2 only if it was started.
//
// Debug builds link the shared libgit2, whose calls stay inside it: nothing to wrap, and libssh2
// starts with libgit2 as before.
#include "CDeferredSSH.h"

#if defined(LEGIS_STATIC_LIBGIT2)
#include <pthread.h>
#include <stddef.h>

// libssh2's types, only passed through.
struct _LIBSSH2_SESSION;
typedef void *(*ssh_alloc)(size_t, void **);
typedef void (*ssh_free)(void *, void **);
typedef void *(*ssh_realloc)(void *, size_t, void **);

int __real_libssh2_init(int flags);
void __real_libssh2_exit(void);
struct _LIBSSH2_SESSION *__real_libssh2_session_init_ex(
    ssh_alloc alloc, ssh_free free, ssh_realloc realloc, void *abstract);

static pthread_mutex_t start_lock = PTHREAD_MUTEX_INITIALIZER;
// Calls of `libssh2_init` noted and not yet matched by `libssh2_exit`.
static int requested;
static int requested_flags;
// Whether libssh2 was started for real (and not stopped since).
static int started;

int __wrap_libssh2_init(int flags) {
    pthread_mutex_lock(&start_lock);
    requested += 1;
    requested_flags = flags;
    pthread_mutex_unlock(&start_lock);
    return 0;
}

void __wrap_libssh2_exit(void) {
    pthread_mutex_lock(&start_lock);
    if (requested > 0) requested -= 1;
    if (requested == 0 && started) {
        __real_libssh2_exit();
        started = 0;
    }
    pthread_mutex_unlock(&start_lock);
}

struct _LIBSSH2_SESSION *__wrap_libssh2_session_init_ex(
    ssh_alloc alloc, ssh_free free, ssh_realloc realloc, void *abstract) {
    pthread_mutex_lock(&start_lock);
    int status = 0;
    if (!started) {
        status = __real_libssh2_init(requested_flags);
        started = status == 0;
    }
    pthread_mutex_unlock(&start_lock);
    if (status != 0) return NULL;
    return __real_libssh2_session_init_ex(alloc, free, realloc, abstract);
}
#endif
