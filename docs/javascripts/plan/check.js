/* plan/kontrollera/: "Kontrollera era svar". Every answer beside its question, per part,
   with an "Ändra" link to the place where it is written. */
(function () {
  "use strict";
  var el = HandbokPlan.el;
  var model = HandbokPlan.model;
  var store = HandbokPlan.store;

  function bare(placeholder) {
    var text = placeholder.replace(/^\[|\]$/g, "");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /* [{label, text, key}] for one draft, in the document's order. */
  function answers(plan, instance) {
    var found = [];
    var heading = "";
    instance.doc.blocks.forEach(function (block) {
      if (block.type === "heading") { heading = model.fill(plan, instance, block.text, block.fields); }
      if ((block.type === "heading" || block.type === "paragraph") && block.fields) {
        (block.text.match(model.PLACEHOLDER) || []).forEach(function (placeholder, n) {
          var id = block.fields[n];
          if (id) { found.push({ label: bare(placeholder), text: model.value(plan, instance, id), key: model.key(instance, id) }); }
        });
      } else if (block.type === "field") {
        found.push({ label: block.label || heading || bare(block.placeholder), text: model.value(plan, instance, block.id),
          key: model.key(instance, block.id) });
      } else if (block.type === "table") {
        var shown = model.table(plan, instance, block.id);
        var lines = shown.rows.filter(function (row, r) {
          return row.some(function (cell, c) { return cell && !shown.fixed[r][c]; });
        }).map(function (row) { return row.filter(Boolean).join(" · "); });
        var first = 0; /* "Ändra" goes to the first cell the reader can write in */
        while (first < block.columns.length && shown.fixed[0] && shown.fixed[0][first]) { first += 1; }
        found.push({ label: heading || block.columns.join(", "), lines: lines,
          key: model.key(instance, block.id) + ".1." + (first + 1) });
      }
    });
    return found;
  }

  function row(instance, answer) {
    var empty = answer.lines ? answer.lines.length === 0 : !answer.text;
    var value = empty ? [el("span", { className: "plan-tomt" }, ["Inte ifyllt"])]
      : answer.lines ? [el("ul", {}, answer.lines.map(function (line) { return el("li", {}, [line]); }))]
      : answer.text.split("\n").map(function (line) { return el("p", {}, [line]); });
    var change = el("a", { href: HandbokPlan.url(instance.doc.page, instance.nr ? "?nr=" + instance.nr : "",
      HandbokPlan.fieldId(answer.key)) }, ["Ändra", el("span", { className: "md-visually-hidden" }, [" " + answer.label])]);
    return el("div", { className: "plan-svar" }, [
      el("dt", {}, [answer.label]), el("dd", { className: "plan-svar__varde" }, value),
      el("dd", { className: "plan-svar__andra" }, [change])]);
  }

  HandbokPlan.pages.kontrollera = function (mount) {
    var body = HandbokPlan.frame(mount);
    function show() {
      var plan = store.current();
      body.textContent = "";
      HandbokPlan.definition().documents.forEach(function (doc) {
        model.instances(doc.id, plan).forEach(function (instance) {
          body.appendChild(el("h2", {}, [model.label(instance) + " – " + model.status(plan, instance).toLowerCase()]));
          body.appendChild(el("dl", { className: "plan-sammanfattning" }, answers(plan, instance).map(function (answer) {
            return row(instance, answer);
          })));
        });
      });
    }
    show();
    store.listen(show);
  };
  HandbokPlan.answers = answers;
})();
