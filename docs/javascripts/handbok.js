/* The handbook's one script. Material wraps wide Markdown tables in a scroll box:
   make each box reachable by keyboard and named for screen readers (WCAG 2.1.1). */
document$.subscribe(function () {
  document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box, index) {
    var table = box.querySelector("table");
    var caption = table && table.caption ? table.caption.textContent : "";
    var header = table ? table.querySelector("th") : null;
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", caption || "Tabell " + (index + 1) + (header ? ": " + header.textContent : ""));
  });
});
