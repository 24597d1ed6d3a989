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

  /* A language's search index names the German index in `config.lp_fallback` instead of
     carrying a copy of it (search_index.py): when Material's script asks for the index, both
     are read and the German pages added, marked "[Deutsch]" in the reader's language and
     ranked last, so the German word from an official letter still finds its page. Material
     reads the index with XMLHttpRequest (responseType "blob", then status and response on
     "load"); only that one request is answered here, every other goes out unchanged. */
  var INDEX = /\/search\/search_index\.json$/;
  function readJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(response.statusText);
      return response.json();
    });
  }
  function withGerman(url) {
    return readJSON(url).then(function (index) {
      var fallback = index.config && index.config.lp_fallback;
      if (!fallback) return index;
      return readJSON(new URL(fallback.index, url)).then(function (german) {
        german.docs.forEach(function (doc) {
          index.docs.push(Object.assign({}, doc, {
            location: fallback.up + doc.location,
            title: "[" + fallback.label + "] " + doc.title,
            boost: fallback.boost
          }));
        });
        return index;
      });
    });
  }
  function answerIndexRequests() {
    var proto = XMLHttpRequest.prototype, open = proto.open, send = proto.send;
    proto.open = function (method, url) {
      var address = new URL(String(url), document.baseURI);
      this.lpIndex = method === "GET" && INDEX.test(address.pathname) ? address : null;
      return open.apply(this, arguments);
    };
    proto.send = function () {
      var request = this;
      if (!request.lpIndex) return send.apply(this, arguments);
      withGerman(request.lpIndex).then(function (index) {
        var blob = new Blob([JSON.stringify(index)], { type: "application/json" });
        Object.defineProperty(request, "readyState", { value: 4 });
        Object.defineProperty(request, "status", { value: 200 });
        Object.defineProperty(request, "statusText", { value: "OK" });
        Object.defineProperty(request, "response", { value: blob });
        request.dispatchEvent(new ProgressEvent("load"));
        request.dispatchEvent(new ProgressEvent("loadend"));
      }, function () {
        request.dispatchEvent(new ProgressEvent("error"));
        request.dispatchEvent(new ProgressEvent("loadend"));
      });
    };
  }

  var loading = false;
  function load() {
    if (loading) return;
    loading = true;
    answerIndexRequests();
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
