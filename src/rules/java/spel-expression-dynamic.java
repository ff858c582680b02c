public class Rules {
    private final ExpressionParser parser = new SpelExpressionParser();
    public boolean check(String rule, Object root) {
        // ruleid: java.spel-expression-dynamic
        return parser.parseExpression(rule).getValue(root, Boolean.class);
    }
    public boolean fixed(Object root) {
        // ok: java.spel-expression-dynamic
        return parser.parseExpression("amount > 100").getValue(root, Boolean.class);
    }
}
