// ruleid: javascript.react-dangerously-set-inner-html-props
const el = React.createElement('span', { dangerouslySetInnerHTML: { __html: html } });
// ok: javascript.react-dangerously-set-inner-html-props
const el2 = React.createElement('span', { dangerouslySetInnerHTML: { __html: '&nbsp;' } });
