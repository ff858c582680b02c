#include <libxml/parser.h>

xmlDocPtr Parse(const std::string &xml) {
    // ruleid: c.xxe-libxml2
    int options = XML_PARSE_NOENT;
    // ok: c.xxe-libxml2
    int safe = XML_PARSE_NONET;
    return xmlReadMemory(xml.data(), xml.size(), nullptr, nullptr, safe);
}
