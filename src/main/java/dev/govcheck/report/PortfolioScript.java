package dev.govcheck.report;

/**
 * The portfolio page's only script: it makes the proposals table sortable (a button in each column header, so a
 * keyboard can use it; {@code aria-sort} says the order) and filterable (a search box; a live region says how
 * many rows show). Without it the page reads the same, in the page's own order, failing proposals first. When it
 * has run, {@code <html data-script="ready">} says so.
 */
final class PortfolioScript {
    static final String SOURCE = """

            (function () {
              'use strict';
              var table = document.getElementById('proposals');
              if (!table) { return; }
              var body = table.tBodies[0];
              var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
              var rows = Array.prototype.slice.call(body.rows);
              var status = document.getElementById('proposals-status');
              var sorted = -1;
              var direction = 1;
              function key(row, column) {
                var cell = row.cells[column];
                var value = cell.getAttribute('data-sort');
                return value === null ? cell.textContent.trim().toLowerCase() : value;
              }
              function compare(a, b) {
                var x = Number(a), y = Number(b);
                if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) { return x - y; }
                return a < b ? -1 : a > b ? 1 : 0;
              }
              function shown() {
                return rows.filter(function (row) { return !row.hidden; }).length;
              }
              function sortBy(column) {
                direction = sorted === column ? -direction : 1;
                sorted = column;
                rows.slice().sort(function (a, b) {
                  return compare(key(a, column), key(b, column)) * direction
                    || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
                }).forEach(function (row) { body.appendChild(row); });
                heads.forEach(function (head, i) {
                  if (i === column) {
                    head.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
                  } else {
                    head.removeAttribute('aria-sort');
                  }
                });
                status.textContent = 'Sorted by ' + heads[column].textContent.trim() + ', '
                  + (direction > 0 ? 'ascending' : 'descending') + '; ' + shown() + ' of ' + rows.length + ' shown.';
              }
              heads.forEach(function (head, column) {
                var button = document.createElement('button');
                button.type = 'button';
                while (head.firstChild) { button.appendChild(head.firstChild); }
                head.appendChild(button);
                button.addEventListener('click', function () { sortBy(column); });
              });
              var filter = document.createElement('input');
              filter.type = 'search';
              filter.id = 'proposals-filter';
              filter.placeholder = 'id, title, tier, path, role, status...';
              var label = document.createElement('label');
              label.htmlFor = filter.id;
              label.textContent = 'Filter proposals';
              var controls = document.getElementById('proposals-controls');
              controls.appendChild(label);
              controls.appendChild(filter);
              filter.addEventListener('input', function () {
                var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
                rows.forEach(function (row) {
                  var text = row.textContent.toLowerCase();
                  row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
                });
                status.textContent = shown() + ' of ' + rows.length + ' shown.';
              });
              document.documentElement.setAttribute('data-script', 'ready');
            })();
            """;

    private PortfolioScript() {
    }
}
