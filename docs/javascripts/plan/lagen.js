/* plan/lagen/: "Läget mot lagen". Every row of data/krav.yml with its state: from the reader's
   drafts where a part drafts it, else (and for what exists outside the planner) the reader's own. */
(function () {
  "use strict";
  var el = HandbokPlan.el;
  var model = HandbokPlan.model;
  var store = HandbokPlan.store;
  var OWN = ["finns", "påbörjad", "saknas"];

  function state(plan, requirement) {
    var own = (plan.lagen[requirement.id] || {}).status || "";
    if (!requirement.document) { return own || "saknas"; }
    var drafted = model.requirementStatus(plan, requirement.document);
    return own === "finns" && drafted !== "klar" ? "finns" : drafted;
  }

  function save(id, change) {
    store.update(function (plan) {
      var entry = plan.lagen[id] || {};
      change(entry);
      if (!entry.status && !entry.note) { delete plan.lagen[id]; } else { plan.lagen[id] = entry; }
    });
  }

  function ownControls(plan, requirement, shown) {
    var entry = plan.lagen[requirement.id] || {};
    var base = "lagen-" + HandbokPlan.fieldId(requirement.id);
    var legend = requirement.document ? "Finns det redan, utanför Er plan?" : "Hur ser det ut hos er?";
    var radios = [""].concat(OWN).map(function (value) {
      var id = base + "-" + (value || "inget");
      var radio = el("input", { type: "radio", id: id, name: base, value: value, checked: (entry.status || "") === value });
      radio.addEventListener("change", function () {
        save(requirement.id, function (e) { if (value) { e.status = value; } else { delete e.status; } });
        shown.textContent = state(store.current(), requirement);
      });
      return el("div", { className: "plan-val__rad" }, [radio, el("label", { for: id }, [value || "Inte bedömt"])]);
    });
    var note = el("textarea", { id: base + "-anteckning", className: "plan-input", rows: 2 });
    note.value = entry.note || "";
    var print = el("p", { className: "plan-print" }, [entry.note ? "Anteckning: " + entry.note : ""]);
    note.addEventListener("input", function () {
      save(requirement.id, function (e) { if (note.value) { e.note = note.value; } else { delete e.note; } });
      print.textContent = note.value ? "Anteckning: " + note.value : "";
    });
    return [
      el("fieldset", { className: "plan-bedomning" }, [el("legend", {}, [legend])].concat(radios)),
      el("div", { className: "plan-field" }, [
        el("label", { for: note.id, className: "plan-label" }, ["Anteckning"]),
        el("p", { className: "plan-hint", id: note.id + "-hint" },
          ["Till exempel: vi har en lägesbild från 2025, antagen av kommunstyrelsen."]),
        note, print])];
  }

  function links(requirement, plan) {
    var items = [];
    if (requirement.document) {
      items.push(el("a", { href: HandbokPlan.url(model.doc(requirement.document).page) }, ["Skriv den i Er plan"]));
    }
    if (requirement.step) { items.push(el("a", { href: HandbokPlan.url(requirement.step) }, ["Läs om steget"])); }
    if (requirement.template) { items.push(el("a", { href: HandbokPlan.url(requirement.template) }, ["Mallen"])); }
    return el("ul", { className: "plan-lankar" }, items.map(function (a) { return el("li", {}, [a]); }));
  }

  function card(plan, requirement) {
    var shown = el("strong", { className: "plan-status" }, [state(plan, requirement)]);
    var from = requirement.document ? "Status från Er plan och er bedömning: " : "Status enligt er bedömning: ";
    var section = el("section", { className: "plan-krav", "aria-labelledby": "krav-" + requirement.id }, [
      el("h3", { id: "krav-" + requirement.id }, [requirement.title]),
      el("p", { className: "plan-krav__sort" }, [requirement.kind]),
      el("p", {}, [requirement.text]),
      el("p", {}, [from, shown]),
      links(requirement, plan)].concat(ownControls(plan, requirement, shown)));
    section.querySelectorAll("textarea").forEach(function (t) { t.setAttribute("aria-describedby", t.id + "-hint"); });
    return section;
  }

  HandbokPlan.pages.lagen = function (mount) {
    var body = HandbokPlan.frame(mount);
    function show() {
      var plan = store.current();
      var requirements = HandbokPlan.definition().requirements;
      body.textContent = "";
      var groups = {};
      requirements.forEach(function (r) { (groups[r.kind] = groups[r.kind] || []).push(r); });
      Object.keys(groups).forEach(function (kind) {
        var met = groups[kind].filter(function (r) { return ["klar", "finns"].indexOf(state(plan, r)) >= 0; }).length;
        body.appendChild(el("h2", {}, [kind.charAt(0).toUpperCase() + kind.slice(1)]));
        body.appendChild(el("p", {}, [met + " av " + groups[kind].length + " är klara eller finns redan."]));
        groups[kind].forEach(function (r) { body.appendChild(card(plan, r)); });
      });
      var print = el("button", { type: "button", className: "md-button" }, ["Skriv ut"]);
      print.addEventListener("click", function () { window.print(); });
      body.appendChild(print);
    }
    show();
    store.listen(show);
  };
})();
