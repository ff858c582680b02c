#include <cstdlib>

float *Alloc(size_t elems, size_t n) {
    // ruleid: c.alloc-size-multiplication
    float *t = (float *)std::malloc(sizeof(float) * elems);
    // ruleid: c.alloc-size-multiplication
    auto *v = static_cast<int *>(alloca(n * sizeof(int)));
    // ok: c.alloc-size-multiplication
    float *u = static_cast<float *>(std::calloc(elems, sizeof(float)));
    // ok: c.alloc-size-multiplication
    char *buf = static_cast<char *>(std::malloc(kWidth * kHeight));
    return t;
}
