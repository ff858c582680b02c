import * as crypto from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Engine, FlaggedLog, MonitorSession, RuleDefinition, RuleError, RuleOverrides, RuleSet, StreamKind, StreamRecord, StreamSource, Verdict } from '../core';
import { CalibrationFile, resolveMonitor } from '../core/calibration';
import { DEFAULT_CHUNK, replayText } from '../core/eval/replay';
import { resolveLanguage, thresholdPolicy } from '../core';
import { CalibrationChoice, chooseCalibration, guaranteeInWords, recalibrate } from './calibrationControl';
import { readConfig } from './config';
import { Log } from './log';

export interface MonitorState {
  /** Streams being monitored right now. */
  monitoring: number;
  /** Alarms not yet reviewed or dismissed. */
  openAlarms: number;
  lastAlarm?: { recordId: string; summary: string; safety: number; threshold: number };
  streams: number;
  flagged: number;
  alarms: number;
}

export interface StreamStart {
  kind: StreamKind;
  language?: string;
  /** Document text before the insertion point (code streams). */
  context?: string;
  source: StreamSource;
  uri?: vscode.Uri;
  insertAt?: vscode.Position;
}

/** A stream being monitored: push its chunks, then end it to get its record. */
export interface LiveStream {
  readonly session: MonitorSession;
  push(chunk: string): void;
  end(): StreamRecord;
}

/**
 * Runs every captured or guarded stream through the engine, keeps the flagged ones in the
 * durable log, and tells the UI (status bar, diagnostics, sidebar) what changed.
 */
export class MonitorService implements vscode.Disposable {
  private enginePromise: Promise<Engine> | undefined;
  private readonly log: FlaggedLog | undefined;
  private readonly changeState = new vscode.EventEmitter<void>();
  private readonly changeItems = new vscode.EventEmitter<void>();
  private readonly recorded = new vscode.EventEmitter<StreamRecord>();
  readonly onDidChangeState = this.changeState.event;
  readonly onDidChangeItems = this.changeItems.event;
  /** A stream ended and was kept (it had a finding or an alarm). */
  readonly onDidRecord = this.recorded.event;
  private readonly openAlarmIds = new Set<string>();
  private counts = { monitoring: 0, streams: 0, alarms: 0 };
  private last: MonitorState['lastAlarm'];

  constructor(
    storageDir: string | undefined,
    private readonly output: Log,
    /** Where a calibration made from the user's verdicts is kept (global storage). */
    private readonly recalibratedFile?: string,
  ) {
    if (storageDir) {
      this.log = new FlaggedLog(path.join(storageDir, 'log'), undefined, output);
      const report = this.log.load();
      if (report.skipped.length) output.warn(`flagged-items log: ${report.skipped.length} line(s) skipped on load (see above)`);
    }
  }

  /** True once the engine (tree-sitter runtime and rules) has been asked for. */
  get engineStarted(): boolean {
    return this.enginePromise !== undefined;
  }

  /** The engine, created on first use so that activation stays fast (grammars load lazily too). */
  engine(): Promise<Engine> {
    this.enginePromise ??= Engine.create({ logger: this.output, calibration: null }).then(base => {
      this.baseEngine = base;
      return this.compose(base);
    }).then(
      engine => {
        this.output.info(`engine ready: ${engine.rules.rules.length} rules`);
        return engine;
      },
      e => {
        this.enginePromise = undefined;
        this.output.error(e as Error);
        throw e;
      },
    );
    return this.enginePromise;
  }

  private baseEngine: Engine | undefined;
  private customRules: RuleSet | undefined;
  private calibrationInUse: CalibrationFile | undefined;
  private fixedThreshold = false;

  /** The engine in force: built-in plus custom rules, the verifier and the calibrated alarm policy. */
  private compose(base: Engine): Engine {
    const withRules = this.customRules ? base.withRules(base.rules.with(this.customRules)) : base;
    const config = readConfig().config;
    let choice: CalibrationChoice = { source: 'the calibration shipped with Vigil' };
    try {
      choice = chooseCalibration(config, this.recalibratedFile);
    } catch (e) {
      this.warnOnce(`calibration: ${(e as Error).message}; using the calibration shipped with Vigil`);
    }
    const resolve = (c: CalibrationChoice) => resolveMonitor({
      calibration: c.calibration,
      calibrationSource: c.source,
      policy: c.threshold !== undefined ? thresholdPolicy(c.threshold) : undefined,
    }, m => this.warnOnce(m));
    let monitor: ReturnType<typeof resolveMonitor>;
    try {
      monitor = resolve(choice);
    } catch (e) {
      // A calibration made for another verifier version: refused, with the reason, and the shipped one used.
      this.warnOnce(`${(e as Error).message}`);
      choice = { source: 'the calibration shipped with Vigil' };
      monitor = resolve(choice);
    }
    this.calibrationInUse = monitor.policy.calibration;
    this.fixedThreshold = choice.threshold !== undefined;
    this.lastComposed = withRules.withMonitor(monitor.verifier, monitor.policy);
    return this.lastComposed;
  }

