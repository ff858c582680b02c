export function Banner(): JSX.Element {
  const ref = (el: HTMLDivElement | null) => {
    // ruleid: javascript.dom-xss-source
    if (el) el.innerHTML = '<b>' + document.URL + '</b>';
  };
  // ok: javascript.dom-xss-source
  return <div ref={ref}>{location.hash}</div>;
}
