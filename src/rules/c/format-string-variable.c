#include <stdio.h>
#include <syslog.h>

void log_message(const char *msg, char **argv, struct req *r) {
    char buf[128];
    // ruleid: c.format-string-variable
    printf(msg);
    // ruleid: c.format-string-variable
    fprintf(stderr, argv[1]);
    // ruleid: c.format-string-variable
    syslog(LOG_ERR, r->user_agent);
    // ruleid: c.format-string-variable
    snprintf(buf, sizeof buf, msg);
    // ok: c.format-string-variable
    printf("%s", msg);
    // ok: c.format-string-variable
    fprintf(stderr, "error: %s\n", argv[1]);
    // ok: c.format-string-variable
    printf(USAGE);
    // ok: c.format-string-variable
    printf(_("Usage: prog [options]\n"));
    // ok: c.format-string-variable
    fputs(msg, stdout);
}
