type Props = { html: string };
export function Preview({ html }: Props): JSX.Element {
  return (
    <section>
      <article
        // ruleid: javascript.react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: html }} />
      <article
        // ok: javascript.react-dangerously-set-inner-html
        title={html}>{html}</article>
    </section>
  );
}
