// ruleid: javascript.postmessage-any-origin
iframe.contentWindow.postMessage(JSON.stringify({ token: sessionToken }), '*');
// ruleid: javascript.postmessage-any-origin
window.parent.postMessage({ fieldName: field.name }, "*");
// ok: javascript.postmessage-any-origin
window.parent.postMessage({ fieldName: field.name }, 'https://app.example.com');
// ok: javascript.postmessage-any-origin
worker.postMessage({ cmd: 'start' });
