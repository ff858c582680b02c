export function loadPlugin(name: string): unknown {
  // ruleid: javascript.require-dynamic
  return require(name);
}
// ok: javascript.require-dynamic
const os = require('os');
