#include <memory>

// ruleid: cpp.auto-ptr
typedef std::auto_ptr<CharReader> CharReaderPtr;

void Use(A *p, int n) {
    // ruleid: cpp.auto-ptr
    std::auto_ptr<A> ap(p);
    // ruleid: cpp.auto-ptr
    auto log = std::auto_ptr<char>(new char[n]);
    // ok: cpp.auto-ptr
    std::unique_ptr<A> up(p);
    // ok: cpp.auto-ptr
    auto_ptrWithPairedBool flag;
}

// ok: cpp.auto-ptr
std::unique_ptr<Alert> clone_alert(const Alert &a);
