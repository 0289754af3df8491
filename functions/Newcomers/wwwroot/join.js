// The join page: the profile form, sent to POST /api/profiles. The server decides what is valid; its field
// errors appear at their fields. What is typed survives a failed send and a reload (session storage; the
// form holds no secrets). After 201 the page says only "check your email": it ignores the owner token in
// the answer and never says whether the address already had a profile. Free text that looks like sensitive
// information gets a warning at its field while the person types, and the server's warnings are listed after
// sending; nothing is refused for it.
"use strict";

(() => {
  const { $, api, announce, session, showFieldErrors, clearFieldErrors } = Site;
  const DRAFT = "joinDraft";
  const form = $("profile-form");
  const profile = Site.profileForm($("profile-fields"), { emailHelp: "We send a link to confirm it. It is never shown to anyone until you agree to an introduction." });
  Site.consentFields($("consent-fields"));
  const warnings = SpecialTerms.watch(form, $("warning-status"));
  const LABELS = { location: "Where you work", incomeTarget: "Monthly income", consent: "What you agree to", body: "The form" };

  function saveDraft() {
    session.set(DRAFT, profile.read());
  }

  async function send(event) {
    event.preventDefault();
    const body = profile.read();
    saveDraft();
    $("send").disabled = true;
    announce("Sending your profile…");
    const answer = await api("POST", "/api/profiles", body);
    $("send").disabled = false;
    if (answer.status === 201) {
      const saved = answer.body && Array.isArray(answer.body.warnings) ? answer.body.warnings : [];
      const kept = saved.length ? await SpecialTerms.summary(form, saved) : [];
      session.remove(DRAFT);
      clearFieldErrors(form);
      warnings.clear();
      form.reset();
      $("done-warning-list").replaceChildren(...kept);
      $("done-warnings").hidden = kept.length === 0;
      $("form-view").hidden = true;
      $("done-view").hidden = false;
      $("done-heading").focus();
      return;
    }

    if (answer.status === 400 && Object.keys(answer.fieldErrors).length) {
      const count = showFieldErrors(form, answer.fieldErrors, LABELS);
      announce(`${count === 1 ? "One answer needs" : `${count} answers need`} a change before we can save your profile. Nothing else is lost.`, true);
      return;
    }

    clearFieldErrors(form);
    announce(`Your profile was not sent. ${answer.message}`, true);
  }

  const draft = session.get(DRAFT);
  if (draft) {
    profile.fill(draft);
    warnings.check(false);
  }

  form.addEventListener("input", saveDraft);
  form.addEventListener("change", saveDraft);
  form.addEventListener("submit", send);
  Site.reportUnexpected((error) => announce(`Something went wrong on this page: ${error.message}. What you typed is kept.`, true));
})();
