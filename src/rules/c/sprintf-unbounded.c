#include <stdio.h>
#include <stdarg.h>

void describe(char *out, const char *name, int id, const char *fmt, va_list ap) {
    char buf[32];
    // ruleid: c.sprintf-unbounded
    sprintf(buf, "%s-%d", name, id);
    // ruleid: c.sprintf-unbounded
    vsprintf(out, fmt, ap);
    // ok: c.sprintf-unbounded
    snprintf(buf, sizeof buf, "%s-%d", name, id);
    // ok: c.sprintf-unbounded
    vsnprintf(out, 64, fmt, ap);
}
