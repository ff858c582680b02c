const yaml = require('js-yaml');
function read(text) {
  // ruleid: javascript.yaml-unsafe-load
  const doc = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
  // ok: javascript.yaml-unsafe-load
  const safe = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  // ok: javascript.yaml-unsafe-load
  const def = yaml.safeLoad(text);
  return [doc, safe, def];
}
