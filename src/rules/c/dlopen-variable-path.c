#include <dlfcn.h>

void *open_module(const char *name) {
    // ruleid: c.dlopen-variable-path
    void *h = dlopen(name, RTLD_NOW);
    // ok: c.dlopen-variable-path
    void *self = dlopen(NULL, RTLD_NOW);
    // ok: c.dlopen-variable-path
    void *lib = dlopen(LIBM_SO, RTLD_NOW);
    return h;
}
