#include <stdio.h>

struct emp { char name[20]; int age; };

void read_employee(struct emp *e, FILE *f, const char *line) {
    char word[16];
    // ruleid: c.scanf-unbounded-string
    scanf("%s", e->name);
    // ruleid: c.scanf-unbounded-string
    fscanf(f, "%d %s", &e->age, word);
    // ruleid: c.scanf-unbounded-string
    sscanf(line, "%[^,],%d", word, &e->age);
    // ok: c.scanf-unbounded-string
    scanf("%19s", e->name);
    // ok: c.scanf-unbounded-string
    scanf("%d", &e->age);
    // ok: c.scanf-unbounded-string
    sscanf(line, "%*s %15s", word);
}
