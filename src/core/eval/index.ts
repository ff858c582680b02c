// Replaying labelled streams through the engine and measuring the monitor (`vigil eval`).
export * from './dataset';
export * from './replay';
export * from './metrics';
export * from './markdown';
