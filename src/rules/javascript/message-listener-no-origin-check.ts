// ruleid: javascript.message-listener-no-origin-check
window.onmessage = (e: MessageEvent) => { run(e.data as string); };
// ok: javascript.message-listener-no-origin-check
window.onmessage = (e: MessageEvent) => { if (e.origin === ORIGIN) run(e.data as string); };
