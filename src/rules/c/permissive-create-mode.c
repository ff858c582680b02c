#include <fcntl.h>
#include <sys/stat.h>

void setup(const char *dir, const char *file) {
    // ruleid: c.permissive-create-mode
    mkdir(dir, 0777);
    // ruleid: c.permissive-create-mode
    int fd = open(file, O_CREAT | O_WRONLY, 0666);
    // ok: c.permissive-create-mode
    int fd2 = open(file, O_CREAT | O_WRONLY, 0600);
    // ok: c.permissive-create-mode
    mkdir(dir, 0755);
}
