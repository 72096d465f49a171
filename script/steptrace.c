// Runs a program under ptrace, one instruction at a time (its threads too), and prints every
// distinct 16-byte block of [LOW, HIGH) where an instruction ran, in hex, one per line.
// Used by script/startup-order to find the code a command runs.
//
//     steptrace LOW HIGH PROGRAM [ARGUMENT...]     (LOW and HIGH in hex; PROGRAM's output is discarded)
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: steptrace LOW HIGH PROGRAM [ARGUMENT...]\n");
        return 2;
    }
    uint64_t low = strtoull(argv[1], NULL, 16), high = strtoull(argv[2], NULL, 16);
    if (high <= low) {
        fprintf(stderr, "steptrace: HIGH must be above LOW\n");
        return 2;
    }
    size_t blocks = (high - low) / 16 + 1;
    uint8_t *seen = calloc(blocks, 1);
    if (seen == NULL) return 1;
    pid_t child = fork();
    if (child == 0) {
        ptrace(PTRACE_TRACEME, 0, NULL, NULL);
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) dup2(null, 1);
        execv(argv[3], argv + 3);
        perror("steptrace: exec");
        _exit(127);
    }
    int status;
    if (waitpid(child, &status, 0) < 0 || !WIFSTOPPED(status)) return 1;
    ptrace(PTRACE_SETOPTIONS, child, NULL, (void *)(long)(PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL));
    ptrace(PTRACE_SINGLESTEP, child, NULL, NULL);
    long steps = 0;
    int exitStatus = 1;
    for (;;) {
        pid_t thread = waitpid(-1, &status, __WALL);
        if (thread < 0) break;
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            if (thread == child) exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            continue;
        }
        int signal = 0;
        if (WSTOPSIG(status) == SIGTRAP) {
            struct user_regs_struct registers;
            if (ptrace(PTRACE_GETREGS, thread, NULL, &registers) == 0 && registers.rip >= low
                && registers.rip < high)
                seen[(registers.rip - low) / 16] = 1;
            steps++;
        } else if (WSTOPSIG(status) != SIGSTOP) {
            signal = WSTOPSIG(status);
        }
        ptrace(PTRACE_SINGLESTEP, thread, NULL, (void *)(long)signal);
    }
    fprintf(stderr, "steptrace: %ld instructions, exit status %d\n", steps, exitStatus);
    for (size_t i = 0; i < blocks; i++)
        if (seen[i]) printf("%llx\n", (unsigned long long)(low + i * 16));
    free(seen);
    return exitStatus == 0 ? 0 : 1;
}
