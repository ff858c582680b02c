#include <sys/stat.h>

void Make(const char *d) {
    // ruleid: c.permissive-create-mode
    ::mkdir(d, S_IRWXU | S_IRWXG | S_IRWXO);
    // ok: c.permissive-create-mode
    ::mkdir(d, S_IRWXU);
}
