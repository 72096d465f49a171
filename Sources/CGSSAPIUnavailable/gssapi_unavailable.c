// Debian's static libgit2 is built with GSSAPI for the "Negotiate" (Kerberos/SPNEGO) scheme of
// HTTPS remotes, but MIT Kerberos ships no static archive, and a `legis` that loads
// libgssapi_krb5 and its five companion libraries cannot be one static executable, which starts
// in a fraction of the time (Docs/architecture.md). libgit2 starts Negotiate only with "default"
// credentials, which Legis never offers: it authenticates with SSH keys, tokens or git's
// credential helpers (Docs/hosting.md). So these entry points answer as a system without any
// Kerberos mechanism would: every call fails, and libgit2 reports Negotiate as unavailable.
//
// Only the functions and the one object libgit2 refers to are defined, with the prototypes of
// RFC 2744 written out (the GSSAPI headers are not installed with libgit2-dev).
#include <stddef.h>
#include <stdint.h>
#include "CGSSAPIUnavailable.h"

typedef uint32_t OM_uint32;
typedef struct { OM_uint32 length; void *elements; } legis_gss_oid_desc;

static legis_gss_oid_desc hostbased_service = {0, NULL};
legis_gss_oid_desc *GSS_C_NT_HOSTBASED_SERVICE = &hostbased_service;

static OM_uint32 unavailable(OM_uint32 *minor) {
    if (minor) *minor = 0;
    return LEGIS_GSS_S_FAILURE;
}

static OM_uint32 released(OM_uint32 *minor) {
    if (minor) *minor = 0;
    return 0;
}

OM_uint32 gss_indicate_mechs(OM_uint32 *minor, void **mechs) {
    if (mechs) *mechs = NULL;
    return unavailable(minor);
}

OM_uint32 gss_import_name(OM_uint32 *minor, const void *buffer, const void *type, void **name) {
    (void)buffer; (void)type;
    if (name) *name = NULL;
    return unavailable(minor);
}

OM_uint32 gss_init_sec_context(
    OM_uint32 *minor, void *credential, void **context, void *target, void *mechanism, OM_uint32 flags,
    OM_uint32 lifetime, void *bindings, void *input, void **actual, void *output, OM_uint32 *returned,
    OM_uint32 *time) {
    (void)credential; (void)context; (void)target; (void)mechanism; (void)flags; (void)lifetime;
    (void)bindings; (void)input; (void)actual; (void)output; (void)returned; (void)time;
    return unavailable(minor);
}

OM_uint32 gss_display_status(
    OM_uint32 *minor, OM_uint32 status, int type, void *mechanism, OM_uint32 *context, void *text) {
    (void)status; (void)type; (void)mechanism; (void)text;
    if (context) *context = 0;
    return unavailable(minor);
}

OM_uint32 gss_delete_sec_context(OM_uint32 *minor, void **context, void *output) {
    (void)output;
    if (context) *context = NULL;
    return released(minor);
}

OM_uint32 gss_release_buffer(OM_uint32 *minor, void *buffer) { (void)buffer; return released(minor); }
OM_uint32 gss_release_name(OM_uint32 *minor, void **name) { (void)name; return released(minor); }
OM_uint32 gss_release_oid_set(OM_uint32 *minor, void **set) { (void)set; return released(minor); }
