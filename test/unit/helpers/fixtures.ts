import * as fs from 'node:fs';
import * as path from 'node:path';

/** The rule files and their annotated fixtures under src/rules. */
export const RULES_DIR = path.resolve(__dirname, '../../../../src/rules');

export interface Annotation {
  kind: 'ruleid' | 'ok';
  ruleId: string;
  /** Zero-based line the annotation applies to (the next line that is not only an annotation). */
  line: number;
}

const ANNOTATION = /\b(ruleid|ok):\s*([A-Za-z0-9_.-]+)/g;

/**
 * Reads `ruleid: <id>` / `ok: <id>` annotations: a comment line carrying them applies to the next
 * line of code (semgrep's convention).
 */
export function readAnnotations(text: string): Annotation[] {
  const lines = text.split('\n');
  const out: Annotation[] = [];
  let pending: Omit<Annotation, 'line'>[] = [];
  lines.forEach((line, i) => {
    const found = [...line.matchAll(ANNOTATION)].map(m => ({ kind: m[1] as 'ruleid' | 'ok', ruleId: m[2] }));
    const onlyAnnotation = found.length > 0 && /^\s*(#|\/\/|\/\*|<!--|--|;|\*)/.test(line);
    if (onlyAnnotation) {
      pending.push(...found);
      return;
    }
    if (pending.length && line.trim()) {
      for (const p of pending) out.push({ ...p, line: i });
      pending = [];
    }
  });
  return out;
}

/** Fixture files beside a rule file: same base name, any extension but the rule's own. */
export function fixturesOf(ruleFile: string): string[] {
  const dir = path.dirname(ruleFile);
  const base = path.basename(ruleFile).replace(/\.(ya?ml|json)$/, '');
  return fs.readdirSync(dir)
    .filter(f => f.startsWith(`${base}.`) && !/\.(ya?ml|json)$/.test(f) && f.slice(base.length + 1).indexOf('.') < 0)
    .map(f => path.join(dir, f));
}
