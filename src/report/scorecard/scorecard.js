(function () {
  "use strict";
  // Each chart records where the browser drew its points (in the chart's own units), so
  // a reader or a test can check the drawing against the values.
  Array.prototype.forEach.call(document.querySelectorAll("svg.chart"), function (svg) {
    var box = svg.getBoundingClientRect();
    var vb = svg.viewBox && svg.viewBox.baseVal;
    if (!vb || !vb.width || !box.width) { return; }
    var k = vb.width / box.width;
    Array.prototype.forEach.call(svg.querySelectorAll("circle.pt"), function (c) {
      var r = c.getBoundingClientRect();
      c.setAttribute("data-drawn-x", ((r.left + r.width / 2 - box.left) * k).toFixed(1));
      c.setAttribute("data-drawn-y", ((r.top + r.height / 2 - box.top) * k).toFixed(1));
    });
    svg.setAttribute("data-drawn", "yes");
  });
})();

(function () {
  "use strict";
  var table = document.getElementById("comparison");
  if (!table || !table.tHead || !table.tBodies.length) { return; }
  var heads = table.tHead.rows[0].cells;
  var body = table.tBodies[0];

  function value(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent; }
    return numeric ? parseFloat(v) : v;
  }

  function sortBy(i, descending) {
    var th = heads[i];
    var numeric = th.getAttribute("data-type") === "num";
    var dir = descending ? -1 : 1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, i, numeric), y = value(b, i, numeric);
      var c = numeric ? x - y : String(x).localeCompare(String(y), "zh-CN");
      if (!c) { return value(a, 0, true) - value(b, 0, true); }
      return dir * c;
    });
    for (var k = 0; k < heads.length; k++) { heads[k].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    rows.forEach(function (r) { body.appendChild(r); });
  }

  Array.prototype.forEach.call(heads, function (th, i) {
    th.tabIndex = 0;
    var toggle = function () { sortBy(i, th.getAttribute("aria-sort") === "ascending"); };
    th.addEventListener("click", toggle);
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); }
    });
  });

  // report.html#sort=coverage (ascending) or #sort=-coverage (descending).
  var m = /^#sort=(-?)([a-z_]+)$/.exec(window.location.hash);
  if (m) {
    Array.prototype.forEach.call(heads, function (th, i) {
      if (th.getAttribute("data-key") === m[2]) { sortBy(i, m[1] === "-"); }
    });
  }
  table.setAttribute("data-sort-ready", "yes");
})();
