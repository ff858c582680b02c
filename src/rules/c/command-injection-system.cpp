#include <cstdlib>
#include <string>

void Open(const std::string &url) {
    std::string command = "xdg-open " + url;
    // ruleid: c.command-injection-system
    std::system(command.c_str());
    // ok: c.command-injection-system
    std::system("sync");
}
