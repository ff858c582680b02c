export function later(name: string): void {
  // ruleid: javascript.string-timer
  setTimeout('run_' + name + '()', 10);
  // ok: javascript.string-timer
  setTimeout(() => console.log(name), 10);
}
