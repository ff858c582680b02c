import * as vscode from 'vscode';
import { MonitoringProxy, ProxyEvent } from '../proxy';
import { Log } from './log';
import { MonitorService } from './monitorService';

interface ProxySettings {
  enabled: boolean;
  upstream: string;
  port: number;
}

function readProxySettings(): ProxySettings {
  const c = vscode.workspace.getConfiguration('vigil');
  const port = Number(c.get('proxy.port', 8711));
  return {
    enabled: c.get('proxy.enabled') === true,
    upstream: String(c.get('proxy.upstream', '') || c.get('upstream.baseUrl', '') || '').trim(),
    port: Number.isInteger(port) && port >= 0 && port <= 65535 ? port : 8711,
  };
}

/**
 * Runs the monitoring proxy inside the extension when `vigil.proxy.enabled` is set: assistants that
 * let the user set their API base (Continue, Cline, Copilot's custom models, scripts) are then
 * guarded like Vigil's own models, and their streams land in the same review log.
 */
export class ProxyController implements vscode.Disposable {
  private proxy: MonitoringProxy | undefined;
  private running: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly monitor: MonitorService, private readonly log: Log) {
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('vigil.proxy') || e.affectsConfiguration('vigil.upstream.baseUrl')) void this.apply();
    }, this, this.disposables);
  }

  get address(): string | undefined {
    return this.proxy?.url;
  }

  /** Starts, restarts or stops the proxy to match the settings. */
  async apply(): Promise<void> {
    const settings = readProxySettings();
    const key = settings.enabled ? `${settings.upstream} ${settings.port}` : undefined;
    if (key === this.running) return;
    await this.stop();
    if (!settings.enabled) return;
    if (!settings.upstream) {
      void vscode.window.showWarningMessage('Vigil: the proxy needs an upstream: set vigil.proxy.upstream (or vigil.upstream.baseUrl).');
      return;
    }
    try {
      const engine = await this.monitor.engine();
      this.proxy = await MonitoringProxy.start({ engine, upstream: settings.upstream, port: settings.port, onEvent: e => this.onEvent(e) });
      this.running = key;
      this.monitor.setProxyAddress(this.proxy.url);
      this.log.info(`proxy listening on ${this.proxy.url}, forwarding to ${settings.upstream}`);
    } catch (e) {
      const message = (e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${settings.port} is in use; choose another in vigil.proxy.port (0 picks a free one)` : (e as Error).message;
      this.log.error(`proxy did not start: ${message}`);
      void vscode.window.showErrorMessage(`Vigil: the monitoring proxy did not start: ${message}`);
    }
  }

  private onEvent(e: ProxyEvent): void {
    if (e.type === 'alarm') this.log.warn(`proxy: stopped ${e.tool ? `a tool call (${e.tool}) of ` : ''}${e.route} (${e.model ?? 'model'}): ${e.message}${e.cwe ? ` (${e.cwe})` : ''}`);
    else if (e.type === 'error') this.log.warn(`proxy: ${e.route} answered ${e.status}: ${e.message}`);
    else if (e.type === 'stream-end') this.monitor.keepSession(e.session, { kind: e.kind, language: e.language, source: 'proxy' }, e.time - e.durationMs);
  }

  async stop(): Promise<void> {
    const proxy = this.proxy;
    this.proxy = undefined;
    this.running = undefined;
    this.monitor.setProxyAddress(undefined);
    if (proxy) await proxy.close();
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables) d.dispose();
  }
}
