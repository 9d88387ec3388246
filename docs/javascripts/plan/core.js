/* Er plan: the planner's one namespace and its small helpers.
   Classic scripts (they run from file:// in the offline copy); each file adds to HandbokPlan.
   The reader's text only ever becomes text nodes or form values, never HTML. */
var HandbokPlan = (function () {
  "use strict";
  var settings = null;
  var definition = null;

  function readJson(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  /* el("p", {className: "x", href: "…"}, ["text", otherElement]) */
  function el(tag, properties, children) {
    var element = document.createElement(tag);
    Object.keys(properties || {}).forEach(function (name) {
      var value = properties[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === "className" || name === "textContent" || name === "value" || name === "checked" ||
          name === "hidden" || name === "disabled" || name === "type") {
        element[name] = value;
      } else {
        element.setAttribute(name, value === true ? "" : String(value));
      }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return element;
  }

  /* Where the site starts, and how its pages are addressed (plan/x/ online, plan/x.html offline). */
  function site() {
    if (settings === null) {
      settings = readJson("handbok-plan-site") || { base: ".", directoryUrls: true };
    }
    return settings;
  }

  function url(sitePath, query, fragment) {
    var path = sitePath;
    if (!site().directoryUrls) {
      /* A section's own page ("plan/") is its index.html; any other page is "<name>.html". */
      path = path === "" ? "index.html" : /^[^/]+\/$/.test(path) ? path + "index.html" : path.replace(/\/$/, ".html");
    }
    var base = new URL(site().base.replace(/\/?$/, "/"), window.location.href);
    var address = new URL(path, base);
    address.search = query || "";
    address.hash = fragment || "";
    return address.href;
  }

  function plan() {
    if (definition === null) { definition = readJson("handbok-plan-definition"); }
    return definition;
  }

  /* A DOM id for a stored answer key ("atgardsplan#2.atgardsplan.x" → "f-atgardsplan-2.atgardsplan.x"). */
  function fieldId(key) {
    return "f-" + key.replace(/[^A-Za-z0-9_.-]/g, "-");
  }

  /* One polite live region per page for short news ("Sparat", "Uppdaterat från en annan flik"). */
  function announce(text) {
    var region = document.getElementById("plan-meddelande");
    if (region) { region.textContent = text; }
  }

  /* Above every planner page's content: what to do if the plan cannot be kept (the page itself
     says, with or without script, that it is kept in this browser only). */
  function frame(mount) {
    mount.textContent = "";
    mount.appendChild(el("div", { id: "plan-lagring", className: "plan-varning", role: "alert", hidden: true }, [
      el("p", {}, ["Webbläsaren sparar inte planen: lagringen är full eller avstängd, till exempel i ett privat fönster. " +
        "Det du skriver finns bara kvar tills du stänger sidan. Spara planen med ”Spara som fil” på sidan ",
        el("a", { href: url("plan/") }, ["Er plan"]), "."])]));
    mount.appendChild(el("p", { id: "plan-meddelande", className: "plan-meddelande", role: "status" }));
    var body = el("div", { className: "plan-app__innehall" });
    mount.appendChild(body);
    try {
      window.localStorage.setItem("handbok-plan-prov", "1");
      window.localStorage.removeItem("handbok-plan-prov");
    } catch (error) {
      document.getElementById("plan-lagring").hidden = false;
    }
    return body;
  }

  /* Hand a file to the reader: a link to the bytes in this page's memory (nothing leaves the browser). */
  function download(blob, name) {
    var link = el("a", { href: URL.createObjectURL(blob), download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  }

  /* An inline question with two buttons (GOV.UK's way, instead of a browser dialog). */
  function confirmBox(question, yes, onYes, onNo) {
    var yesButton = el("button", { type: "button", className: "md-button md-button--primary" }, [yes]);
    var noButton = el("button", { type: "button", className: "md-button" }, ["Avbryt"]);
    var box = el("div", { className: "plan-fraga", role: "group", "aria-label": question }, [
      el("p", {}, [question]), yesButton, noButton]);
    yesButton.addEventListener("click", function () { box.remove(); onYes(); });
    noButton.addEventListener("click", function () { box.remove(); if (onNo) { onNo(); } });
    return box;
  }

  var pages = {};
  function start() {
    var mounts = document.querySelectorAll(".plan-app[data-plan-page]");
    if (!mounts.length || !plan()) { return; }
    document.documentElement.classList.add("plan-js");
    mounts.forEach(function (mount) {
      var name = mount.getAttribute("data-plan-page");
      var page = pages[name] || pages.part;
      if (page) { page(mount, name); }
    });
  }

  return { el: el, url: url, site: site, definition: plan, fieldId: fieldId, announce: announce,
    frame: frame, download: download, confirmBox: confirmBox, pages: pages, start: start };
})();
