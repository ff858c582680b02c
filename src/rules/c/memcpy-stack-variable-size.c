#include <string.h>

int parse_packet(const unsigned char *data, size_t len) {
    unsigned char header[16];
    char name[64] = {0};
    // ruleid: c.memcpy-stack-variable-size
    memcpy(header, data, len);
    if (len > 4) {
        // ruleid: c.memcpy-stack-variable-size
        memcpy(name, data + 4, len - 4);
    }
    // ok: c.memcpy-stack-variable-size
    memcpy(header, data, sizeof(header));
    // ok: c.memcpy-stack-variable-size
    memcpy(name, data, 16);
    // ok: c.memcpy-stack-variable-size
    memcpy(name, data, NAME_LEN);
    return 0;
}

void copy_heap(char *dst, const char *src, size_t n) {
    // ok: c.memcpy-stack-variable-size
    memcpy(dst, src, n);
}
