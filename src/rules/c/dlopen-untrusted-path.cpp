#include <windows.h>
#include <cstdlib>

void Load() {
    // ruleid: c.dlopen-untrusted-path
    HMODULE m = LoadLibraryA(std::getenv("EXT_DLL"));
    // ok: c.dlopen-untrusted-path
    HMODULE n = LoadLibraryA("version.dll");
}
