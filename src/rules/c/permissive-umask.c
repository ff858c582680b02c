#include <sys/stat.h>

void daemonize(void) {
    // ruleid: c.permissive-umask
    umask(0);
    // ok: c.permissive-umask
    umask(022);
}
