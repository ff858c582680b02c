#include <unistd.h>
#include <string>

void Run(const std::string &script) {
    // ruleid: c.command-injection-exec-shell
    execlp("bash", "bash", "-c", script.c_str(), nullptr);
    // ok: c.command-injection-exec-shell
    execlp("bash", "bash", script.c_str(), nullptr);
}
