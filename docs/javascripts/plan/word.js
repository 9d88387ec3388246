/* The draft as a Word file (.docx), written with the `docx` library (MIT, pinned in package-lock.json,
   copied into the site by the build after a hash check). Loaded only when a reader asks for it. */
HandbokPlan.writers.docx = (function () {
  "use strict";
  var d = window.docx;
  var LANGUAGE = { value: "sv-SE" };
  var BORDER = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  var BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
  var HEADINGS = [d.HeadingLevel.TITLE, d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3,
    d.HeadingLevel.HEADING_4];

  /* Each line of the reader's text as its own run, with a line break between. */
  function runs(text, options) {
    return String(text).split("\n").map(function (line, n) {
      return new d.TextRun(Object.assign({ text: line, break: n ? 1 : 0, language: LANGUAGE }, options || {}));
    });
  }

  function paragraph(text, options) {
    return new d.Paragraph(Object.assign({ children: runs(text, options && options.run) }, options && options.paragraph));
  }

  function table(header, rows) {
    function row(cells, bold) {
      return new d.TableRow({ tableHeader: bold, children: cells.map(function (cell) {
        return new d.TableCell({ children: [paragraph(cell, { run: { bold: bold } })] });
      }) });
    }
    return new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, borders: BORDERS,
      rows: [row(header, true)].concat(rows.map(function (cells) { return row(cells, false); })) });
  }

  function children(items) {
    var made = [];
    items.forEach(function (item, index) {
      if (item.kind === "heading") {
        made.push(paragraph(item.text, { paragraph: { heading: HEADINGS[index ? Math.min(Math.max(item.level - 1, 1), 4) : 0] } }));
      } else if (item.kind === "hint") {
        made.push(paragraph(item.text, { run: { italics: true } }));
      } else if (item.kind === "paragraph") {
        made.push(paragraph(item.text));
      } else if (item.kind === "list") {
        item.items.forEach(function (text) { made.push(paragraph(text, { paragraph: { bullet: { level: 0 } } })); });
      } else if (item.kind === "pairs") {
        made.push(table(item.header, item.rows));
      } else if (item.kind === "table") {
        made.push(table(item.columns, item.rows));
      }
      if (item.kind === "pairs" || item.kind === "table") { made.push(new d.Paragraph({ children: [] })); }
    });
    return made;
  }

  return function (draft) {
    var document = new d.Document({
      title: draft.title, creator: "Er plan – Samverkan mot brott",
      styles: { default: { document: { run: { language: LANGUAGE } } } },
      sections: [{ children: children(draft.items) }]
    });
    return d.Packer.toBlob(document);
  };
})();
