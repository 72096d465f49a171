// See deferred_ssh.c. Nothing to call from Swift: the linker sends libgit2's calls of libssh2's
// start-up there in release builds.
#pragma once
