#include <memory>

void Load(int width, int height, int bpp, size_t n) {
    // ruleid: cpp.new-array-size-multiplication
    unsigned char *image = new unsigned char[width * height * bpp];
    // ruleid: cpp.new-array-size-multiplication
    std::unique_ptr<int[]> pairs(new int[2 * n]);
    // ok: cpp.new-array-size-multiplication
    char *page = new char[2 * kPageSize];
    // ok: cpp.new-array-size-multiplication
    double *row = new double[width];
    // ok: cpp.new-array-size-multiplication
    int *grid = new int[ROWS * COLS];
}
