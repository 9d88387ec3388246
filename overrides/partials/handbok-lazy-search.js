/* Load the search index only when the reader starts to search, not on every page view:
   Material requests search/search_index.json at start-up; hold that one request back until
   the search box is opened, focused or its keyboard shortcut is pressed. */
(function () {
  "use strict";
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var wanted = false;
  var waiting = [];

  function want() {
    if (wanted) { return; }
    wanted = true;
    waiting.forEach(function (start) { start(); });
    waiting = [];
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.handbokIndex = String(url).indexOf("search/search_index.json") !== -1;
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (wanted || !request.handbokIndex) { return send.apply(request, args); }
    waiting.push(function () { send.apply(request, args); });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.matches && event.target.matches("[data-md-component=search-query]")) { want(); }
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search") { want(); }
  }, true);
  document.addEventListener("keydown", function (event) {
    if (["s", "S", "f", "F", "/"].indexOf(event.key) !== -1) { want(); }
  }, true);
})();
