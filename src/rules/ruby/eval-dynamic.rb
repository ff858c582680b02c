def build(code, name)
  # ruleid: ruby.eval-dynamic
  eval(code)
  # ruleid: ruby.eval-dynamic
  Foo.class_eval("def #{name}_enabled?; true; end")
  # ok: ruby.eval-dynamic
  eval("1 + 1")
  # ok: ruby.eval-dynamic
  Foo.class_eval { define_method(name) { true } }
end
