import * as vscode from 'vscode';
import { HoldBackGate } from '../../core/gate/holdBackGate';
import { Command } from '../commands';
import { Log } from '../log';
import { MonitorService } from '../monitorService';
import { FenceTracker } from './fences';
import { alarmWarning } from './warning';

export const PARTICIPANT_ID = 'vigil.guard';

interface GuardResult extends vscode.ChatResult {
  metadata: { recordId?: string; alarm?: { ruleId: string | null; cwe: string | null; message: string } };
}

const HELP = `**@vigil** sends your request to the model you picked, watches the answer as it streams, and stops it the moment it turns unsafe (insecure code, dangerous commands, data exfiltration, injected instructions).

- Text is shown once its line or sentence is complete; an unsafe construct never reaches you.
- When an answer is stopped you see what was found and why, with buttons to open the details or, deliberately, to see the withheld text (recorded as an override).
- Every answer with a finding is kept in the Vigil sidebar.`;

/**
 * The `@vigil` chat participant: forwards the request and this participant's history to the
 * user's model, streams the answer through the hold-back gate, and ends it with a warning on alarm.
 */
export class ChatGuard implements vscode.Disposable {
  private readonly participant: vscode.ChatParticipant;

  constructor(private readonly monitor: MonitorService, private readonly log: Log) {
    this.participant = vscode.chat.createChatParticipant(PARTICIPANT_ID, (request, context, stream, token) => this.handle(request, context, stream, token));
    this.participant.iconPath = new vscode.ThemeIcon('shield');
    this.participant.followupProvider = {
      provideFollowups: (result: GuardResult) => result.metadata?.alarm
        ? [{ prompt: `Rewrite that safely, avoiding ${result.metadata.alarm.cwe ?? 'the flagged construct'}: ${result.metadata.alarm.message}`, label: 'Ask for a safe version' }]
        : [],
    };
  }

  async handle(request: vscode.ChatRequest, context: vscode.ChatContext, stream: vscode.ChatResponseStream, token: vscode.CancellationToken): Promise<GuardResult> {
    if (request.command === 'help') {
      stream.markdown(HELP);
      return { metadata: {} };
    }
    const messages: vscode.LanguageModelChatMessage[] = [];
    for (const turn of context.history) {
      if (turn instanceof vscode.ChatRequestTurn && turn.participant === PARTICIPANT_ID) messages.push(vscode.LanguageModelChatMessage.User(turn.prompt));
      else if (turn instanceof vscode.ChatResponseTurn && turn.participant === PARTICIPANT_ID) {
        const text = turn.response.map(p => (p instanceof vscode.ChatResponseMarkdownPart ? p.value.value : '')).join('');
        if (text) messages.push(vscode.LanguageModelChatMessage.Assistant(text));
      }
    }
    messages.push(vscode.LanguageModelChatMessage.User(request.prompt));

    const live = await this.monitor.start({ kind: 'chat', source: 'participant' });
    const gate = new HoldBackGate(live.session);
    const fences = new FenceTracker();
    const upstream = new vscode.CancellationTokenSource();
    const forward = token.onCancellationRequested(() => upstream.cancel());
    const emit = (text: string) => {
      if (!text) return;
      fences.feed(text);
      stream.markdown(text);
    };
    try {
      const response = await request.model.sendRequest(messages, { justification: 'Vigil forwards your request and checks the answer.' }, upstream.token);
      for await (const chunk of response.text) {
        const r = gate.push(chunk);
        emit(r.release);
        if (r.alarm || token.isCancellationRequested) break;
      }
      if (!gate.stopped && !token.isCancellationRequested) emit(gate.end().release);
    } catch (e) {
      if (!(e instanceof vscode.CancellationError) && !token.isCancellationRequested) {
        const message = e instanceof vscode.LanguageModelError ? `${e.message} (${e.code})` : (e as Error).message;
        this.log.error(e as Error);
        stream.markdown(`${fences.closer()}\n\n**Vigil could not get an answer from ${request.model.name}:** ${message}`);
      }
    } finally {
      upstream.cancel();
      upstream.dispose();
      forward.dispose();
    }
    const record = live.end();
    const alarm = gate.alarm;
    if (alarm) {
      stream.markdown(`${fences.closer()}\n\n${alarmWarning(alarm, alarm.ruleId ? this.monitor.ruleById(alarm.ruleId)?.note : undefined)}`);
      stream.button({ command: Command.OpenItem, arguments: [record.id], title: 'Show details' });
      stream.button({ command: Command.ShowWithheld, arguments: [record.id], title: 'Show the withheld text anyway' });
      return { metadata: { recordId: record.id, alarm: { ruleId: alarm.ruleId, cwe: alarm.cwe, message: alarm.message } } };
    }
    return { metadata: { recordId: record.findings.length ? record.id : undefined } };
  }

  dispose(): void {
    this.participant.dispose();
  }
}
