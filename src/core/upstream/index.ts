// The shared upstream client: OpenAI-compatible (SSE) and Ollama (NDJSON) streaming, no vscode.
export * from './client';
export * from './decode';
export * from './errors';
export * from './http';
