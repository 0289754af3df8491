// The coordinator review page's frame: signing in with the coordinator key (kept in this tab's session
// storage only), the tabs (each added to Desk by its own script), and signing out when the key is refused.
"use strict";

(() => {
  const KEY_STORAGE = "coordinatorKey";
  const { $ } = Site;
  const { state, tabs, showStatus, handleError } = Desk;
  const names = () => [...tabs.keys()];

  function selectTab(name, focus = false) {
    for (const tab of names()) {
      const selected = tab === name;
      $(`tab-${tab}`).setAttribute("aria-selected", String(selected));
      $(`tab-${tab}`).tabIndex = selected ? 0 : -1;
      $(`panel-${tab}`).hidden = !selected;
    }

    if (focus) $(`tab-${name}`).focus();
    return tabs.get(name).load().catch(handleError);
  }

  // Arrow keys move between the tabs, Home and End to the first and last, as a tab list should.
  function onTabKey(event) {
    const all = names();
    const index = all.indexOf(event.target.id.replace(/^tab-/, ""));
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined) return;
    selectTab(all[(next + all.length) % all.length], true);
    event.preventDefault();
  }

  async function signIn(key) {
    state.key = key;
    Site.session.set(KEY_STORAGE, key);
    $("key-message").hidden = true;
    $("signin").hidden = true;
    $("app").hidden = false;
    await selectTab("review");
    if (state.key) $("tab-review").focus();
  }

  function signOut(message) {
    state.key = null;
    Site.session.remove(KEY_STORAGE);
    for (const dialog of document.querySelectorAll("dialog[open]")) dialog.close();
    for (const tab of tabs.values()) tab.reset();
    $("app").hidden = true;
    $("signin").hidden = false;
    showStatus("");
    $("key-message").textContent = message || "";
    $("key-message").hidden = !message;
    $("key").value = "";
    $("key").focus();
  }

  function start() {
    state.signOut = signOut;
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const key = $("key").value.trim();
      if (!key) {
        $("key-message").textContent = "Enter your coordinator key.";
        $("key-message").hidden = false;
        return;
      }

      signIn(key);
    });
    $("sign-out").addEventListener("click", () => signOut("The key is forgotten in this tab."));
    for (const name of names()) {
      $(`tab-${name}`).addEventListener("click", () => selectTab(name));
      $(`tab-${name}`).addEventListener("keydown", onTabKey);
    }

    const saved = Site.session.get(KEY_STORAGE);
    if (saved) signIn(saved);
    else $("key").focus();
  }

  Site.reportUnexpected(handleError);

  start();
})();
