/* The handbook's one script. Everything it does is kept in this browser only:
   nothing is sent anywhere. Without JavaScript the page still works as plain text. */
(function () {
  "use strict";
  var PREFIX = "handbok-klart:";

  function store(key, value) {
    try {
      if (value) { window.localStorage.setItem(PREFIX + key, "1"); }
      else { window.localStorage.removeItem(PREFIX + key); }
    } catch (error) { /* storage blocked: ticks last until the page is left */ }
  }

  function stored(key) {
    try { return window.localStorage.getItem(PREFIX + key) === "1"; }
    catch (error) { return false; }
  }

  /* Material wraps wide Markdown tables in a scroll box: make each box reachable by
     keyboard and named for screen readers (WCAG 2.1.1). */
  function scrollBoxes() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box, index) {
      if (box.closest(".handbok-tabell")) { return; } /* a generated table: its own box scrolls */
      var table = box.querySelector("table");
      var caption = table && table.caption ? table.caption.textContent : "";
      var header = table ? table.querySelector("th") : null;
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", caption || "Tabell " + (index + 1) + (header ? ": " + header.textContent : ""));
    });
  }

  /* "Klart när": remember ticks, show progress, offer a reset. */
  function checklists() {
    document.querySelectorAll(".klart-nar[data-steg]").forEach(function (list) {
      var boxes = list.querySelectorAll("input[type=checkbox]");
      var status = document.createElement("p");
      status.className = "klart-nar__status";
      status.setAttribute("role", "status");
      var reset = document.createElement("button");
      reset.type = "button";
      reset.className = "md-button klart-nar__rensa";
      reset.textContent = "Ta bort alla bockar";

      function update() {
        var done = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
        status.textContent = done + " av " + boxes.length + " punkter klara. Bockarna sparas bara i din webbläsare.";
      }
      boxes.forEach(function (box) {
        box.checked = stored(box.name);
        box.addEventListener("change", function () { store(box.name, box.checked); update(); });
      });
      reset.addEventListener("click", function () {
        boxes.forEach(function (box) { box.checked = false; store(box.name, false); });
        update();
      });
      list.appendChild(status);
      list.appendChild(reset);
      update();
    });
  }

  /* The process overview: how far each step's checklist has come. */
  function progress() {
    document.querySelectorAll(".framsteg[data-steg]").forEach(function (item) {
      var count = parseInt(item.getAttribute("data-antal"), 10);
      var done = 0;
      for (var i = 1; i <= count; i++) { if (stored(item.getAttribute("data-steg") + "-" + i)) { done++; } }
      item.querySelector(".framsteg__antal").textContent = done + " av " + count + " klara";
    });
    document.querySelectorAll(".framsteg-lista").forEach(function (list) { list.hidden = false; });
  }

  document$.subscribe(function () {
    scrollBoxes();
    checklists();
    progress();
  });
})();

/* Material's search dialog has no accessible name: give it one (WCAG 4.1.2). */
document.querySelectorAll(".md-search[role=dialog]:not([aria-label])").forEach(function (dialog) {
  dialog.setAttribute("aria-label", "Sök i handboken");
});
