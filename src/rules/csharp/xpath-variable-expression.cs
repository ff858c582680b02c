using System.Xml;

public class Config
{
    public XmlNode Get(XmlDocument doc, string path)
    {
        // ruleid: csharp.xpath-variable-expression
        var node = doc.SelectSingleNode(path);
        // ok: csharp.xpath-variable-expression
        var root = doc.SelectSingleNode("/configuration");
        // ok: csharp.xpath-variable-expression
        var section = doc.SelectSingleNode(Constants.XpathToIndexSection);
        // ok: csharp.xpath-variable-expression
        var other = doc.SelectSingleNode(SECTION_XPATH);
        return node ?? root;
    }
}
