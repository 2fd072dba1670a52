/*
 * The pages' inline scripts, plain ES5-style browser code kept as strings (the page's CSP allows
 * exactly these bytes by their hash). They only read the page: text reaches the DOM through
 * textContent, never as markup.
 */

/** Article and diff pages: the value of every item under the pointer or focus, and the legend's toggles. */
export const ARTICLE_SCRIPT = `(function () {
  var tip = document.getElementById('tip');
  function shown(el) {
    var kind = el.getAttribute('data-kind');
    return !(kind && document.body.classList.contains('hide-' + kind));
  }
  function show(el) {
    var lines = [];
    for (var node = el; node && node !== document.body; node = node.parentElement)
      if (node.hasAttribute && node.hasAttribute('data-tip') && shown(node)) lines.push(node.getAttribute('data-tip'));
    if (lines.length === 0) return hide();
    tip.textContent = lines.join('\\n');
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left + window.scrollX) + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
  }
  function hide() { tip.hidden = true; }
  function itemOf(event) { return event.target && event.target.closest ? event.target.closest('[data-tip]') : null; }
  document.addEventListener('mouseover', function (event) { var el = itemOf(event); if (el) show(el); });
  document.addEventListener('mouseout', function (event) { var el = itemOf(event); if (el && !el.contains(event.relatedTarget)) hide(); });
  document.addEventListener('focusin', function (event) { var el = itemOf(event); if (el) show(el); else hide(); });
  document.addEventListener('focusout', hide);
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide(); });
  var boxes = document.querySelectorAll('input[data-toggle]');
  for (var i = 0; i < boxes.length; i++)
    boxes[i].addEventListener('change', function () {
      document.body.classList.toggle('hide-' + this.getAttribute('data-toggle'), !this.checked);
    });
})();`;

/** The batch index: rows from the page's JSON data block, sorted, filtered and shown a page at a time. */
export const INDEX_SCRIPT = `(function () {
  var rows = JSON.parse(document.getElementById('rows-data').textContent);
  var columns = JSON.parse(document.getElementById('columns-data').textContent);
  var PAGE = 100;
  var state = { column: 0, direction: 1, filter: '', errorsOnly: false, page: 0 };
  var sorted = rows.slice();
  var shownRows = sorted;
  var body = document.getElementById('rows');
  var status = document.getElementById('status');
  var headers = document.querySelectorAll('th[data-column]');
  function compare(a, b) {
    var x = a[state.column], y = b[state.column];
    if (x < y) return -state.direction;
    if (x > y) return state.direction;
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  }
  function sort() {
    sorted = rows.slice().sort(compare);
    for (var i = 0; i < headers.length; i++) {
      var column = Number(headers[i].getAttribute('data-column'));
      if (column === state.column) headers[i].setAttribute('aria-sort', state.direction > 0 ? 'ascending' : 'descending');
      else headers[i].removeAttribute('aria-sort');
    }
    filter();
  }
  function filter() {
    var needle = state.filter.toLowerCase();
    var errors = columns.indexOf('errors');
    shownRows = sorted.filter(function (row) {
      return (!needle || String(row[0]).toLowerCase().indexOf(needle) >= 0) && (!state.errorsOnly || row[errors] > 0);
    });
    state.page = 0;
    render();
  }
  function render() {
    var pages = Math.max(1, Math.ceil(shownRows.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    var from = state.page * PAGE;
    var slice = shownRows.slice(from, from + PAGE);
    var fragment = document.createDocumentFragment();
    var errors = columns.indexOf('errors');
    slice.forEach(function (row) {
      var tr = document.createElement('tr');
      if (row[errors] > 0) tr.className = 'failed';
      var first = document.createElement('td');
      if (row[1]) {
        var a = document.createElement('a');
        a.href = row[1];
        a.textContent = row[0];
        first.appendChild(a);
      } else first.textContent = row[0];
      tr.appendChild(first);
      for (var c = 2; c < row.length; c++) {
        var td = document.createElement('td');
        td.className = 'num';
        td.textContent = String(row[c]);
        tr.appendChild(td);
      }
      fragment.appendChild(tr);
    });
    body.replaceChildren(fragment);
    status.textContent = shownRows.length === 0 ? 'No article matches.' :
      'Articles ' + (from + 1) + '–' + (from + slice.length) + ' of ' + shownRows.length +
      (shownRows.length < rows.length ? ' (filtered from ' + rows.length + ')' : '') + ', page ' + (state.page + 1) + ' of ' + pages + '.';
    document.getElementById('previous').disabled = state.page === 0;
    document.getElementById('next').disabled = state.page >= pages - 1;
  }
  for (var i = 0; i < headers.length; i++)
    headers[i].querySelector('button').addEventListener('click', function () {
      var column = Number(this.parentElement.getAttribute('data-column'));
      state.direction = column === state.column ? -state.direction : column === 0 ? 1 : -1;
      state.column = column;
      sort();
    });
  document.getElementById('filter').addEventListener('input', function () { state.filter = this.value; filter(); });
  document.getElementById('errors-only').addEventListener('change', function () { state.errorsOnly = this.checked; filter(); });
  document.getElementById('previous').addEventListener('click', function () { state.page--; render(); });
  document.getElementById('next').addEventListener('click', function () { state.page++; render(); });
  sort();
})();`;
