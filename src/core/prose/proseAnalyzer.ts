import { FindingChange, LocalFinding } from '../analysis/localFinding';
import { RegexScanner } from '../analysis/regexScanner';
import { CompiledRegexRule } from '../rules/ruleSet';
import { isInstruction } from './mentions';

/**
 * The prose of a chat answer, checked by prose rules as it streams. It sees a view of the answer
 * as long as the answer itself, with code blocks blanked out, so its offsets are stream offsets.
 */
export class ProseAnalyzer {
  private view = '';
  private readonly scanner: RegexScanner;

  constructor(rules: readonly CompiledRegexRule[], enabled: (ruleId: string) => boolean) {
    this.scanner = new RegexScanner(rules, enabled, 0, (rule, text, start, end) => isInstruction(rule, text, start, end));
  }

  get length(): number {
    return this.view.length;
  }

  findings(): IterableIterator<LocalFinding> {
    return this.scanner.findings();
  }

  /** Appends prose text (as is) and blanked text (code, fences) so offsets stay aligned with the stream. */
  append(prose: string, out: FindingChange[]): void {
    if (!prose) return;
    this.view += prose;
    this.scanner.update(this.view, false, out);
  }

  appendBlank(text: string): void {
    this.view += text.replace(/[^\n]/g, ' ');
  }

  finish(out: FindingChange[]): void {
    this.scanner.update(this.view, true, out);
  }
}
