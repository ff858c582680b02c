#include <cstring>

void Endpoint::Read(const char *val, size_t len) {
    char buf[DTN_MAX_ENDPOINT_ID];
    // ruleid: c.memcpy-stack-variable-size
    std::memcpy(buf, val, len);
    // ok: c.memcpy-stack-variable-size
    std::memcpy(buf, val, sizeof buf);
    // ok: c.memcpy-stack-variable-size
    memcpy(m_data, val, len);
}
