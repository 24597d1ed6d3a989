/* Town finder: a search field above a list of towns (the list of plain links works without
   JavaScript; this only filters it). Enter opens the one town left.
   Each link may carry data-town-keys="name in the reader's script|official name|postcode|…"
   (written by overrides/pages/_towns.md); without it the link text is matched. Query and keys
   are folded alike, so "usingen", "Usingen", "أوزينغن" and "61250" all find Usingen, and
   "Königstein", "koenigstein" and "konigstein" find Königstein. */
(function () {
  "use strict";
  var nav = document.querySelector("nav.lp-towns[data-filter-label]");
  if (!nav) return;
  var items = Array.prototype.slice.call(nav.querySelectorAll("li"));

  var UMLAUTS = { "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss" };
  // Arabic-script letters written more than one way: Persian/Pashto forms and hamza carriers
  // count as the plain Arabic letter (alef forms lose their hamza or madda below, via NFD).
  var LETTERS = {
    "ی": "ي", "ى": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ک": "ك", "ګ": "گ", "ة": "ه", "ۀ": "ه", "ە": "ه", "ٱ": "ا", "ؤ": "و"
  };
  var letterPattern = new RegExp("[" + Object.keys(LETTERS).join("") + "]", "g");

  // Lower case; Latin accents, Arabic harakat, hamza and madda marks, tatweel and Quranic
  // marks removed; Arabic-Indic and Persian digits as 0–9; spaces, hyphens, dots, brackets,
  // apostrophes and joiners dropped. Ethiopic and Cyrillic letters stay letters.
  var fold = function (text) {
    return text
      .toLowerCase()
      .replace(/ß/g, "ss")
      .normalize("NFD")
      .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, "")
      .replace(letterPattern, function (c) { return LETTERS[c]; })
      .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x0660); })
      .replace(/[\u06f0-\u06f9]/g, function (d) { return String(d.charCodeAt(0) - 0x06f0); })
      .replace(/[\s\-\u2010-\u2015.,·'’()\u200c\u200d\u200e\u200f]/g, "");
  };
  // German umlauts are also written ae, oe, ue (as on keyboards without them).
  var spelledOut = function (text) {
    return text.toLowerCase().replace(/[äöüß]/g, function (c) { return UMLAUTS[c]; });
  };
  var keysOf = function (li) {
    var link = li.querySelector("a");
    var raw = link && link.getAttribute("data-town-keys");
    var keys = raw ? raw.split("|") : [li.textContent];
    var folded = [];
    keys.forEach(function (key) {
      folded.push(fold(key));
      folded.push(fold(spelledOut(key)));
    });
    return folded.filter(function (key) { return key; });
  };
  var keys = items.map(keysOf);

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
    var query = fold(input.value);
    items.forEach(function (li, index) {
      li.hidden = query !== "" && !keys[index].some(function (key) {
        return key.indexOf(query) !== -1;
      });
    });
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
