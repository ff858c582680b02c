#include <cstdio>

int main() {
    char s[100];
    int n;
    // ruleid: c.scanf-unbounded-string
    while (scanf("%s", s) != EOF) {
        // ok: c.scanf-unbounded-string
        std::scanf("%d", &n);
    }
    // ruleid: c.scanf-unbounded-string
    std::sscanf(s, " %d. %s %d", &n, s, &n);
    return 0;
}
