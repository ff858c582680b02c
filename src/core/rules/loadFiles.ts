import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RuleSet } from './ruleSet';
import { RuleError } from './types';

/**
 * Reads one rule file (YAML or JSON; one rule, or a list of rules). A rule may keep a long query
 * in a `.scm` file beside it: `queryFile: name.scm` is read into `query`.
 */
export function readRuleFile(file: string): unknown[] {
  const text = fs.readFileSync(file, 'utf8');
  const data: unknown = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  const rules = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { rules?: unknown }).rules) ? (data as { rules: unknown[] }).rules : [data];
  return rules.map(raw => {
    if (!raw || typeof raw !== 'object' || typeof (raw as { queryFile?: unknown }).queryFile !== 'string') return raw;
    const { queryFile, ...rest } = raw as { queryFile: string };
    const queryPath = path.resolve(path.dirname(file), queryFile);
    if (!queryPath.endsWith('.scm')) throw new Error(`queryFile '${queryFile}' must name a .scm file`);
    return { ...rest, query: fs.readFileSync(queryPath, 'utf8') };
  });
}

/** Every `*.yaml` / `*.yml` / `*.json` rule file under `dir`, sorted. */
export function listRuleFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter(f => /\.(ya?ml|json)$/.test(f))
    .map(f => path.join(dir, f))
    .sort();
}

/**
 * Loads the rule files under `dir` into a RuleSet. A file that cannot be read or parsed becomes
 * a problem naming the file; the others load.
 */
export function loadRuleDirectory(dir: string, relativeTo = dir): RuleSet {
  const raws: unknown[] = [];
  const sources: string[] = [];
  const problems: RuleError[] = [];
  for (const file of listRuleFiles(dir)) {
    const source = path.relative(relativeTo, file);
    try {
      for (const raw of readRuleFile(file)) {
        raws.push(raw);
        sources.push(source);
      }
    } catch (e) {
      problems.push(new RuleError(undefined, source, `cannot be read: ${(e as Error).message.split('\n')[0]}`));
    }
  }
  const set = RuleSet.fromRaw(raws, (_raw, i) => sources[i]);
  return new RuleSet(set.rules, [...problems, ...set.problems]);
}

/** Loads the pack written by the build (`dist/rules.json`). */
export function loadRulePack(file: string): RuleSet {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number; rules: { source?: string }[] };
  if (data.version !== 1 || !Array.isArray(data.rules)) throw new Error(`${file} is not a Vigil rule pack (version 1)`);
  return RuleSet.fromRaw(data.rules, raw => (raw as { source?: string }).source);
}

/**
 * The built-in rules: the bundled pack next to the running bundle, or the rule files in the
 * source tree when running from source (unit tests).
 */
export function loadBuiltinRules(baseDir: string = __dirname): RuleSet {
  const pack = path.join(baseDir, 'rules.json');
  if (fs.existsSync(pack)) return loadRulePack(pack);
  let dir = baseDir;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'src', 'rules');
    if (fs.existsSync(candidate)) return loadRuleDirectory(candidate);
    dir = path.dirname(dir);
  }
  throw new Error(`no built-in rules found near ${baseDir}`);
}
