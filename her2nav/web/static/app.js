// her2nav pages: small enhancements only. Every page reads and every form works without this file.
"use strict";

// Drafts: what is typed into a form is kept in this tab until the server has saved it, so that a
// session that ends mid-form loses nothing (sign in again and the values come back).
function draftKey(form) { return "her2nav-draft:" + form.getAttribute("action"); }
function keepDrafts() {
  const saved = new URLSearchParams(location.search).get("saved");
  if (saved) sessionStorage.removeItem("her2nav-draft:" + saved);
  document.querySelectorAll("form[data-draft]").forEach((form) => {
    const stored = sessionStorage.getItem(draftKey(form));
    if (stored && !form.hasAttribute("data-has-errors")) {
      const values = JSON.parse(stored);
      let restored = false;
      for (const [name, value] of Object.entries(values)) {
        const field = form.elements.namedItem(name);
        if (field && "value" in field && field.type !== "hidden" && field.value !== value) {
          field.value = value; restored = true;
        }
      }
      const note = form.querySelector("[data-draft-note]");
      if (restored && note) note.hidden = false;
    }
    form.addEventListener("input", () => {
      const values = {};
      for (const field of form.elements) {
        if (field.name && field.type !== "hidden" && field.type !== "file" && field.type !== "password" && "value" in field) {
          values[field.name] = field.value;
        }
      }
      sessionStorage.setItem(draftKey(form), JSON.stringify(values));
    });
  });
}

// Upload: drag and drop onto the file field's box; sent with the API (progress shown in words).
function enhanceUploads() {
  document.querySelectorAll("form.upload").forEach((form) => {
    const zone = form.querySelector("[data-dropzone]");
    const input = form.querySelector("input[type=file]");
    const status = form.querySelector("[data-upload-status]");
    if (!zone || !input) return;
    ["dragenter", "dragover"].forEach((t) => zone.addEventListener(t, (e) => { e.preventDefault(); zone.classList.add("over"); }));
    ["dragleave", "drop"].forEach((t) => zone.addEventListener(t, () => zone.classList.remove("over")));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; form.requestSubmit(); }
    });
    form.addEventListener("submit", async (e) => {
      if (!input.files.length) return;
      e.preventDefault();
      const body = new FormData();
      body.append("file", input.files[0]);
      if (status) status.textContent = form.dataset.sending || "…";
      const answer = await fetch(form.dataset.api, { method: "POST", body, headers: { "X-CSRF-Token": form.dataset.csrf } });
      if (answer.status === 201) { const doc = await answer.json(); location.assign("/documents/" + doc.id); return; }
      if (answer.status === 401) { location.assign("/login?next=" + encodeURIComponent(location.pathname)); return; }
      let message = "HTTP " + answer.status;
      try { const problem = await answer.json(); message = typeof problem.detail === "string" ? problem.detail : problem.detail.map((p) => p.message).join("; "); } catch (_) { /* keep the status */ }
      if (status) status.textContent = message;
    });
  });
}

// Polling parts (hx-get + hx-trigger "every 2s"), the document's progress and the forms that post in
// place are htmx's (/static/vendor/htmx.min.js, configured in base.html's htmx-config). What follows is
// ours: what a part that posts in place does with an answer that is not the part, and the focus.

// A form in a part that posts in place (data-replace-on-post): an answer without the part (the session
// ended and sign-in answered, a refusal as a page) means nothing was changed; the form is then posted
// as usual, and the page shows what the server says.
document.addEventListener("htmx:beforeSwap", (event) => {
  const { target, xhr, requestConfig } = event.detail;
  const elt = requestConfig.elt;  // the form that asked (detail.elt is the target the event is on)
  if (!(elt instanceof HTMLFormElement) || requestConfig.verb !== "post") return;
  const part = elt.closest("[data-replace-on-post]");
  if (!part || !part.id) return;
  const answer = new DOMParser().parseFromString(xhr.responseText, "text/html");
  if (event.detail.shouldSwap && target === part && answer.getElementById(part.id)) return;
  event.detail.shouldSwap = false;
  event.preventDefault();
  elt.submit();
});
document.addEventListener("htmx:sendError", (event) => {  // no answer at all: post as usual
  const elt = event.detail.elt;
  if (elt instanceof HTMLFormElement && elt.closest("[data-replace-on-post]")) elt.submit();
});

// A refused form: bring its list of problems into view and focus it, so that it is read out; after a
// saved one, the note that says so (the button pressed is gone with the part it was in).
function focusErrors(root, saved) {
  const box = root.querySelector("[data-focus-error]") || (saved ? root.querySelector("[data-focus-notice]") : null);
  if (box) box.focus();
}

// A part swapped in after a post: its times in the viewer's zone, and the focus as above.
document.addEventListener("htmx:afterSwap", (event) => {
  if (event.detail.requestConfig.verb !== "post") return;
  const part = document.getElementById(event.detail.target.id);
  if (part) { viewerTimes(part); focusErrors(part, true); }
});

// Appointment times: also in the viewer's own time zone (the page shows the place's time and UTC).
function viewerTimes(root) {
  root.querySelectorAll("time[data-viewer-time]").forEach((el) => {
    const moment = new Date(el.getAttribute("datetime"));
    if (isNaN(moment)) return;
    const shown = moment.toLocaleString(document.documentElement.lang || undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
    el.insertAdjacentText("afterend", " · " + (el.dataset.label || "") + ": " + shown);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  keepDrafts(); enhanceUploads(); focusErrors(document, false); viewerTimes(document);
});
