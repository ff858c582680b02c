function Card({ account, description }) {
  return (
    <div>
      <div
        // ruleid: javascript.react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: account.description }} />
      <p className="card-text"
        // ruleid: javascript.react-dangerously-set-inner-html
        dangerouslySetInnerHTML={this.getMarkup()}></p>
      <p
        // ok: javascript.react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(description) }} />
      <p
        // ok: javascript.react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: '<br/>' }} />
    </div>
  );
}
