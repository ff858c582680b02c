#include <string.h>

// ruleid: c.hardcoded-credential
#define DB_PASSWORD "Sup3rS3cret!"
// ok: c.hardcoded-credential
#define PASSWORD_MAX_LEN 64
// ok: c.hardcoded-credential
#define PASSWORD_ENV "APP_PASSWORD_FILE"

struct cfg { const char *db_password; const char *user; };

void connect_db(struct cfg *cfg) {
    // ruleid: c.hardcoded-credential
    const char *api_key = "AKIA4EXAMPLEKEY77";
    // ruleid: c.hardcoded-credential
    cfg->db_password = "hunter2hunter2";
    // ok: c.hardcoded-credential
    const char *password = "";
    // ok: c.hardcoded-credential
    const char *prompt_password = "Enter password: ";
    // ok: c.hardcoded-credential
    cfg->user = "admin";
    // ok: c.hardcoded-credential
    const char *password = getenv("DB_PASSWORD");
}
