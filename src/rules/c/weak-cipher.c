#include <openssl/evp.h>
#include <openssl/des.h>

void encrypt_block(const unsigned char *key, unsigned char *data) {
    // ruleid: c.weak-cipher
    DES_key_schedule ks;
    // ruleid: c.weak-cipher
    DES_ecb_encrypt((DES_cblock *)data, (DES_cblock *)data, &ks, DES_ENCRYPT);
    // ruleid: c.weak-cipher
    EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
    // ruleid: c.weak-cipher
    EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
    // ruleid: c.weak-cipher
    const EVP_CIPHER *c = EVP_get_cipherbyname("rc4");
    // ok: c.weak-cipher
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
    // ok: c.weak-cipher
    const EVP_CIPHER *g = EVP_get_cipherbyname("aes-256-gcm");
}

// ruleid: c.weak-cipher
const EVP_CIPHER *EVP_des_ecb(void);
// ok: c.weak-cipher
const EVP_CIPHER *EVP_aes_256_gcm(void);
