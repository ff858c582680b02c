#include <openssl/evp.h>

const EVP_CIPHER *Pick(bool legacy) {
    if (legacy) {
        // ruleid: c.weak-cipher
        return EVP_bf_cbc();
    }
    // ok: c.weak-cipher
    return EVP_chacha20_poly1305();
}
