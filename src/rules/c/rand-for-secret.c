#include <stdlib.h>

// ruleid: c.rand-for-secret
void make_session_id(char *out, size_t n) {
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) out[i] = hex[rand() % 16];
}

void init(unsigned char *key, int len, struct conn *c) {
    for (int i = 0; i < len; i++) {
        // ruleid: c.rand-for-secret
        key[i] = rand() & 0xff;
    }
    // ruleid: c.rand-for-secret
    unsigned int nonce = (unsigned int)random();
    // ruleid: c.rand-for-secret
    c->auth_token = rand();
    // ok: c.rand-for-secret
    int jitter = rand() % 100;
    // ok: c.rand-for-secret
    getrandom(key, len, 0);
}
