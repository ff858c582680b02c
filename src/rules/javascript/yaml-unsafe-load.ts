import * as jsyaml from 'js-yaml';
export function read(text: string): unknown {
  // ruleid: javascript.yaml-unsafe-load
  return jsyaml.load(text, { filename: 'x.yml', schema: jsyaml.DEFAULT_FULL_SCHEMA });
}
// ok: javascript.yaml-unsafe-load
export const cfg: unknown = jsyaml.load('a: 1', { schema: jsyaml.CORE_SCHEMA });
