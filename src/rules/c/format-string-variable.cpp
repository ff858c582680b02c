#include <cstdio>
#include <string>

void Report(const std::string &text) {
    // ruleid: c.format-string-variable
    std::printf(text.c_str());
    // ok: c.format-string-variable
    std::printf("%s\n", text.c_str());
}
