#include <cstdio>
#include <string>
#include <iostream>

void read_name() {
    char name[64];
    // ruleid: c.gets
    std::gets(name);
    // ok: c.gets
    std::string line; std::getline(std::cin, line);
    // ok: c.gets
    std::fgets(name, sizeof name, stdin);
}
