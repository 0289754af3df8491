// The stuck work tab: queue messages that failed every try (a storage outage that outlasted the retries, a
// bug), each with what it was for, since when, and its ids; "Put back on the queue" runs it once more.
// Every handler is idempotent, so work that partly happened before is not done twice.
"use strict";

(() => {
  const { $, el } = Site;
  const { api, showStatus, handleError, when } = Desk;
  const QUEUE_WORDS = {
    "need-updates": "Matching a need with people",
    "profile-updates": "Matching a person with needs",
    "model-retrain": "Training the ranking model",
    introductions: "An introduction's next step or email",
    "email-events": "SendGrid's reports about sent emails",
  };

  async function load() {
    showStatus("Loading stuck work…");
    const answer = await api("/api/poison");
    $("poison-list").replaceChildren(...answer.items.map(message));
    $("poison-empty").hidden = answer.items.length > 0;
    showStatus(answer.items.length ? `${answer.items.length} piece${answer.items.length === 1 ? "" : "s"} of stuck work.` : "Nothing is stuck.");
  }

  function message(item) {
    const what = QUEUE_WORDS[item.queue] || item.queue;
    const headingId = `poison-${item.messageId.replace(/[^A-Za-z0-9-]/g, "-")}`;
    const button = el("button", { type: "button", text: "Put back on the queue", "aria-label": `Put back on the queue: ${what}, ${item.summary}` });
    button.addEventListener("click", () => replay(item, button).catch(handleError));
    return el("li", { className: "card poison", "aria-labelledby": headingId, "data-message-id": item.messageId },
      el("h3", { id: headingId, text: what }),
      el("p", { text: `Failed every try; waiting since ${item.insertedOn ? when(item.insertedOn) : "an unknown time"}.` }),
      el("p", { className: "summary", text: `About: ${item.summary}` }),
      el("div", { className: "actions" }, button));
  }

  async function replay(item, button) {
    button.disabled = true;
    try {
      await api(`/api/poison/${encodeURIComponent(item.queue)}/${encodeURIComponent(item.messageId)}/replay`, { method: "POST" });
      await load();
      showStatus(`Put back on the queue: ${QUEUE_WORDS[item.queue] || item.queue} (${item.summary}). It runs again shortly.`);
      $("tab-poison").focus();
    } finally {
      button.disabled = false;
    }
  }

  Desk.register("poison", { load, reset: () => $("poison-list").replaceChildren() });
})();
