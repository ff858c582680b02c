// ruleid: javascript.message-listener-no-origin-check
window.addEventListener('message', function (event) {
  document.getElementById('out').textContent = event.data.text;
});
// ok: javascript.message-listener-no-origin-check
window.addEventListener('message', (event) => {
  if (event.origin !== 'https://trusted.example.com') return;
  handle(event.data);
});
