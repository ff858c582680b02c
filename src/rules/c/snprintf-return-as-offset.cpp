#include <stdio.h>
#include <string.h>

void render(char *buf, size_t size, const char **names, int n) {
    size_t off = 0;
    for (int i = 0; i < n; i++) {
        // ruleid: c.snprintf-return-as-offset
        off += snprintf(buf + off, size - off, "%s,", names[i]);
    }
    // ok: c.snprintf-return-as-offset
    int w = snprintf(buf, size, "%d", n);
    if (w < 0 || (size_t)w >= size) return;
}

void aggregate(int key, const int *vals, int count) {
    char buf[4096];
    int pos, left;
    char *ptr;
    pos = snprintf(buf, sizeof(buf), "OUTPUT[%04x]:", key);
    // ruleid: c.snprintf-return-as-offset
    ptr = buf + pos;
    // ruleid: c.snprintf-return-as-offset
    left = sizeof(buf) - pos;
    emit(ptr, left, vals, count);
}

void trace(const char *file, int line, const char *fmt, va_list args) {
    char temp[2048];
    char *out = temp;
    int len = snprintf(out, sizeof(temp), "%s (%d): ", file, line);
    // ruleid: c.snprintf-return-as-offset
    int total = len + vsnprintf(out + len, sizeof(temp) - len, fmt, args);
    puts(out);
}

void label(char *dst, size_t cap, const char *name) {
    int n = snprintf(dst, cap, "%s", name);
    if (n < 0 || (size_t)n >= cap) {
        return;
    }
    // ok: c.snprintf-return-as-offset
    strncpy(dst + n, ":", cap - n);
}

void count_only(const char *name) {
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%s", name);
    // ok: c.snprintf-return-as-offset
    total_chars = total_chars + 1;
    printf("%d\n", n);
}

void with_sprintf(char *dst, int a, int b) {
    int n = sprintf(dst, "%d", a);
    // ok: c.snprintf-return-as-offset
    sprintf(dst + n, ",%d", b);
}

void Fatal(const char *fmt, va_list args) {
    char temp[8192];
    int32_t len = bx::vsnprintf(temp, sizeof(temp), fmt, args);
    // ruleid: c.snprintf-return-as-offset
    bx::strCopy(temp + len, 2, "\n");
}
