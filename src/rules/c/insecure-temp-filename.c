#include <stdio.h>
#include <stdlib.h>

FILE *open_scratch(void) {
    char name[L_tmpnam];
    // ruleid: c.insecure-temp-filename
    if (tmpnam(name) == NULL) return NULL;
    char tmpl[] = "/tmp/appXXXXXX";
    // ruleid: c.insecure-temp-filename
    mktemp(tmpl);
    // ok: c.insecure-temp-filename
    int fd = mkstemp(tmpl);
    // ok: c.insecure-temp-filename
    return tmpfile();
}
