public class Lookup {
    public Node find(XPath xpath, Document doc, String group, String name) throws Exception {
        // ruleid: java.xpath-injection
        XPathExpression e = xpath.compile("//propertyGroup[@name='" + group + "']");
        // ruleid: java.xpath-injection
        Object r = xpath.evaluate("//user[name/text()='" + name + "']", doc, XPathConstants.NODE);
        // ok: java.xpath-injection
        XPathExpression fixed = xpath.compile("//user[name/text()=$name]");
        return (Node) r;
    }
}
