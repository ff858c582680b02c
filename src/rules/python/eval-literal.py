def setup(a):
    # ruleid: python.eval-literal
    exec("a = 1", a.globals)
    # ruleid: python.eval-literal
    eval("2 ** 10")
    # ok: python.eval-literal
    eval(a)
    # ok: python.eval-literal
    ast.literal_eval("[1, 2]")
