using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using Newtonsoft.Json;

public class Store
{
    public object Load(Stream stream, string json)
    {
        // ruleid: csharp.insecure-deserialization
        var bf = new BinaryFormatter();
        // ruleid: csharp.insecure-deserialization
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        // ruleid: csharp.insecure-deserialization
        var js = new JavaScriptSerializer(new SimpleTypeResolver());
        // ok: csharp.insecure-deserialization
        var safe = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        // ok: csharp.insecure-deserialization
        var data = System.Text.Json.JsonSerializer.Deserialize<Order>(json);
        return bf.Deserialize(stream);
    }
}
