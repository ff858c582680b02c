import { RuleDefinition } from '../rules/types';

export type FindingStatus = 'tentative' | 'confirmed' | 'withdrawn';

/** A finding inside one analysed segment, in that segment's own offsets. */
export interface LocalFinding {
  /** `ruleId@start`: a finding keeps its identity while the text after it grows. */
  key: string;
  rule: RuleDefinition;
  start: number;
  end: number;
  /** The whole match (outermost capture); edits inside it re-check the finding. */
  extentStart: number;
  extentEnd: number;
  /**
   * The outermost captured node's structure (its S-expression), to tell whether a match far from
   * the new text still stands after error recovery regrouped the code around it.
   */
  extentShape?: string;
  /** Where the construct around the match ended when its status was last judged. */
  constructEnd?: number;
  status: FindingStatus;
  fix?: { title: string; start: number; end: number; text: string };
}

export type ChangeKind = 'added' | 'updated' | 'withdrawn';

export interface FindingChange {
  kind: ChangeKind;
  finding: LocalFinding;
}

/** A candidate produced by one re-check of a region. */
export type Candidate = Omit<LocalFinding, 'status'> & { tentative: boolean };

/**
 * The live findings of one matcher (the query or the regexes of a segment). A re-check of a
 * region replaces the findings that region owns: re-found ones are kept (updated if their range
 * or status moved), new ones added, vanished ones withdrawn.
 */
export class FindingTable {
  private readonly live = new Map<string, LocalFinding>();

  values(): IterableIterator<LocalFinding> {
    return this.live.values();
  }

  get size(): number {
    return this.live.size;
  }

  has(key: string): boolean {
    return this.live.has(key);
  }

  reconcile(candidates: Iterable<Candidate>, owned: (f: LocalFinding) => boolean, out: FindingChange[]): void {
    const seen = new Set<string>();
    for (const c of candidates) {
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      const status = c.tentative ? 'tentative' : 'confirmed';
      const old = this.live.get(c.key);
      if (!old) {
        const { tentative: _t, ...rest } = c;
        const f: LocalFinding = { ...rest, status };
        this.live.set(c.key, f);
        out.push({ kind: 'added', finding: f });
      } else if (old.end !== c.end || old.status !== status || old.extentEnd !== c.extentEnd || old.extentStart !== c.extentStart) {
        const rangeMoved = old.end !== c.end;
        old.end = c.end;
        old.extentStart = c.extentStart;
        old.extentEnd = c.extentEnd;
        old.extentShape = c.extentShape;
        old.constructEnd = c.constructEnd;
        old.fix = c.fix;
        if (rangeMoved || old.status !== status) {
          old.status = status;
          out.push({ kind: 'updated', finding: old });
        }
      }
    }
    for (const [key, f] of this.live) {
      if (!seen.has(key) && owned(f)) {
        this.live.delete(key);
        f.status = 'withdrawn';
        out.push({ kind: 'withdrawn', finding: f });
      }
    }
  }

  /** Sets a finding's status (from outside a region re-check), recording the change. */
  setStatus(f: LocalFinding, status: 'tentative' | 'confirmed', out: FindingChange[]): void {
    if (f.status === status) return;
    f.status = status;
    out.push({ kind: 'updated', finding: f });
  }
}
