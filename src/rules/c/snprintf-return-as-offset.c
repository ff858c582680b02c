#include <stdio.h>

void render(char *buf, size_t size, const char **names, int n) {
    size_t off = 0;
    for (int i = 0; i < n; i++) {
        // ruleid: c.snprintf-return-as-offset
        off += snprintf(buf + off, size - off, "%s,", names[i]);
    }
    // ok: c.snprintf-return-as-offset
    int w = snprintf(buf, size, "%d", n);
    if (w < 0 || (size_t)w >= size) return;
}
