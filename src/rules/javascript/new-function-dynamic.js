function compile(fn, expression, args, code) {
  // ruleid: javascript.new-function-dynamic
  fn = new Function("a", "i", "return " + fn);
  // ruleid: javascript.new-function-dynamic
  const procedure = new Function(code);
  // ruleid: javascript.new-function-dynamic
  const g = new (Function)('return (' + expression + ')');
  // ruleid: javascript.new-function-dynamic
  const h = Function(args, `return ${expression}`);
  // ok: javascript.new-function-dynamic
  o.onDragStart = new Function();
  // ok: javascript.new-function-dynamic
  const getGlobal = new Function('return this');
  // ok: javascript.new-function-dynamic
  const k = new Fn(code);
}
