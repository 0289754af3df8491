// The widgets every Matchmaker page shares, as one global, Site. Every piece of text that came from the API
// or from a person is inserted with textContent: names, titles, bios and reasons are never read as markup.
"use strict";

window.Site = (() => {
  const STORAGE_PREFIX = "matchmaker.";
  const REMOTE_WORDS = { "on-site": "on site", "remote-ok": "on site or remote", "remote-only": "remote only" };

  const $ = (id) => document.getElementById(id);

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }

    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }

    return node;
  }

  // ---- Calling the API ----

  // Answers {status, ok, body, headers, fieldErrors, message}; never throws for an HTTP answer. status is 0
  // when the API could not be reached. A problem+json answer becomes its field errors (by the field's JSON
  // path, as the API names them) and one sentence for the whole.
  async function api(method, path, body, token, extraHeaders = {}) {
    const headers = { Accept: "application/json", ...extraHeaders };
    if (body !== undefined && body !== null) headers["Content-Type"] = "application/json";
    if (token) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined || body === null ? undefined : JSON.stringify(body), cache: "no-store" });
    } catch {
      return { status: 0, ok: false, body: null, headers: new Headers(), fieldErrors: {}, message: "The server could not be reached. Check your connection and try again; nothing you typed is lost." };
    }

    const text = await response.text().catch(() => "");
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }

    const fieldErrors = {};
    if (!response.ok && parsed && parsed.errors && typeof parsed.errors === "object") {
      for (const [field, messages] of Object.entries(parsed.errors)) fieldErrors[field] = [].concat(messages).map(String);
    }

    return {
      status: response.status,
      ok: response.ok,
      body: parsed,
      headers: response.headers,
      fieldErrors,
      message: response.ok ? "" : describeProblem(response, parsed),
    };
  }

  function describeProblem(response, body) {
    const status = response.status;
    const wait = retryAfterWords(response.headers);
    if (status === 413) return "That is more than the server accepts in one go. Shorten the longest texts and try again; nothing you typed is lost.";
    if (status === 429) return `Too many requests for now. ${wait || "Try again later."}`;
    if (status === 503) return `The service is busy or being updated. ${wait || "Try again in a minute."} Nothing you typed is lost.`;
    if (status >= 500) return "The server could not answer just now. Try again in a moment; nothing you typed is lost.";
    const parts = [];
    if (body && typeof body.title === "string") parts.push(body.title);
    if (body && typeof body.detail === "string") parts.push(body.detail);
    if (parts.length === 0) parts.push(`The request failed (HTTP ${status}).`);
    return parts.join(" ");
  }

  // "Try again in 2 minutes." from a Retry-After of seconds or an HTTP date; "" without one.
  function retryAfterWords(headers) {
    const value = headers && headers.get ? headers.get("Retry-After") : null;
    if (!value) return "";
    let seconds = Number(value);
    if (!Number.isFinite(seconds)) seconds = Math.max(0, (Date.parse(value) - Date.now()) / 1000);
    if (!Number.isFinite(seconds)) return "";
    if (seconds < 90) return `Try again in ${Math.max(1, Math.ceil(seconds))} seconds.`;
    if (seconds < 5400) return `Try again in ${Math.ceil(seconds / 60)} minutes.`;
    return `Try again in ${Math.ceil(seconds / 3600)} hours.`;
  }

  // ---- Field errors ----

  // The control an error's JSON path belongs to: the element whose data-field is the path, else the nearest
  // enclosing path ("skills[2].name" -> "skills[2]" -> "skills"), so every error lands at some field.
  function fieldFor(form, path) {
    let key = path;
    while (key) {
      const found = form.querySelector(`[data-field="${CSS.escape(key)}"]`);
      if (found) return found;
      const shorter = key.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
      if (shorter === key) break;
      key = shorter;
    }

    return null;
  }

  function clearFieldErrors(form) {
    for (const message of form.querySelectorAll(".field-error")) message.remove();
    for (const field of form.querySelectorAll("[aria-invalid]")) {
      field.removeAttribute("aria-invalid");
      const described = (field.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.endsWith("-error"));
      if (described.length) field.setAttribute("aria-describedby", described.join(" "));
      else field.removeAttribute("aria-describedby");
    }

    const summary = form.querySelector(".form-summary");
    if (summary) {
      summary.hidden = true;
      summary.replaceChildren();
    }
  }

  // Shows each error under its field (aria-invalid, aria-describedby) and moves the focus to the first
  // invalid field in the page's order. Errors that match no field go to the form's summary. Answers the
  // number of errors shown.
  function showFieldErrors(form, errors, labels = {}) {
    clearFieldErrors(form);
    const byField = new Map();
    const unplaced = [];
    for (const [path, messages] of Object.entries(errors)) {
      const field = fieldFor(form, path);
      if (!field) {
        unplaced.push(`${labels[path] || path}: ${messages.join(" ")}`);
        continue;
      }

      if (!byField.has(field)) byField.set(field, []);
      byField.get(field).push(...messages);
    }

    let counter = 0;
    for (const [field, messages] of byField) {
      const id = `${field.id || `field-${++counter}`}-error`;
      const message = el("p", { className: "field-error", id, text: [...new Set(messages)].join(" ") });
      const holder = field.closest(".field") || field.parentElement;
      holder.append(message);
      field.setAttribute("aria-invalid", "true");
      const described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      field.setAttribute("aria-describedby", [...described, id].join(" "));
    }

    const summary = form.querySelector(".form-summary");
    if (summary && unplaced.length) {
      summary.replaceChildren(el("p", { className: "error", text: "Please check:" }), el("ul", {}, ...unplaced.map((text) => el("li", { text }))));
      summary.hidden = false;
    }

    const fields = [...byField.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (fields.length) fields[0].focus();
    else if (summary && unplaced.length) {
      summary.tabIndex = -1;
      summary.focus();
    }

    return byField.size + unplaced.length;
  }

  // ---- The status live region (an element with role="status", id "status" unless given) ----

  function announce(message, isError = false, region = $("status")) {
    if (!region) return;
    region.textContent = message;
    region.classList.toggle("error", isError);
  }

  // ---- Session storage: per tab, gone when the tab closes; never cookies ----

  const session = {
    get(name) {
      try {
        const value = sessionStorage.getItem(STORAGE_PREFIX + name);
        return value === null ? null : JSON.parse(value);
      } catch {
        return null;
      }
    },
    set(name, value) {
      try {
        sessionStorage.setItem(STORAGE_PREFIX + name, JSON.stringify(value));
      } catch {
        // Storage full or refused: the page still works for this visit.
      }
    },
    remove(name) {
      try {
        sessionStorage.removeItem(STORAGE_PREFIX + name);
      } catch {
        // As above.
      }
    },
  };

  // Reads the URL fragment's parameters (links in emails carry their secrets there, where browsers never send
  // them to a server) and removes the fragment from the address bar and the history entry.
  function takeFragment() {
    const hash = window.location.hash.replace(/^#/, "");
    const params = new URLSearchParams(hash);
    if (hash) history.replaceState(history.state, "", window.location.pathname + window.location.search);
    return params;
  }

  // ---- The skill combobox (ARIA 1.2 combobox with a listbox popup, list autocomplete) ----

  let comboCount = 0;

  // Turns a text input into a combobox that suggests canonical skills from GET /api/skills?search=. Any words
  // may stay as typed: unknown skills are allowed. Down/Up move through suggestions, Enter picks, Escape closes.
  function skillCombobox(input) {
    if (input.dataset.combobox) return;
    input.dataset.combobox = "on";
    const id = `skill-options-${++comboCount}`;
    const wrapper = el("div", { className: "combo" });
    input.replaceWith(wrapper);
    const list = el("ul", { id, role: "listbox", "aria-label": "Suggested skills" });
    list.hidden = true;
    wrapper.append(input, list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");

    let options = [];
    let active = -1;
    let timer = null;
    let asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      active = index;
      [...list.children].forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      if (index >= 0) {
        const option = list.children[index];
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function pick(index) {
      if (index < 0 || index >= options.length) return;
      input.value = options[index].name;
      close();
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }

    async function suggest() {
      const text = input.value.trim();
      const mine = ++asked;
      if (!text) {
        close();
        return;
      }

      const answer = await api("GET", `/api/skills?search=${encodeURIComponent(text.slice(0, 200))}&limit=8`);
      if (mine !== asked || document.activeElement !== input) return;
      options = answer.ok && Array.isArray(answer.body) ? answer.body : [];
      list.replaceChildren(...options.map((skill, i) => {
        const option = el("li", { id: `${id}-${i}`, role: "option", "aria-selected": "false", text: skill.name });
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(i);
        });
        return option;
      }));
      if (options.length === 0) {
        close();
        return;
      }

      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(-1);
    }

    input.addEventListener("input", (event) => {
      if (event.isTrusted === false && list.hidden) return;
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });
    input.addEventListener("keydown", (event) => {
      const open = !list.hidden;
      if (event.key === "ArrowDown") {
        if (!open) {
          suggest();
        } else {
          highlight(Math.min(options.length - 1, active + 1));
        }

        event.preventDefault();
      } else if (event.key === "ArrowUp" && open) {
        highlight(active <= 0 ? options.length - 1 : active - 1);
        event.preventDefault();
      } else if (event.key === "Enter" && open && active >= 0) {
        pick(active);
        event.preventDefault();
      } else if (event.key === "Escape" && open) {
        close();
        event.preventDefault();
        event.stopPropagation();
      } else if (event.key === "Tab" && open) {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  // ---- Words for amounts, days and places ----

  function money(amount, currency) {
    if (amount === null || amount === undefined || !Number.isFinite(Number(amount))) return "not given";
    try {
      return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency || "GBP", maximumFractionDigits: 0 }).format(amount);
    } catch {
      return `${Math.round(amount)} ${currency || ""}`.trim();
    }
  }

  function dayRate(rate) {
    if (!rate) return "Unpaid";
    const min = money(rate.min, rate.currency);
    return rate.max && rate.max !== rate.min ? `${min} to ${money(rate.max, rate.currency)} a day` : `${min} a day`;
  }

  function place(location) {
    if (!location) return "Location not given";
    const where = [location.city, location.country].filter(Boolean).join(", ");
    const how = REMOTE_WORDS[location.remote] || location.remote || "";
    return [where, how].filter(Boolean).join(", ") || "Location not given";
  }

  function days(count) {
    return `${count} ${count === 1 ? "day" : "days"} a week`;
  }

  // A list as words: "a, b and c".
  function words(items) {
    const list = items.filter(Boolean);
    if (list.length <= 1) return list.join("");
    return `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
  }

  // ---- Bar charts: plain elements with widths set through the CSSOM, which the self-only policy allows ----

  function barChart(rows, { max, centred = false, label }) {
    const chart = el("div", { className: "bars", role: "list", "aria-label": label });
    for (const row of rows) {
      const track = el("div", { className: centred ? "track centred" : "track", "aria-hidden": "true" });
      for (const bar of row.bars) {
        const node = el("div", { className: `bar ${bar.className || ""}`.trim() });
        const share = max > 0 ? Math.min(1, Math.abs(bar.value) / max) : 0;
        if (centred) {
          node.style.width = `${share * 50}%`;
          node.style.left = bar.value >= 0 ? "50%" : `${50 - share * 50}%`;
        } else {
          node.style.left = "0";
          node.style.width = `${share * 100}%`;
        }

        track.append(node);
      }

      chart.append(el("div", { className: "bar-row", role: "listitem" },
        el("span", { className: "name", text: row.name }),
        track,
        el("span", { className: "value", text: row.valueText })));
    }

    return chart;
  }

  // ---- The profile form's fields and consents ----

  const LEVELS = ["learning", "working", "advanced", "expert"];

  // One field: its label, its help (which the control names in aria-describedby) and the control.
  function fieldBlock(label, control, help) {
    const hint = help ? el("p", { className: "hint", id: help.id, text: help.text }) : null;
    if (hint) control.setAttribute("aria-describedby", help.id);
    return el("div", { className: "field" }, el("label", { for: control.id, text: label }), hint, control);
  }

  const input = (id, path, props = {}) => el("input", { id, name: id, type: "text", ...props, "data-field": path });

  // Every profile field but the consents, in the order the API names them.
  function profileFields(emailHelp) {
    const remote = el("select", { id: "remote", name: "remote", "data-field": "location.remote" },
      ...Object.entries({ "remote-ok": "On site or remote", "remote-only": "Remote only", "on-site": "On site only" })
        .map(([value, text]) => el("option", { value, text })));
    return [
      fieldBlock("Your name", input("name", "name", { autocomplete: "name" }), { id: "name-help", text: "As you would like co-ops to see it." }),
      fieldBlock("Email address", input("email", "email", { type: "email", autocomplete: "email", spellcheck: "false" }), { id: "email-help", text: emailHelp }),
      el("fieldset", {}, el("legend", { text: "Where you work" }),
        el("div", { className: "row" },
          fieldBlock("Town or city (optional)", input("city", "location.city", { autocomplete: "address-level2" })),
          fieldBlock("Country code (optional)", input("country", "location.country", { autocomplete: "country", spellcheck: "false" }), { id: "country-help", text: "Two letters, such as GB." })),
        fieldBlock("Remote or on site", remote)),
      el("fieldset", {}, el("legend", { text: "Time and income" }),
        fieldBlock("Days a week you can work", input("daysPerWeek", "daysPerWeek", { type: "number", inputmode: "decimal", step: "0.5", min: "0.5", max: "5" }),
          { id: "days-help", text: "From half a day to 5 days, in half days (for example 2.5)." }),
        el("div", { className: "row" },
          fieldBlock("Monthly income you need (optional)", input("monthly", "incomeTarget.monthly", { type: "number", inputmode: "decimal", min: "0", step: "1" }),
            { id: "monthly-help", text: "Before tax. We show how close the open work comes to it." }),
          fieldBlock("Currency", input("currency", "incomeTarget.currency", { value: "GBP", spellcheck: "false" }), { id: "currency-help", text: "Three letters, such as GBP or EUR." }))),
      el("fieldset", {}, el("legend", { text: "Your skills" }),
        el("p", { className: "hint", id: "skills-help", text: "Start typing and pick a suggestion, or keep your own words: skills we do not know yet are kept as you write them. Give each a level." }),
        el("ol", { className: "skills", "data-skills": true, "aria-describedby": "skills-help" }),
        el("div", { className: "field" }, el("button", { type: "button", className: "secondary", "data-add-skill": true, "data-field": "skills", id: "add-skill", text: "Add a skill" }))),
      fieldBlock("Interests (optional)", input("interests", "interests"), { id: "interests-help", text: "Kinds of work or causes you care about, separated by commas." }),
      fieldBlock("Skills you want to learn (optional)", input("wantsToLearn", "wantsToLearn"), { id: "learn-help", text: "Separated by commas. We show which co-ops can teach them." }),
      fieldBlock("A short bio (optional)", el("textarea", { id: "bio", name: "bio", rows: "5", "data-field": "bio" }), { id: "bio-help", text: "A few lines about you and your work, up to 4,000 characters." }),
    ];
  }

  const CONSENTS = [
    ["consentMatching", "consent.matching", "Match me with open needs",
      "Matchmaker compares your skills, days, place and income target with the needs co-ops post, and shows you the work that fits and what to learn. Without this you see no matches or advice."],
    ["consentIntroductions", "consent.introductions", "Let coordinators introduce me to co-ops",
      "When a coordinator approves a suggestion, we email you and the co-op. Your name and email reach the co-op only after you both say yes."],
    ["consentTraining", "consent.training", "Help improve the ranking",
      "Whether introductions are accepted helps train the model that orders suggestions. Your name, email and bio are never part of it."],
  ];

  // The three consents, each a checkbox with its wording: ticked once on the join page, switches on a
  // newcomer's own page (each saved as it changes). The privacy note naming the text's version stays in each
  // page's markup, so the page served says which version a choice was made under.
  function consentFields(container, { switches = false } = {}) {
    container.replaceChildren(...CONSENTS.map(([id, path, label, help]) => el("div", { className: "field" },
      el("label", { className: switches ? "switch" : "check", for: id },
        el("input", { id, name: id, type: "checkbox", role: switches ? "switch" : null, "aria-describedby": `${id}-help`, "data-field": path }), ` ${label}`),
      el("p", { className: "hint", id: `${id}-help`, text: help }))));
  }

  // ---- A list of skills (each row a combobox, a level unless levels is false, and a remove button) ----

  // Binds a list element and its "add" button. Rows are numbered in their labels ("Skill 1", "Level of skill
  // 1") and carry the JSON path of what they hold ("skills[0].name"), so the API's field errors land on them.
  // path: the body's field ("skills"); noun: what a row holds ("skill"); idPrefix: of the rows' ids
  // ("skill-1-name"); keepOne: never fewer than one row. Answers read() (names as typed, with levels when
  // they have them), fill(items) and addSkill(item, focus).
  function skillList(list, add, { path = "skills", noun = "skill", idPrefix = "skill", levels = true, keepOne = true } = {}) {
    const capital = noun.charAt(0).toUpperCase() + noun.slice(1);
    const changed = () => (list.closest("form") || list).dispatchEvent(new Event("input", { bubbles: true }));

    function renumber() {
      [...list.children].forEach((row, i) => {
        const number = i + 1;
        const name = row.querySelector("input");
        const level = row.querySelector("select");
        const remove = row.querySelector("button");
        name.id = `${idPrefix}-${number}-name`;
        name.dataset.field = levels ? `${path}[${i}].name` : `${path}[${i}]`;
        row.querySelector(".skill-name-label").htmlFor = name.id;
        row.querySelector(".skill-name-label").textContent = `${capital} ${number}`;
        if (level) {
          level.id = `${idPrefix}-${number}-level`;
          level.dataset.field = `${path}[${i}].level`;
          row.querySelector(".skill-level-label").htmlFor = level.id;
          row.querySelector(".skill-level-label").textContent = `Level of ${noun} ${number}`;
        }

        remove.textContent = `Remove ${noun} ${number}`;
      });
    }

    function addSkill(skill = {}, focus = false) {
      const item = typeof skill === "string" ? { name: skill } : skill || {};
      const name = el("input", { type: "text", spellcheck: "false" });
      name.value = item.name || "";
      let level = null;
      if (levels) {
        level = el("select", {}, ...LEVELS.map((l) => el("option", { value: l, text: l })));
        level.value = LEVELS.includes(item.level) ? item.level : "working";
      }

      const remove = el("button", { type: "button", className: "secondary" });
      const row = el("li", { className: levels ? "skill-row" : "skill-row no-level" },
        el("div", { className: "field" }, el("label", { className: "skill-name-label" }), name),
        level ? el("div", { className: "field" }, el("label", { className: "skill-level-label" }), level) : null,
        el("div", { className: "field remove" }, remove));
      remove.addEventListener("click", () => {
        const next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        renumber();
        changed();
        (next ? next.querySelector("input") : add).focus();
      });
      list.append(row);
      skillCombobox(name);
      renumber();
      if (focus) name.focus();
    }

    add.addEventListener("click", () => {
      addSkill({}, true);
      changed();
    });

    function read() {
      const rows = [...list.children].map((row) => ({ name: row.querySelector("input").value.trim(), level: levels ? row.querySelector("select").value : undefined }));
      const named = rows.filter((row) => row.name);
      return levels ? named.map((row) => ({ name: row.name, level: row.level })) : named.map((row) => row.name);
    }

    function fill(items) {
      list.replaceChildren();
      const all = items && items.length ? items : keepOne ? [{}] : [];
      for (const item of all) addSkill(item);
    }

    if (keepOne && list.children.length === 0) addSkill();
    return { read, fill, addSkill };
  }

  // ---- Copying a secret to the clipboard ----

  // Copies text (a key shown once); when the clipboard is refused, selects the text in source so the person
  // can copy it themselves. Answers whether it was copied.
  async function copy(text, source) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      if (source) window.getSelection().selectAllChildren(source);
      return false;
    }
  }

  // ---- The profile form (the join page's form and the edit form on a newcomer's own page) ----

  // Renders the profile fields into a container inside a form (which may also hold the consents), then binds
  // them (by name: name, email, city, country, remote, daysPerWeek, monthly, currency, interests,
  // wantsToLearn, bio, and consentMatching/Introductions/Training when the form has them) and the skill rows,
  // each a combobox and a level; answers read() and fill(). emailHelp says what happens to the address.
  function profileForm(container, { emailHelp }) {
    container.replaceChildren(...profileFields(emailHelp));
    const form = container.closest("form");
    const list = form.querySelector("[data-skills]");
    const add = form.querySelector("[data-add-skill]");
    const field = (name) => form.elements.namedItem(name);
    const skills = skillList(list, add);

    const text = (name) => (field(name) ? field(name).value : "");
    const optional = (value) => (value.trim() === "" ? null : value);
    const number = (value) => (value.trim() === "" ? null : Number(value));
    const items = (value) => value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);

    // The body for POST or PUT /api/profiles, as typed: the server decides what is valid.
    function read() {
      const monthly = number(text("monthly"));
      const currency = text("currency").trim().toUpperCase();
      const body = {
        name: text("name"),
        email: text("email").trim(),
        location: { city: optional(text("city").trim()), country: optional(text("country").trim().toUpperCase()), remote: text("remote") || null },
        daysPerWeek: number(text("daysPerWeek")),
        incomeTarget: monthly === null ? null : { monthly, currency: currency || null },
        skills: skills.read(),
        interests: items(text("interests")),
        wantsToLearn: items(text("wantsToLearn")),
        // The bio goes as typed, spaces and all; only an empty field means none.
        bio: text("bio") === "" ? null : text("bio"),
      };
      if (field("consentMatching")) {
        body.consent = { matching: field("consentMatching").checked, introductions: field("consentIntroductions").checked, training: field("consentTraining").checked };
      }

      return body;
    }

    function fill(profile) {
      const set = (name, value) => {
        if (field(name)) field(name).value = value === null || value === undefined ? "" : String(value);
      };
      set("name", profile.name);
      set("email", profile.email);
      set("city", profile.location && profile.location.city);
      set("country", profile.location && profile.location.country);
      set("remote", (profile.location && profile.location.remote) || "remote-ok");
      set("daysPerWeek", profile.daysPerWeek);
      set("monthly", profile.incomeTarget && profile.incomeTarget.monthly);
      set("currency", (profile.incomeTarget && profile.incomeTarget.currency) || "GBP");
      set("interests", (profile.interests || []).join(", "));
      set("wantsToLearn", (profile.wantsToLearn || []).join(", "));
      set("bio", profile.bio);
      if (field("consentMatching") && profile.consent) {
        field("consentMatching").checked = Boolean(profile.consent.matching);
        field("consentIntroductions").checked = Boolean(profile.consent.introductions);
        field("consentTraining").checked = Boolean(profile.consent.training);
      }

      skills.fill(profile.skills);
    }

    return { read, fill, addSkill: skills.addSkill };
  }

  // Never a blank page: whatever fails in a page's script is said in words in its status region.
  function reportUnexpected(handle) {
    window.addEventListener("error", (event) => handle(new Error(event.message)));
    window.addEventListener("unhandledrejection", (event) => handle(event.reason instanceof Error ? event.reason : new Error(String(event.reason))));
  }

  return { $, el, api, profileForm, consentFields, skillList, copy, retryAfterWords, fieldFor, clearFieldErrors, showFieldErrors, announce, session, takeFragment, skillCombobox, money, dayRate, place, days, words, barChart, reportUnexpected };
})();
