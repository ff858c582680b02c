#include <stdio.h>
#include <stdlib.h>

int convert(const char *file) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "ps2pdf %s", file);
    // ruleid: c.command-injection-system
    if (system(cmd) != 0) return -1;
    // ruleid: c.command-injection-system
    FILE *p = popen(cmd, "r");
    // ok: c.command-injection-system
    system("clear");
    // ok: c.command-injection-system
    FILE *q = popen("ls -l", "r");
    // ok: c.command-injection-system
    system(CLEAR_SCREEN);
    pclose(p);
    pclose(q);
    return 0;
}
