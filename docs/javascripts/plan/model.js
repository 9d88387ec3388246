/* What the plan says: the definition's documents read with the reader's answers.
   A shown value is the reader's own, else the one carried forward by a link (PLAN_INTERFACE). */
HandbokPlan.model = (function () {
  "use strict";
  var PLACEHOLDER = /\[[^\[\]\n]+\]/g;
  var def = HandbokPlan.definition;

  function doc(id) { return def().documents.filter(function (d) { return d.id === id; })[0]; }
  function shared(id) { return def().shared.some(function (s) { return s.id === id; }); }
  function links(kind, to) {
    return def().links.filter(function (link) { return link.kind === kind && (to === undefined || link.to === to); });
  }
  function blockOf(id) {
    var found = null;
    def().documents.forEach(function (d) {
      d.blocks.forEach(function (b) { if (b.id === id && b.type !== "heading") { found = { doc: d, block: b }; } });
    });
    return found;
  }
  function docOfField(id) { return id.split(".")[0]; }
  function text(value) { return typeof value === "string" ? value : ""; }

  /* The drafts of a document: one, or one per prioritised row of a source table. */
  function instances(docId, plan) {
    var perRow = links("one-per-row", docId)[0];
    if (!perRow) { return [{ doc: doc(docId), key: docId, prefix: "", nr: 0, name: "" }]; }
    var found = [];
    tableRows(plan, instances(docOfField(perRow.from), plan)[0], perRow.from).forEach(function (row, index) {
      var name = (row[perRow.column] || "").trim();
      if (name && name.indexOf("[") !== 0) {
        found.push({ doc: doc(docId), key: docId + "#" + (index + 1), prefix: docId + "#" + (index + 1) + ".",
          nr: index + 1, name: name, row: row, link: perRow });
      }
    });
    return found.length ? found : [{ doc: doc(docId), key: docId + "#1", prefix: docId + "#1.", nr: 1, name: "" }];
  }

  /* Where an answer is kept. A field that is only a shared placeholder ("[Kommunens namn]") is the
     shared value itself: written once, wherever it is asked. */
  function key(instance, id) {
    if (shared(id)) { return id; }
    var found = blockOf(id);
    var one = found && found.block.type === "field" &&
      def().shared.filter(function (s) { return s.placeholder === found.block.placeholder; })[0];
    return one ? one.id : instance.prefix + id;
  }

  /* Instances of the source's document that feed `instance`: its own, or all of another one-per-row document. */
  function sources(plan, instance, fromId) {
    var from = docOfField(fromId);
    if (instance.doc.id === from) { return [instance]; }
    return instances(from, plan);
  }

  function sharedValue(plan, placeholder) {
    var found = def().shared.filter(function (s) { return s.placeholder === placeholder; })[0];
    return found ? text(plan.answers[found.id]) : "";
  }

  /* What a field shows when the reader has not written it: from the problem its plan is for,
     from a "value" link, or a shared value its template text is made of (e.g. "[Kommunens namn]"). */
  function derived(plan, instance, id) {
    var column = instance.link && instance.link.fields ? instance.link.fields[id] : undefined;
    if (column !== undefined && instance.row[column] && instance.row[column].indexOf("[") !== 0) {
      return instance.row[column];
    }
    var found = blockOf(id);
    if (found && found.block.type === "field" && sharedValue(plan, found.block.placeholder)) {
      return sharedValue(plan, found.block.placeholder);
    }
    return links("value", id).map(function (link) {
      return sources(plan, instance, link.from).map(function (source) { return value(plan, source, link.from); })
        .filter(Boolean).join("\n");
    }).filter(Boolean).join("\n");
  }

  function value(plan, instance, id) {
    return text(plan.answers[key(instance, id)]) || derived(plan, instance, id);
  }

  /* A carried cell: "#" the row's number (the problem's, in a plan per problem), a column, or a field. */
  function cell(plan, spec, row, source, index) {
    if (spec === "#" || spec === "nr") { return String(source.nr || index + 1); }
    if (spec === "name") { return source.name; }
    if (typeof spec === "string") { return value(plan, source, spec); }
    return row[spec] || "";
  }

  function derivedRows(plan, instance, tableId) {
    var rows = [];
    links("rows", tableId).concat(links("row-per-copy", tableId)).forEach(function (link) {
      var width = blockOf(tableId).block.columns.length;
      var perCopy = link.kind === "row-per-copy";
      var from = perCopy ? instances(link.from, plan) : sources(plan, instance, link.from);
      from.forEach(function (source) {
        var given = perCopy ? [[]] : tableRows(plan, source, link.from);
        given.forEach(function (row, index) {
          var made = [];
          for (var column = 0; column < width; column++) {
            var spec = link.columns[String(column)];
            made.push(spec === undefined ? "" : cell(plan, spec, row, source, index));
          }
          var written = perCopy ? made.some(function (c, n) { return c && typeof link.columns[String(n)] === "string" &&
            link.columns[String(n)] !== "#"; }) : row.some(function (c) { return c && c.indexOf("[") !== 0; });
          if (written) { rows.push(made); }
        });
      });
    });
    return rows;
  }

  /* A table as shown: {rows: [[cell]], fixed: [[bool]], derivedCount}. A fixed cell is template text. */
  function table(plan, instance, tableId) {
    var block = blockOf(tableId).block;
    var own = plan.answers[key(instance, tableId)] || [];
    var carried = derivedRows(plan, instance, tableId);
    var count = Math.max(own.length, carried.length, block.rows.length);
    var rows = [], fixed = [];
    for (var r = 0; r < count; r++) {
      var row = [], fixedRow = [];
      for (var c = 0; c < block.columns.length; c++) {
        var template = block.rows[r] ? block.rows[r][c] || "" : null;
        var isFixed = template !== null && template.indexOf("[") < 0;
        row.push(isFixed ? template : text((own[r] || [])[c]) || (carried[r] || [])[c] || sharedValue(plan, template || ""));
        fixedRow.push(isFixed);
      }
      rows.push(row);
      fixed.push(fixedRow);
    }
    return { rows: rows, fixed: fixed, carried: carried.length, template: block.rows };
  }

  function tableRows(plan, instance, tableId) { return table(plan, instance, tableId).rows; }

  /* Text with its placeholders filled: the n-th [..] by the n-th field, shared ones by their value. */
  function fill(plan, instance, textWith, fields) {
    var n = 0;
    return textWith.replace(PLACEHOLDER, function (placeholder) {
      var id = (fields || [])[n++];
      var given = id ? value(plan, instance, id) : "";
      if (!given) {
        def().shared.forEach(function (s) {
          if (s.placeholder === placeholder) { given = text(plan.answers[s.id]); }
        });
      }
      return given || placeholder;
    });
  }

  function hasOwn(plan, instance) {
    var start = instance.prefix || instance.doc.id + ".";
    return Object.keys(plan.answers).some(function (k) {
      var v = plan.answers[k];
      var filled = typeof v === "string" ? v.trim() !== "" : v.some(function (row) {
        return row.some(function (c) { return c.trim() !== ""; });
      });
      return k.indexOf(start) === 0 && filled;
    });
  }

  function status(plan, instance) {
    if (plan.done[instance.key]) { return "Klar"; }
    return hasOwn(plan, instance) ? "Påbörjad" : "Inte påbörjad";
  }

  /* A requirement's state from the drafts of its document: saknas, påbörjad or klar. */
  function requirementStatus(plan, docId) {
    var states = instances(docId, plan).map(function (i) { return status(plan, i); });
    if (states.every(function (s) { return s === "Klar"; })) { return "klar"; }
    return states.some(function (s) { return s !== "Inte påbörjad"; }) ? "påbörjad" : "saknas";
  }

  function label(instance) {
    var title = instance.doc.blocks.filter(function (b) { return b.type === "heading"; })[0];
    /* The document's name, else its title's words before the first placeholder ("Åtgärdsplan för [problem]"). */
    var name = instance.doc.name || (title ? title.text : instance.doc.title).split("[")[0]
      .replace(/\s+(för|i|mellan|och|om)\s*$/, "").trim() || instance.doc.id;
    return instance.nr ? name + " " + instance.nr + (instance.name ? ": " + instance.name : "") : name;
  }

  return { PLACEHOLDER: PLACEHOLDER, doc: doc, shared: shared, links: links, blockOf: blockOf,
    instances: instances, key: key, value: value, derived: derived, table: table, fill: fill,
    status: status, requirementStatus: requirementStatus, label: label, sharedValue: sharedValue };
})();
