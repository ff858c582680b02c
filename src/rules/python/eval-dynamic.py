import ast

def load(options, wb, module, lines):
    # ruleid: python.eval-dynamic
    part_size = int(eval(options.part_size))
    # ruleid: python.eval-dynamic
    upper = eval(wb['upperBound'])
    # ruleid: python.eval-dynamic
    exec('import %s' % (module,))
    # ruleid: python.eval-dynamic
    exec(compile(open(lines).read(), lines, "exec"), {})
    # ruleid: python.eval-dynamic
    fn = eval(f"lambda x: {lines}")
    # ruleid: python.eval-dynamic
    result = eval(input("expression: "))
    return part_size, upper, fn, result

def legacy(co, environ):
    # ruleid: python.eval-dynamic
    exec co in environ

def safe(text, df):
    # ok: python.eval-dynamic
    value = ast.literal_eval(text)
    # ok: python.eval-dynamic
    model.eval()
    # ok: python.eval-dynamic
    total = df.eval("a + b")
    # ok: python.eval-dynamic
    eval("1 + 2")
    # ok: python.eval-dynamic
    cursor.execute(text)
    return value, total

def evaluate(expr):
    # ok: python.eval-dynamic
    # result = eval(expr)
    return expr

# ok: python.eval-dynamic
def eval(x, env=None):
    return x

def more(values, source):
    # ruleid: python.eval-dynamic
    total = int(eval(values[0]))
    # ruleid: python.eval-dynamic
    funcs = [eval(name) for name in source]
    # ok: python.eval-dynamic
    print("never call eval(input) on user data")
    return total, funcs
