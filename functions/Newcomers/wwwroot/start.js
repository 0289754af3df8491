// The start page: the open needs from GET /api/needs, filtered in the page by skill and by remote work.
// Titles, names and skills are written by co-ops and go in with textContent only.
"use strict";

(() => {
  const { $, el, api, announce, dayRate, place, days } = Site;
  const MAX_PAGES = 10;
  let needs = [];

  async function load() {
    const all = [];
    let continuation = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = new URLSearchParams({ limit: "100" });
      if (continuation) query.set("continuation", continuation);
      const answer = await api("GET", `/api/needs?${query}`);
      if (!answer.ok) {
        announce(`The open needs could not be loaded. ${answer.message}`, true);
        return;
      }

      all.push(...answer.body.items);
      continuation = answer.body.continuation;
      if (!continuation) break;
    }

    needs = all;
    fillSkills();
    render();
  }

  const skillKey = (skill) => skill.key || skill.name.toLowerCase();

  function fillSkills() {
    const names = new Map();
    for (const need of needs) {
      for (const skill of [...need.requiredSkills, ...need.niceToHaveSkills]) {
        if (!names.has(skillKey(skill))) names.set(skillKey(skill), skill.name);
      }
    }

    const options = [...names].sort((a, b) => a[1].localeCompare(b[1], "en-GB", { sensitivity: "base" }));
    $("filter-skill").replaceChildren(el("option", { value: "", text: "Any skill" }), ...options.map(([key, name]) => el("option", { value: key, text: name })));
  }

  function matches(need) {
    const skill = $("filter-skill").value;
    const where = $("filter-remote").value;
    if (skill && ![...need.requiredSkills, ...need.niceToHaveSkills].some((s) => skillKey(s) === skill)) return false;
    const remote = need.location ? need.location.remote : "";
    if (where === "remote" && remote !== "remote-ok" && remote !== "remote-only") return false;
    if (where && where !== "remote" && remote !== where) return false;
    return true;
  }

  function card(need) {
    const headingId = `need-${need.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
    const skills = el("ul", { className: "tags", "aria-label": "Skills asked for" },
      ...need.requiredSkills.map((s) => el("li", { text: `${s.name} (${s.level})` })));
    const nice = need.niceToHaveSkills.length
      ? el("p", { text: `Nice to have: ${need.niceToHaveSkills.map((s) => s.name).join(", ")}` })
      : null;
    return el("li", { className: "card", "aria-labelledby": headingId, "data-id": need.id },
      el("h3", { id: headingId, text: need.title }),
      el("p", { className: "coop", text: need.coopName ? `at ${need.coopName}` : "at a co-op in the network" }),
      el("ul", { className: "facts" },
        el("li", { text: dayRate(need.dayRate) }),
        el("li", { text: days(need.daysPerWeek) + (need.durationWeeks ? ` for ${need.durationWeeks} weeks` : "") }),
        el("li", { text: place(need.location) })),
      skills,
      nice);
  }

  function render() {
    const shown = needs.filter(matches);
    $("needs").replaceChildren(...shown.map(card));
    const filtered = $("filter-skill").value || $("filter-remote").value;
    announce(needs.length === 0
      ? "There are no open needs just now."
      : filtered
        ? `Showing ${shown.length} of ${needs.length} open needs.`
        : `Showing all ${needs.length} open needs.`);
  }

  $("filters").addEventListener("submit", (event) => event.preventDefault());
  $("filter-skill").addEventListener("change", render);
  $("filter-remote").addEventListener("change", render);
  Site.reportUnexpected((error) => announce(`Something went wrong on this page: ${error.message}`, true));
  load();
})();
