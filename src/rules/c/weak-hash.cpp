#include <openssl/hmac.h>
#include <string>

std::string Sign(const std::string &key, const std::string &msg) {
    unsigned int len = 0;
    unsigned char out[64];
    // ruleid: c.weak-hash
    HMAC(EVP_sha1(), key.data(), key.size(), (const unsigned char *)msg.data(), msg.size(), out, &len);
    // ok: c.weak-hash
    HMAC(EVP_sha256(), key.data(), key.size(), (const unsigned char *)msg.data(), msg.size(), out, &len);
    return std::string((char *)out, len);
}
