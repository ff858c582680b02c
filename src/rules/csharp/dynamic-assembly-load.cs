using System;
using System.Reflection;

public class Plugins
{
    public object Load(string path, string typeName)
    {
        // ruleid: csharp.dynamic-assembly-load
        var asm = Assembly.LoadFrom(path);
        // ruleid: csharp.dynamic-assembly-load
        var obj = Activator.CreateInstance(Type.GetType(typeName));
        // ok: csharp.dynamic-assembly-load
        var self = Assembly.GetExecutingAssembly();
        // ok: csharp.dynamic-assembly-load
        var known = Activator.CreateInstance(typeof(DefaultPlugin));
        return obj;
    }
}
