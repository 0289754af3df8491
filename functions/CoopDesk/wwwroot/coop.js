// The co-op page. It holds no data: it calls the API with the co-op key, which it keeps only in this tab's
// session storage (never a cookie, the address or a log). A coordinator may hand over a link with the key in
// the URL fragment (#key=...), which browsers never send to a server; the page takes it and removes it from
// the address bar. Every title, description, name and "about" goes in with textContent.
"use strict";

(() => {
  const { $, el, api, announce, session, dayRate, place, days, words, showFieldErrors, clearFieldErrors } = Site;
  const KEY = "coopKey";
  const VIEWS = ["signin-view", "app"];
  const NEED_LABELS = { location: "Where", dayRate: "Pay", body: "The form" };
  const DATE = { day: "numeric", month: "long", year: "numeric" };
  // How a closed need's card ends the sentence "Closed on 2 December 2026", by the reason its co-op gave.
  const CLOSED_BECAUSE = {
    filled: ": we found someone.",
    "filled-elsewhere": ": we found someone elsewhere.",
    "no-longer-needed": ": the work is no longer needed.",
    other: " for another reason.",
  };

  const needForm = $("need-form");
  const closeForm = $("close-form");
  const profileForm = $("profile-form");
  const required = Site.skillList($("required-skills"), $("add-required"), { path: "requiredSkills", noun: "required skill", idPrefix: "required" });
  const nice = Site.skillList($("nice-skills"), $("add-nice"), { path: "niceToHaveSkills", noun: "nice-to-have skill", idPrefix: "nice", keepOne: false });
  const teach = Site.skillList($("teach-skills"), $("add-teach"), { path: "canTeach", noun: "skill you can teach", idPrefix: "teach", levels: false, keepOne: false });
  const teaches = Site.skillList($("coop-teaches"), $("add-coop-teach"), { path: "teaches", noun: "skill we can teach", idPrefix: "teaches", levels: false, keepOne: false });
  const state = { key: null, coop: null, coopEtag: null, editing: null, needEtag: null, closing: null };

  const date = (value) => new Date(value).toLocaleDateString("en-GB", DATE);

  // ---- Signing in and out ----

  function show(view, focus) {
    for (const id of VIEWS) $(id).hidden = id !== view;
    if (focus) $(focus).focus();
  }

  function askForKey(reason) {
    $("signin-reason").textContent = reason || "";
    $("signin-reason").hidden = !reason;
    show("signin-view", "signin-heading");
  }

  // Forgets the key and everything shown about the co-op, so nothing of it stays in the page.
  function signedOut(reason) {
    state.key = null;
    state.coop = null;
    state.coopEtag = null;
    session.remove(KEY);
    $("hello").textContent = "Signed in";
    $("open-needs").replaceChildren();
    $("closed-needs").replaceChildren();
    $("closed").open = false;
    $("new-key").textContent = "";
    $("key-shown").hidden = true;
    $("key-confirm").hidden = true;
    stopEditing();
    profileForm.reset();
    teaches.fill([]);
    clearFieldErrors(profileForm);
    $("profile-conflict").hidden = true;
    askForKey(reason);
  }

  function lostAccess() {
    signedOut("The key this tab used no longer works: perhaps a new one was made. Sign in with the current key.");
    announce("Signed out: the key no longer works.", true);
  }

  const call = (method, path, body, headers) => api(method, path, body, state.key, headers);

  async function signIn(event) {
    event.preventDefault();
    const key = $("key").value.trim();
    clearFieldErrors($("signin-form"));
    if (!key) {
      showFieldErrors($("signin-form"), { key: ["Enter your co-op key."] });
      announce("Enter your co-op key to sign in.", true);
      return;
    }

    $("signin").disabled = true;
    announce("Signing in…");
    await open(key);
    $("signin").disabled = false;
  }

  // Opens the page with a key: answers whether it worked. A wrong key stays out of storage.
  async function open(key) {
    state.key = key;
    const answer = await call("GET", "/api/coops/me");
    if (answer.ok) {
      session.set(KEY, key);
      $("key").value = "";
      rememberCoop(answer);
      fillProfile(state.coop);
      show("app", "hello");
      announce(`Signed in as ${state.coop.name}.`);
      loadNeeds();
      return true;
    }

    state.key = null;
    session.remove(KEY);
    show("signin-view");
    if (answer.status === 401 || answer.status === 403) {
      showFieldErrors($("signin-form"), { key: ["This key was not recognised. Check that it is complete; a key replaced by a newer one stops working."] });
      announce("Not signed in: the key was not recognised. Try again.", true);
    } else {
      announce(`Not signed in. ${answer.message}`, true);
    }

    return false;
  }

  function signOut() {
    signedOut("");
    announce("You are signed out in this tab.");
  }

  // ---- Our needs ----

  function countWords(counts) {
    const people = counts.suggested === 1 ? "1 person suggested" : `${counts.suggested} people suggested`;
    return `${people}, ${counts.approved} approved, ${counts.introduced} introduced, ${counts.connected} connected`;
  }

  function skillWords(skills) {
    return skills.map((s) => (s.level ? `${s.name} (${s.level})` : s.name)).join(", ");
  }

  function stalenessNote(need) {
    const s = need.staleness;
    if (!s) return null;
    if (s.state === "reminded") {
      return el("p", { className: "stale", text: `We sent a reminder: this need closes itself on ${date(s.closesAt)} unless you renew or edit it.` });
    }

    if (s.state === "going-stale") {
      return el("p", { className: "stale", text: `Going stale since ${date(s.staleFrom)}: renew it if it still stands. Otherwise we send one reminder and it then closes itself.` });
    }

    return el("p", { className: "hint", text: `Open. On ${date(s.staleFrom)} we ask whether it still stands.` });
  }

  function needCard(need, index) {
    const id = `need-${index}`;
    const facts = el("ul", { className: "facts" },
      el("li", { text: dayRate(need.dayRate) }),
      el("li", { text: days(need.daysPerWeek) + (need.durationWeeks ? ` for ${need.durationWeeks} weeks` : "") }),
      el("li", { text: place(need.location) }),
      el("li", { text: need.openings === 1 ? "For 1 person" : `For ${need.openings} people` }));
    const skills = el("dl", { className: "skills-shown" },
      el("div", {}, el("dt", { text: "Skills" }), el("dd", { className: "required", text: skillWords(need.requiredSkills) })),
      need.niceToHaveSkills.length ? el("div", {}, el("dt", { text: "Nice to have" }), el("dd", { text: skillWords(need.niceToHaveSkills) })) : null,
      need.canTeach.length ? el("div", {}, el("dt", { text: "We can teach" }), el("dd", { text: need.canTeach.join(", ") })) : null);
    const open = need.status === "open";
    const actions = el("div", { className: "actions" });
    if (open) {
      if (need.staleness && need.staleness.state !== "fresh") actions.append(button("Still open: renew", need, renew));
      actions.append(button("Edit", need, edit, "secondary"), button("Close", need, askClose, "secondary"));
    }

    // A need closed before co-ops were asked why has no reason: its sentence just ends.
    const closedWords = need.closedReason === "expired"
      ? `Closed by itself on ${date(need.closedAt)}: it was not renewed after the reminder.`
      : `Closed on ${date(need.closedAt || need.updatedAt)}${CLOSED_BECAUSE[need.closedBecause] || "."}`;
    const note = !open && need.closeNote
      ? el("dl", { className: "closing-note" }, el("dt", { text: "Our note" }), el("dd", { text: need.closeNote }))
      : null;
    return el("li", { className: "card need", "aria-labelledby": id, "data-need": need.id },
      el("h3", { id, className: "need-title", text: need.title }),
      need.description ? el("p", { className: "description", text: need.description }) : null,
      facts,
      skills,
      el("p", { className: "counts", text: countWords(need.counts) }),
      need.connectedPeople.length ? el("p", { className: "connected", text: `Connected with ${words(need.connectedPeople)}.` }) : null,
      open ? stalenessNote(need) : el("p", { className: "closed-note", text: closedWords }),
      note,
      actions);
  }

  // A button naming its need to assistive technology ("Edit: Website rebuild"), short on screen.
  function button(label, need, handler, className = "") {
    const node = el("button", { type: "button", className, "aria-label": `${label}: ${need.title}` }, label);
    node.addEventListener("click", () => handler(need, node));
    return node;
  }

  async function loadNeeds() {
    $("open-needs").replaceChildren(el("p", { className: "hint", text: "Loading your needs…" }));
    const answer = await call("GET", "/api/coops/me/needs");
    if (!state.key) return;
    if (answer.status === 401) {
      lostAccess();
      return;
    }

    if (!answer.ok) {
      $("open-needs").replaceChildren(el("p", { className: "error", text: `Your needs could not be loaded. ${answer.message}` }));
      return;
    }

    const open = answer.body.filter((n) => n.status === "open");
    const closed = answer.body.filter((n) => n.status !== "open");
    $("open-needs").replaceChildren(open.length
      ? el("ol", { className: "cards", "aria-label": "Open needs, newest first" }, ...open.map((n, i) => needCard(n, i)))
      : el("p", { text: "No open needs. Post one below." }));
    $("closed-summary").textContent = `Closed needs (${closed.length})`;
    $("closed-needs").replaceChildren(closed.length
      ? el("ol", { className: "cards", "aria-label": "Closed needs, newest first" }, ...closed.map((n, i) => needCard(n, open.length + i)))
      : el("p", { text: "None yet." }));
  }

  async function renew(need) {
    announce(`Renewing ${need.title}…`);
    const answer = await call("POST", `/api/needs/${encodeURIComponent(need.id)}/renew`);
    if (answer.status === 401) return lostAccess();
    announce(answer.ok ? `Renewed: ${need.title} stays open.` : `Not renewed. ${answer.message}`, !answer.ok);
    await loadNeeds();
    $("needs-heading").focus();
  }

  // ---- Closing: a confirmation first, saying why ----

  // The dialog starts empty every time: no reason chosen, no note, no errors from an earlier try.
  function askClose(need, from) {
    state.closing = { need, from };
    closeForm.reset();
    clearFieldErrors(closeForm);
    $("close-title").textContent = need.title;
    $("close-dialog").showModal();
    $("close-filled").focus();
  }

  function keepOpen() {
    const closing = state.closing;
    state.closing = null;
    if ($("close-dialog").open) $("close-dialog").close();
    if (closing && closing.from.isConnected) closing.from.focus();
  }

  // The body as chosen and typed: the server decides what is valid, and its field errors stay in the dialog.
  async function close(event) {
    event.preventDefault();
    if (!state.closing) return;
    const { need } = state.closing;
    const note = closeForm.elements.namedItem("note").value;
    const body = { reason: closeForm.elements.namedItem("reason").value || null, note: note.trim() === "" ? null : note };
    $("close-yes").disabled = true;
    announce(`Closing ${need.title}…`);
    const answer = await call("POST", `/api/needs/${encodeURIComponent(need.id)}/close`, body);
    $("close-yes").disabled = false;
    if (answer.status === 400 && Object.keys(answer.fieldErrors).length) {
      const count = showFieldErrors(closeForm, answer.fieldErrors, { reason: "Why it closes", note: "The note", body: "The form" });
      announce(`Not closed: ${count === 1 ? "one answer needs" : `${count} answers need`} a change. The need is still open.`, true);
      return;
    }

    state.closing = null;
    $("close-dialog").close();
    if (answer.status === 401) return lostAccess();
    if (state.editing === need.id) stopEditing();
    announce(answer.ok ? `Closed: ${need.title}. It is now among the closed needs.` : `Not closed. ${answer.message}`, !answer.ok);
    await loadNeeds();
    $("needs-heading").focus();
  }

  // ---- Posting and editing a need: one form ----

  const text = (name) => needForm.elements.namedItem(name).value;
  const number = (value) => (value.trim() === "" ? null : Number(value));
  const optional = (value) => (value.trim() === "" ? null : value.trim());

  // The body for POST or PUT /api/needs, as typed: the server decides what is valid.
  function readNeed() {
    const unpaid = $("unpaid").checked;
    return {
      title: text("title"),
      description: text("description") === "" ? null : text("description"),
      requiredSkills: required.read(),
      niceToHaveSkills: nice.read(),
      canTeach: teach.read(),
      dayRate: unpaid ? null : { min: number(text("rateMin")), max: number(text("rateMax")), currency: optional(text("rateCurrency").toUpperCase()) },
      daysPerWeek: number(text("daysPerWeek")),
      durationWeeks: number(text("durationWeeks")),
      location: { city: optional(text("city")), country: optional(text("country").toUpperCase()), remote: text("remote") },
      openings: number(text("openings")),
    };
  }

  function fillNeed(need) {
    const set = (name, value) => {
      needForm.elements.namedItem(name).value = value === null || value === undefined ? "" : String(value);
    };
    set("title", need.title);
    set("description", need.description);
    required.fill(need.requiredSkills);
    nice.fill(need.niceToHaveSkills);
    teach.fill(need.canTeach);
    $("unpaid").checked = !need.dayRate;
    set("rateMin", need.dayRate && need.dayRate.min);
    set("rateMax", need.dayRate && need.dayRate.max);
    set("rateCurrency", (need.dayRate && need.dayRate.currency) || "GBP");
    set("daysPerWeek", need.daysPerWeek);
    set("durationWeeks", need.durationWeeks);
    set("city", need.location.city);
    set("country", need.location.country);
    set("remote", need.location.remote || "remote-ok");
    set("openings", need.openings);
    showRate();
  }

  function showRate() {
    for (const input of $("rate-fields").querySelectorAll("input")) input.disabled = $("unpaid").checked;
  }

  function stopEditing() {
    state.editing = null;
    state.needEtag = null;
    needForm.reset();
    required.fill([]);
    nice.fill([]);
    teach.fill([]);
    showRate();
    clearFieldErrors(needForm);
    $("need-conflict").hidden = true;
    $("need-heading").textContent = "Post a need";
    $("need-lede").hidden = false;
    $("need-save").textContent = "Post the need";
    $("need-cancel").hidden = true;
  }

  async function edit(need) {
    announce(`Opening ${need.title} to edit…`);
    const answer = await call("GET", `/api/needs/${encodeURIComponent(need.id)}`);
    if (answer.status === 401) return lostAccess();
    if (!answer.ok) {
      announce(`This need could not be opened. ${answer.message}`, true);
      return;
    }

    stopEditing();
    state.editing = need.id;
    state.needEtag = answer.headers.get("ETag");
    fillNeed(answer.body);
    $("need-heading").textContent = `Edit: ${answer.body.title}`;
    $("need-lede").hidden = true;
    $("need-save").textContent = "Save the need";
    $("need-cancel").hidden = false;
    announce(`Editing ${answer.body.title}.`);
    $("need-heading").focus();
  }

  async function saveNeed(event) {
    event.preventDefault();
    $("need-conflict").hidden = true;
    const body = readNeed();
    const editing = state.editing;
    $("need-save").disabled = true;
    announce(editing ? "Saving the need…" : "Posting the need…");
    const answer = editing
      ? await call("PUT", `/api/needs/${encodeURIComponent(editing)}`, body, state.needEtag ? { "If-Match": state.needEtag } : {})
      : await call("POST", "/api/needs", body);
    $("need-save").disabled = false;
    if (answer.ok) {
      stopEditing();
      announce(editing ? `Saved: ${body.title}.` : `Posted: ${body.title}. We are matching it with the people in the network.`);
      await loadNeeds();
      return;
    }

    if (answer.status === 401) return lostAccess();
    if (answer.status === 412) {
      clearFieldErrors(needForm);
      $("need-conflict").hidden = false;
      $("need-reload").focus();
      announce("Not saved: this need changed elsewhere.", true);
      return;
    }

    if (answer.status === 400 && Object.keys(answer.fieldErrors).length) {
      const count = showFieldErrors(needForm, answer.fieldErrors, NEED_LABELS);
      announce(`Not saved: ${count === 1 ? "one answer needs" : `${count} answers need`} a change. Everything else you typed is still in the form.`, true);
      return;
    }

    clearFieldErrors(needForm);
    announce(`Not saved. ${answer.message}`, true);
  }

  // After a 412: read the need's current version (and its ETag) but leave the edits in the form.
  async function reloadNeed() {
    const answer = await call("GET", `/api/needs/${encodeURIComponent(state.editing)}`);
    if (answer.status === 401) return lostAccess();
    if (!answer.ok) {
      announce(`The saved need could not be read. ${answer.message}`, true);
      return;
    }

    state.needEtag = answer.headers.get("ETag");
    $("need-conflict").hidden = true;
    await loadNeeds();
    announce("The saved need is reloaded in the list above. Your changes are still in the form: check them and save again.");
    $("need-save").focus();
  }

  // ---- Our public profile ----

  function rememberCoop(answer) {
    state.coop = answer.body;
    state.coopEtag = answer.headers.get("ETag");
    $("hello").textContent = `Signed in as ${state.coop.name}`;
  }

  function fillProfile(coop) {
    const set = (name, value) => {
      profileForm.elements.namedItem(name).value = value === null || value === undefined ? "" : String(value);
    };
    set("name", coop.name);
    set("city", coop.city);
    set("country", coop.country);
    set("about", coop.about);
    teaches.fill(coop.teaches);
  }

  function readProfile() {
    const field = (name) => profileForm.elements.namedItem(name).value;
    return {
      name: field("name"),
      city: optional(field("city")),
      country: field("country").trim().toUpperCase(),
      about: field("about") === "" ? null : field("about"),
      teaches: teaches.read(),
    };
  }

  async function saveProfile(event) {
    event.preventDefault();
    $("profile-conflict").hidden = true;
    $("profile-save").disabled = true;
    announce("Saving your profile…");
    const answer = await call("PUT", "/api/coops/me", readProfile(), state.coopEtag ? { "If-Match": state.coopEtag } : {});
    $("profile-save").disabled = false;
    if (answer.ok) {
      clearFieldErrors(profileForm);
      rememberCoop(answer);
      fillProfile(state.coop);
      announce("Your public profile is saved.");
      return;
    }

    if (answer.status === 401) return lostAccess();
    if (answer.status === 412) {
      clearFieldErrors(profileForm);
      $("profile-conflict").hidden = false;
      $("profile-reload").focus();
      announce("Not saved: your profile changed elsewhere.", true);
      return;
    }

    if (answer.status === 400 && Object.keys(answer.fieldErrors).length) {
      const count = showFieldErrors(profileForm, answer.fieldErrors, { body: "The form" });
      announce(`Not saved: ${count === 1 ? "one answer needs" : `${count} answers need`} a change. Your other changes are still in the form.`, true);
      return;
    }

    announce(`Not saved. ${answer.message}`, true);
  }

  async function reloadProfile() {
    const answer = await call("GET", "/api/coops/me");
    if (answer.status === 401) return lostAccess();
    if (!answer.ok) {
      announce(`The saved profile could not be read. ${answer.message}`, true);
      return;
    }

    rememberCoop(answer);
    $("profile-conflict").hidden = true;
    announce("The saved profile is reloaded. Your changes are still in the form: check them and save again.");
    $("profile-save").focus();
  }

  // ---- Our key ----

  function askNewKey() {
    $("key-shown").hidden = true;
    $("key-confirm").hidden = false;
    $("key-confirm-heading").focus();
  }

  function keepKey() {
    $("key-confirm").hidden = true;
    $("key-new").focus();
  }

  async function makeKey() {
    $("key-yes").disabled = true;
    const answer = await call("POST", "/api/coops/me/key");
    $("key-yes").disabled = false;
    if (answer.status === 401) return lostAccess();
    if (!answer.ok || !answer.body || typeof answer.body.key !== "string") {
      announce(`No new key was made; the current one still works. ${answer.message}`, true);
      return;
    }

    state.key = answer.body.key;
    session.set(KEY, state.key);
    $("new-key").textContent = state.key;
    $("key-confirm").hidden = true;
    $("key-shown").hidden = false;
    $("key-shown-heading").focus();
    announce("A new key is made and shown once. The old key stopped working; this tab uses the new one.");
  }

  async function copyKey() {
    const copied = await Site.copy(state.key, $("new-key"));
    announce(copied ? "The key is copied." : "The key could not be copied by the page: it is selected, so copy it yourself.", !copied);
  }

  // ---- Start ----

  function start() {
    $("signin-form").addEventListener("submit", signIn);
    $("sign-out").addEventListener("click", signOut);
    needForm.addEventListener("submit", saveNeed);
    $("need-cancel").addEventListener("click", () => {
      stopEditing();
      announce("Stopped editing; nothing was saved.");
      $("need-heading").focus();
    });
    $("need-reload").addEventListener("click", reloadNeed);
    $("unpaid").addEventListener("change", showRate);
    profileForm.addEventListener("submit", saveProfile);
    $("profile-reload").addEventListener("click", reloadProfile);
    $("key-new").addEventListener("click", askNewKey);
    $("key-no").addEventListener("click", keepKey);
    $("key-yes").addEventListener("click", makeKey);
    $("key-copy").addEventListener("click", copyKey);
    closeForm.addEventListener("submit", close);
    $("close-no").addEventListener("click", keepOpen);
    $("close-dialog").addEventListener("cancel", (event) => {
      event.preventDefault();
      keepOpen();
    });
    Site.reportUnexpected((error) => announce(`Something went wrong on this page: ${error.message}. What you typed is kept.`, true));

    const fromLink = Site.takeFragment().get("key");
    const key = fromLink || session.get(KEY);
    if (key) open(key);
    else askForKey("");
  }

  start();
})();
