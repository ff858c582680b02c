from lxml import etree
import xml.sax
from xml.sax.handler import feature_external_ges

def parse(data):
    # ruleid: python.xxe
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: python.xxe
    loose = etree.XMLParser(load_dtd=True, no_network=False)
    sax = xml.sax.make_parser()
    # ruleid: python.xxe
    sax.setFeature(xml.sax.handler.feature_external_ges, True)
    # ruleid: python.xxe
    sax.setFeature(feature_external_ges, 1)
    # ok: python.xxe
    safe = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: python.xxe
    sax.setFeature(feature_external_ges, False)
    return etree.fromstring(data, safe)
