function find(search, items, extensionPattern) {
  // ruleid: javascript.regexp-dynamic
  var re = new RegExp('(' + search.split(' ').join('|') + ')', 'gi');
  // ruleid: javascript.regexp-dynamic
  var acceptable = RegExp('\\.(' + extensionPattern + ')$', 'i');
  // ok: javascript.regexp-dynamic
  var fixed = new RegExp('^\\d+$');
  // ok: javascript.regexp-dynamic
  var escaped = new RegExp(escapeRegExp(search), 'i');
  return items.filter(i => re.test(i) || acceptable.test(i) || fixed.test(i) || escaped.test(i));
}
