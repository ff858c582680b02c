#include <sys/stat.h>

void Daemon() {
    // ruleid: c.permissive-umask
    ::umask(0000);
    // ok: c.permissive-umask
    ::umask(077);
}
