#include <openssl/evp.h>
#include <openssl/md5.h>

void digest_password(const char *password, unsigned char *out) {
    // ruleid: c.weak-hash
    MD5_CTX ctx;
    // ruleid: c.weak-hash
    MD5_Init(&ctx);
    // ruleid: c.weak-hash
    EVP_DigestInit_ex(mdctx, EVP_sha1(), NULL);
    // ruleid: c.weak-hash
    const EVP_MD *md = EVP_get_digestbyname("md5");
    // ruleid: c.weak-hash
    gcry_md_open(&h, GCRY_MD_MD5, 0);
    // ok: c.weak-hash
    EVP_DigestInit_ex(mdctx, EVP_sha256(), NULL);
    // ok: c.weak-hash
    SHA256_Init(&sha_ctx);
    // ok: c.weak-hash
    const EVP_MD *good = EVP_get_digestbyname("sha256");
}

// ruleid: c.weak-hash
const EVP_MD *EVP_md5(void);
// ok: c.weak-hash
const EVP_MD *EVP_sha256(void);
