/* plan/: the task list (a status per part) and the actions for the whole plan:
   "Spara som fil", "Öppna fil", "Töm allt". */
(function () {
  "use strict";
  var el = HandbokPlan.el;
  var model = HandbokPlan.model;
  var store = HandbokPlan.store;
  var STATUS_CLASS = { "Klar": "klar", "Påbörjad": "paborjad", "Inte påbörjad": "inte-paborjad" };

  function taskList(plan) {
    var items = [];
    HandbokPlan.definition().documents.forEach(function (doc) {
      model.instances(doc.id, plan).forEach(function (instance) {
        var state = model.status(plan, instance);
        var statusId = "status-" + HandbokPlan.fieldId(instance.key);
        var link = el("a", { href: HandbokPlan.url(doc.page, instance.nr ? "?nr=" + instance.nr : ""),
          "aria-describedby": statusId }, [model.label(instance) + (doc.optional ? " (frivillig)" : "")]);
        items.push(el("li", { className: "plan-uppgift" }, [link,
          el("strong", { id: statusId, className: "plan-status plan-status--" + STATUS_CLASS[state] }, [state])]));
      });
    });
    return el("ol", { className: "plan-uppgifter", "aria-label": "Delar av planen" }, items);
  }

  function today() { return new Date().toISOString().slice(0, 10); }

  function saveAsFile() {
    var text = JSON.stringify(store.current(), null, 2) + "\n";
    var name = "var-plan-" + today() + ".json";
    HandbokPlan.download(new Blob([text], { type: "application/json" }), name);
    HandbokPlan.announce("Planen är sparad som filen " + name + " i din mapp för hämtade filer.");
  }

  function hasContent(plan) {
    return Object.keys(plan.answers).length + Object.keys(plan.done).length + Object.keys(plan.lagen).length > 0;
  }

  function showError(holder, text) {
    holder.textContent = "";
    var box = el("div", { className: "plan-felsammanfattning", role: "alert", tabindex: "-1" }, [
      el("h2", {}, ["Det finns ett problem"]),
      el("ul", {}, [el("li", {}, [el("a", { href: "#plan-oppna" }, [text])])])]);
    holder.appendChild(box);
    box.focus();
  }

  function openFile(input, holder, actions) {
    var file = input.files && input.files[0];
    if (!file) { return; }
    holder.textContent = "";
    var done = function (result) {
      input.value = "";
      if (result.problem) { showError(holder, result.problem); return; }
      var use = function () {
        store.replace(result.plan);
        HandbokPlan.announce("Planen i filen " + file.name + " är öppnad.");
      };
      if (hasContent(store.current())) {
        actions.appendChild(HandbokPlan.confirmBox("Filen ersätter planen som finns i webbläsaren nu. Vill du öppna den?",
          "Ja, öppna filen", use));
      } else { use(); }
    };
    if (file.size > store.MAX_BYTES) { done({ problem: store.TOO_LARGE }); return; }
    file.text().then(function (text) { done(store.parse(text)); },
      function () { done({ problem: "Filen gick inte att läsa. Försök igen, eller välj en annan fil." }); });
  }

  function actions(holder) {
    var save = el("button", { type: "button", className: "md-button md-button--primary" }, ["Spara som fil"]);
    save.addEventListener("click", saveAsFile);
    var input = el("input", { type: "file", id: "plan-oppna", accept: ".json,application/json", className: "plan-fil" });
    var clear = el("button", { type: "button", className: "md-button plan-tom" }, ["Töm allt"]);
    var box = el("div", { className: "plan-atgarder" }, [
      el("h2", {}, ["Spara, öppna eller töm planen"]),
      el("p", {}, ["Spara planen som en fil för att ha den kvar, flytta den till en annan dator eller dela den med en kollega."]),
      save,
      el("div", { className: "plan-field" }, [el("label", { for: "plan-oppna", className: "plan-label" }, ["Öppna fil"]),
        el("p", { className: "plan-hint", id: "plan-oppna-hint" }, ["En plan som du har sparat med ”Spara som fil” (.json)."]),
        input]),
      clear]);
    input.setAttribute("aria-describedby", "plan-oppna-hint");
    input.addEventListener("change", function () { openFile(input, holder, box); });
    clear.addEventListener("click", function () {
      box.appendChild(HandbokPlan.confirmBox("Vill du tömma hela planen? Det går inte att ångra. Spara planen som fil först om du vill behålla den.",
        "Ja, töm allt", function () { store.clear(); HandbokPlan.announce("Planen är tömd."); },
        function () { clear.focus(); }));
      box.lastChild.querySelector("button").focus();
    });
    return box;
  }

  HandbokPlan.pages.index = function (mount) {
    var body = HandbokPlan.frame(mount);
    var errors = el("div", { className: "plan-fel" });
    var list = el("div", { className: "plan-lista" });
    function show() {
      list.textContent = "";
      list.appendChild(el("h2", {}, ["Delar av planen"]));
      list.appendChild(taskList(store.current()));
      list.appendChild(el("ul", { className: "plan-mer" }, [
        el("li", {}, [el("a", { href: HandbokPlan.url("plan/kontrollera/") }, ["Kontrollera era svar"])]),
        el("li", {}, [el("a", { href: HandbokPlan.url("plan/lagen/") }, ["Läget mot lagen"])])]));
    }
    show();
    body.appendChild(errors);
    body.appendChild(list);
    body.appendChild(actions(errors));
    store.listen(show);
  };
})();
