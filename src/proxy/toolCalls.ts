import { toolCallText } from '../core/chat/toolCall';
import { GateAlarm } from '../core/gate/holdBackGate';
import { checkWhole, RequestMonitor } from './choiceStream';

type Json = Record<string, unknown>;

/** A complete tool call: the function name and its arguments (JSON text; an object from Ollama). */
export interface ToolCall {
  name: string;
  args: unknown;
}

/**
 * The first of a choice's tool calls that is unsafe, and its alarm. Each call is monitored as a
 * chat stream of its own (reported with its name in `tool`); the ones after an unsafe call are not.
 */
export interface UnsafeToolCall {
  call: ToolCall;
  alarm: GateAlarm;
}

export function unsafeToolCall(monitor: RequestMonitor, choice: number, calls: readonly ToolCall[]): UnsafeToolCall | undefined {
  for (const call of calls) {
    const alarm = checkWhole(monitor, choice, toolCallText(call.name, call.args), call.name);
    if (alarm) return { call, alarm };
  }
  return undefined;
}

/** The tool calls of a whole message: OpenAI `tool_calls` and the legacy `function_call`, Ollama `tool_calls`. */
export function toolCallsOf(message: Json | undefined): ToolCall[] {
  const calls: ToolCall[] = [];
  const items: unknown[] = Array.isArray(message?.tool_calls) ? [...(message.tool_calls as unknown[])] : [];
  if (isJson(message?.function_call)) items.push({ function: message.function_call });
  for (const item of items) {
    const fn = isJson(item) ? item.function : undefined;
    if (isJson(fn)) calls.push({ name: typeof fn.name === 'string' ? fn.name : '', args: fn.arguments });
  }
  return calls;
}

interface PendingCall {
  /** `id`, `type` and whatever else the deltas carried besides the function. */
  fields: Json;
  name: string;
  args: string;
}

/**
 * The tool calls of one streamed choice. Their deltas (arguments in fragments of JSON text) are
 * collected, not passed on, until the choice finishes. A call is checked once it is complete: when
 * the next one starts (calls stream one after another) or at the finish; the safe ones are passed
 * on at the finish, one delta each.
 */
export class StreamedToolCalls {
  private readonly calls = new Map<number, PendingCall>();
  private last = -1;
  private legacy: PendingCall | undefined;
  /** Calls already checked: index → the length of the arguments then (a server that interleaves calls may add more). */
  private readonly checked = new Map<number, number>();

  get size(): number {
    return this.calls.size + (this.legacy ? 1 : 0);
  }

  /** The delta without its tool calls, which are kept here; undefined when it had none. */
  take(delta: Json): Json | undefined {
    const { tool_calls: toolCalls, function_call: functionCall, ...rest } = delta;
    if (toolCalls === undefined && functionCall === undefined) return undefined;
    if (Array.isArray(toolCalls)) for (const item of toolCalls) if (isJson(item)) this.add(item);
    if (isJson(functionCall)) append((this.legacy ??= { fields: {}, name: '', args: '' }), functionCall);
    return rest;
  }

  /** Calls not checked yet that are complete because a later one has started; they count as checked from now on. */
  takeComplete(): ToolCall[] {
    const out: ToolCall[] = [];
    for (const [index, c] of this.calls) {
      if (index >= this.last || this.checked.get(index) === c.args.length) continue;
      this.checked.set(index, c.args.length);
      out.push({ name: c.name, args: c.args });
    }
    return out;
  }

  /** Every call not checked yet (at the finish, all of them are complete). */
  unchecked(): ToolCall[] {
    const open = [...this.calls].filter(([index, c]) => this.checked.get(index) !== c.args.length).map(([, c]) => c);
    return [...open, ...(this.legacy ? [this.legacy] : [])].map(c => ({ name: c.name, args: c.args }));
  }

  /** The deltas that pass the complete calls on, one per call. */
  deltas(): Json[] {
    const out: Json[] = [...this.calls].map(([index, c]) => ({ tool_calls: [{ index, ...c.fields, type: c.fields.type ?? 'function', function: { name: c.name, arguments: c.args } }] }));
    if (this.legacy) out.push({ function_call: { name: this.legacy.name, arguments: this.legacy.args } });
    return out;
  }

  private add(item: Json): void {
    const { index, function: fn, ...fields } = item;
    // Without an index (not in the spec, but some servers), a new id starts a call and the rest continue the last one.
    const at = typeof index === 'number' ? index
      : this.last < 0 || (fields.id && fields.id !== this.calls.get(this.last)?.fields.id) ? this.calls.size : this.last;
    this.last = at;
    let call = this.calls.get(at);
    if (!call) this.calls.set(at, (call = { fields: {}, name: '', args: '' }));
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== null && value !== '') call.fields[key] = value;
    if (isJson(fn)) append(call, fn);
  }
}

/** Adds a delta's function fragment: the name as given, the arguments appended. */
function append(call: PendingCall, fn: Json): void {
  if (typeof fn.name === 'string' && fn.name) call.name = fn.name;
  if (typeof fn.arguments === 'string') call.args += fn.arguments;
  else if (isJson(fn.arguments)) call.args += JSON.stringify(fn.arguments);
}

function isJson(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