  /** Applies changed monitor settings (method, ε, calibration file, fixed λ) to the engine. */
  reconfigure(): void {
    if (this.baseEngine) this.enginePromise = Promise.resolve(this.compose(this.baseEngine));
    this.changeState.fire();
  }

  private readonly warned = new Set<string>();
  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.output.warn(message);
    void vscode.window.showWarningMessage(`Vigil: ${message}`);
  }

  /** λ (or the E-valuator threshold) of the alarm policy in force. */
  get threshold(): number {
    return this.lastComposed?.policy.threshold ?? 0.5;
  }

  private lastComposed: Engine | undefined;

  /**
   * Puts the workspace's custom rules in force (with the built-in ones; a custom rule replaces a
   * built-in of the same id). Returns the problems found compiling them for their languages.
   */
  async setCustomRules(custom: RuleSet): Promise<readonly RuleError[]> {
    this.customRules = custom;
    // Nothing to compile: leave the engine to start on first use, keeping start-up light.
    if (!this.baseEngine && !custom.rules.length) return [];
    if (!this.baseEngine) {
      this.enginePromise = undefined;
      await this.engine();
    } else {
      this.enginePromise = Promise.resolve(this.compose(this.baseEngine));
    }
    const engine = await this.engine();
    const problems: RuleError[] = [];
    for (const rule of custom.rules) {
      for (const language of rule.languages) {
        if (language === 'prose' || language === '*') continue;
        try {
          problems.push(...engine.rules.forLanguage(language, engine.grammars).problems.filter(p => p.ruleId === rule.id));
        } catch (e) {
          this.output.error(e as Error);
        }
      }
    }
    return problems;
  }

  /** A rule in force (built-in or custom), once the engine is up. */
  ruleById(id: string): RuleDefinition | undefined {
    return (this.customRules?.get(id)) ?? this.baseEngine?.rules.get(id);
  }

  /** The user's rule choices (`vigil.rules`) for a document. */
  ruleOverrides(uri?: vscode.Uri): RuleOverrides {
    return readConfig(uri).config.rules;
  }

  /** How λ is chosen, for reports and exports. */
  get description(): { method: string; threshold: number; control?: string; epsilon?: number; delta?: number } {
    const c = this.calibrationInUse;
    if (!c) return { method: this.fixedThreshold ? 'fixed λ' : 'default λ (not calibrated)', threshold: this.threshold };
    return { method: c.method, threshold: this.threshold, control: c.control, epsilon: c.epsilon, delta: c.delta ?? undefined };
  }

  get guarantee(): string {
    if (!this.baseEngine) return 'the calibration loads with the monitor, on the first stream';
    return guaranteeInWords(this.calibrationInUse, this.threshold, this.fixedThreshold);
  }

  /**
   * Recalibrates λ from the user's verdicts (method, control, ε, δ from the settings), keeps the
   * result in the extension's global storage and uses it from now on.
   */
  async recalibrate(): Promise<CalibrationFile> {
    const engine = await this.engine();
    if (!this.recalibratedFile) throw new Error('no storage is available for a calibration');
    // Re-score each reviewed item with the verifier in force, so that λ means the same as at run time.
    const rescored = this.items().filter(r => r.verdict).map(r => {
      const session = engine.createSession({ kind: r.kind, language: r.language });
      replayText(session, r.text, DEFAULT_CHUNK);
      return { ...r, trajectory: session.trajectory.map(p => [p.offset, p.safety] as [number, number]) };
    });
    const calibration = recalibrate(rescored, readConfig().config, engine.verifier.version, this.recalibratedFile);
    this.reconfigure();
    return calibration;
  }

  get state(): MonitorState {
    return {
      monitoring: this.counts.monitoring,
      openAlarms: this.openAlarmIds.size,
      lastAlarm: this.openAlarmIds.size ? this.last : undefined,
      streams: this.counts.streams,
      flagged: this.items().length,
      alarms: this.counts.alarms,
    };
  }

  items(): StreamRecord[] {
    return this.log?.list() ?? [...this.memory.values()].sort((a, b) => b.time - a.time);
  }

  get(id: string): StreamRecord | undefined {
    return this.log?.get(id) ?? this.memory.get(id);
  }

  /** Without workspace storage (no folder open) items live in memory for the window's lifetime. */
  private readonly memory = new Map<string, StreamRecord>();

  async start(start: StreamStart): Promise<LiveStream> {
    const engine = await this.engine();
    const config = readConfig(start.uri).config;
    // A language turned off in vigil.languages is not parsed: only the rules for any text run.
    const resolved = resolveLanguage(start.language);
    const parsed = resolved && !config.languages.has(resolved) ? undefined : start.language;
    const session = engine.createSession({ kind: start.kind, language: parsed, context: start.context, ruleOverrides: config.rules });
    const startedAt = Date.now();
    this.counts.monitoring++;
    this.counts.streams++;
    this.changeState.fire();
    let ended = false;
    return {
      session,
      push: chunk => {
        for (const e of session.push(chunk)) if (e.type === 'notice' && parsed) this.output.warn(e.message);
      },
      end: () => {
        if (ended) throw new Error('stream already ended');
        ended = true;
        session.end();
        this.counts.monitoring--;
        const record = this.toRecord(session, start, startedAt);
        if (record.alarm || record.findings.length) this.keep(record);
        this.changeState.fire();
        return record;
      },
    };
  }

  /**
   * Keeps a stream monitored elsewhere (the proxy's sessions) in the review log, like any other:
   * only when it has a finding or raised the alarm.
   */
  keepSession(session: MonitorSession, start: StreamStart, time = Date.now()): StreamRecord | undefined {
    this.counts.streams++;
    const record = this.toRecord(session, start, time);
    if (record.alarm || record.findings.length) this.keep(record);
    this.changeState.fire();
    return record.alarm || record.findings.length ? record : undefined;
  }

  /** Where the monitoring proxy listens, when it runs (shown in the status bar tooltip). */
  proxyAddress: string | undefined;

  setProxyAddress(address: string | undefined): void {
    this.proxyAddress = address;
    this.changeState.fire();
  }

  /** Monitors a complete text as a stream, chunk by chunk, so the record has a signal trajectory. */
  async replay(start: StreamStart & { text: string; chunkSize?: number; delayMs?: number }): Promise<StreamRecord> {
    const live = await this.start(start);
    const size = start.chunkSize ?? 16;
    for (let i = 0; i < start.text.length; i += size) {
      live.push(start.text.slice(i, i + size));
      if (start.delayMs) await new Promise(r => setTimeout(r, start.delayMs));
    }
    return live.end();
  }

  setVerdict(id: string, verdict: Verdict | null): void {
    if (this.log) this.log.setVerdict(id, verdict);
    else {
      const r = this.memory.get(id);
      if (r) {
        if (verdict) r.verdict = verdict;
        else delete r.verdict;
      }
    }
    this.openAlarmIds.delete(id);
    this.changeItems.fire();
    this.changeState.fire();
  }

  /** Reads the durable log again from disk (what a window reload does). */
  reloadLog(): { records: number; skipped: number } {
    if (!this.log) return { records: this.memory.size, skipped: 0 };
    this.log.close();
    const report = this.log.load();
    this.changeItems.fire();
    return { records: report.records, skipped: report.skipped.length };
  }

  /** The user chose to see withheld text: kept in the log as an override. */
  markOverride(id: string): void {
    if (this.log) this.log.setOverride(id);
    else {
      const r = this.memory.get(id);
      if (r) r.override = true;
    }
    this.output.warn(`override: the user chose to see the text withheld from stream ${id}`);
    this.changeItems.fire();
  }

  delete(id: string): void {
    this.log?.delete(id);
    this.memory.delete(id);
    this.openAlarmIds.delete(id);
    this.changeItems.fire();
    this.changeState.fire();
  }

  /** Dismisses every open alarm (the items stay in the sidebar). */
  clearAlarms(): void {
    this.openAlarmIds.clear();
    this.changeState.fire();
  }

  private keep(record: StreamRecord): void {
    if (this.log) this.log.add(record);
    else this.memory.set(record.id, record);
    if (record.alarm) {
      this.counts.alarms++;
      this.openAlarmIds.add(record.id);
      const first = record.findings[0];
      this.last = {
        recordId: record.id,
        summary: first ? `${first.message} (${first.cwe ?? first.ruleId})` : 'unsafe output',
        safety: record.minSafety,
        threshold: record.threshold,
      };
    }
    this.recorded.fire(record);
    this.changeItems.fire();
  }

  private toRecord(session: MonitorSession, start: StreamStart, time: number): StreamRecord {
    const findings = session.findings;
    return {
      id: crypto.randomUUID(),
      time,
      source: start.source,
      kind: start.kind,
      language: session.language ?? start.language,
      uri: start.uri?.toString(),
      insertAt: start.insertAt ? { line: start.insertAt.line, character: start.insertAt.character } : undefined,
      text: session.streamText,
      findings,
      trajectory: session.trajectory.map(p => [p.offset, p.safety]),
      alarm: session.alarmed,
      alarmOffset: session.alarmOffset,
      minSafety: session.minSafety,
      threshold: session.threshold,
      method: this.description.method,
      onset: findings.length ? Math.min(...findings.map(f => f.start.offset)) : null,
    };
  }

  dispose(): void {
    this.log?.close();
    this.changeState.dispose();
    this.changeItems.dispose();
    this.recorded.dispose();
  }
}
