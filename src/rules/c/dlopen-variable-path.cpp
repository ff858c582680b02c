#include <dlfcn.h>
#include <string>

void *Open(const std::string &path) {
    // ruleid: c.dlopen-variable-path
    return dlopen(path.c_str(), RTLD_LAZY);
}
void *OpenFixed() {
    // ok: c.dlopen-variable-path
    return dlopen("libz.so.1", RTLD_LAZY);
}
