// The insights tab: the pipeline from suggestion to connection, skill supply against demand (biggest gap
// first), and approval rates by co-op and by region.
"use strict";

(() => {
  const { $, el, barChart } = Site;
  const { api, showStatus } = Desk;

  function percent(rate) {
    return rate === null || rate === undefined ? "no decisions yet" : `${Math.round(rate * 100)}%`;
  }

  async function load() {
    showStatus("Loading insights…");
    const insights = await api("/api/insights");
    renderFunnel(insights.funnel);
    renderSkills(insights.skills);
    renderRates("coop-rates", insights.approvalRateByCoop, "Co-op", "Approved out of all decisions on each co-op's suggestions");
    renderRates("region-rates", insights.approvalRateByRegion, "Region", "Approved out of all decisions, by the need's country and city (or remote)");
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

  Desk.register("insights", { load, reset: () => {} });
})();
