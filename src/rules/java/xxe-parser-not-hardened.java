import javax.xml.parsers.*;
import javax.xml.stream.*;
import org.xml.sax.helpers.XMLReaderFactory;

public class Xml {
    public Document parse(InputStream in) throws Exception {
        // ruleid: java.xxe-parser-not-hardened
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(in);
    }

    public void sax(InputSource source, DefaultHandler handler) throws Exception {
        // ruleid: java.xxe-parser-not-hardened
        SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
        parser.parse(source, handler);
        // ruleid: java.xxe-parser-not-hardened
        XMLReader reader = XMLReaderFactory.createXMLReader();
        reader.parse(source);
    }

    public Document safe(InputStream in) throws Exception {
        // ok: java.xxe-parser-not-hardened
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(in);
    }

    public XMLStreamReader stax(InputStream in) throws Exception {
        // ok: java.xxe-parser-not-hardened
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return xif.createXMLStreamReader(in);
    }
}
