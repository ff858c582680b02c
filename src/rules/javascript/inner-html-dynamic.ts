export function setBody(el: HTMLElement, markup: string): void {
  // ruleid: javascript.inner-html-dynamic
  el.innerHTML = markup;
  // ok: javascript.inner-html-dynamic
  el.innerHTML = '';
}
