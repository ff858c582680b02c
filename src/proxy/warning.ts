import { LANGUAGES, LanguageId, StreamKind } from '../core';
import { GateAlarm } from '../core/gate/holdBackGate';
import { safeToolName } from '../core/chat/toolCall';

/**
 * The short text that ends a stopped stream in place of the withheld rest: what was found, the
 * rule and the CWE. In a code completion it is a comment of the language (it lands in an editor);
 * in a chat answer it is a markdown line after the open code block, if any, is closed.
 */
export function alarmWarning(alarm: GateAlarm, kind: StreamKind, language: LanguageId | undefined, released: string): string {
  const what = finding(alarm);
  const newline = released && !released.endsWith('\n') ? '\n' : '';
  if (kind === 'code') {
    const comment = language ? LANGUAGES[language].lineComment : '//';
    return `${newline}${comment} Vigil stopped this completion: ${what}. The rest was withheld.\n`;
  }
  return `${newline}${fenceCloser(released)}\n> **Vigil stopped this answer:** ${what}. The rest was withheld.\n`;
}

/** Text that closes a fenced code block left open in `markdown`, or '' when none is open. */
export function fenceCloser(markdown: string): string {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!m) continue;
    if (!open) open = m[1];
    else if (m[1][0] === open[0] && m[1].length >= open.length && /^ {0,3}[`~]+\s*$/.test(line)) open = undefined;
  }
  return open ? `${open}\n` : '';
}

/**
 * The markdown line that stands for a stopped tool call (`tool` is its function name), after the
 * answer's text `released` (an open code block in it is closed first).
 */
export function toolCallWarning(alarm: GateAlarm, tool: string, released: string): string {
  const newline = released && !released.endsWith('\n') ? '\n' : '';
  return `${newline}${fenceCloser(released)}\n> **Vigil stopped a tool call** (\`${safeToolName(tool)}\`): ${finding(alarm)}. It was not passed on.\n`;
}

/** What was found: the message, the rule and the CWE. */
function finding(alarm: GateAlarm): string {
  return `${alarm.message.replace(/\.$/, '')} (${[alarm.ruleId, alarm.cwe].filter(Boolean).join(', ') || 'unsafe output'})`;
}
