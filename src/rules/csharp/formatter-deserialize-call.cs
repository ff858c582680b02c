using System.IO;

public class Cache
{
    public T Read<T>(Stream stream, IFormatter binaryFormatter, XmlSerializer xml)
    {
        // ruleid: csharp.formatter-deserialize-call
        var a = (T)binaryFormatter.Deserialize(stream);
        // ruleid: csharp.formatter-deserialize-call
        var b = new BinaryFormatter().Deserialize(stream);
        // ok: csharp.formatter-deserialize-call
        var c = (T)xml.Deserialize(stream);
        return a;
    }
}
