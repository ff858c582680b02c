#include <windows.h>
#include <string>

void Start(std::string &cmdline) {
    STARTUPINFOA si = {};
    PROCESS_INFORMATION pi = {};
    // ruleid: c.exec-variable-program
    CreateProcessA(NULL, &cmdline[0], NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    // ok: c.exec-variable-program
    CreateProcessA("C:\\Windows\\System32\\notepad.exe", NULL, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
}
