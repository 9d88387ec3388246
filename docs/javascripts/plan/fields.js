/* The inputs of a part: one field, a heading's or paragraph's placeholders, a table of rows.
   Each is built from the definition and writes its answer as the reader types. */
HandbokPlan.fields = (function () {
  "use strict";
  var el = HandbokPlan.el;
  var model = HandbokPlan.model;
  var store = HandbokPlan.store;
  var DATE = /^\[ÅÅÅÅ-MM-DD\]$/;
  var MAX = 20000;

  /* "[problem]" → "Problem": a placeholder as a field's name. */
  function bare(placeholder) {
    var text = placeholder.replace(/^\[|\]$/g, "");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /* A label, a hint, where the value came from, the error's place, the control. */
  var used = {};
  /* A DOM id per control; the same answer asked twice on a page (a shared value) gets "-2". */
  function unique(id) {
    used[id] = (used[id] || 0) + 1;
    return used[id] === 1 ? id : id + "-" + used[id];
  }

  function control(options) {
    var id = unique(HandbokPlan.fieldId(options.key));
    var hintId = id + "-hint";
    var errorId = id + "-fel";
    var input = options.multiline
      ? el("textarea", { id: id, className: "plan-input", rows: options.rows || 4, name: options.key })
      : el("input", { id: id, className: "plan-input", type: "text", name: options.key, autocomplete: "off" });
    input.value = options.value;
    var described = [options.hint ? hintId : "", options.from ? id + "-fran" : ""].filter(Boolean).join(" ");
    if (described) { input.setAttribute("aria-describedby", described); }
    input.setAttribute("data-key", options.key);
    if (DATE.test(options.placeholder || "")) { input.setAttribute("data-date", ""); }
    var print = el("p", { className: "plan-print", textContent: options.value || options.placeholder || "" });
    input.addEventListener("input", function () {
      print.textContent = input.value || options.placeholder || "";
      options.save(input.value);
      document.querySelectorAll(".plan-input").forEach(function (other) {
        if (other !== input && other.getAttribute("data-key") === options.key) { other.value = input.value; }
      });
    });
    return el("div", { className: "plan-field" + (options.small ? " plan-field--cell" : "") }, [
      el("label", { for: id, className: "plan-label" }, [options.label]),
      options.hint ? el("p", { id: hintId, className: "plan-hint" }, [options.hint]) : null,
      options.from ? el("p", { id: id + "-fran", className: "plan-from" }, [options.from]) : null,
      el("p", { id: errorId, className: "plan-error", hidden: true }),
      input,
      print
    ]);
  }

  function carriedNote(plan, instance, id) {
    var own = plan.answers[model.key(instance, id)];
    return !own && model.derived(plan, instance, id) ? "Hämtat från det ni har skrivit tidigare i planen. Ändra här om det ska vara annorlunda." : "";
  }

  /* A field; one without a label of its own is named by its heading. */
  function field(plan, instance, block, heading) {
    var label = block.label || heading || bare(block.placeholder);
    return control({
      key: model.key(instance, block.id), label: label, placeholder: block.placeholder,
      hint: label !== bare(block.placeholder) ? "I mallen: " + block.placeholder : "",
      multiline: block.multiline, value: model.value(plan, instance, block.id),
      from: carriedNote(plan, instance, block.id),
      save: function (text) { store.set(model.key(instance, block.id), text); }
    });
  }

  /* A heading or paragraph with placeholders: one input per placeholder, in order. */
  function placeholders(plan, instance, block) {
    var found = block.text.match(model.PLACEHOLDER) || [];
    var ids = block.fields || [];
    return found.map(function (placeholder, n) {
      var id = ids[n];
      if (!id) { return null; }
      return control({
        key: model.key(instance, id), label: bare(placeholder), placeholder: placeholder,
        hint: "Står i: " + block.text, multiline: false, value: model.value(plan, instance, id),
        from: carriedNote(plan, instance, id),
        save: function (text) { store.set(model.key(instance, id), text); }
      });
    }).filter(Boolean);
  }

  /* A table: each row a group of labelled cells; rows may be added when the template allows it. */
  function table(plan, instance, block, rerender) {
    var key = model.key(instance, block.id);
    var shown = model.table(plan, instance, block.id);
    var wrap = el("div", { className: "plan-table" });
    var columns = block.columns.map(function (column) { return model.fill(plan, instance, column, []); });
    function ownGrid() {
      var own = (store.current().answers[key] || []).map(function (row) { return row.slice(); });
      while (own.length < shown.rows.length) { own.push([]); }
      own.forEach(function (row) { while (row.length < block.columns.length) { row.push(""); } });
      return own;
    }
    shown.rows.forEach(function (row, r) {
      var cells = row.map(function (value, c) {
        var template = (shown.template[r] || shown.template[shown.template.length - 1] || [])[c] || "";
        if (shown.fixed[r][c]) {
          return el("div", { className: "plan-field plan-field--cell plan-fixed" }, [
            el("span", { className: "plan-label" }, [columns[c]]), el("p", {}, [value])]);
        }
        return control({
          key: key + "." + (r + 1) + "." + (c + 1), label: columns[c], placeholder: template,
          hint: template ? "I mallen: " + template : "", multiline: true, rows: 2, small: true, value: value,
          save: function (text) {
            var own = ownGrid();
            own[r][c] = text;
            store.set(key, own);
          }
        });
      });
      var removable = block.repeat && r >= Math.max(shown.carried, shown.template.length, 1);
      var remove = removable ? el("button", { type: "button", className: "md-button plan-remove" },
        ["Ta bort rad " + (r + 1)]) : null;
      if (remove) {
        remove.addEventListener("click", function () {
          var own = ownGrid();
          own.splice(r, 1);
          HandbokPlan.rows.removed(block.id, r, instance);
          store.set(key, own);
          rerender("Rad " + (r + 1) + " är borttagen.");
        });
      }
      wrap.appendChild(el("fieldset", { className: "plan-row" }, [
        el("legend", {}, ["Rad " + (r + 1)])].concat(cells, [remove])));
    });
    if (shown.carried) {
      wrap.insertBefore(el("p", { className: "plan-from" }, [
        "Raderna är hämtade från det ni har skrivit tidigare i planen. Ändra här om det ska vara annorlunda."]),
      wrap.firstChild);
    }
    if (block.repeat) {
      var add = el("button", { type: "button", className: "md-button plan-add" }, ["Lägg till en rad"]);
      add.addEventListener("click", function () {
        var own = ownGrid();
        own.push(block.columns.map(function () { return ""; }));
        store.set(key, own);
        rerender("En rad är tillagd.", HandbokPlan.fieldId(key + "." + own.length + ".1"));
      });
      wrap.appendChild(add);
    }
    return wrap;
  }

  /* Problems with what is written: dates as ÅÅÅÅ-MM-DD, text not endless. [{id, label, text}] */
  function problems(form) {
    var found = [];
    form.querySelectorAll(".plan-input").forEach(function (input) {
      var value = input.value.trim();
      var label = input.closest(".plan-field").querySelector(".plan-label").textContent;
      var text = "";
      if (value.length > MAX) {
        text = label + ": texten är för lång. Korta den till högst " + MAX + " tecken.";
      } else if (value && input.hasAttribute("data-date") && !validDate(value)) {
        text = label + ": skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-15.";
      }
      if (text) { found.push({ id: input.id, text: text }); }
    });
    return found;
  }

  function validDate(value) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!parts) { return false; }
    var date = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]));
    return date.getUTCFullYear() === +parts[1] && date.getUTCMonth() === +parts[2] - 1 && date.getUTCDate() === +parts[3];
  }

  return { field: field, placeholders: placeholders, table: table, problems: problems,
    reset: function () { used = {}; } };
})();
