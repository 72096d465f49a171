// The system's certificate authorities, read when libgit2 first opens a TLS connection rather
// than when it starts: nothing to call, the linker sends libgit2's calls here in release builds.
// See deferred_certificates.c.
#ifndef C_DEFERRED_CERTIFICATES_H
#define C_DEFERRED_CERTIFICATES_H
#endif
