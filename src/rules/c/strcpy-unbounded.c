#include <string.h>

struct rec { char name[32]; };

void copy_name(struct rec *r, const char *input, char **argv) {
    char path[256];
    // ruleid: c.strcpy-unbounded
    strcpy(r->name, input);
    // ruleid: c.strcpy-unbounded
    strcpy(path, argv[1]);
    // ok: c.strcpy-unbounded
    strcpy(path, "/tmp");
    // ok: c.strcpy-unbounded
    strncpy(path, input, sizeof path - 1);
    // ok: c.strcpy-unbounded
    snprintf(path, sizeof path, "%s", input);
}

// ruleid: c.strcpy-unbounded
#define SAVE_TOKEN(dst) strcpy( dst, yytext ); \
    token_len = yyleng
// ok: c.strcpy-unbounded
#define SAVE_TOKEN_SAFE(dst) snprintf(dst, sizeof dst, "%s", yytext)
