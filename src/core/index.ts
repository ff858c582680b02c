// The engine's public surface, for the CLI, the proxy, the extension and tests.
export * from './engine';
export * from './languages';
export * from './services';
export * from './monitor/types';
export * from './monitor/session';
export * from './monitor/verifier';
export * from './monitor/alarmPolicy';
export * from './calibration';
export * from './rules/types';
export * from './rules/ruleSet';
export * from './rules/validate';
export * from './rules/loadFiles';
export * from './text/lineIndex';
export * from './log/streamRecord';
export * from './log/flaggedLog';
