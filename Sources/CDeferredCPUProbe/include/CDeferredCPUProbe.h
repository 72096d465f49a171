// See deferred_cpu_probe.c. Nothing to call from Swift: the linker sends OpenSSL's start-up call
// there.
#pragma once
