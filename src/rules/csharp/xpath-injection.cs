using System.Xml;
using System.Xml.XPath;

public class Users
{
    public XmlNode Find(XmlDocument doc, XElement elem, string name, ParameterInfo p)
    {
        // ruleid: csharp.xpath-injection
        var node = doc.SelectSingleNode("//user[@name='" + name + "']");
        // ruleid: csharp.xpath-injection
        var el = elem.XPathSelectElement(string.Format("param[@name='{0}']", p.Name));
        // ruleid: csharp.xpath-injection
        var list = doc.SelectNodes($"//user[@role='{name}']");
        // ok: csharp.xpath-injection
        var all = doc.SelectNodes("//user");
        // ok: csharp.xpath-injection
        var items = list.Select(x => x.Name + "!");
        return node;
    }
}
