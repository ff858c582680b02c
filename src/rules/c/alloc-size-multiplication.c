#include <stdlib.h>

struct item { int id; };

struct item *load(size_t count, size_t width, size_t height) {
    // ruleid: c.alloc-size-multiplication
    struct item *items = (struct item *)malloc(count * sizeof(struct item));
    // ruleid: c.alloc-size-multiplication
    unsigned char *pixels = calloc(1, width * height);
    // ruleid: c.alloc-size-multiplication
    char *s = malloc(count * 2 + 1);
    // ruleid: c.alloc-size-multiplication
    items = realloc(items, sizeof(*items) * (count + 1));
    // ruleid: c.alloc-size-multiplication
    short *r = (short *)_TIFFmalloc(width * sizeof (short));
    // ok: c.alloc-size-multiplication
    struct item *safe = calloc(count, sizeof(struct item));
    // ok: c.alloc-size-multiplication
    char *page = malloc(4 * 1024);
    // ok: c.alloc-size-multiplication
    char *table = malloc(sizeof(int) * MAX_ENTRIES);
    // ok: c.alloc-size-multiplication
    char *one = malloc(count + 1);
    free(s);
    return items;
}
