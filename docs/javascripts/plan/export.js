/* "Ladda ner som Word" and "Ladda ner som OpenDocument": the draft in the template's layout,
   answered fields filled, the rest keeping their [Platshållare]. A missing answer never blocks it.
   The libraries are the site's own files, loaded only when a reader asks for a file. */
HandbokPlan.exports = (function () {
  "use strict";
  var el = HandbokPlan.el;
  var model = HandbokPlan.model;
  var FORMATS = {
    docx: { label: "Ladda ner som Word", name: "Word", scripts: ["javascripts/vendor/docx/docx.js", "javascripts/plan/word.js"] },
    odt: { label: "Ladda ner som OpenDocument", name: "OpenDocument", scripts: ["javascripts/vendor/fflate/fflate.js", "javascripts/plan/odt.js"] }
  };
  var loaded = {};

  function load(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve, reject) {
        var script = el("script", { src: HandbokPlan.url(src) });
        script.addEventListener("load", resolve);
        script.addEventListener("error", function () { delete loaded[src]; reject(new Error(src)); });
        document.head.appendChild(script);
      });
    }
    return loaded[src];
  }

  function loadAll(scripts) {
    return scripts.reduce(function (chain, src) { return chain.then(function () { return load(src); }); }, Promise.resolve());
  }

  /* The draft as plain items: heading, hint, paragraph, pairs (an "Uppgift | Ifyllt" table), list, table. */
  function outline(plan, instance) {
    var items = [];
    function last(kind) { var item = items[items.length - 1]; return item && item.kind === kind ? item : null; }
    instance.doc.blocks.forEach(function (block) {
      if (block.type === "heading") {
        items.push({ kind: "heading", level: block.level, text: model.fill(plan, instance, block.text, block.fields) });
      } else if (block.type === "hint" && !block.intro) { /* the intro says how to use the template: not in a draft */
        items.push({ kind: "hint", text: block.text });
      } else if (block.type === "paragraph" && block.bullet) {
        (last("list") || (items.push({ kind: "list", items: [] }), items[items.length - 1])).items.push(block.text);
      } else if (block.type === "paragraph") {
        items.push({ kind: "paragraph", text: model.fill(plan, instance, block.text, block.fields) });
      } else if (block.type === "field") {
        var text = model.value(plan, instance, block.id) || model.fill(plan, instance, block.placeholder, []);
        /* As in the template: a row of an "Uppgift | …" table, a list item "Etikett: …", or a paragraph. */
        var layout = block.layout || (block.columns ? "table" : block.label ? "list" : "paragraph");
        if (layout === "table") {
          var pairs = last("pairs");
          if (!pairs || pairs.header.join() !== String(block.columns || ["Uppgift", "Ifyllt"])) {
            pairs = { kind: "pairs", header: block.columns || ["Uppgift", "Ifyllt"], rows: [] };
            items.push(pairs);
          }
          pairs.rows.push([block.label, text]);
        } else if (layout === "list") {
          (last("list") || (items.push({ kind: "list", items: [] }), items[items.length - 1])).items
            .push(block.label ? block.label + ": " + text : text);
        } else {
          items.push({ kind: "paragraph", text: text });
        }
      } else if (block.type === "table") {
        var shown = model.table(plan, instance, block.id);
        var rows = shown.rows.map(function (row, r) {
          var template = shown.template[r] || shown.template[shown.template.length - 1] || [];
          return row.map(function (cell, c) { return cell || model.fill(plan, instance, template[c] || "", []); });
        });
        items.push({ kind: "table", rows: rows,
          columns: block.columns.map(function (column) { return model.fill(plan, instance, column, []); }) });
      }
    });
    var first = items.filter(function (i) { return i.kind === "heading"; })[0];
    return { title: first ? first.text : instance.doc.title, items: items };
  }

  function fileName(instance, format) {
    return instance.doc.id + (instance.nr ? "-" + instance.nr : "") + "." + format;
  }

  /* The file as a Blob (the tests and the benchmark time this). */
  function make(format, instance) {
    var draft = outline(HandbokPlan.store.current(), instance);
    return loadAll(FORMATS[format].scripts).then(function () { return HandbokPlan.writers[format](draft); });
  }

  function buttons(instance) {
    var box = el("div", { className: "plan-export" }, [el("h2", {}, ["Ladda ner utkastet"]),
      el("p", {}, ["Filen får det ni har skrivit. Det ni inte har fyllt i står kvar som [platshållare] i mallen."])]);
    Object.keys(FORMATS).forEach(function (format) {
      var button = el("button", { type: "button", className: "md-button" }, [FORMATS[format].label]);
      button.addEventListener("click", function () {
        button.disabled = true;
        HandbokPlan.announce("Filen görs …");
        make(format, instance).then(function (blob) {
          HandbokPlan.download(blob, fileName(instance, format));
          HandbokPlan.announce("Filen " + fileName(instance, format) + " är klar i din mapp för hämtade filer.");
        }, function () {
          HandbokPlan.announce("Filen kunde inte göras. Ladda om sidan och försök igen, eller använd den tomma mallen.");
        }).then(function () { button.disabled = false; });
      });
      box.appendChild(button);
    });
    return box;
  }

  return { buttons: buttons, outline: outline, make: make, fileName: fileName };
})();
HandbokPlan.writers = {};
