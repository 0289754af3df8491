// Warnings at free-text fields that look like they hold special-category data (health, religion, trade union
// membership and the like), shown while the person types and again with the server's answer after saving.
// Nothing is refused: the person may choose to share it. The terms come from the one list the API uses
// (GET /api/site/special-category-terms.json), matched the way the API matches them: whole words after folding
// case, accents and punctuation. A polite live region says when a warning appears or goes; the warning itself
// sits under its field, named by the field's aria-describedby. The matched words are never shown or sent.
"use strict";

window.SpecialTerms = (() => {
  const LIST = "/api/site/special-category-terms.json";
  const DELAY = 400;
  const WATCHED = '[data-field="bio"], [data-field="interests"], [data-field="wantsToLearn"], [data-field^="skills["][data-field$="].name"]';

  let list = null;

  // As TermWords in the API: compatibility forms folded, marks dropped, lower case, words of letters and digits.
  function words(text) {
    return String(text || "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
  }

  async function load() {
    if (list) return list;
    const answer = await Site.api("GET", LIST);
    if (!answer.ok || !answer.body || !Array.isArray(answer.body.categories)) return null;
    const byFirstWord = new Map();
    for (const category of answer.body.categories) {
      for (const term of category.terms) {
        const termWords = words(term);
        if (!termWords.length) continue;
        if (!byFirstWord.has(termWords[0])) byFirstWord.set(termWords[0], []);
        byFirstWord.get(termWords[0]).push({ words: termWords, category });
      }
    }

    list = { message: answer.body.message, categories: answer.body.categories, byFirstWord };
    return list;
  }

  // The categories whose terms appear in the text, each once, in the list's order.
  function categoriesIn(text) {
    if (!list) return [];
    const found = new Set();
    const all = words(text);
    all.forEach((word, i) => {
      for (const term of list.byFirstWord.get(word) || []) {
        if (term.words.every((w, j) => all[i + j] === w)) found.add(term.category);
      }
    });
    return list.categories.filter((category) => found.has(category));
  }

  function messageFor(categories) {
    return list.message.replace("{about}", Site.words(categories.map((category) => category.about)));
  }

  // One sentence for a field's warnings from the server: the list's wording for their categories together,
  // else (a list this page could not load) the server's own sentences.
  function merged(found) {
    const categories = list ? list.categories.filter((category) => found.some((w) => w.category === category.id)) : [];
    return categories.length && categories.length === new Set(found.map((w) => w.category)).size
      ? messageFor(categories)
      : [...new Set(found.map((w) => w.message))].join(" ");
  }

  function labelOf(field) {
    const label = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
    return label ? label.textContent.trim() : field.dataset.field;
  }

  // Binds a form: its watched fields are checked as the person types (after a pause) and when check() is
  // called. region is the polite live region that announces changes. Answers check(announceChanges),
  // showServer(warnings, announceChanges) and clear(). The server's warnings are not announced unless asked:
  // the page's own status says the save went through, and mentions them.
  function watch(form, region) {
    let timer = null;
    let shown = new Map();

    function render(next, announceChanges) {
      for (const message of form.querySelectorAll(".field-warning")) message.remove();
      for (const field of form.querySelectorAll("[data-warned]")) {
        const described = (field.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.endsWith("-warning"));
        if (described.length) field.setAttribute("aria-describedby", described.join(" "));
        else field.removeAttribute("aria-describedby");
        field.removeAttribute("data-warned");
      }

      const said = [];
      let counter = 0;
      for (const [field, text] of next) {
        const id = `${field.id || `warned-${++counter}`}-warning`;
        const holder = field.closest(".field") || field.parentElement;
        holder.append(Site.el("p", { className: "field-warning", id, text }));
        field.setAttribute("aria-describedby", [...(field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean), id].join(" "));
        field.setAttribute("data-warned", "");
        if (shown.get(field) !== text) said.push(`${labelOf(field)}: ${text}`);
      }

      for (const field of shown.keys()) {
        if (!next.has(field) && field.isConnected) said.push(`The warning at ${labelOf(field)} is gone.`);
      }

      shown = next;
      if (announceChanges && said.length && region) region.textContent = said.join(" ");
    }

    async function check(announceChanges = true) {
      if (!(await load())) return;
      const next = new Map();
      for (const field of form.querySelectorAll(WATCHED)) {
        const categories = categoriesIn(field.value);
        if (categories.length) next.set(field, messageFor(categories));
      }

      render(next, announceChanges);
    }

    // The server's warnings after a save: each at the field its JSON path names, as field errors are placed.
    async function showServer(warnings, announceChanges = false) {
      await load();
      const byField = new Map();
      for (const warning of warnings || []) {
        const field = Site.fieldFor(form, warning.field);
        if (!field) continue;
        if (!byField.has(field)) byField.set(field, []);
        byField.get(field).push(warning);
      }

      render(new Map([...byField].map(([field, found]) => [field, merged(found)])), announceChanges);
    }

    function clear() {
      clearTimeout(timer);
      render(new Map(), false);
      if (region) region.textContent = "";
    }

    form.addEventListener("input", (event) => {
      if (!event.target.matches || !event.target.matches(WATCHED)) return;
      clearTimeout(timer);
      timer = setTimeout(() => check(true), DELAY);
    });
    load();
    return { check, showServer, clear };
  }

  // The server's warnings as list items for a page that no longer shows the form ("Bio: This looks like...").
  async function summary(form, warnings) {
    await load();
    const byName = new Map();
    for (const warning of warnings || []) {
      const field = Site.fieldFor(form, warning.field);
      const name = field ? labelOf(field) : warning.field;
      byName.set(name, [...(byName.get(name) || []), warning]);
    }

    return [...byName].map(([name, found]) => Site.el("li", { text: `${name}: ${merged(found)}` }));
  }

  return { watch, summary, words };
})();
