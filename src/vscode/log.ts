import * as vscode from 'vscode';
import { Logger } from '../core';

/** The extension's one log (STYLE.md #5): a LogOutputChannel behind the engine's Logger interface. */
export class Log implements Logger, vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Vigil', { log: true });

  trace(message: string): void {
    this.channel.trace(message);
  }
  info(message: string): void {
    this.channel.info(message);
  }
  warn(message: string): void {
    this.channel.warn(message);
  }
  error(message: string | Error): void {
    this.channel.error(message);
  }
  show(): void {
    this.channel.show(true);
  }
  dispose(): void {
    this.channel.dispose();
  }
}
