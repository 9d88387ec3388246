/* The reader's plan, in this browser's localStorage only. Every change is written at once
   (read, change one key, write back), so two open tabs add to each other's work instead of
   overwriting it; the other tab hears of it through the `storage` event and shows it. (The
   browser hands a change to the other tabs a few milliseconds later: only two changes made in
   two tabs within those milliseconds could still cross.) */
HandbokPlan.store = (function () {
  "use strict";
  var KEY = "handbok-plan";
  var FORMAT = 1;
  var MAX_BYTES = 1024 * 1024;
  var memory = null;
  var working = true; /* false once the browser refused to store */
  var listeners = [];
  var failure = null;
  var TOO_LARGE = "Filen är större än 1 MB och kan inte vara en plan. Välj filen som du har sparat med ”Spara som fil”.";

  function empty() {
    return { format: FORMAT, kind: "handbok-plan", revision: 0, saved: null, answers: {}, done: {}, lagen: {} };
  }

  function isCells(value) {
    return Array.isArray(value) && value.every(function (row) {
      return Array.isArray(row) && row.every(function (cell) { return typeof cell === "string"; });
    });
  }

  function isObject(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }

  /* The Swedish reason a parsed value is not a plan this page can use, or "" when it is one. */
  function problemWith(value) {
    if (!isObject(value) || value.kind !== "handbok-plan" || typeof value.format !== "number") {
      return "Filen är inte en plan från Er plan. Välj en fil som du har sparat med ”Spara som fil”.";
    }
    if (value.format > FORMAT) {
      return "Filen är gjord i en nyare version av Er plan (format " + value.format + "). " +
        "Ladda ner handboken på nytt eller öppna filen på webbplatsen, så kan den läsas.";
    }
    var answers = value.answers || {};
    var wrong = !isObject(answers) || Object.keys(answers).some(function (key) {
      return typeof answers[key] !== "string" && !isCells(answers[key]);
    });
    if (wrong || (value.done !== undefined && !isObject(value.done)) ||
        (value.lagen !== undefined && !isObject(value.lagen))) {
      return "Filen liknar en plan men har fel innehåll, så den öppnas inte. Välj en annan fil som du har sparat med ”Spara som fil”.";
    }
    return "";
  }

  function normalised(value) {
    var plan = empty();
    plan.revision = typeof value.revision === "number" ? value.revision : 0;
    plan.saved = typeof value.saved === "string" ? value.saved : null;
    plan.answers = value.answers || {};
    plan.done = value.done || {};
    plan.lagen = value.lagen || {};
    return plan;
  }

  /* The plan in a text (a file's or the stored one's): {plan} or {problem: "Swedish reason"}. */
  function parse(text) {
    if (text.length > MAX_BYTES) {
      return { problem: TOO_LARGE };
    }
    var value;
    try { value = JSON.parse(text); } catch (error) {
      return { problem: "Filen går inte att läsa: den är trasig eller inte en JSON-fil. Välj filen som du har sparat med ”Spara som fil”." };
    }
    var problem = problemWith(value);
    return problem ? { problem: problem } : { plan: normalised(value) };
  }

  function stored() {
    try {
      var text = window.localStorage.getItem(KEY);
      var result = text ? parse(text) : { plan: empty() };
      return result.plan || empty();
    } catch (error) {
      return null; /* storage blocked */
    }
  }

  function current() {
    if (memory === null) { memory = stored() || empty(); }
    return memory;
  }

  function tell() { listeners.forEach(function (listener) { listener(current()); }); }

  function refused(error) {
    working = false;
    failure = error;
    var box = document.getElementById("plan-lagring");
    if (box) { box.hidden = false; }
  }

  /* Change the plan: `change(plan)` edits the newest stored copy, which is then written back. */
  function update(change) {
    var plan = working ? (stored() || current()) : current();
    change(plan);
    plan.revision = Math.max(plan.revision, current().revision) + 1;
    plan.saved = new Date().toISOString();
    memory = plan;
    try {
      window.localStorage.setItem(KEY, JSON.stringify(plan));
      working = true;
    } catch (error) {
      refused(error);
    }
    return plan;
  }

  function set(key, value) {
    return update(function (plan) {
      /* A table keeps its rows even when they are empty: the reader added them. */
      if (value === "" || (Array.isArray(value) && value.length === 0)) { delete plan.answers[key]; } else { plan.answers[key] = value; }
    });
  }

  window.addEventListener("storage", function (event) {
    if (event.key !== KEY && event.key !== null) { return; }
    memory = stored() || empty();
    tell();
    HandbokPlan.announce("Planen har ändrats i en annan flik. Sidan visar nu det senaste.");
  });

  return {
    KEY: KEY,
    FORMAT: FORMAT,
    MAX_BYTES: MAX_BYTES,
    TOO_LARGE: TOO_LARGE,
    current: current,
    parse: parse,
    set: set,
    update: update,
    /* Replace the whole plan (from a file) or empty it; tell this page's parts. */
    replace: function (plan) {
      update(function (target) {
        target.answers = plan.answers; target.done = plan.done; target.lagen = plan.lagen;
      });
      tell();
    },
    clear: function () {
      update(function (target) { target.answers = {}; target.done = {}; target.lagen = {}; });
      tell();
    },
    listen: function (listener) { listeners.push(listener); },
    failed: function () { return failure !== null; }
  };
})();
