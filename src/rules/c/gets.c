#include <stdio.h>

void read_name(void) {
    char name[64];
    // ruleid: c.gets
    gets(name);
    // ok: c.gets
    fgets(name, sizeof name, stdin);
    // ok: c.gets
    my_gets(name);
}
