function load(request, t, options, val) {
  // ruleid: javascript.eval-dynamic
  var f = eval('(' + request.responseText + ')');
  // ruleid: javascript.eval-dynamic
  const v = eval('val.' + options.dataset);
  // ruleid: javascript.eval-dynamic
  fetch(url).then(r => r.text()).then(r => eval(r));
  // ruleid: javascript.eval-dynamic
  window.eval(code);
  // ok: javascript.eval-dynamic
  const x = eval('1 + 2');
  // ok: javascript.eval-dynamic
  const data = JSON.parse(request.responseText);
  // ok: javascript.eval-dynamic
  const y = interpreter.eval(code);
}
