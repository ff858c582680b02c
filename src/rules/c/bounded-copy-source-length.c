#include <string.h>

void copy(char *dst, size_t dstsize, const char *src) {
    // ruleid: c.bounded-copy-source-length
    strncpy(dst, src, strlen(src));
    // ruleid: c.bounded-copy-source-length
    memcpy(dst, src, strlen(src) + 1);
    // ok: c.bounded-copy-source-length
    strncpy(dst, src, dstsize - 1);
    // ok: c.bounded-copy-source-length
    memcpy(dst, src, strlen(dst));
}
