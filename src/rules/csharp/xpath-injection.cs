using System.Xml;
using System.Xml.XPath;

public class Users
{
    public XmlNode Find(XmlDocument doc, XElement elem, string name, string password, ParameterInfo p)
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
        // ruleid: csharp.xpath-injection
        string query = "//users/user[login='" + name + "' and pass='" + password + "']";
        // ruleid: csharp.xpath-injection
        string byTitle = $"//book[contains(title, '{name}')]";
        // ok: csharp.xpath-injection
        string label = "Hello '" + name + "'";
        // ok: csharp.xpath-injection
        string css = "a[href='" + "#top" + "']";
        return doc.SelectSingleNode(query);
    }
}
