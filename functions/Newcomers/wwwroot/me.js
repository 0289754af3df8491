// A newcomer's own page. It holds no data: it calls the API with the owner token, which it keeps only in this
// tab's session storage (never a cookie, the address or a log). Email links bring a profile id and a one-time
// code in the URL fragment; the page reads them, removes them from the address bar, and spends the code only
// when the person presses the button (a GET never changes anything). Every name, bio, title and reason goes
// in with textContent. Free text that looks like sensitive information gets a warning at its field while the
// person types and after saving (the server's); nothing is refused for it.
"use strict";

(() => {
  const { $, el, api, announce, session, money, dayRate, place, days, words, barChart, showFieldErrors, clearFieldErrors } = Site;
  const OWNER = "owner";
  const VIEWS = ["confirm-view", "signin-view", "ask-view", "gone-view", "app"];
  const STATUS_WORDS = {
    requested: "Waiting for a coordinator to send it",
    awaiting: "Waiting for answers",
    accepted: "Accepted; waiting for the other side",
    connected: "Connected: you both said yes, and your contact details were shared by email",
    declined: "Declined",
    expired: "Expired without both answers",
    cancelled: "Cancelled",
  };
  const CONSENT_NAMES = { consentMatching: "matching", consentIntroductions: "introductions", consentTraining: "training" };
  const CONSENT_WORDS = { matching: "matching", introductions: "introductions", training: "training the ranking" };

  const form = $("profile-form");
  const editor = Site.profileForm($("profile-fields"), { emailHelp: "If you change it, we send a link to confirm the new address." });
  // The consents are switches outside the profile form, each saved as it changes.
  Site.consentFields($("consent-fields"), { switches: true });
  const warnings = SpecialTerms.watch(form, $("warning-status"));
  const state = { owner: null, profile: null, etag: null, link: null, downloadUrl: null };

  // ---- Views ----

  function show(view, focus) {
    for (const id of VIEWS) $(id).hidden = id !== view;
    if (focus) $(focus).focus();
  }

  function askForLink(reason) {
    $("ask-reason").textContent = reason || "";
    $("ask-reason").hidden = !reason;
    $("ask-done").hidden = true;
    $("ask-form").hidden = false;
    show("ask-view", "ask-heading");
  }

  // Forgets the token and everything shown about the person, so nothing of theirs stays in the page.
  function signedOut(reason) {
    state.owner = null;
    state.profile = null;
    state.etag = null;
    session.remove(OWNER);
    forgetShown();
    askForLink(reason);
  }

  function forgetShown() {
    $("hello").textContent = "Hello";
    for (const id of ["saved", "matches", "portfolio", "learning", "introductions"]) $(id).replaceChildren();
    editor.fill({ skills: [] });
    clearFieldErrors(form);
    warnings.clear();
    $("conflict").hidden = true;
    $("delete-confirm").hidden = true;
    $("edit").open = false;
    if (state.downloadUrl) URL.revokeObjectURL(state.downloadUrl);
    state.downloadUrl = null;
    $("download-link").hidden = true;
    $("download-link").removeAttribute("href");
  }

  // An owner route answered 401 or 404: the token no longer works (signed out elsewhere) or the profile is gone.
  function lostAccess() {
    signedOut("Your sign-in in this tab has ended. Ask for a new link to open your page again.");
  }

  // ---- Links from emails ----

  async function spendLink(kind) {
    const button = $(kind === "confirm" ? "confirm" : "signin");
    const link = state.link;
    button.disabled = true;
    announce(kind === "confirm" ? "Confirming…" : "Signing in…");
    const answer = await api("POST", `/api/profiles/${encodeURIComponent(link.profile)}/${kind === "confirm" ? "confirm" : "sign-in"}`, { code: link.code });
    button.disabled = false;
    if (answer.ok && answer.body && typeof answer.body.ownerToken === "string" && answer.body.ownerToken) {
      state.link = null;
      signIn({ profileId: link.profile, token: answer.body.ownerToken });
      announce(kind === "confirm" ? "Your email is confirmed. Welcome to your page." : "You are signed in.");
      return;
    }

    if (answer.ok) {
      state.link = null;
      announce("");
      askForLink("Your email address is already confirmed. Ask for a link below to open your page.");
      return;
    }

    if (answer.status === 400 || answer.status === 404) {
      state.link = null;
      announce("");
      askForLink("This link has expired, was used already, or a newer one replaced it. Ask for a new link below.");
      return;
    }

    announce(answer.message, true);
  }

  async function sendLink(event) {
    event.preventDefault();
    const formNode = $("ask-form");
    clearFieldErrors(formNode);
    $("ask-send").disabled = true;
    const answer = await api("POST", "/api/sign-in", { email: $("ask-email").value.trim() });
    $("ask-send").disabled = false;
    if (answer.ok) {
      formNode.hidden = true;
      $("ask-done").hidden = false;
      $("ask-done").focus();
      announce("");
      return;
    }

    if (answer.status === 400 && Object.keys(answer.fieldErrors).length) {
      showFieldErrors(formNode, answer.fieldErrors);
      announce("Check the email address.", true);
      return;
    }

    announce(answer.message, true);
  }

  // ---- Signed in ----

  const ownerPath = (suffix = "") => `/api/profiles/${encodeURIComponent(state.owner.profileId)}${suffix}`;
  const call = (method, suffix, body, headers) => api(method, ownerPath(suffix), body, state.owner.token, headers);

  async function signIn(owner) {
    state.owner = owner;
    session.set(OWNER, owner);
    const loaded = await loadProfile();
    if (!loaded) return;
    editor.fill(state.profile);
    warnings.check(false);
    show("app", "hello");
    loadOpportunities();
    loadIntroductions();
  }

  async function loadProfile() {
    const answer = await call("GET", "");
    if (answer.status === 401 || answer.status === 404) {
      lostAccess();
      return false;
    }

    if (!answer.ok) {
      announce(`Your profile could not be loaded. ${answer.message}`, true);
      return false;
    }

    remember(answer);
    return true;
  }

  function remember(answer) {
    state.profile = answer.body;
    state.etag = answer.headers.get("ETag");
    renderProfile();
  }

  function renderProfile() {
    const p = state.profile;
    $("hello").textContent = `Hello, ${p.name}`;
    const target = p.incomeTarget && p.incomeTarget.monthly !== null && p.incomeTarget.monthly !== undefined
      ? `${money(p.incomeTarget.monthly, p.incomeTarget.currency)} a month` : "Not given";
    const rows = [
      ["Name", p.name, "saved-name"],
      ["Email", p.email + (p.status === "pending-confirmation" ? " (waiting for confirmation)" : ""), "saved-email"],
      ["Where", place(p.location), "saved-place"],
      ["Days", days(p.daysPerWeek), "saved-days"],
      ["Monthly target", target, "saved-target"],
      ["Skills", p.skills.map((s) => `${s.name} (${s.level})`).join(", "), "saved-skills"],
      ["Interests", p.interests.join(", ") || "None given", "saved-interests"],
      ["Wants to learn", p.wantsToLearn.join(", ") || "None given", "saved-learn"],
      ["Bio", p.bio || "None given", "saved-bio"],
    ];
    $("saved").replaceChildren(...rows.map(([term, value, id]) => el("div", {}, el("dt", { text: term }), el("dd", { id, text: value }))));
    for (const [name, consent] of Object.entries(CONSENT_NAMES)) $(name).checked = Boolean(p.consent[consent]);
  }

  // The body of a PUT: the profile as saved, with what the person changed.
  function inputOf(profile) {
    return {
      name: profile.name,
      email: profile.email,
      location: profile.location,
      daysPerWeek: profile.daysPerWeek,
      incomeTarget: profile.incomeTarget,
      skills: profile.skills.map((s) => ({ name: s.name, level: s.level })),
      interests: profile.interests,
      wantsToLearn: profile.wantsToLearn,
      bio: profile.bio,
      consent: { ...profile.consent },
    };
  }

  function consentsFromSwitches() {
    const consent = {};
    for (const [name, kind] of Object.entries(CONSENT_NAMES)) consent[kind] = $(name).checked;
    return consent;
  }

  // What changes matches and advice: anything but the name, email, bio and interests.
  const matchingPart = (p) => JSON.stringify([p.location, p.daysPerWeek, p.incomeTarget, p.skills.map((s) => [s.name, s.level]), p.wantsToLearn, p.consent]);

  async function put(body) {
    return call("PUT", "", body, state.etag ? { "If-Match": state.etag } : {});
  }

  async function saveProfile(event) {
    event.preventDefault();
    $("conflict").hidden = true;
    const body = { ...editor.read(), consent: consentsFromSwitches() };
    const before = matchingPart(state.profile);
    const emailBefore = state.profile.email;
    $("save").disabled = true;
    announce("Saving your profile…");
    const answer = await put(body);
    $("save").disabled = false;
    if (answer.ok) {
      clearFieldErrors(form);
      remember(answer);
      const saved = Array.isArray(answer.body.warnings) ? answer.body.warnings : [];
      await warnings.showServer(saved);
      const changedEmail = state.profile.email.toLowerCase() !== emailBefore.toLowerCase();
      const sensitive = saved.length ? " Some of it looks like sensitive information you do not have to share: see the warnings at those fields." : "";
      announce((changedEmail ? "Your profile is saved. We sent a link to confirm your new email address." : "Your profile is saved.") + sensitive);
      if (matchingPart(state.profile) !== before) loadOpportunities();
      return;
    }

    if (answer.status === 412) {
      clearFieldErrors(form);
      $("conflict").hidden = false;
      $("reload").focus();
      announce("Not saved: your profile changed somewhere else.", true);
      return;
    }

    if (answer.status === 400 && Object.keys(answer.fieldErrors).length) {
      const count = showFieldErrors(form, answer.fieldErrors, { location: "Where you work", incomeTarget: "Monthly income", body: "The form" });
      announce(`Not saved: ${count === 1 ? "one answer needs" : `${count} answers need`} a change. Your other changes are still in the form.`, true);
      return;
    }

    if (answer.status === 401 || answer.status === 404) {
      lostAccess();
      return;
    }

    announce(`Not saved. ${answer.message}`, true);
  }

  // After a 412: read the saved profile again (and its ETag) but leave the person's edits in the form.
  async function reloadKeepingEdits() {
    if (!(await loadProfile())) return;
    $("conflict").hidden = true;
    announce("The saved profile is reloaded and shown above the form. Your changes are still in the form: check them and save again.");
    $("save").focus();
  }

  async function saveConsent(event) {
    const name = event.target.id;
    const kind = CONSENT_NAMES[name];
    const given = event.target.checked;
    const body = inputOf(state.profile);
    body.consent[kind] = given;
    announce(`Saving your consent to ${CONSENT_WORDS[kind]}…`);
    const answer = await put(body);
    if (answer.ok) {
      remember(answer);
      announce(given ? `Consent to ${CONSENT_WORDS[kind]} given and saved.` : `Consent to ${CONSENT_WORDS[kind]} withdrawn and saved.`);
      loadOpportunities();
      return;
    }

    if (answer.status === 401 || answer.status === 404) {
      lostAccess();
      return;
    }

    if (answer.status === 412) await loadProfile();
    else event.target.checked = !given;
    announce(answer.status === 412
      ? "Not saved: your profile changed somewhere else. The switches now show what is saved; change it again if you still want to."
      : `Not saved. ${answer.message}`, true);
  }

  // ---- Matches, portfolio, learning ----

  function loading(id, text) {
    $(id).replaceChildren(el("p", { className: "hint", text }));
  }

  function notAvailable(id, what, answer) {
    if (answer.status === 401 || answer.status === 404) {
      lostAccess();
      return;
    }

    const text = answer.status === 503
      ? `${what} appear once the ranking model is ready. ${Site.retryAfterWords(answer.headers) || "Try again in a minute."}`
      : `${what} could not be loaded. ${answer.message}`;
    $(id).replaceChildren(el("p", { className: "error", text }));
  }

  async function loadOpportunities() {
    loading("matches", "Finding the needs that fit you…");
    loading("portfolio", "Working out your portfolio…");
    loading("learning", "Looking for skills that would open more work…");
    const [matches, advice] = await Promise.all([call("GET", "/matches?limit=10"), call("GET", "/advice")]);
    if (!state.owner) return;
    if (matches.ok) renderMatches(matches.body.items);
    else notAvailable("matches", "Matches", matches);
    if (advice.ok) {
      renderPortfolio(advice.body.portfolio);
      renderLearning(advice.body.learning, advice.body.portfolio.currency);
    } else if (state.owner) {
      notAvailable("portfolio", "Your portfolio", advice);
      notAvailable("learning", "Learning advice", advice);
    }
  }

  const coopOf = (thing) => thing.coopName || "a co-op in the network";

  function incomeWords(fit) {
    if (!fit || fit.currency === null || fit.currency === undefined) return "Unpaid.";
    // meetsMinimum compares the day rate with the rate the target needs over all the person's days; the
    // share says how much of the target this need alone brings at its own days.
    const share = Number.isFinite(fit.shareOfTarget) ? ` (${Math.round(fit.shareOfTarget * 100)}% of your target)` : "";
    const month = `At ${days(fit.daysPerWeek)} it pays about ${money(fit.monthlyAtNeedDays, fit.currency)} a month${share}.`;
    const needed = `${money(fit.minimumDayRate, fit.currency)} a day your target needs`;
    if (fit.meetsMinimum === true) return `${month} Its day rate reaches the ${needed}.`;
    if (fit.meetsMinimum === false) return `${month} Its day rate is below the ${needed}.`;
    return `${month} Not compared with your target (no target, or another currency).`;
  }

  function needFacts(need) {
    return el("ul", { className: "facts" },
      el("li", { text: dayRate(need.dayRate) }),
      el("li", { text: days(need.daysPerWeek) + (need.durationWeeks ? ` for ${need.durationWeeks} weeks` : "") }),
      el("li", { text: place(need.location) }));
  }

  function renderMatches(items) {
    if (!items.length) {
      $("matches").replaceChildren(el("p", { text: state.profile.consent.matching
        ? "No open needs fit you just now. New needs are matched as co-ops post them."
        : "Matching is off: turn on consent to matching below to see the needs that fit you." }));
      return;
    }

    $("matches").replaceChildren(el("ol", { className: "cards", "aria-label": "Matches, best first" }, ...items.map((match, i) => {
      const need = match.need;
      const id = `match-${i}`;
      const fit = match.incomeFit;
      return el("li", { className: "card match", "aria-labelledby": id },
        el("h3", { id, text: need.title }),
        el("p", { className: "coop", text: `at ${coopOf(need)}` }),
        needFacts(need),
        el("p", { className: fit && fit.meetsMinimum ? "good" : "", text: incomeWords(fit) }),
        match.reasons.length ? el("div", {}, el("p", { className: "why", text: "Why it fits:" }), el("ul", { className: "reasons" }, ...match.reasons.map((r) => el("li", { text: r })))) : null);
    })));
  }

  function renderPortfolio(p) {
    const parts = [];
    const target = p.monthlyTarget;
    const income = p.monthlyIncome || 0;
    if (target !== null && target !== undefined) {
      const share = target > 0 ? Math.round((income / target) * 100) : 100;
      parts.push(el("p", { className: "headline", text: `${money(income, p.currency)} a month, ${share}% of your ${money(target, p.currency)} target, from ${p.daysPerWeek} of your ${days(p.availableDaysPerWeek)}.` }));
      parts.push(barChart([
        { name: "Monthly target", valueText: money(target, p.currency), bars: [{ value: target, className: "target" }] },
        { name: "Portfolio income", valueText: money(income, p.currency), bars: [{ value: income, className: p.meetsTarget ? "met" : "short" }] },
      ], { max: Math.max(target, income), label: "Monthly income against target" }));
    } else {
      parts.push(el("p", { className: "headline", text: `${money(income, p.currency)} a month from ${p.daysPerWeek} of your ${days(p.availableDaysPerWeek)}. Add a monthly target to your profile to see how close this comes.` }));
    }

    parts.push(barChart([
      { name: "Days available", valueText: days(p.availableDaysPerWeek), bars: [{ value: p.availableDaysPerWeek, className: "target" }] },
      { name: "Days used", valueText: days(p.daysPerWeek), bars: [{ value: p.daysPerWeek }] },
    ], { max: Math.max(p.availableDaysPerWeek, p.daysPerWeek), label: "Days used against days available" }));
    if (p.meetsTarget === true) parts.push(el("p", { className: "good", text: "This reaches your monthly target." }));
    if (p.meetsTarget === false && p.shortfall) parts.push(el("p", { className: "shortfall", text: `Short of your target by ${money(p.shortfall, p.currency)} a month.` }));
    parts.push(el("p", { className: "summary", text: p.summary }));
    if (p.needs.length) {
      parts.push(el("h3", { text: "The needs that make it up" }));
      parts.push(el("ul", { className: "portfolio-needs" }, ...p.needs.map((n) => el("li", {},
        el("span", { className: "title", text: `${n.need.title} at ${coopOf(n.need)}` }),
        el("span", { text: `: ${days(n.daysPerWeek)} at ${money(n.dayRate, p.currency)} a day, ${money(n.monthlyPay, p.currency)} a month.` })))));
    }

    $("portfolio").replaceChildren(...parts);
  }

  // Learning items carry no currency of their own; amounts are shown in the portfolio's, the person's target currency.
  function renderLearning(items, currency) {
    if (!items.length) {
      $("learning").replaceChildren(el("p", { text: "No skill stands out just now: the open needs that fit you ask for what you already have." }));
      return;
    }

    $("learning").replaceChildren(el("ol", { className: "cards", "aria-label": "Skills to learn" }, ...items.map((item, i) => {
      const id = `learn-${i}`;
      const teachers = (item.teachers || []).map((t) => (typeof t === "object" && t ? t.coopName || t.coopId : String(t)));
      return el("li", { className: "card learn", "aria-labelledby": id },
        el("h3", { id, text: item.skill + (item.wanted ? " (you want to learn this)" : "") }),
        item.averageDayRate ? el("p", { text: `Needs asking for it pay ${money(item.averageDayRate, currency)} a day on average.` }) : null,
        el("p", { text: `It would open ${item.opensNeeds.length === 1 ? "one need" : `${item.opensNeeds.length} needs`}:` }),
        el("ul", { className: "opens" }, ...item.opensNeeds.map((o) => el("li", { text:
          `${o.title} at ${coopOf(o)} (asks ${o.level}${o.alsoMissing.length ? `; also needs ${words(o.alsoMissing)}` : ""}): ` +
          (o.dayRate ? `${money(o.dayRate, currency)} a day, about ${money(o.monthlyPay, currency)} a month` : "unpaid") }))),
        el("p", { className: "teachers", text: teachers.length ? `Co-ops that can teach it: ${words(teachers)}.` : "No co-op offers to teach it yet." }));
    })));
  }

  // ---- Introductions ----

  async function loadIntroductions() {
    loading("introductions", "Loading your introductions…");
    const answer = await call("GET", "/introductions");
    if (!state.owner) return;
    if (!answer.ok) {
      notAvailable("introductions", "Introductions", answer);
      return;
    }

    const items = answer.body.items || [];
    if (!items.length) {
      $("introductions").replaceChildren(el("p", { text: "No introductions yet. When a coordinator introduces you to a co-op, it appears here and we email you." }));
      return;
    }

    $("introductions").replaceChildren(el("ol", { className: "cards", "aria-label": "Introductions, newest first" }, ...items.map((item, i) => {
      const id = `intro-${i}`;
      const actions = el("div", { className: "actions" });
      if (item.canAnswer) {
        for (const [answerWord, label] of [["accept", "Accept"], ["decline", "Decline"]]) {
          const button = el("button", { type: "button", className: answerWord === "decline" ? "secondary" : "", text: `${label}: ${item.needTitle}` });
          button.addEventListener("click", () => respond(item, answerWord));
          actions.append(button);
        }
      }

      return el("li", { className: "card", "aria-labelledby": id },
        el("h3", { id, text: `${item.needTitle} at ${item.coopName || "a co-op in the network"}` }),
        el("p", { text: STATUS_WORDS[item.status] || item.status }),
        item.yourAnswer ? el("p", { text: `You answered: ${item.yourAnswer === "accept" ? "yes" : "no"}.` }) : null,
        item.canAnswer && item.answerBy ? el("p", { text: `Please answer by ${new Date(item.answerBy).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}.` }) : null,
        actions);
    })));
  }

  async function respond(item, answerWord) {
    const answer = await call("POST", `/introductions/${encodeURIComponent(item.id)}/respond`, { answer: answerWord });
    if (answer.ok) {
      announce(answerWord === "accept" ? `You accepted the introduction to ${item.needTitle}.` : `You declined the introduction to ${item.needTitle}.`);
    } else if (answer.status === 409) {
      announce("This introduction was already answered or has ended.", true);
    } else {
      announce(`Your answer was not recorded. ${answer.message}`, true);
    }

    await loadIntroductions();
    $("introductions-heading").focus();
  }

  // ---- Your data ----

  async function download() {
    announce("Preparing your data…");
    const answer = await call("GET", "/export");
    if (!answer.ok) {
      if (answer.status === 401 || answer.status === 404) lostAccess();
      else announce(`Your data could not be downloaded. ${answer.message}`, true);
      return;
    }

    if (state.downloadUrl) URL.revokeObjectURL(state.downloadUrl);
    state.downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(answer.body, null, 2)], { type: "application/json" }));
    const link = $("download-link");
    link.href = state.downloadUrl;
    link.hidden = false;
    link.click();
    announce("Your data is downloaded as matchmaker-my-data.json.");
  }

  async function signOutOthers() {
    const answer = await call("POST", "/sign-out-others");
    if (answer.ok) {
      const n = answer.body && Number.isFinite(answer.body.signedOut) ? answer.body.signedOut : 0;
      announce(n === 0 ? "Done: there were no other links or sign-ins. This tab stays signed in." : `Done: ${n === 1 ? "one other link or sign-in" : `${n} other links and sign-ins`} stopped working. This tab stays signed in.`);
    } else if (answer.status === 401 || answer.status === 404) {
      lostAccess();
    } else {
      announce(`Nothing changed. ${answer.message}`, true);
    }
  }

  function askDelete() {
    $("delete-confirm").hidden = false;
    $("delete-heading").focus();
  }

  function keep() {
    $("delete-confirm").hidden = true;
    $("delete").focus();
  }

  async function erase() {
    $("delete-yes").disabled = true;
    const answer = await call("DELETE", "");
    $("delete-yes").disabled = false;
    if (answer.ok || answer.status === 404) {
      state.owner = null;
      state.profile = null;
      session.remove(OWNER);
      forgetShown();
      announce("");
      show("gone-view", "gone-heading");
      return;
    }

    announce(`Your profile was not deleted. ${answer.message}`, true);
  }

  function signOut() {
    signedOut("");
    announce("You are signed out in this tab.");
  }

  // ---- Start ----

  function start() {
    $("confirm").addEventListener("click", () => spendLink("confirm"));
    $("signin").addEventListener("click", () => spendLink("signin"));
    $("ask-form").addEventListener("submit", sendLink);
    form.addEventListener("submit", saveProfile);
    $("reload").addEventListener("click", reloadKeepingEdits);
    for (const name of Object.keys(CONSENT_NAMES)) $(name).addEventListener("change", saveConsent);
    $("consents").addEventListener("submit", (event) => event.preventDefault());
    $("download").addEventListener("click", download);
    $("sign-out-others").addEventListener("click", signOutOthers);
    $("delete").addEventListener("click", askDelete);
    $("delete-no").addEventListener("click", keep);
    $("delete-yes").addEventListener("click", erase);
    $("sign-out").addEventListener("click", signOut);
    Site.reportUnexpected((error) => announce(`Something went wrong on this page: ${error.message}`, true));

    // A link opened in a tab already showing this page changes only the fragment: the page does not load again.
    window.addEventListener("hashchange", () => {
      if (window.location.hash) openLink();
    });
    if (!openLink()) {
      const owner = session.get(OWNER);
      if (owner && owner.profileId && owner.token) signIn(owner);
      else askForLink("");
    }
  }

  // A link from an email: shows its button (the code is spent only when pressed). Answers whether there was one.
  function openLink() {
    const fragment = Site.takeFragment();
    const profile = fragment.get("profile");
    const kind = fragment.get("confirm") ? "confirm" : fragment.get("signin") ? "signin" : null;
    if (!profile || !kind) return false;
    state.link = { profile, code: fragment.get(kind) };
    announce("");
    show(`${kind}-view`, `${kind}-heading`);
    return true;
  }

  start();
})();
