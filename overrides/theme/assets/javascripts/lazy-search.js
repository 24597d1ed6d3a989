/* Material's script (35 KB gzip) loads only when the reader opens search, presses one of its
   keys (/, s, f), or arrives from a search result (?h=, search.highlight) or a search link
   (?q=): see ARCHITECTURE.md, "Light pages". Everything else on the page is HTML and CSS. */
(function () {
  "use strict";
  var me = document.currentScript;
  var bundle = me && me.getAttribute("data-bundle");
  var root = document.documentElement;
  if (!bundle) return;
  /* As Material's script would: its stylesheet shows the search button and the full-height
     drawer only with class "js". */
  root.classList.remove("no-js");
  root.classList.add("js");

  var loading = false;
  function load() {
    if (loading) return;
    loading = true;
    /* Material starts on DOMContentLoaded, which has passed: hand it the event it waits for. */
    var add = document.addEventListener;
    document.addEventListener = function (type, listener, options) {
      if (type !== "DOMContentLoaded") return add.apply(document, arguments);
      setTimeout(function () {
        if (typeof listener === "function") listener.call(document, new Event(type));
        else listener.handleEvent(new Event(type));
      });
    };
    var script = document.createElement("script");
    script.src = bundle;
    script.onload = script.onerror = function () { document.addEventListener = add; };
    document.body.appendChild(script);
  }

  function openSearch() {
    var toggle = document.getElementById("__search");
    var field = document.querySelector("input.md-search__input");
    if (toggle && !toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    if (field) field.focus();
  }

  function typing(target) {
    return target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function start() {
    var toggle = document.getElementById("__search");
    var field = document.querySelector("input.md-search__input");
    if (!toggle || !field) return;
    toggle.addEventListener("change", function () {
      if (!toggle.checked) return;
      load();
      field.focus(); /* as Material does once it runs: the phone's keyboard opens */
    });
    field.addEventListener("focus", load);
    document.addEventListener("keydown", function (event) {
      if (loading || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (event.key === "/" || event.key === "s" || event.key === "f") {
        event.preventDefault();
        openSearch();
      }
    });
    if (/[?&](q|h)=/.test(location.search) || document.activeElement === field) load();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start, { once: true });
  } else {
    start();
  }
})();
