// The introductions tab: each introduction with both sides' answers and every email's state. An email stuck
// in unknown (it may have gone) or failed is marked with what to do; nothing is sent again on its own, but a
// coordinator may ask for one email to be sent again, with a note, which the API audits.
"use strict";

(() => {
  const { $, el } = Site;
  const { api, showStatus, handleError, dialogError, when } = Desk;
  const STATUS_WORDS = {
    requested: "approved; the emails asking both sides are on their way",
    awaiting: "waiting for both sides' answers",
    accepted: "accepted by both; the connection emails are on their way",
    connected: "connected: both said yes and have each other's address",
    declined: "declined by one side",
    expired: "expired without both answers",
    cancelled: "cancelled (a consent was withdrawn or a profile erased)",
  };
  const EMAIL_WORDS = { ask: "Asking", reminder: "Reminder", connected: "Connection", closed: "Closing note" };
  const STUCK = new Set(["unknown", "failed"]);
  const state = { sending: null };

  function answerWords(answer) {
    return answer === "accept" ? "yes" : answer === "decline" ? "no" : "not yet";
  }

  function emailName(email) {
    const [kind] = email.kind.split("-");
    return `${EMAIL_WORDS[kind] || kind} to the ${email.to === "coop" ? "co-op" : "person"}`;
  }

  async function load() {
    showStatus("Loading introductions…");
    const params = new URLSearchParams({ limit: "100" });
    if ($("intro-status").value) params.set("status", $("intro-status").value);
    const answer = await api(`/api/introductions?${params}`);
    const onlyStuck = $("intro-stuck").checked;
    const shown = answer.items.filter((i) => !onlyStuck || i.emailDetails.some((e) => STUCK.has(e.state)));
    $("intro-list").replaceChildren(...shown.map(introduction));
    $("intro-empty").hidden = shown.length > 0;
    const stuck = answer.items.filter((i) => i.emailDetails.some((e) => STUCK.has(e.state))).length;
    showStatus(`${shown.length} introduction${shown.length === 1 ? "" : "s"} shown; ${stuck} with an email that needs you.`);
  }

  function introduction(item) {
    const who = item.personName || "A person who has left";
    const what = `${item.needTitle || "a need that no longer exists"} at ${item.coopName || "an unknown co-op"}`;
    const headingId = `intro-${item.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
    const stuck = item.emailDetails.some((e) => STUCK.has(e.state));
    return el("li", { className: `card intro${stuck ? " attention" : ""}`, tabindex: "-1", "aria-labelledby": headingId, "data-id": item.id },
      el("div", { className: "head" },
        el("h3", { id: headingId, text: `${who} for ${what}` }),
        el("p", { className: "intro-status", text: `Status: ${STATUS_WORDS[item.status] || item.status}` }),
        stuck ? el("p", { className: "needs-you", text: "An email needs you: see below." }) : null),
      el("dl", { className: "facts" },
        fact("The person's answer", answerWords(item.personAnswer)),
        fact("The co-op's answer", answerWords(item.coopAnswer)),
        fact("Approved", when(item.approvedAt)),
        item.askedAt ? fact("Asked", when(item.askedAt)) : null,
        item.expiresAt && !item.endedAt ? fact("Expires", when(item.expiresAt)) : null,
        item.endedAt ? fact("Ended", `${when(item.endedAt)}${item.endReason ? ` (${item.endReason})` : ""}`) : null),
      emails(item));
  }

  function fact(term, value) {
    return el("div", {}, el("dt", { text: term }), el("dd", { text: value }));
  }

  function emails(item) {
    if (item.emailDetails.length === 0) return el("p", { className: "hint", text: "No email written yet." });
    return el("ul", { className: "emails", "aria-label": "Emails" }, ...item.emailDetails.map((email) => {
      const stuck = STUCK.has(email.state);
      const tries = email.attempts ? `, ${email.attempts} ${email.attempts === 1 ? "try" : "tries"}, last ${when(email.lastAttemptAt)}` : "";
      const error = email.lastError ? `, last error: ${email.lastError}` : "";
      const again = email.sentAgainAt ? ` Sent again at a coordinator's request on ${when(email.sentAgainAt)}.` : "";
      const li = el("li", { className: stuck ? "email stuck" : "email", "data-kind": email.kind, "data-state": email.state },
        el("p", {}, el("strong", { text: emailName(email) }), `: ${email.state}${tries}${error}.${again}`),
        stuck && email.action ? el("p", { className: "action", text: email.action }) : null);
      if (stuck) {
        const button = el("button", { type: "button", className: "secondary", text: "Send again", "aria-label": `Send again: ${emailName(email).toLowerCase()}` });
        button.addEventListener("click", () => openSendAgain(item, email, button));
        li.append(el("div", { className: "actions" }, button));
      }

      return li;
    }));
  }

  function openSendAgain(item, email, button) {
    state.sending = { item, email, button };
    $("again-subject").textContent = `${emailName(email)} for ${item.personName || "a person who has left"}, ${item.needTitle || "a need that no longer exists"}: ${email.state}.`;
    $("again-advice").textContent = email.action || "";
    $("again-note").value = "";
    $("again-error").hidden = true;
    $("send-again").showModal();
    $("again-note").focus();
  }

  function closeSendAgain() {
    const open = state.sending;
    state.sending = null;
    $("send-again").close();
    if (open && open.button.isConnected) open.button.focus();
  }

  async function sendAgain(event) {
    event.preventDefault();
    const { item, email } = state.sending;
    const note = $("again-note").value.trim();
    $("again-confirm").disabled = true;
    try {
      await api(`/api/introductions/${encodeURIComponent(item.id)}/emails/${encodeURIComponent(email.kind)}/send-again`, { method: "POST", body: { note: note || null } });
      state.sending = null;
      $("send-again").close();
      await load();
      showStatus(`The ${emailName(email).toLowerCase()} is queued to be sent again.`);
      const card = $("intro-list").querySelector(`[data-id="${CSS.escape(item.id)}"] h3`);
      if (card) card.closest(".card").focus();
    } catch (error) {
      dialogError($("send-again"), $("again-error"), error);
    } finally {
      $("again-confirm").disabled = false;
    }
  }

  $("intro-filters").addEventListener("submit", (event) => {
    event.preventDefault();
    load().catch(handleError);
  });
  $("again-form").addEventListener("submit", sendAgain);
  $("again-cancel").addEventListener("click", closeSendAgain);
  $("send-again").addEventListener("cancel", (event) => {
    event.preventDefault();
    closeSendAgain();
  });

  Desk.register("introductions", { load, reset: () => $("intro-list").replaceChildren() });
})();
