using System.Xml;

public class Reader
{
    public void Read(string path)
    {
        // ruleid: csharp.xml-legacy-resolver
        XmlDocument doc = new XmlDocument();
        doc.Load(path);
        // ok: csharp.xml-legacy-resolver
        var safe = new XmlDocument { XmlResolver = null };
        // ok: csharp.xml-legacy-resolver
        var reader = XmlReader.Create(path);
    }
}
