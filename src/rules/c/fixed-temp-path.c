#include <stdio.h>

void dump(const char *data) {
    // ruleid: c.fixed-temp-path
    FILE *f = fopen("/tmp/app_dump.txt", "w");
    // ok: c.fixed-temp-path
    FILE *g = fopen("/var/lib/app/dump.txt", "w");
    fputs(data, f);
}
