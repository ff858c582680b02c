#include <unistd.h>

void run(const char *user_cmd, const char *file) {
    // ruleid: c.command-injection-exec-shell
    execl("/bin/sh", "sh", "-c", user_cmd, (char *)NULL);
    // ok: c.command-injection-exec-shell
    execl("/bin/sh", "sh", "-c", "ls -l", (char *)NULL);
    // ok: c.command-injection-exec-shell
    execlp("gzip", "gzip", "-c", file, (char *)NULL);
}
