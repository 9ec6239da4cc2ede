// The Convertible notes page in the browser: the audit package downloads
// with feedback while it builds and errors in plain words, and a what-if
// result is brought into view beside its form.

/**
 * The file name a response asks for (Content-Disposition), or a fallback.
 * @param {Response} response
 * @param {string} fallback
 * @returns {string}
 */
function downloadName(response, fallback) {
  const header = response.headers.get("Content-Disposition") ?? "";
  const match = /filename="?([^";]+)"?/.exec(header);
  return match?.[1] ?? fallback;
}

/**
 * The message of a refused request: the server's words, else its status.
 * @param {Response} response
 * @returns {Promise<string>}
 */
async function refusal(response) {
  try {
    const body = await response.json();
    if (body && typeof body.error === "string") {
      return body.error;
    }
  } catch {
    // not JSON: fall through to the status line
  }
  return `The server answered ${response.status} ${response.statusText}.`;
}

/**
 * Build the package on the server and save it, saying what happens.
 * @param {HTMLFormElement} form
 */
async function download(form) {
  const status = form.querySelector(".audit-status");
  const button = form.querySelector('button[type="submit"]');
  const say = (/** @type {string} */ text, /** @type {string} */ kind) => {
    if (status) {
      status.textContent = text;
      status.className = `audit-status ${kind}`;
    }
  };
  const url = new URL(form.action, window.location.href);
  for (const [name, value] of new FormData(form)) {
    url.searchParams.set(name, String(value));
  }
  if (button instanceof HTMLButtonElement) button.disabled = true;
  say("Building the audit package… this can take a few seconds.", "building");
  try {
    const response = await fetch(url);
    if (!response.ok) {
      say(`Not built: ${await refusal(response)}`, "refused");
      return;
    }
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = downloadName(response, "audit-package.zip");
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
    say(`Saved ${link.download}.`, "done");
  } catch (error) {
    say(`Not built: the server could not be reached (${String(error)}).`, "refused");
  } finally {
    if (button instanceof HTMLButtonElement) button.disabled = false;
  }
}

/** Scroll the what-if result (or its heading) into view after Compute. */
function showWhatIf() {
  const result = document.querySelector(".what-if-answer");
  if (result instanceof HTMLElement) {
    result.scrollIntoView({ block: "center" });
  }
}

export default {
  onExtensionPageLoad() {
    for (const form of document.querySelectorAll("form.audit-package")) {
      if (!(form instanceof HTMLFormElement)) continue;
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        void download(form);
      });
    }
    showWhatIf();
  },
};
