using System.IO;
using System.Xml;

public class Importer
{
    public XmlDocument FromFile(string filePath)
    {
        XmlDocument xd = new XmlDocument();
        // ruleid: csharp.xml-document-untrusted-load
        xd.Load(filePath);
        return xd;
    }

    public XmlDocument FromBody(Stream body, string configFile)
    {
        var doc = new XmlDocument();
        try
        {
            // ruleid: csharp.xml-document-untrusted-load
            doc.Load("file://" + configFile);
        }
        catch (XmlException) { }
        // ruleid: csharp.xml-document-untrusted-load
        doc.LoadXml(new StreamReader(body).ReadToEnd());
        return doc;
    }

    public XmlDocument Safe(string xml)
    {
        var doc = new XmlDocument();
        doc.XmlResolver = null;
        // ok: csharp.xml-document-untrusted-load
        doc.LoadXml(xml);
        return doc;
    }

    public XmlDocument Fixed()
    {
        var doc = new XmlDocument();
        // ok: csharp.xml-document-untrusted-load
        doc.Load("Test/XmlFiles/simple.xml");
        var other = new XmlDocument();
        // ok: csharp.xml-document-untrusted-load
        other.Load(Server.MapPath("~/App_Data/plants.xml"));
        return doc;
    }

    public XmlDocument ViaReader(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        var doc = new XmlDocument();
        // ok: csharp.xml-document-untrusted-load
        doc.Load(XmlReader.Create(new StringReader(xml), settings));
        return doc;
    }
}
