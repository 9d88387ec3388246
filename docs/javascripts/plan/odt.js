/* The draft as an OpenDocument text (.odt): no browser library writes one, so this is the smallest
   clear writer over `fflate` (MIT, the zip library docx uses; pinned and hash-checked like docx).
   Four XML parts and a stored "mimetype" first, as the OpenDocument standard asks. */
HandbokPlan.writers.odt = (function () {
  "use strict";
  var NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ' +
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" office:version="1.3"';
  var HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

  /* Text for XML: escaped, without the control characters XML cannot hold, lines as line breaks. */
  function text(value) {
    return String(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
      .split("\n").join("<text:line-break/>");
  }

  function p(style, value) { return '<text:p text:style-name="' + style + '">' + text(value) + "</text:p>"; }

  function table(name, header, rows) {
    function row(cells, style) {
      return "<table:table-row>" + cells.map(function (cell) {
        return '<table:table-cell table:style-name="Cell" office:value-type="string">' + p(style, cell) + "</table:table-cell>";
      }).join("") + "</table:table-row>";
    }
    return '<table:table table:name="' + name + '" table:style-name="Table">' +
      '<table:table-column table:number-columns-repeated="' + header.length + '"/>' +
      "<table:table-header-rows>" + row(header, "Table_20_Heading") + "</table:table-header-rows>" +
      rows.map(function (cells) { return row(cells, "Table_20_Contents"); }).join("") + "</table:table>";
  }

  function body(items) {
    var tables = 0;
    return items.map(function (item, index) {
      if (item.kind === "heading" && index === 0) { return p("Title", item.text); }
      if (item.kind === "heading") {
        var level = Math.max(1, item.level - 1);
        return '<text:h text:style-name="Heading_20_' + level + '" text:outline-level="' + level + '">' + text(item.text) + "</text:h>";
      }
      if (item.kind === "hint") { return p("Hint", item.text); }
      if (item.kind === "paragraph") { return p("Text_20_body", item.text); }
      if (item.kind === "list") {
        return '<text:list text:style-name="List">' + item.items.map(function (value) {
          return "<text:list-item>" + p("Text_20_body", value) + "</text:list-item>";
        }).join("") + "</text:list>";
      }
      tables += 1;
      if (item.kind === "pairs") { return table("Tabell" + tables, item.header, item.rows); }
      return table("Tabell" + tables, item.columns, item.rows);
    }).join("");
  }

  var STYLES = HEAD + "<office:document-styles " + NS + "><office:styles>" +
    '<style:default-style style:family="paragraph"><style:text-properties fo:language="sv" fo:country="SE" fo:font-size="11pt"/></style:default-style>' +
    '<style:style style:name="Standard" style:family="paragraph"/>' +
    '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>' +
    '<style:style style:name="Hint" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-style="italic"/></style:style>' +
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>' +
    [1, 2, 3].map(function (n) {
      return '<style:style style:name="Heading_20_' + n + '" style:display-name="Heading ' + n + '" style:family="paragraph" ' +
        'style:parent-style-name="Standard" style:default-outline-level="' + n + '"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>' +
        '<style:text-properties fo:font-size="' + [16, 14, 12][n - 1] + 'pt" fo:font-weight="bold"/></style:style>';
    }).join("") +
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>' +
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>' +
    '<text:list-style style:name="List"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>' +
    "</office:styles></office:document-styles>";

  var AUTOMATIC = "<office:automatic-styles>" +
    '<style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>' +
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>' +
    "</office:automatic-styles>";

  var MANIFEST = HEAD + "<manifest:manifest " + NS.replace(' office:version="1.3"', "") + ' manifest:version="1.3">' +
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
    ["content.xml", "styles.xml", "meta.xml"].map(function (name) {
      return '<manifest:file-entry manifest:full-path="' + name + '" manifest:media-type="text/xml"/>';
    }).join("") + "</manifest:manifest>";

  return function (draft) {
    var f = window.fflate;
    var content = HEAD + "<office:document-content " + NS + ">" + AUTOMATIC +
      "<office:body><office:text>" + body(draft.items) + "</office:text></office:body></office:document-content>";
    var meta = HEAD + "<office:document-meta " + NS + "><office:meta><dc:title>" + text(draft.title) +
      "</dc:title><dc:language>sv-SE</dc:language><meta:generator>Er plan – Samverkan mot brott</meta:generator></office:meta></office:document-meta>";
    var zipped = f.zipSync({
      mimetype: [f.strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "META-INF/manifest.xml": f.strToU8(MANIFEST),
      "content.xml": f.strToU8(content),
      "styles.xml": f.strToU8(STYLES),
      "meta.xml": f.strToU8(meta)
    });
    return new Blob([zipped], { type: "application/vnd.oasis.opendocument.text" });
  };
})();
