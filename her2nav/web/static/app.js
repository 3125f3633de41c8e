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

// Extraction progress: ask the server every second and a half; reload when the run has ended.
function followProgress() {
  const box = document.querySelector("[data-progress-url]");
  if (!box) return;
  const tick = async () => {
    const answer = await fetch(box.dataset.progressUrl, { headers: { Accept: "application/json" } });
    if (!answer.ok) return;
    const state = await answer.json();
    box.textContent = state.label;
    if (state.finished) { location.reload(); return; }
    setTimeout(tick, 1500);
  };
  setTimeout(tick, 1000);
}

// Polling parts (the subset of HTMX's attributes the pages use, so the library can replace this):
// hx-get="URL" hx-trigger="every 2s" hx-swap="outerHTML". The part the server sends back carries the
// attributes again while there is something to follow, and without them once everything has ended.
function pollParts(root) {
  root.querySelectorAll("[hx-get][hx-trigger^='every ']").forEach((part) => {
    const seconds = parseFloat(part.getAttribute("hx-trigger").slice(6)) || 2;
    setTimeout(async () => {
      if (!part.isConnected) return;
      const answer = await fetch(part.getAttribute("hx-get"), { headers: { "HX-Request": "true" } });
      if (!answer.ok) return;
      const holder = document.createElement("div");
      holder.innerHTML = await answer.text();
      const fresh = holder.firstElementChild;
      if (!fresh) return;
      part.replaceWith(fresh);
      pollParts(fresh.parentElement || document);
    }, seconds * 1000);
  });
}

// A refused form: bring its list of problems into view and focus it, so that it is read out; after a
// saved one, the note that says so (the button pressed is gone with the part it was in).
function focusErrors(root, saved) {
  const box = root.querySelector("[data-focus-error]") || (saved ? root.querySelector("[data-focus-notice]") : null);
  if (box) box.focus();
}

// Parts whose forms post in place (data-replace-on-post): the form is sent with HX-Request, and the
// server answers with the part again (saved, or refused with the problems beside the fields), which
// takes the old one's place. Any other answer (the session ended, a refusal as a page) means nothing
// was changed: the form is then posted as usual, and the page shows what the server says.
function replaceOnPost(part) {
  part.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
    event.preventDefault();
    const body = new FormData(form);
    if (event.submitter && event.submitter.name) body.append(event.submitter.name, event.submitter.value);
    let fresh = null;
    try {
      const answer = await fetch(form.action, { method: "POST", body, headers: { "HX-Request": "true" } });
      const holder = document.createElement("div");
      holder.innerHTML = await answer.text();
      fresh = answer.redirected ? null : holder.querySelector("#" + part.id);
    } catch (_) { fresh = null; }
    if (!fresh) { form.submit(); return; }
    part.replaceWith(fresh);
    replaceOnPost(fresh); pollParts(fresh); viewerTimes(fresh); focusErrors(fresh, true);
  });
}

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
  keepDrafts(); enhanceUploads(); followProgress(); pollParts(document); focusErrors(document, false);
  viewerTimes(document); document.querySelectorAll("[data-replace-on-post]").forEach(replaceOnPost);
});
