#include <vector>
#include <list>

void Prune(std::vector<int> &v, Holder &h) {
    for (int x : v) {
        if (x < 0) {
            // ruleid: cpp.iterator-invalidation
            v.push_back(-x);
        }
    }
    for (auto &item : h.items) {
        // ruleid: cpp.iterator-invalidation
        h.items.clear();
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
        // ruleid: cpp.iterator-invalidation
        if (*it == 0) v.erase(it);
    }
    for (auto it = v.begin(); it != v.end();) {
        // ok: cpp.iterator-invalidation
        if (*it == 0) it = v.erase(it); else ++it;
    }
    std::vector<int> out;
    for (int x : v) {
        // ok: cpp.iterator-invalidation
        out.push_back(x);
    }
}
