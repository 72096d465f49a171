// Kerberos (GSSAPI) entry points for the statically linked libgit2, all failing: Legis does not
// authenticate to remotes with Kerberos/SPNEGO ("Negotiate"). See gssapi_unavailable.c.
#ifndef C_GSSAPI_UNAVAILABLE_H
#define C_GSSAPI_UNAVAILABLE_H

/// The major status every entry point returns (GSS_S_FAILURE: "unspecified failure").
#define LEGIS_GSS_S_FAILURE (13u << 16)

#endif
