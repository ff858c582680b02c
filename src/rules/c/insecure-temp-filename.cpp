#include <cstdio>

void Save() {
    // ruleid: c.insecure-temp-filename
    const char *testfile = boost::archive::tmpnam(NULL);
    // ok: c.insecure-temp-filename
    std::FILE *f = std::tmpfile();
}
