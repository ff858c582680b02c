// `npm start`: builds and packages the VSIX, installs it into code-server (the real VS Code 1.139 in a
// browser) with fresh user data, opens a fresh copy of the demo workspace, prints the URL and runs until
// Ctrl+C, then stops the server's whole process group and removes the temporary folder.
//   VIGIL_PORT=8080 (default: 8080, or a free port if taken)  VIGIL_HOST=127.0.0.1 (loopback only by default)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureTools, log, packageVsix, startServer, tmpDir, copyWorkspace, workbenchUrl } from './lib.mjs';

const workDir = tmpDir('vigil-start-');
const cleanup = () => fs.rmSync(workDir, { recursive: true, force: true });
process.on('exit', cleanup);
try {
  const tools = await ensureTools();
  const vsix = await packageVsix(workDir);
  const folder = copyWorkspace('demo', path.join(workDir, 'vigil-demo'));
  const logFile = path.join(workDir, 'code-server.log');
  const server = await startServer({
    tools, workDir, vsix, logFile, folder,
    port: Number(process.env.VIGIL_PORT) || 8080,
    host: process.env.VIGIL_HOST || '127.0.0.1',
    settings: { 'workbench.startupEditor': 'readme' },   // opens the demo's README.md
  });
  const url = workbenchUrl(server.url, folder);
  console.log(`
  Vigil is running in VS Code (code-server) with the packaged VSIX installed.

    Open:  ${url}

  Then run "Vigil: Play Demo" from the Command Palette (F1), or click the shield in the status bar.
  Server log: ${logFile}
  Press Ctrl+C to stop.
`);
  // Runs until SIGINT/SIGTERM: lib.mjs then kills the server's process group and exits; exit removes workDir.
  const code = await server.whenExited;
  log(`code-server exited (${code}); see ${logFile}`);
  process.exitCode = 1;
} catch (e) {
  log(`npm start failed: ${e.message}`);
  process.exit(1);
}
