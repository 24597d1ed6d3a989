/* Load search only when the reader opens it: see ARCHITECTURE.md, "Light pages". */
(function () {
  "use strict";
  var release;
  var opened = new Promise(function (resolve) { release = resolve; });
  var isIndex = function (url) { return /\/search\/search_index\.json(\?|$)/.test(String(url)); };

  /* The index: Material asks for it with XMLHttpRequest; send it once search is opened. */
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.lpDeferred = isIndex(url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.lpDeferred) return send.apply(request, args);
    opened.then(function () { send.apply(request, args); });
  };

  /* The worker: a stand-in that starts the real one once search is opened. */
  var RealWorker = window.Worker;
  if (RealWorker) {
    window.Worker = function (url, options) {
      if (!/\/workers\/search\./.test(String(url))) return new RealWorker(url, options);
      var target = document.createElement("span"); /* any EventTarget */
      var queue = [], real = null;
      opened.then(function () {
        real = new RealWorker(url, options);
        real.addEventListener("message", function (event) {
          target.dispatchEvent(new MessageEvent("message", { data: event.data }));
        });
        queue.splice(0).forEach(function (message) { real.postMessage(message); });
      });
      return {
        postMessage: function (message) { if (real) real.postMessage(message); else queue.push(message); },
        addEventListener: target.addEventListener.bind(target),
        removeEventListener: target.removeEventListener.bind(target),
        terminate: function () { if (real) real.terminate(); }
      };
    };
  }

  /* Opening search, in every way Material offers. */
  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("__search");
    if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) release(); });
    var field = document.querySelector("input.md-search__input");
    if (field) {
      field.addEventListener("focus", release);
      if (document.activeElement === field) release();
    }
    if (/[?&]q=/.test(location.search)) release(); /* a shared search link */
  });
})();
