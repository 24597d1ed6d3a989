/* Home page "Where do you live?": a search field above the list of towns (the list of plain
   links works without JavaScript; this only filters it). Enter opens the one town left. */
(function () {
  "use strict";
  var nav = document.querySelector("nav.lp-towns[data-filter-label]");
  if (!nav) return;
  var items = Array.prototype.slice.call(nav.querySelectorAll("li"));
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var label = document.createElement("label");
  label.className = "lp-towns__filter";
  label.textContent = nav.getAttribute("data-filter-label");
  var input = document.createElement("input");
  input.type = "search";
  input.autocomplete = "off";
  label.appendChild(input);
  var status = document.createElement("p");
  status.className = "lp-towns__status";
  status.setAttribute("role", "status");
  nav.insertBefore(status, nav.firstChild);
  nav.insertBefore(label, nav.firstChild);
  var visible = function () { return items.filter(function (li) { return !li.hidden; }); };
  input.addEventListener("input", function () {
    var query = fold(input.value.trim());
    items.forEach(function (li) { li.hidden = fold(li.textContent).indexOf(query) === -1; });
    status.textContent = visible().length ? "" : nav.getAttribute("data-filter-none");
  });
  input.addEventListener("keydown", function (event) {
    var left = visible();
    if (event.key === "Enter" && left.length === 1) {
      event.preventDefault();
      left[0].querySelector("a").click();
    }
  });
})();
