#include <string>

void Configure(Client &client) {
    // ruleid: c.hardcoded-credential
    std::string password = "letmein2024";
    // ruleid: c.hardcoded-credential
    client.client_secret = "9f8e7d6c5b4a";
    // ok: c.hardcoded-credential
    std::string secret = LoadSecret("client");
}
