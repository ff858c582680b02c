#include <cstdio>
#include <QString>

QString Label(int cluster, int proc) {
    char buffer[16];
    // ruleid: c.sprintf-unbounded
    std::sprintf(buffer, "%d.%d", cluster, proc);
    QString tmp;
    // ok: c.sprintf-unbounded
    tmp.sprintf("%d.%d", cluster, proc);
    // ok: c.sprintf-unbounded
    std::snprintf(buffer, sizeof buffer, "%d", cluster);
    return tmp;
}
