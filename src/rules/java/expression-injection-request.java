import org.springframework.expression.*;
import org.springframework.expression.spel.standard.SpelExpressionParser;

public class Filter {
    public Object apply(HttpServletRequest req) throws Exception {
        ExpressionParser parser = new SpelExpressionParser();
        // ruleid: java.expression-injection-request
        Expression e = parser.parseExpression(req.getParameter("filter"));
        // ruleid: java.expression-injection-request
        Object o = engine.eval(req.getParameter("script"));
        // ok: java.expression-injection-request
        Expression fixed = parser.parseExpression("price > #limit");
        return e.getValue();
    }
}
