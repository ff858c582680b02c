#include <sys/stat.h>

void publish(const char *path) {
    // ruleid: c.world-writable-chmod
    chmod(path, 0777);
    // ruleid: c.world-writable-chmod
    chmod(path, S_IRUSR | S_IWUSR | S_IROTH | S_IWOTH);
    // ok: c.world-writable-chmod
    chmod(path, 0644);
    // ok: c.world-writable-chmod
    chmod(path, S_IRUSR | S_IWUSR);
}
