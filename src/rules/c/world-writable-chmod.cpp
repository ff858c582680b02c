#include <sys/stat.h>

void Share(int fd) {
    // ruleid: c.world-writable-chmod
    fchmod(fd, 0666);
    // ok: c.world-writable-chmod
    fchmod(fd, 0640);
}
