#include <openssl/evp.h>

const EVP_CIPHER *Cipher() {
    // ruleid: c.unauthenticated-cipher-mode
    return EVP_aes_128_ctr();
}
const EVP_CIPHER *Better() {
    // ok: c.unauthenticated-cipher-mode
    return EVP_aes_128_gcm();
}
