/* One part of the plan on its own page (plan/lagesbild/ …): the document's headings and hints,
   its fields, an error summary, "Klar", and the downloads. */
(function () {
  "use strict";
  var el = HandbokPlan.el;
  var model = HandbokPlan.model;
  var store = HandbokPlan.store;
  var fields = HandbokPlan.fields;

  /* A source row of a one-per-row link was taken away: the drafts after it move up one number. */
  HandbokPlan.rows = {
    removed: function (tableId, index, instance) {
      model.links("one-per-row").filter(function (l) { return l.from === tableId; }).forEach(function (link) {
        store.update(function (plan) {
          var renamed = {};
          Object.keys(plan.answers).forEach(function (k) {
            var found = new RegExp("^" + link.to + "#(\\d+)\\.").exec(k);
            var nr = found ? +found[1] : 0;
            if (!found || nr < index + 1) { renamed[k] = plan.answers[k]; return; }
            if (nr > index + 1) { renamed[link.to + "#" + (nr - 1) + k.slice(found[0].length - 1)] = plan.answers[k]; }
          });
          plan.answers = renamed;
        });
      });
      return instance;
    }
  };

  function selected(docId) {
    var instances = model.instances(docId, store.current());
    var nr = +(new URLSearchParams(window.location.search).get("nr") || 0);
    return { all: instances, one: instances.filter(function (i) { return i.nr === nr; })[0] || instances[0] };
  }

  function chooser(docId, all, one) {
    if (all.length < 2) { return null; }
    return el("nav", { className: "plan-val", "aria-label": "Välj problem" }, [
      el("p", {}, ["Ni gör en plan för varje prioriterat problem. Välj vilken ni vill skriva:"]),
      el("ul", {}, all.map(function (i) {
        var link = el("a", { href: HandbokPlan.url(one.doc.page, "?nr=" + i.nr) }, [model.label(i)]);
        if (i === one) { link.setAttribute("aria-current", "page"); }
        return el("li", {}, [link]);
      }))]);
  }

  function summary(found) {
    var box = el("div", { className: "plan-felsammanfattning", role: "alert", tabindex: "-1" }, [
      el("h2", {}, ["Det finns ett problem"]),
      el("ul", {}, found.map(function (problem) {
        var link = el("a", { href: "#" + problem.id }, [problem.text]);
        link.addEventListener("click", function (event) {
          event.preventDefault();
          document.getElementById(problem.id).focus();
        });
        return el("li", {}, [link]);
      }))]);
    return box;
  }

  function showProblems(form, holder) {
    var found = fields.problems(form);
    holder.textContent = "";
    form.querySelectorAll(".plan-error").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (input) { input.removeAttribute("aria-invalid"); });
    found.forEach(function (problem) {
      var input = document.getElementById(problem.id);
      var message = document.getElementById(problem.id + "-fel");
      message.hidden = false;
      message.appendChild(el("span", { className: "md-visually-hidden" }, ["Fel: "]));
      message.appendChild(document.createTextNode(problem.text));
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", (problem.id + "-fel " + (input.getAttribute("aria-describedby") || "")).trim());
    });
    if (found.length) {
      var box = summary(found);
      holder.appendChild(box);
      box.focus();
    }
    return found.length === 0;
  }

  function blocks(plan, instance, rerender, titles) {
    var heading = "";
    return instance.doc.blocks.map(function (block) {
      if (block.type === "heading") {
        heading = model.fill(plan, instance, block.text, block.fields);
        var level = Math.min(Math.max(block.level, 2), 4);
        var shown = el("h" + level, { className: "plan-rubrik" }, [heading]);
        titles.push(function () { shown.textContent = model.fill(store.current(), instance, block.text, block.fields); });
        return el("div", { className: "plan-block" }, [shown].concat(fields.placeholders(plan, instance, block)));
      }
      if (block.type === "hint" && block.intro) { return null; } /* how to use the empty template: the page says it */
      if (block.type === "hint") { return el("p", { className: "plan-instruktion" }, [block.text]); }
      if (block.type === "paragraph") {
        var paragraph = el(block.bullet ? "li" : "p", {}, [model.fill(plan, instance, block.text, block.fields)]);
        return el("div", { className: "plan-block" }, [block.bullet ? el("ul", {}, [paragraph]) : paragraph]
          .concat(block.fields ? fields.placeholders(plan, instance, block) : []));
      }
      if (block.type === "figure") {
        return el("figure", { className: "plan-bild" }, [el("img", { src: HandbokPlan.url(block.src), alt: block.alt })]);
      }
      if (block.type === "field") { return fields.field(plan, instance, block, heading); }
      if (block.type === "table") { return fields.table(plan, instance, block, rerender); }
      return null;
    });
  }

  function render(mount, docId, news, focus) {
    var plan = store.current();
    var chosen = selected(docId);
    var instance = chosen.one;
    var body = HandbokPlan.frame(mount);
    fields.reset();
    var problems = el("div", { className: "plan-fel" });
    var form = el("form", { className: "plan-form", novalidate: true, "aria-label": model.label(instance) });
    var rerender = function (text, id) { render(mount, docId, text, id); };
    var titles = []; /* a heading shows its placeholders' answers, wherever on the page they are typed */
    blocks(plan, instance, rerender, titles).forEach(function (node) { if (node) { form.appendChild(node); } });
    form.addEventListener("input", function () { titles.forEach(function (retitle) { retitle(); }); });
    var done = el("input", { type: "checkbox", id: "plan-klar", checked: !!plan.done[instance.key] });
    done.addEventListener("change", function () {
      if (done.checked && !showProblems(form, problems)) { done.checked = false; return; }
      store.update(function (p) { if (done.checked) { p.done[instance.key] = true; } else { delete p.done[instance.key]; } });
      HandbokPlan.announce(done.checked ? "Delen är markerad som klar." : "Delen är inte längre markerad som klar.");
    });
    form.appendChild(el("div", { className: "plan-klar" }, [done,
      el("label", { for: "plan-klar" }, ["Den här delen är klar"])]));
    form.appendChild(el("button", { type: "submit", className: "md-button md-button--primary" }, ["Spara och gå till alla delar"]));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (showProblems(form, problems)) { window.location.href = HandbokPlan.url("plan/"); }
    });
    body.appendChild(el("p", {}, [el("a", { href: HandbokPlan.url("plan/") }, ["Alla delar av planen"])]));
    body.appendChild(chooser(docId, chosen.all, instance) || el("span"));
    body.appendChild(problems);
    body.appendChild(form);
    if (HandbokPlan.exports) { body.appendChild(HandbokPlan.exports.buttons(instance)); }
    if (news) { HandbokPlan.announce(news); }
    var target = focus ? document.getElementById(focus) : null;
    if (target) { target.focus(); }
  }

  HandbokPlan.pages.part = function (mount, docId) {
    if (!model.doc(docId)) { return; }
    render(mount, docId);
    store.listen(function () {
      var active = document.activeElement && document.activeElement.id;
      render(mount, docId, "", active);
    });
    var wanted = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (wanted) { wanted.scrollIntoView(); wanted.focus(); }
  };
})();
