// The coordinator review page. Everything it shows comes from the API with the coordinator's key, and
// every piece of text from the API is inserted with textContent: names, titles and notes are written by
// people outside the network and must never be read as markup.
"use strict";

(() => {
  const KEY_STORAGE = "coordinatorKey";
  const PAGE_SIZE = 25;
  const REJECTION_REASONS = ["skills", "rate", "availability", "location", "already-connected", "other"];

  const { $, el } = Site;
  const state = { key: null, continuation: null, coops: new Map(), needs: new Map(), decide: null, insightsLoaded: false };

  class KeyRefused extends Error {}

  // A problem+json answer (or anything else) in words a coordinator can act on.
  class ApiProblem extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  // The shared api() with the coordinator key; a refused key signs out, any other failure is an ApiProblem.
  async function api(path, options = {}) {
    const answer = await Site.api(options.method || "GET", path, options.body, state.key);
    if (answer.status === 0) {
      throw new ApiProblem(0, "The API could not be reached. Check your connection and try again.");
    }

    if (answer.status === 401 || answer.status === 403) {
      throw new KeyRefused("That key was not accepted. Check it and enter it again.");
    }

    if (!answer.ok) {
      const fields = Object.entries(answer.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
      throw new ApiProblem(answer.status, [answer.message, ...fields].join(" "));
    }

    return answer.body;
  }

  const showStatus = (message, isError = false) => Site.announce(message, isError);

  function handleError(error) {
    if (error instanceof KeyRefused) {
      signOut(error.message);
      return;
    }

    showStatus(error instanceof ApiProblem ? error.message : `Something went wrong on this page: ${error.message}`, true);
  }

  // ---- Formatting ----

  const { dayRate, place, days, barChart } = Site;

  function featureName(feature) {
    return feature.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }

  function percent(rate) {
    return rate === null || rate === undefined ? "no decisions yet" : `${Math.round(rate * 100)}%`;
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

  // ---- Suggestions ----

  function query() {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    const status = $("filter-status").value;
    const coop = $("filter-coop").value;
    const need = $("filter-need").value;
    if (status) params.set("status", status);
    if (coop) params.set("coopId", coop);
    if (need) params.set("needId", need);
    return params;
  }

  async function loadSuggestions(more = false) {
    const params = query();
    if (more && state.continuation) params.set("continuation", state.continuation);
    showStatus("Loading suggestions…");
    const page = await api(`/api/suggestions?${params}`);
    if (!more) $("cards").replaceChildren();
    for (const item of page.items) {
      remember(item);
      $("cards").append(card(item));
    }

    state.continuation = page.continuation;
    $("more").hidden = !page.continuation;
    const shown = $("cards").children.length;
    $("empty").hidden = shown > 0;
    refreshFilterOptions();
    showStatus(`${shown} suggestion${shown === 1 ? "" : "s"} shown${page.continuation ? ", more available" : ""}.`);
  }

  // The filters offer every co-op and need seen so far, so they fill in as the coordinator browses.
  function remember(item) {
    if (!item.need) return;
    state.coops.set(item.need.coopId, item.need.coopName || "Unknown co-op");
    state.needs.set(item.need.id, { title: item.need.title, coopId: item.need.coopId, coopName: item.need.coopName || "Unknown co-op" });
  }

  function refreshFilterOptions() {
    fillSelect($("filter-coop"), "All co-ops", [...state.coops].map(([id, name]) => [id, name]));
    const coop = $("filter-coop").value;
    const needs = [...state.needs].filter(([, need]) => !coop || need.coopId === coop);
    fillSelect($("filter-need"), "All needs", needs.map(([id, need]) => [id, `${need.title} (${need.coopName})`]));
  }

  function fillSelect(select, allLabel, options) {
    const current = select.value;
    options.sort((a, b) => a[1].localeCompare(b[1]));
    select.replaceChildren(el("option", { value: "", text: allLabel }), ...options.map(([value, label]) => el("option", { value, text: label })));
    select.value = options.some(([value]) => value === current) ? current : "";
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
    for (const skill of person ? person.skills : []) {
      skills.append(el("li", { text: `${skill.name} (${skill.level})` }));
    }

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
    const item = open.card.suggestion;
    const note = $("decide-note").value.trim();
    const body = open.action === "approve"
      ? { note: note || null }
      : { reason: $("decide-reason").value, note: note || null };
    $("decide-confirm").disabled = true;
    try {
      const decided = await api(`/api/suggestions/${encodeURIComponent(item.id)}/${open.action}`, { method: "POST", body });
      markDecided(open.card, decided.status);
      state.decide = null;
      $("decide").close();
      showStatus(`${open.action === "approve" ? "Approved" : "Rejected"}: ${open.card.querySelector("h3").textContent}.`);
      focusNext(open.card);
    } catch (error) {
      if (error instanceof KeyRefused) {
        state.decide = null;
        $("decide").close();
        handleError(error);
        return;
      }

      const message = error instanceof ApiProblem && error.status === 409
        ? `Someone decided this suggestion already. ${error.message}`
        : error.message;
      $("decide-error").textContent = message;
      $("decide-error").hidden = false;
    } finally {
      $("decide-confirm").disabled = false;
    }
  }

  function markDecided(cardNode, status) {
    cardNode.dataset.status = status;
    cardNode.suggestion = { ...cardNode.suggestion, status };
    const actions = cardNode.querySelector(".actions");
    actions.replaceChildren(el("p", { className: "decided", text: status === "approved" ? "Approved: the introduction starts." : "Rejected." }));
    cardNode.querySelector(".score").textContent = cardNode.querySelector(".score").textContent.replace(/pending$/, status);
  }

  function cards() {
    return [...$("cards").querySelectorAll(".card")];
  }

  function focusNext(from) {
    const all = cards();
    const after = all.slice(all.indexOf(from) + 1).concat(all.slice(0, all.indexOf(from)));
    const next = after.find((c) => c.dataset.status === "pending") || from;
    next.focus();
  }

  function move(from, step) {
    const all = cards();
    if (all.length === 0) return;
    const index = from ? all.indexOf(from) : -1;
    all[Math.max(0, Math.min(all.length - 1, index + step))].focus();
  }

  // One keystroke per action, on the focused card; never while typing in a field or with a modifier held.
  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || $("decide").open) return;
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

  // ---- Insights ----

  async function loadInsights() {
    showStatus("Loading insights…");
    const [insights, model] = await Promise.all([api("/api/insights"), api("/api/model").catch((error) => {
      if (error instanceof ApiProblem && error.status === 404) return null;
      throw error;
    })]);
    renderFunnel(insights.funnel);
    renderSkills(insights.skills);
    renderRates("coop-rates", insights.approvalRateByCoop, "Co-op", "Approved out of all decisions on each co-op's suggestions");
    renderRates("region-rates", insights.approvalRateByRegion, "Region", "Approved out of all decisions, by the need's country and city (or remote)");
    renderModel(model);
    state.insightsLoaded = true;
    showStatus("Insights loaded.");
  }

  function renderFunnel(funnel) {
    const steps = [["Suggested", funnel.suggested], ["Pending", funnel.pending], ["Approved", funnel.approved], ["Rejected", funnel.rejected],
      ["Expired", funnel.expired], ["Accepted by both", funnel.accepted], ["Connected", funnel.connected]];
    const max = Math.max(1, ...steps.map(([, count]) => count || 0));
    $("funnel").replaceChildren(barChart(
      steps.map(([name, count]) => ({ name, valueText: String(count ?? 0), bars: [{ value: count || 0 }] })),
      { max, label: "Suggestions at each step" }));
  }

  function renderSkills(skills) {
    // The server sends the biggest gaps (demand minus supply) first.
    const top = skills.slice(0, 15);
    if (top.length === 0) {
      $("skills").replaceChildren(el("p", { className: "hint", text: "No skills in open needs or profiles yet." }));
      return;
    }

    const max = Math.max(1, ...top.map((s) => Math.max(s.demand, s.supply)));
    $("skills").replaceChildren(barChart(
      top.map((s) => ({
        name: s.skill,
        valueText: `${s.demand} needed, ${s.supply} have it` + (s.demand > s.supply ? `, short by ${s.demand - s.supply}` : ""),
        bars: [{ value: s.demand, className: "demand" }, { value: s.supply, className: "supply" }],
      })),
      { max, label: "Open needs requiring each skill and people having it" }));
  }

  function renderRates(id, rates, what, caption) {
    if (rates.length === 0) {
      $(id).replaceChildren(el("p", { className: "hint", text: "No decisions yet." }));
      return;
    }

    const body = el("tbody");
    for (const rate of rates) {
      body.append(el("tr", {},
        el("th", { scope: "row", text: rate.name }),
        el("td", { className: "num", text: String(rate.approved) }),
        el("td", { className: "num", text: String(rate.rejected) }),
        el("td", { className: "num", text: percent(rate.rate) })));
    }

    $(id).replaceChildren(el("table", {},
      el("caption", { className: "hint", text: caption }),
      el("thead", {}, el("tr", {},
        el("th", { scope: "col", text: what }),
        el("th", { scope: "col", className: "num", text: "Approved" }),
        el("th", { scope: "col", className: "num", text: "Rejected" }),
        el("th", { scope: "col", className: "num", text: "Rate" }))),
      body));
  }

  function renderModel(model) {
    if (!model) {
      $("model").replaceChildren(el("p", { text: "No ranking model is live yet; the first is trained at start-up." }));
      return;
    }

    const rows = [["This model", model.metrics], ...Object.entries(model.baselines || {}).map(([name, metrics]) => [`Baseline: ${featureName(name)}`, metrics])];
    const body = el("tbody");
    for (const [name, metrics] of rows) {
      body.append(el("tr", {},
        el("th", { scope: "row", text: name }),
        ...["ndcg1", "ndcg3", "ndcg5"].map((k) => el("td", { className: "num", text: Number(metrics[k]).toFixed(3) }))));
    }

    $("model").replaceChildren(
      el("p", { text: `Version ${model.version} (${model.kind}), trained ${new Date(model.trainedAt).toLocaleString("en-GB")} on ${model.trainingRows} rows; measured on ${model.testGroups} held-out needs.` }),
      el("table", {},
        el("caption", { className: "hint", text: "NDCG on held-out needs (1 is a perfect order)" }),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col", text: "Ranker" }),
          el("th", { scope: "col", className: "num", text: "NDCG@1" }),
          el("th", { scope: "col", className: "num", text: "NDCG@3" }),
          el("th", { scope: "col", className: "num", text: "NDCG@5" }))),
        body));
  }

  // ---- Tabs, sign-in ----

  function selectTab(name) {
    for (const tab of ["review", "insights"]) {
      const selected = tab === name;
      $(`tab-${tab}`).setAttribute("aria-selected", String(selected));
      $(`tab-${tab}`).tabIndex = selected ? 0 : -1;
      $(`panel-${tab}`).hidden = !selected;
    }

    if (name === "insights") loadInsights().catch(handleError);
  }

  function onTabKey(event) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const next = event.target.id === "tab-review" ? "insights" : "review";
    selectTab(next);
    $(`tab-${next}`).focus();
    event.preventDefault();
  }

  async function signIn(key) {
    state.key = key;
    Site.session.set(KEY_STORAGE, key);
    $("key-message").hidden = true;
    $("signin").hidden = true;
    $("app").hidden = false;
    selectTab("review");
    try {
      await loadSuggestions();
      $("tab-review").focus();
    } catch (error) {
      handleError(error);
    }
  }

  function signOut(message) {
    state.key = null;
    Site.session.remove(KEY_STORAGE);
    $("app").hidden = true;
    $("signin").hidden = false;
    $("cards").replaceChildren();
    showStatus("");
    $("key-message").textContent = message || "";
    $("key-message").hidden = !message;
    $("key").value = "";
    $("key").focus();
  }

  function start() {
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const key = $("key").value.trim();
      if (!key) {
        $("key-message").textContent = "Enter your coordinator key.";
        $("key-message").hidden = false;
        return;
      }

      signIn(key);
    });
    $("sign-out").addEventListener("click", () => signOut("The key is forgotten in this tab."));
    $("filters").addEventListener("submit", (event) => {
      event.preventDefault();
      loadSuggestions().catch(handleError);
    });
    $("filter-coop").addEventListener("change", refreshFilterOptions);
    $("more").addEventListener("click", () => loadSuggestions(true).catch(handleError));
    $("tab-review").addEventListener("click", () => selectTab("review"));
    $("tab-insights").addEventListener("click", () => selectTab("insights"));
    $("tab-review").addEventListener("keydown", onTabKey);
    $("tab-insights").addEventListener("keydown", onTabKey);
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

    const saved = Site.session.get(KEY_STORAGE);
    if (saved) signIn(saved);
    else $("key").focus();
  }

  Site.reportUnexpected(handleError);

  start();
})();
