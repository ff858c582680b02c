// Vigil's monitoring proxy (no vscode): started by `vigil proxy` and by the extension.
export * from './events';
export * from './languageHint';
export * from './routes';
export * from './server';
export { alarmWarning } from './warning';
