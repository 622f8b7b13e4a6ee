/** The page asking for the PIN: plain HTML with its style inline and no script, answered with 401. */

export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

const STYLE = [
  "body{font-family:system-ui,sans-serif;background:#101418;color:#e8eaed;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}",
  "main{background:#1b2127;padding:2rem;border-radius:12px;max-width:22rem;width:90%;box-shadow:0 4px 24px #0008}",
  "h1{margin:0 0 .5rem;font-size:1.5rem}p{line-height:1.4;color:#b8bec6}",
  "label{display:block;margin:1rem 0 .3rem;font-weight:600}",
  "input{font-size:1.6rem;letter-spacing:.3em;width:100%;box-sizing:border-box;padding:.5rem;border-radius:8px;border:1px solid #4a5560;background:#0d1115;color:#fff}",
  "button{margin-top:1rem;width:100%;font-size:1.1rem;padding:.7rem;border:0;border-radius:8px;background:#2f81f7;color:#fff;cursor:pointer}",
  ".error{color:#ff8a80;font-weight:600}",
].join("");

/** `message` is shown above the form (a wrong PIN, a lock); "" for none. */
export function loginPage(message: string): string {
  const shown = message === "" ? "" : `<p class="error" role="alert">${escapeHtml(message)}</p>`;
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>CloudSync: enter the PIN</title>",
    `<style>${STYLE}</style></head><body><main>`,
    "<h1>CloudSync</h1>",
    "<p>Enter the PIN shown on the TV: <b>Settings → Add-ons → My add-ons → Services → CloudSync → Configure → Web page</b>.</p>",
    shown,
    '<form method="post" action="/login">',
    '<label for="pin">PIN</label>',
    '<input id="pin" name="pin" type="password" inputmode="numeric" autocomplete="off" maxlength="12" required autofocus>',
    '<button type="submit">Open</button>',
    "</form></main></body></html>",
  ].join("\n");
}
