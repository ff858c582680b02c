import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { LANGUAGES, LanguageId } from '../languages';

/** Where the wasm files are: the web-tree-sitter runtime and one grammar per language. */
export interface GrammarLocation {
  runtimeWasm: string;
  grammarDir: string;
}

/**
 * Finds the wasm files: next to the bundle (`dist/`, the VSIX and the CLI) or, when running from
 * source (unit tests), in the packages they come from.
 */
export function defaultGrammarLocation(baseDir: string = __dirname): GrammarLocation {
  const bundled = path.join(baseDir, 'grammars');
  if (fs.existsSync(path.join(baseDir, 'web-tree-sitter.wasm')) && fs.existsSync(bundled)) {
    return { runtimeWasm: path.join(baseDir, 'web-tree-sitter.wasm'), grammarDir: bundled };
  }
  return { runtimeWasm: require.resolve('web-tree-sitter/web-tree-sitter.wasm'), grammarDir: '' };
}

function packageGrammarPath(id: LanguageId): string {
  const { npmPackage, wasm } = LANGUAGES[id];
  return path.join(path.dirname(require.resolve(`${npmPackage}/package.json`)), wasm);
}

let runtimeReady: Promise<void> | undefined;

/**
 * Loads each grammar lazily, once, synchronously (the wasm is compiled on first use and cached),
 * so that a stream whose fenced block names a new language can be parsed in the same `push`.
 */
export class GrammarRegistry {
  private readonly languages = new Map<LanguageId, Language>();
  private readonly failures = new Map<LanguageId, Error>();

  private constructor(private readonly location: GrammarLocation) {}

  /** Initialises the tree-sitter runtime (once per process) and returns a registry. */
  static async create(location: GrammarLocation = defaultGrammarLocation()): Promise<GrammarRegistry> {
    runtimeReady ??= Parser.init({ locateFile: () => location.runtimeWasm });
    await runtimeReady;
    return new GrammarRegistry(location);
  }

  isLoaded(id: LanguageId): boolean {
    return this.languages.has(id);
  }

  /** The grammar for `id`; throws a clear error (once remembered) when its wasm is missing or broken. */
  get(id: LanguageId): Language {
    const cached = this.languages.get(id);
    if (cached) return cached;
    const failed = this.failures.get(id);
    if (failed) throw failed;
    const file = LANGUAGES[id].wasm;
    const wasmPath = this.location.grammarDir ? path.join(this.location.grammarDir, file) : packageGrammarPath(id);
    try {
      const language = Language.loadSync(new WebAssembly.Module(fs.readFileSync(wasmPath)));
      this.languages.set(id, language);
      return language;
    } catch (e) {
      const error = new Error(`cannot load the ${LANGUAGES[id].displayName} grammar from ${wasmPath}: ${(e as Error).message}`);
      this.failures.set(id, error);
      throw error;
    }
  }
}
