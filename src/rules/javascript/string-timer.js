function poll(id, delay) {
  // ruleid: javascript.string-timer
  setTimeout("refresh('" + id + "')", delay);
  // ruleid: javascript.string-timer
  window.setInterval(`tick(${id})`, 1000);
  // ok: javascript.string-timer
  setTimeout(function () { refresh(id); }, delay);
  // ok: javascript.string-timer
  setTimeout(() => refresh(id), delay + 100);
}
