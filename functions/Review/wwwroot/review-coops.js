// The co-ops tab: every co-op with its contact and open needs; add one (its key shown once), replace a key
// (the old one stops at once), and edit a co-op's name and contact (If-Match: a change made elsewhere meanwhile
// is explained, and the typed values stay in the form).
"use strict";

(() => {
  const { $, el, copy, showFieldErrors, clearFieldErrors } = Site;
  const { api, showStatus, handleError, dialogError, when, ApiProblem } = Desk;
  const LABELS = { name: "Name", contactEmail: "Contact email", city: "Town or city", country: "Country code" };
  const state = { editing: null, rotating: null, shown: null, redrawn: Promise.resolve() };

  function readForm(form) {
    const value = (name) => form.elements[name].value.trim();
    return { name: value("name"), contactEmail: value("contactEmail"), city: value("city") || null, country: value("country").toUpperCase() };
  }

  async function load() {
    showStatus("Loading co-ops…");
    const coops = (await api("/api/coops")).slice().sort((a, b) => a.name.localeCompare(b.name));
    const rows = coops.map((coop) => {
      const edit = el("button", { type: "button", className: "secondary", text: "Edit contact", "aria-label": `Edit contact of ${coop.name}`, "data-action": "edit" });
      const rotate = el("button", { type: "button", className: "secondary", text: "Replace key", "aria-label": `Replace key of ${coop.name}`, "data-action": "rotate" });
      edit.addEventListener("click", () => openEdit(coop).catch(handleError));
      rotate.addEventListener("click", () => openRotate(coop));
      return el("tr", { "data-coop-id": coop.id },
        el("th", { scope: "row", text: coop.name }),
        el("td", { text: coop.contactEmail }),
        el("td", { text: [coop.city, coop.country].filter(Boolean).join(", ") }),
        el("td", { className: "num", text: String(coop.openNeeds) }),
        el("td", { text: coop.keyRotatedAt ? when(coop.keyRotatedAt) : "never" }),
        el("td", {}, el("div", { className: "actions" }, edit, rotate)));
    });
    $("coop-rows").replaceChildren(...rows);
    $("coops-empty").hidden = coops.length > 0;
    showStatus(`${coops.length} co-op${coops.length === 1 ? "" : "s"}.`);
  }

  // ---- Add ----

  async function create(event) {
    event.preventDefault();
    const form = $("coop-create");
    clearFieldErrors(form);
    const body = readForm(form);
    $("coop-create-save").disabled = true;
    try {
      const created = await api("/api/coops", { method: "POST", body });
      form.reset();
      showKey(`${body.name} is added`, body.name, created.key, "#coop-create-save");
      await redraw();
    } catch (error) {
      if (error instanceof ApiProblem && Object.keys(error.fieldErrors).length) {
        showFieldErrors(form, error.fieldErrors, LABELS);
        showStatus("The co-op was not added: see the fields marked.", true);
      } else {
        handleError(error);
      }
    } finally {
      $("coop-create-save").disabled = false;
    }
  }

  // The same button in the table once it is drawn again (the table is redrawn after every change).
  const buttonOf = (coopId, action) => `#coop-rows tr[data-coop-id="${CSS.escape(coopId)}"] button[data-action="${action}"]`;

  // Draws the table again; the dialog that closes meanwhile waits for it before placing the focus.
  function redraw() {
    state.redrawn = load().catch(handleError);
    return state.redrawn;
  }

  function focusAfterDialog(selector) {
    const target = selector && document.querySelector(selector);
    if (target) target.focus();
  }

  // ---- A key, shown once ----

  // returnTo: a selector of what has the focus once the dialog closes.
  function showKey(heading, name, key, returnTo) {
    state.shown = returnTo;
    $("key-shown-heading").textContent = heading;
    $("key-shown-for").textContent = `The key for ${name}. It is shown only now and stored only as a hash: copy it and give it to the co-op, who signs in with it at /api/coop.`;
    $("shown-key").textContent = key;
    $("key-shown-message").textContent = "";
    $("key-shown").showModal();
    $("key-shown-copy").focus();
  }

  async function copyShownKey() {
    const copied = await copy($("shown-key").textContent, $("shown-key"));
    $("key-shown-message").textContent = copied ? "The key is copied." : "The page could not copy it: the key is selected, so copy it yourself.";
  }

  function closeShownKey() {
    $("shown-key").textContent = "";
    $("key-shown").close();
    // The table may still be being drawn again behind the dialog: the focus goes to the new button.
    state.redrawn.then(() => focusAfterDialog(state.shown));
  }

  // ---- Replace a key ----

  function openRotate(coop) {
    state.rotating = coop;
    $("rotate-subject").textContent = `Replace the key of ${coop.name}? The key they use now stops working at once; the new one is shown once.`;
    $("rotate-error").hidden = true;
    $("rotate").showModal();
    $("rotate-cancel").focus();
  }

  async function rotate() {
    const coop = state.rotating;
    try {
      const replaced = await api(`/api/coops/${encodeURIComponent(coop.id)}/key`, { method: "POST" });
      $("rotate").close();
      showKey(`A new key for ${coop.name}`, coop.name, replaced.key, buttonOf(coop.id, "rotate"));
      await redraw();
    } catch (error) {
      dialogError($("rotate"), $("rotate-error"), error);
    }
  }

  // ---- Edit the contact ----

  async function openEdit(coop) {
    const current = await api(`/api/coops/${encodeURIComponent(coop.id)}`, { withHeaders: true });
    state.editing = { id: coop.id, etag: current.headers.get("ETag") };
    fillEdit(current.body);
    clearFieldErrors($("coop-edit-form"));
    $("coop-edit-conflict").hidden = true;
    $("coop-edit-error").hidden = true;
    $("coop-edit-reloaded").textContent = "";
    $("coop-edit").showModal();
    $("edit-name").focus();
  }

  function fillEdit(coop) {
    const form = $("coop-edit-form");
    form.elements.name.value = coop.name;
    form.elements.contactEmail.value = coop.contactEmail;
    form.elements.city.value = coop.city || "";
    form.elements.country.value = coop.country || "";
  }

  async function saveEdit(event) {
    event.preventDefault();
    const form = $("coop-edit-form");
    clearFieldErrors(form);
    $("coop-edit-error").hidden = true;
    const { id, etag } = state.editing;
    try {
      const saved = await api(`/api/coops/${encodeURIComponent(id)}`, { method: "PUT", body: readForm(form), headers: etag ? { "If-Match": etag } : {} });
      await load();
      closeEdit();
      showStatus(`Saved: ${saved.name}.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        $("coop-edit-conflict").hidden = false;
        $("coop-edit-reload").focus();
      } else if (error instanceof ApiProblem && Object.keys(error.fieldErrors).length) {
        showFieldErrors(form, error.fieldErrors, LABELS);
      } else {
        dialogError($("coop-edit"), $("coop-edit-error"), error);
      }
    }
  }

  // After a 412: take the current version's ETag, keep what was typed, and let the coordinator save again.
  async function reloadKeepingEdits() {
    const current = await api(`/api/coops/${encodeURIComponent(state.editing.id)}`, { withHeaders: true });
    state.editing.etag = current.headers.get("ETag");
    $("coop-edit-conflict").hidden = true;
    $("coop-edit-reloaded").textContent = `Reloaded: it now reads ${current.body.name}, ${current.body.contactEmail}. Your changes are still in the form; save to apply them.`;
    $("coop-edit-save").focus();
  }

  function closeEdit() {
    const id = state.editing && state.editing.id;
    state.editing = null;
    $("coop-edit").close();
    if (id) focusAfterDialog(buttonOf(id, "edit"));
  }

  $("coop-create").addEventListener("submit", create);
  $("key-shown-copy").addEventListener("click", copyShownKey);
  $("key-shown-close").addEventListener("click", closeShownKey);
  $("key-shown").addEventListener("cancel", (event) => {
    event.preventDefault();
    closeShownKey();
  });
  $("rotate-confirm").addEventListener("click", () => rotate());
  $("rotate-cancel").addEventListener("click", () => {
    $("rotate").close();
    focusAfterDialog(buttonOf(state.rotating.id, "rotate"));
  });
  $("coop-edit-form").addEventListener("submit", saveEdit);
  $("coop-edit-cancel").addEventListener("click", closeEdit);
  $("coop-edit-reload").addEventListener("click", () => reloadKeepingEdits().catch(handleError));
  $("coop-edit").addEventListener("cancel", (event) => {
    event.preventDefault();
    closeEdit();
  });

  Desk.register("coops", { load, reset: () => $("coop-rows").replaceChildren() });
})();
