#include <curl/curl.h>

void Http::Insecure(CURL *h) {
    // ruleid: c.tls-verification-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: c.tls-verification-disabled
    WinHttpSetOption(req, WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_UNKNOWN_CA | SECURITY_FLAG_IGNORE_CERT_CN_INVALID, sizeof(DWORD));
    // ok: c.tls-verification-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
}
