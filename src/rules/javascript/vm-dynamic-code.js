const vm = require('vm');

function render(template, ctx, userCode) {
  // ruleid: javascript.vm-dynamic-code
  const out = vm.runInNewContext('`' + template + '`', ctx);
  // ruleid: javascript.vm-dynamic-code
  const script = new vm.Script(userCode);
  // ruleid: javascript.vm-dynamic-code
  vm.runInThisContext(fs.readFileSync(file, 'utf8'));
  // ok: javascript.vm-dynamic-code
  const two = vm.runInNewContext('1 + 1');
  // ok: javascript.vm-dynamic-code
  const s = new vm.Script('globalThis.x = 1');
}
