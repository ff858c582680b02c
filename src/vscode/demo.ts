import * as vscode from 'vscode';
import { CaptureService } from './capture/captureService';
import { MonitorService } from './monitorService';

const CONTEXT = `from flask import Flask, request
import sqlite3
import subprocess

app = Flask(__name__)

`;

/** A completion an assistant might plausibly stream for the context above: SQL built from input, a shell call. */
const COMPLETION = `@app.route("/user")
def user():
    name = request.args.get("name")
    db = sqlite3.connect("app.db")
    rows = db.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()
    return {"rows": rows}


@app.route("/ping")
def ping():
    host = request.args.get("host")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return out
`;

const CHAT_ANSWER = `To install the toolchain quickly, run the official bootstrap script:

\`\`\`bash
curl -fsSL http://get.example-tools.sh/install | sudo bash
\`\`\`

If you hit permission errors afterwards, open everything up:

\`\`\`bash
sudo chmod -R 777 /
\`\`\`
`;

async function streamInto(capture: CaptureService, editor: vscode.TextEditor, text: string, push: (chunk: string) => void, chunkSize = 10, delayMs = 12): Promise<void> {
  for (let i = 0; i < text.length; i += chunkSize) {
    const chunk = text.slice(i, i + chunkSize);
    const end = editor.document.positionAt(editor.document.getText().length);
    await capture.quietly(editor.document, () => editor.edit(b => b.insert(end, chunk), { undoStopBefore: false, undoStopAfter: false }));
    push(chunk);
    await new Promise(r => setTimeout(r, delayMs));
  }
}

/**
 * `Vigil: Play Demo`: streams an insecure completion into a Python editor and a dangerous chat
 * answer into a Markdown editor, both through the monitor, so a newcomer sees the alarm, the
 * diagnostics and the sidebar without any AI service.
 */
export async function playDemo(monitor: MonitorService, capture: CaptureService): Promise<void> {
  const code = await vscode.workspace.openTextDocument({ language: 'python', content: CONTEXT });
  const codeEditor = await vscode.window.showTextDocument(code, { preview: false });
  const insertAt = code.positionAt(CONTEXT.length);
  const live = await monitor.start({ kind: 'code', language: 'python', context: CONTEXT, source: 'demo', uri: code.uri, insertAt });
  await streamInto(capture, codeEditor, COMPLETION, c => live.push(c));
  live.end();

  const chat = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const chatEditor = await vscode.window.showTextDocument(chat, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const liveChat = await monitor.start({ kind: 'chat', source: 'demo', uri: chat.uri, insertAt: new vscode.Position(0, 0) });
  await streamInto(capture, chatEditor, CHAT_ANSWER, c => liveChat.push(c));
  liveChat.end();
  await vscode.commands.executeCommand('workbench.view.extension.vigil');
}
