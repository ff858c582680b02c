import yaml from 'js-yaml';
export function parse(text: string): unknown {
  // ruleid: javascript.yaml-load-legacy
  return yaml.load(text);
}
// ok: javascript.yaml-load-legacy
export const fixed: unknown = yaml.load('a: 1');
