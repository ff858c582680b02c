import javax.script.*;
import groovy.lang.GroovyShell;

public class Calc {
    public Object compute(String expression) throws ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("nashorn");
        // ruleid: java.script-engine-eval
        Object r = engine.eval("var x = " + expression + "; x * 2");
        // ruleid: java.script-engine-eval
        new ScriptEngineManager().getEngineByName("js").eval(expression);
        // ruleid: java.script-engine-eval
        Object g = new GroovyShell().evaluate(expression);
        // ok: java.script-engine-eval
        Object c = engine.eval("1 + 1");
        // ok: java.script-engine-eval
        Object v = validator.eval(expression);
        return r;
    }
}
