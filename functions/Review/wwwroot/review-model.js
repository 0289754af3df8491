// The model tab: the live ranking model and every earlier version, each with its NDCG beside the baselines'
// on the same held-out needs, and why it went live or was refused; "retrain now" queues a training run and
// follows it until a new version is live or refused.
"use strict";

(() => {
  const { $, el } = Site;
  const { api, showStatus, handleError, when } = Desk;
  const POLL_MS = 1000;
  const JOB_WORDS = {
    queued: "Queued: waiting for the trainer.",
    training: "Training and measuring the new version on held-out needs…",
    failed: "The last try failed; the queue tries again on its own.",
  };
  const STATUS_WORDS = { live: "live", retired: "retired", refused: "refused" };
  const REQUESTERS = { nightly: "the nightly run", coordinator: "a coordinator", bootstrap: "the first start" };
  const state = { job: null, timer: null };

  const featureName = (name) => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  const ndcg = (value) => Number(value).toFixed(3);

  async function load() {
    showStatus("Loading the model's history…");
    const history = await api("/api/model/versions");
    $("versions").replaceChildren(...history.items.map(version));
    $("versions-empty").hidden = history.items.length > 0;
    const live = history.items.find((v) => v.status === "live");
    $("live-model").textContent = live
      ? `Version ${live.version} is live: trained ${when(live.trainedAt)} on ${live.trainingRows} rows; NDCG@5 ${ndcg(live.metrics.ndcg5)} on ${live.testGroups} held-out needs.`
      : "No ranking model is live yet; the first is trained at start-up.";
    showStatus(`${history.items.length} model version${history.items.length === 1 ? "" : "s"}.`);
  }

  function version(v) {
    const headingId = `version-${v.version}`;
    const rows = [["This version", v.metrics], ...Object.entries(v.baselines || {}).map(([name, metrics]) => [`Baseline: ${featureName(name)}`, metrics])];
    const dates = [
      v.wentLiveAt ? `live from ${when(v.wentLiveAt)}` : null,
      v.retiredAt ? `retired ${when(v.retiredAt)}` : null,
    ].filter(Boolean).join(", ");
    return el("li", { className: `card version ${v.status}`, "aria-labelledby": headingId, "data-version": v.version },
      el("div", { className: "head" },
        el("h3", { id: headingId, text: `${v.version}: ${STATUS_WORDS[v.status] || v.status}` }),
        el("p", { text: `Trained ${when(v.trainedAt)} (${v.kind}) for ${REQUESTERS[v.requestedBy] || "an unrecorded request"} on ${v.trainingRows} rows: ${v.bootstrapGroups} generated needs and ${v.decisionGroups} with coordinators' decisions.` }),
        dates ? el("p", { text: dates.charAt(0).toUpperCase() + dates.slice(1) + "." }) : null,
        v.decision ? el("p", { className: "decision", text: v.decision }) : null),
      el("table", {},
        el("caption", { className: "hint", text: `NDCG on ${v.testGroups} held-out needs (${v.heldOut}); 1 is a perfect order` }),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col", text: "Ranker" }),
          ...["NDCG@1", "NDCG@3", "NDCG@5"].map((name) => el("th", { scope: "col", className: "num", text: name })))),
        el("tbody", {}, ...rows.map(([name, metrics]) => el("tr", {},
          el("th", { scope: "row", text: name }),
          ...["ndcg1", "ndcg3", "ndcg5"].map((k) => el("td", { className: "num", text: ndcg(metrics[k]) })))))));
  }

  async function retrain() {
    $("retrain").disabled = true;
    try {
      const job = await api("/api/model/retrain", { method: "POST" });
      state.job = job.jobId;
      progress("queued");
      poll();
    } catch (error) {
      $("retrain").disabled = false;
      handleError(error);
    }
  }

  function progress(jobState, text) {
    $("retrain-progress").hidden = false;
    $("retrain-state").textContent = text || JOB_WORDS[jobState] || jobState;
    $("retrain-bar").hidden = jobState === "live" || jobState === "refused";
  }

  // Follows the job once a second until a version is live or refused; leaving the page stops it.
  function poll() {
    clearTimeout(state.timer);
    state.timer = setTimeout(async () => {
      try {
        const job = await api(`/api/model/retrain/${encodeURIComponent(state.job)}`);
        if (job.state !== "live" && job.state !== "refused") {
          progress(job.state);
          poll();
          return;
        }

        const done = job.state === "live"
          ? `Version ${job.version} is live. ${job.decision || ""}`
          : `Version ${job.version} was trained and refused: ${job.decision || "it did not rank the held-out needs better"}`;
        progress(job.state, done.trim());
        state.job = null;
        $("retrain").disabled = false;
        await load();
        showStatus(done.trim());
      } catch (error) {
        $("retrain").disabled = false;
        handleError(error);
      }
    }, POLL_MS);
  }

  $("retrain").addEventListener("click", () => retrain());

  Desk.register("model", {
    load,
    reset: () => {
      clearTimeout(state.timer);
      state.job = null;
      $("retrain").disabled = false;
      $("retrain-progress").hidden = true;
      $("versions").replaceChildren();
    },
  });
})();
