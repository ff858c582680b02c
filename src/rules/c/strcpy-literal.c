#include <string.h>

void set_status(char *status, const char *input) {
    // ruleid: c.strcpy-literal
    strcpy(status, "500");
    // ok: c.strcpy-literal
    strcpy(status, input);
    // ok: c.strcpy-literal
    snprintf(status, 4, "%s", "500");
}
