#include <vector>
#include <map>
#include <string>

void Collect(std::vector<const Value *> &objs, Graph &g) {
    for (const Value *v : objs) {
        if (!isIdentified(v)) {
            // ok: cpp.iterator-used-after-modification
            objs.clear();
            return;
        }
        // ruleid: cpp.iterator-used-after-modification
        objs.push_back(v->parent());
    }
    for (auto &node : g.nodes) {
        // ruleid: cpp.iterator-used-after-modification
        if (node.dead) g.nodes.erase(node.id);
    }
    for (auto &entry : g.names) {
        if (entry.second.empty()) {
            // ruleid: cpp.iterator-used-after-modification
            g.names.insert({entry.first + "_", "x"});
            log(entry.first);
        }
    }
    for (int x : g.values) {
        // ruleid: cpp.iterator-used-after-modification
        g.values.emplace_back(x * 2);
        total += x;
    }
}

void Prune(std::map<int, Conn> &conns, std::vector<int> &ids) {
    for (auto it = conns.begin(); it != conns.end(); ++it) {
        if (it->second.closed) {
            // ruleid: cpp.iterator-used-after-modification
            conns.erase(it);
        }
    }
    for (auto it = conns.begin(); it != conns.end();) {
        // ok: cpp.iterator-used-after-modification
        if (it->second.closed) it = conns.erase(it); else ++it;
    }
    for (auto it = conns.begin(); it != conns.end(); ++it) {
        if (it->first == target) {
            // ok: cpp.iterator-used-after-modification
            conns.erase(it);
            break;
        }
    }
    for (const auto &info : infos) {
        if (info.name == wanted) {
            // ok: cpp.iterator-used-after-modification
            infos.assign(1, info);
            found = true;
            break;
        }
    }
    std::vector<int> out;
    for (int id : ids) {
        // ok: cpp.iterator-used-after-modification
        out.push_back(id);
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        // ok: cpp.iterator-used-after-modification
        if (ids[i] < 0) ids.push_back(-ids[i]);
    }
}
