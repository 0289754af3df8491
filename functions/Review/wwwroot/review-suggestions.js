// The review tab: suggestions grouped by need (one collapsible line per need with its count, the need with
// the best suggestion first), each need's cards read a page at a time when it is opened, and approve or
// reject by button or one keystroke. Every piece of text from the API is inserted with textContent: names,
// titles and notes are written by people outside the network and must never be read as markup.
"use strict";

(() => {
  const PAGE_SIZE = 25;
  const REJECTION_REASONS = ["skills", "rate", "availability", "location", "already-connected", "other"];
  const { $, el, dayRate, place, days, barChart } = Site;
  const { api, showStatus, handleError, KeyRefused, ApiProblem } = Desk;
  const state = { decide: null, loaded: false, filter: { status: "pending", coop: "" } };

  function featureName(feature) {
    return feature.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }

  // The fit is the score's percentile among its model's scores of its training pairs; the raw score only orders.
  function fitText(item) {
    return item.fit === null || item.fit === undefined ? `Score ${item.score.toFixed(3)}` : `Fit ${item.fit} of 100`;
  }

  function breakdownChart(breakdown) {
    const entries = Object.entries(breakdown || {}).filter(([, value]) => value !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    if (entries.length === 0) return el("p", { className: "hint", text: "No breakdown recorded." });
    const max = Math.max(...entries.map(([, value]) => Math.abs(value)));
    return barChart(
      entries.map(([feature, value]) => ({
        name: featureName(feature),
        valueText: `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(3)}`,
        bars: [{ value, className: value < 0 ? "negative" : "" }],
      })),
      { max, centred: true, label: "Contribution of each feature to the score" });
  }

  // ---- Needs, one group each ----

  function filterParams(extra = {}) {
    const params = new URLSearchParams(extra);
    if (state.filter.status) params.set("status", state.filter.status);
    if (state.filter.coop) params.set("coopId", state.filter.coop);
    return params;
  }

  function countText(group) {
    const status = state.filter.status || "in any state";
    const fit = group.bestFit === null || group.bestFit === undefined ? "" : `, best fit ${group.bestFit} of 100`;
    return `${group.count} ${status}${fit}`;
  }

  async function load() {
    state.filter = { status: $("filter-status").value, coop: $("filter-coop").value };
    showStatus("Loading suggestions…");
    const answer = await api(`/api/suggestions/by-need?${filterParams()}`);
    $("groups").replaceChildren(...answer.items.map(groupItem));
    $("empty").hidden = answer.items.length > 0;
    const total = answer.items.reduce((sum, g) => sum + g.count, 0);
    showStatus(`${total} suggestion${total === 1 ? "" : "s"} for ${answer.items.length} need${answer.items.length === 1 ? "" : "s"}.`);
    const first = $("groups").querySelector("details");
    if (first) {
      first.open = true;
      await first.loaded;
    }
  }

  function groupItem(group) {
    const title = group.title ? `${group.title} at ${group.coopName || "an unknown co-op"}` : "A need that no longer exists";
    const count = el("span", { className: "count", text: countText(group) });
    const cards = el("ol", { className: "cards", "aria-label": `Suggestions for ${title}` });
    const more = el("button", { type: "button", className: "more", text: "Show more for this need", hidden: true });
    const details = el("details", { className: "group", "data-need-id": group.needId, "data-count": String(group.count) },
      el("summary", {}, el("span", { className: "group-title", text: title }), " ", count),
      cards, more);
    details.group = group;
    details.count = count;
    let continuation = null;
    const page = async () => {
      const params = filterParams({ needId: group.needId, limit: String(PAGE_SIZE) });
      if (continuation) params.set("continuation", continuation);
      const answer = await api(`/api/suggestions?${params}`);
      cards.append(...answer.items.map(card));
      continuation = answer.continuation;
      more.hidden = !continuation;
    };
    details.addEventListener("toggle", () => {
      if (details.open && !details.loaded) details.loaded = page().catch(handleError);
    });
    more.addEventListener("click", () => page().catch(handleError));
    return el("li", {}, details);
  }

  function card(item) {
    const need = item.need;
    const person = item.person;
    const title = need ? `${need.title} at ${need.coopName || "an unknown co-op"}` : "A need that no longer exists";
    const who = person ? person.name : "A person who has left";
    const headingId = `card-${item.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
    const li = el("li", { className: "card", tabindex: "0", "aria-labelledby": headingId, "data-id": item.id });
    li.dataset.status = item.status;

    li.append(el("div", { className: "head" },
      el("h3", { id: headingId, text: `${who} for ${title}` }),
      el("p", { className: "score", text: `${fitText(item)}, rank ${item.rank} for this need, ${item.status}` })));

    li.append(el("div", { className: "side" },
      el("h4", { text: "Need" }),
      need ? el("p", { text: `${need.title}, ${need.coopName || "unknown co-op"}` }) : el("p", { text: "No longer exists." }),
      need ? el("p", { text: dayRate(need.dayRate) }) : null,
      need ? el("p", { text: days(need.daysPerWeek) }) : null,
      need ? el("p", { text: place(need.location) }) : null));

    const skills = el("ul", { className: "tags", "aria-label": "Skills" });
    for (const skill of person ? person.skills : []) skills.append(el("li", { text: `${skill.name} (${skill.level})` }));

    li.append(el("div", { className: "side" },
      el("h4", { text: "Person" }),
      person ? el("p", { className: "person-name", text: person.name }) : el("p", { text: "Profile erased." }),
      person ? skills : null,
      person ? el("p", { text: days(person.daysPerWeek) }) : null,
      person ? el("p", { text: place(person.location) }) : null));

    const reasons = el("ul", { className: "reasons" });
    for (const reason of item.reasons) reasons.append(el("li", { text: reason }));
    li.append(el("div", { className: "explain" },
      el("h4", { text: "Why" }),
      item.reasons.length ? reasons : el("p", { className: "hint", text: "No reasons recorded." }),
      el("details", {}, el("summary", { text: `Score breakdown (raw score ${item.score.toFixed(3)})` }), breakdownChart(item.breakdown))));

    const actions = el("div", { className: "actions" });
    if (item.status === "pending") {
      const approve = el("button", { type: "button", className: "approve", text: "Approve (a)" });
      const reject = el("button", { type: "button", className: "reject", text: "Reject (r)" });
      approve.addEventListener("click", () => openDecision(li, "approve"));
      reject.addEventListener("click", () => openDecision(li, "reject"));
      actions.append(approve, reject);
    }

    li.append(actions);
    li.suggestion = item;
    return li;
  }

  // ---- Decisions ----

  function openDecision(cardNode, action) {
    if (!cardNode.suggestion || cardNode.dataset.status !== "pending") {
      showStatus("This suggestion is already decided.", true);
      return;
    }

    state.decide = { card: cardNode, action };
    $("decide-heading").textContent = action === "approve" ? "Approve this introduction" : "Reject this suggestion";
    $("decide-subject").textContent = cardNode.querySelector("h3").textContent;
    $("reason-field").hidden = action !== "reject";
    $("decide-reason").value = REJECTION_REASONS[0];
    $("decide-note").value = "";
    $("decide-note-label").textContent = action === "approve" ? "Note for the introduction email (optional)" : "Note for the record (optional)";
    $("decide-confirm").textContent = action === "approve" ? "Approve" : "Reject";
    $("decide-error").hidden = true;
    $("decide").showModal();
    (action === "reject" ? $("decide-reason") : $("decide-note")).focus();
  }

  function closeDecision() {
    const open = state.decide;
    state.decide = null;
    $("decide").close();
    if (open) open.card.focus();
  }

  async function confirmDecision() {
    const open = state.decide;
    if (!open) return;
    const note = $("decide-note").value.trim();
    const body = open.action === "approve" ? { note: note || null } : { reason: $("decide-reason").value, note: note || null };
    $("decide-confirm").disabled = true;
    try {
      const decided = await api(`/api/suggestions/${encodeURIComponent(open.card.suggestion.id)}/${open.action}`, { method: "POST", body });
      markDecided(open.card, decided.status);
      state.decide = null;
      $("decide").close();
      showStatus(`${open.action === "approve" ? "Approved" : "Rejected"}: ${open.card.querySelector("h3").textContent}.`);
      focusNext(open.card);
    } catch (error) {
      if (error instanceof KeyRefused) state.decide = null;
      const conflict = error instanceof ApiProblem && error.status === 409;
      Desk.dialogError($("decide"), $("decide-error"), conflict ? new ApiProblem(409, `Someone decided this suggestion already. ${error.message}`) : error);
    } finally {
      $("decide-confirm").disabled = false;
    }
  }

  function markDecided(cardNode, status) {
    cardNode.dataset.status = status;
    cardNode.suggestion = { ...cardNode.suggestion, status };
    cardNode.querySelector(".actions").replaceChildren(
      el("p", { className: "decided", text: status === "approved" ? "Approved: the introduction starts." : "Rejected." }));
    cardNode.querySelector(".score").textContent = cardNode.querySelector(".score").textContent.replace(/pending$/, status);
    const group = cardNode.closest("details.group");
    if (group && state.filter.status === "pending") {
      group.group.count = Math.max(0, group.group.count - 1);
      group.count.textContent = countText(group.group);
      group.dataset.count = String(group.group.count);
    }
  }

  // The cards a person can reach: those of the needs that are open.
  const cards = () => [...$("groups").querySelectorAll("details.group[open] .card")];

  function focusNext(from) {
    const all = cards();
    const after = all.slice(all.indexOf(from) + 1).concat(all.slice(0, all.indexOf(from)));
    (after.find((c) => c.dataset.status === "pending") || from).focus();
  }

  function move(from, step) {
    const all = cards();
    if (all.length === 0) return;
    const index = from ? all.indexOf(from) : -1;
    all[Math.max(0, Math.min(all.length - 1, index + step))].focus();
  }

  // One keystroke per action, on the focused card; never while typing in a field, in a dialog or with a modifier held.
  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || document.querySelector("dialog[open]") || $("panel-review").hidden) return;
    if (event.target.closest("input, textarea, select")) return;
    const focused = event.target.closest ? event.target.closest(".card") : null;
    switch (event.key) {
      case "j": move(focused, 1); break;
      case "k": move(focused, -1); break;
      case "a": if (focused) openDecision(focused, "approve"); else return; break;
      case "r": if (focused) openDecision(focused, "reject"); else return; break;
      default: return;
    }

    event.preventDefault();
  }

  // The co-op filter offers every co-op, by name.
  async function fillCoops() {
    const select = $("filter-coop");
    const current = select.value;
    const coops = (await api("/api/coops")).slice().sort((a, b) => a.name.localeCompare(b.name));
    select.replaceChildren(el("option", { value: "", text: "All co-ops" }), ...coops.map((c) => el("option", { value: c.id, text: c.name })));
    select.value = coops.some((c) => c.id === current) ? current : "";
  }

  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    load().catch(handleError);
  });
  $("decide-form").addEventListener("submit", (event) => {
    event.preventDefault();
    confirmDecision();
  });
  $("decide-cancel").addEventListener("click", closeDecision);
  $("decide").addEventListener("cancel", (event) => {
    event.preventDefault();
    closeDecision();
  });
  document.addEventListener("keydown", onKey);

  // The needs are read once per sign-in (and on "Show"), so coming back to this tab keeps the open ones open.
  Desk.register("review", {
    load: async () => {
      if (state.loaded) return fillCoops();
      await Promise.all([load(), fillCoops()]);
      state.loaded = true;
    },
    reset: () => {
      state.loaded = false;
      $("groups").replaceChildren();
    },
  });
})();
