#include <openssl/evp.h>

int set_key(const char *pass, const unsigned char *salt, unsigned char *key, unsigned char *iv, int rounds) {
    // ruleid: c.weak-key-derivation
    int n = EVP_BytesToKey(EVP_aes_256_cbc(), EVP_sha512(), salt,
                           (const unsigned char *)pass, strlen(pass), rounds, key, iv);
    // ruleid: c.weak-key-derivation
    PKCS5_PBKDF2_HMAC(pass, strlen(pass), salt, 8, 1000, EVP_sha256(), 32, key);
    // ruleid: c.weak-key-derivation
    PKCS5_PBKDF2_HMAC_SHA1(pass, -1, salt, 16, 2048, 32, key);
    // ok: c.weak-key-derivation
    PKCS5_PBKDF2_HMAC(pass, strlen(pass), salt, 16, 600000, EVP_sha256(), 32, key);
    // ok: c.weak-key-derivation
    PKCS5_PBKDF2_HMAC(pass, strlen(pass), salt, 16, iterations, EVP_sha256(), 32, key);
    // ok: c.weak-key-derivation
    crypto_pwhash(key, 32, pass, strlen(pass), salt, OPSLIMIT, MEMLIMIT, ALG);
    return n;
}
