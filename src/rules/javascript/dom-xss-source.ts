export function render(target: HTMLElement): void {
  // ruleid: javascript.dom-xss-source
  target.innerHTML = `<p>${window.location.search}</p>`;
  // ok: javascript.dom-xss-source
  target.innerText = window.location.search;
}
