#include <unistd.h>

void launch(char *prog, char **args) {
    // ruleid: c.exec-variable-program
    execvp(prog, args);
    // ok: c.exec-variable-program
    execv("/usr/bin/convert", args);
    // ok: c.exec-variable-program
    execv(CONVERT_PATH, args);
}
