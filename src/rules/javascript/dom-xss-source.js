function show() {
  // ruleid: javascript.dom-xss-source
  document.getElementById('msg').innerHTML = decodeURIComponent(location.hash.slice(1));
  // ruleid: javascript.dom-xss-source
  document.write('<a href="' + document.referrer + '">back</a>');
  const params = new URLSearchParams(window.location.search);
  // ruleid: javascript.dom-xss-source
  $('#name').html(params.get('name') + new URLSearchParams(location.search).get('x'));
  // ok: javascript.dom-xss-source
  document.getElementById('msg').textContent = location.hash.slice(1);
  // ok: javascript.dom-xss-source
  el.innerHTML = DOMPurify.sanitize(location.hash.slice(1));
}
