#include <openssl/evp.h>

void setup(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    // ruleid: c.unauthenticated-cipher-mode
    EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
    // ok: c.unauthenticated-cipher-mode
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}
