#include <dlfcn.h>
#include <stdlib.h>

void *load_plugin(int argc, char **argv) {
    // ruleid: c.dlopen-untrusted-path
    void *h = dlopen(getenv("PLUGIN_PATH"), RTLD_NOW);
    // ruleid: c.dlopen-untrusted-path
    void *g = dlopen(argv[1], RTLD_LAZY);
    // ok: c.dlopen-untrusted-path
    void *k = dlopen("/usr/lib/app/plugin.so", RTLD_NOW);
    return h ? h : g;
}
