using System.Xml;

public class Importer
{
    public XmlDocument Load(string xml, System.IO.Stream input)
    {
        // ruleid: csharp.xxe-insecure-settings
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        var settings = new XmlReaderSettings();
        // ruleid: csharp.xxe-insecure-settings
        settings.DtdProcessing = DtdProcessing.Parse;
        // ruleid: csharp.xxe-insecure-settings
        settings.ProhibitDtd = false;
        // ok: csharp.xxe-insecure-settings
        settings.DtdProcessing = DtdProcessing.Prohibit;
        // ok: csharp.xxe-insecure-settings
        doc.XmlResolver = null;
        doc.Load(XmlReader.Create(input, settings));
        return doc;
    }
}
