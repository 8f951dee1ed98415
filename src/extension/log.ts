// The extension's log: one OutputChannel ("Bulletin Annotator") for worker restarts and failures.
// The last lines are also kept in memory, so the integration tests can check what was written.
import * as vscode from 'vscode';

export type Log = Pick<vscode.LogOutputChannel, 'trace' | 'debug' | 'info' | 'warn' | 'error'>;

const KEPT_LINES = 500;

export class ExtensionLog implements Log, vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Bulletin Annotator', { log: true });
  readonly lines: string[] = [];

  trace(message: string): void {
    this.channel.trace(message);
  }
  debug(message: string): void {
    this.channel.debug(message);
  }
  info(message: string): void {
    this.keep('info', message);
    this.channel.info(message);
  }
  warn(message: string): void {
    this.keep('warning', message);
    this.channel.warn(message);
  }
  error(error: string | Error): void {
    const message = typeof error === 'string' ? error : (error.stack ?? error.message);
    this.keep('error', message);
    this.channel.error(message);
  }
  show(): void {
    this.channel.show(true);
  }
  dispose(): void {
    this.channel.dispose();
  }

  private keep(level: string, message: string): void {
    this.lines.push(`[${level}] ${message}`);
    if (this.lines.length > KEPT_LINES) this.lines.splice(0, this.lines.length - KEPT_LINES);
  }
}
