function renderList(items, container, html) {
  // ruleid: javascript.inner-html-dynamic
  container.innerHTML = '<li>' + items.join('</li><li>') + '</li>';
  // ruleid: javascript.inner-html-dynamic
  container.innerHTML += `<span>${html}</span>`;
  // ruleid: javascript.inner-html-dynamic
  document.write(html);
  // ruleid: javascript.inner-html-dynamic
  container.insertAdjacentHTML('beforeend', html);
  // ok: javascript.inner-html-dynamic
  container.innerHTML = '<li>loading...</li>';
  // ok: javascript.inner-html-dynamic
  container.innerHTML = DOMPurify.sanitize(html);
  // ok: javascript.inner-html-dynamic
  container.textContent = html;
}
