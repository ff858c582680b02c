using Microsoft.CodeAnalysis.CSharp.Scripting;

public class Calculator
{
    public async Task<object> Eval(string expression)
    {
        // ruleid: csharp.code-injection-scripting
        var result = await CSharpScript.EvaluateAsync(expression);
        // ruleid: csharp.code-injection-scripting
        var other = await CSharpScript.EvaluateAsync<int>("return " + expression + ";");
        // ok: csharp.code-injection-scripting
        var fixedResult = await CSharpScript.EvaluateAsync<int>("1 + 2");
        // ruleid: csharp.code-injection-scripting
        var plugin = Assembly.Load(Convert.FromBase64String(Request.Form["module"]));
        return result;
    }
}
