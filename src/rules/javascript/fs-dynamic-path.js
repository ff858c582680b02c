const fs = require('fs');
function load(config, name) {
  // ruleid: javascript.fs-dynamic-path
  const tpl = fs.readFileSync(config.templateDir + '/' + name, 'utf8');
  // ruleid: javascript.fs-dynamic-path
  fs.writeFile(`${outDir}/${name}.json`, JSON.stringify(config), () => {});
  // ok: javascript.fs-dynamic-path
  const fixed = fs.readFileSync('./template.html', 'utf8');
  // ruleid: javascript.fs-dynamic-path
  const other = fs.readFileSync(name, 'utf8');
  // ok: javascript.fs-dynamic-path
  const exists = fs.existsSync(path.join(__dirname, 'build', 'controllers'));
  return tpl + fixed + other;
}
