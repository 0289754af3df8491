// What every tab of the coordinator review page shares: the coordinator key, calls to the API with it,
// the status line and errors in words, and the registry of tabs. Each tab's script adds itself here; review.js
// signs in and switches between them.
"use strict";

window.Desk = (() => {
  const state = { key: null, signOut: () => {} };
  const tabs = new Map();

  class KeyRefused extends Error {}

  // A problem+json answer (or anything else) in words a coordinator can act on, with the field errors kept.
  class ApiProblem extends Error {
    constructor(status, message, fieldErrors = {}) {
      super(message);
      this.status = status;
      this.fieldErrors = fieldErrors;
    }
  }

  // The shared Site.api() with the coordinator key; a refused key signs out, any other failure is an ApiProblem.
  // Answers the body, or {body, headers} with withHeaders (for an ETag).
  async function api(path, options = {}) {
    const answer = await Site.api(options.method || "GET", path, options.body, state.key, options.headers);
    if (answer.status === 0) {
      throw new ApiProblem(0, "The API could not be reached. Check your connection and try again.");
    }

    if (answer.status === 401 || answer.status === 403) {
      throw new KeyRefused("That key was not accepted. Check it and enter it again.");
    }

    if (!answer.ok) {
      const fields = Object.entries(answer.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
      throw new ApiProblem(answer.status, [answer.message, ...fields].join(" "), answer.fieldErrors);
    }

    return options.withHeaders ? { body: answer.body, headers: answer.headers } : answer.body;
  }

  const showStatus = (message, isError = false) => Site.announce(message, isError);

  function handleError(error) {
    if (error instanceof KeyRefused) {
      state.signOut(error.message);
      return;
    }

    showStatus(error instanceof ApiProblem ? error.message : `Something went wrong on this page: ${error.message}`, true);
  }

  // Shows an error inside an open dialog (its alert paragraph), unless the key was refused: that signs out.
  function dialogError(dialog, region, error) {
    if (error instanceof KeyRefused) {
      dialog.close();
      handleError(error);
      return;
    }

    region.textContent = error.message;
    region.hidden = false;
  }

  const when = (value) => (value ? new Date(value).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "");

  // register(name, {load}): a tab whose load() runs each time it is selected.
  const register = (name, tab) => tabs.set(name, tab);

  return { state, tabs, register, api, showStatus, handleError, dialogError, when, KeyRefused, ApiProblem };
})();
