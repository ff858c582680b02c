import { GateAlarm } from '../../core/gate/holdBackGate';
import { cweName } from '../../core/report';

/** The warning that ends a stopped answer: what was found, why it matters, the CWE. */
export function alarmWarning(alarm: GateAlarm, why?: string): string {
  const cwe = alarm.cwe ? ` (${alarm.cwe}${cweName(alarm.cwe) ? `: ${cweName(alarm.cwe)}` : ''})` : '';
  const where = alarm.at ? ` at line ${alarm.at.line + 1}` : '';
  return [
    `**Vigil stopped this answer.** ${alarm.message}${cwe}${where}.`,
    why ? `\n\n${why.trim().split(/\n\s*\n/)[0]}` : '',
    `\n\nSafety s_t = ${alarm.safety.toFixed(2)} fell below λ = ${alarm.threshold.toFixed(2)}; the rest of the answer was withheld.`,
  ].join('');
}
