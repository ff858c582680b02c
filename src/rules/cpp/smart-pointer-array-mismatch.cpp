#include <memory>
#include <vector>

void Log(GLuint shader, int length, std::size_t count) {
    // ruleid: cpp.smart-pointer-array-mismatch
    std::unique_ptr<char> text(new char[length]);
    // ruleid: cpp.smart-pointer-array-mismatch
    auto info = std::auto_ptr<char>(new char[length]);
    // ruleid: cpp.smart-pointer-array-mismatch
    std::shared_ptr<Vertex> vertices{new Vertex[count]};
    // ruleid: cpp.smart-pointer-array-mismatch
    boost::scoped_ptr<int> ids(new int[count]);

    // ok: cpp.smart-pointer-array-mismatch
    std::unique_ptr<char[]> buffer(new char[length]);
    // ok: cpp.smart-pointer-array-mismatch
    std::shared_ptr<int> shared(new int[count], std::default_delete<int[]>());
    // ok: cpp.smart-pointer-array-mismatch
    std::unique_ptr<Vertex> one(new Vertex(1, 2));
    // ok: cpp.smart-pointer-array-mismatch
    auto made = std::make_unique<char[]>(length);
    // ok: cpp.smart-pointer-array-mismatch
    std::unique_ptr<Vertex, ArrayDeleter> custom(new Vertex[count]);
    // ok: cpp.smart-pointer-array-mismatch
    std::vector<char> bytes(length);
}
