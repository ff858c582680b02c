#include <libxml/parser.h>

xmlDocPtr load(const char *buf, int len) {
    // ruleid: c.xxe-libxml2
    xmlSubstituteEntitiesDefault(1);
    // ruleid: c.xxe-libxml2
    return xmlReadMemory(buf, len, "in.xml", NULL, XML_PARSE_NOENT);
}

xmlDocPtr load2(const char *path) {
    // ruleid: c.xxe-libxml2
    return xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_DTDLOAD);
}

xmlDocPtr load_safe(const char *path) {
    // ok: c.xxe-libxml2
    return xmlReadFile(path, NULL, XML_PARSE_NONET);
}
