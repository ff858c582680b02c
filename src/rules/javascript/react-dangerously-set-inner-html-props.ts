import { createElement } from 'react';
export function raw(markup: string): unknown {
  // ruleid: javascript.react-dangerously-set-inner-html-props
  return createElement('div', { dangerouslySetInnerHTML: { __html: markup } });
}
// ok: javascript.react-dangerously-set-inner-html-props
export const hr = createElement('div', { dangerouslySetInnerHTML: { __html: '<hr/>' } });
