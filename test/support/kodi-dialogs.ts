/**
 * Kodi's Yes/No questions, read and answered as a user does with the remote (Left moves to Yes,
 * Select presses it; Back answers No). Kodi 20 asks "Disabled add-ons: Would you like to enable
 * this add-on?" at start for every add-on it finds unpacked in its folder, and those questions
 * take the remote's keys until they are answered.
 */
import { KodiInstance } from "./kodi";
import { waitFor } from "./process";

export interface YesNoQuestion {
  heading: string;
  text: string;
}

/** Whether Kodi's window or dialog of this name (okdialog, addonsettings, virtualkeyboard…) is the active one. */
export async function windowActive(kodi: KodiInstance, window: string): Promise<boolean> {
  const condition = `Window.IsActive(${window})`;
  const flags = await kodi.rpc<Record<string, boolean>>("XBMC.GetInfoBooleans", { booleans: [condition] });
  return flags[condition] === true;
}

/** The label of the control that has the focus ("Device name", "OK", …). */
export async function focusedControl(kodi: KodiInstance): Promise<string> {
  return (await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["System.CurrentControl"] }))["System.CurrentControl"] ?? "";
}

/** The heading and text of Kodi's dialog `window` (yesnodialog, okdialog) on screen, or undefined when it is not shown. */
async function dialogText(kodi: KodiInstance, window: string): Promise<YesNoQuestion | undefined> {
  if (!(await windowActive(kodi, window))) {
    return undefined;
  }
  // Kodi 20's DialogConfirm: the heading is control 1, the text control 9.
  const labels = await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["Control.GetLabel(1)", "Control.GetLabel(9)"] });
  return { heading: labels["Control.GetLabel(1)"] ?? "", text: labels["Control.GetLabel(9)"] ?? "" };
}

/** The Yes/No question on screen, or undefined when there is none. */
export function yesNoQuestion(kodi: KodiInstance): Promise<YesNoQuestion | undefined> {
  return dialogText(kodi, "yesnodialog");
}

/** The OK dialog on screen (heading and text, as the user reads them), or undefined when there is none. */
export function okDialog(kodi: KodiInstance): Promise<YesNoQuestion | undefined> {
  return dialogText(kodi, "okdialog");
}

/** Waits for a question with this heading and answers Yes. */
export async function answerYes(kodi: KodiInstance, heading: string): Promise<YesNoQuestion> {
  const question = await waitFor(
    `Kodi to ask "${heading}"`,
    async () => {
      const shown = await yesNoQuestion(kodi);
      return shown?.heading === heading ? shown : undefined;
    },
    30_000,
  );
  await kodi.rpc("Input.Left");
  await kodi.rpc("Input.Select");
  await waitFor(`the "${heading}" question to close`, async () => (await yesNoQuestion(kodi))?.text !== question.text, 10_000);
  return question;
}

/** How long a dialog's text may lag behind the dialog after Kodi reopens it for the next question. */
const STALE_TEXT_MS = 2_000;

/**
 * Answers Kodi's start-up "enable this add-on?" questions: Yes for each add-on named in `enable`
 * (all must be asked about within 30 s), No for the others (Kodi's own, such as visualisations).
 * Returns the answers once every named add-on was answered and no question came for `quietMs`.
 */
export async function answerAddonQuestions(kodi: KodiInstance, enable: string[], quietMs = 1_500): Promise<string[]> {
  const answered: string[] = [];
  const pending = new Set(enable);
  const deadline = Date.now() + 30_000;
  let quietSince = Date.now();
  let lastAnswered = "";
  while (pending.size > 0 || Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) {
      throw new Error(`Kodi did not ask whether to enable ${[...pending].join(", ")} (answered: ${answered.join("; ") || "nothing"})`);
    }
    const question = await yesNoQuestion(kodi);
    // Kodi reuses its Yes/No dialog: for a moment after the next question opens, its text control
    // can still hold the question just answered. Such a read is not a new question.
    const stale = question !== undefined && question.text === lastAnswered && Date.now() - quietSince < STALE_TEXT_MS;
    if (question === undefined || question.heading !== "Disabled add-ons" || stale) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    const name = enable.find((candidate) => question.text.split("\n").includes(candidate));
    if (name !== undefined) {
      pending.delete(name);
      await kodi.rpc("Input.Left");
      await kodi.rpc("Input.Select");
    } else {
      await kodi.rpc("Input.Back");
    }
    answered.push(`${name !== undefined ? "yes" : "no"}: ${question.text.split("\n").slice(1).join(" ")}`);
    await waitFor("the question to close", async () => (await yesNoQuestion(kodi))?.text !== question.text, 10_000);
    lastAnswered = question.text;
    quietSince = Date.now();
  }
  return answered;
}

/** Moves down the focused list until the item with this label has the focus, then presses Select. */
export async function selectListItem(kodi: KodiInstance, label: string, maxSteps = 40): Promise<void> {
  const focused = async (): Promise<string> =>
    (await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["ListItem.Label"] }))["ListItem.Label"] ?? "";
  const seen: string[] = [];
  for (let step = 0; step <= maxSteps; step++) {
    const current = await waitFor("a focused list item", async () => (await focused()) || undefined, 10_000);
    if (current === label) {
      await kodi.rpc("Input.Select");
      return;
    }
    if (seen.includes(current) && seen.length > 1 && current === seen[0]) {
      break; // the list wrapped around without the label
    }
    seen.push(current);
    await kodi.rpc("Input.Down");
    await waitFor("the focus to move", async () => (await focused()) !== current, 5_000);
  }
  throw new Error(`no list item "${label}" (saw: ${seen.join(", ")})`);
}

async function currentWindow(kodi: KodiInstance): Promise<string> {
  return (await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["System.CurrentWindow"] }))["System.CurrentWindow"] ?? "";
}

/**
 * Settings → Add-ons → Install from zip file → the source → the zip, as with the remote (Kodi's
 * "Unknown sources" must be on). Kodi's installer does the rest in the background.
 */
export async function installFromZipFile(kodi: KodiInstance, sourceName: string, zipName: string): Promise<void> {
  await kodi.rpc("GUI.ActivateWindow", { window: "addonbrowser", parameters: ["addons://"] });
  await waitFor("the add-on browser", async () => (await currentWindow(kodi)) === "Add-on browser", 10_000);
  await selectListItem(kodi, "Install from zip file");
  const next = await waitFor(
    "the file browser",
    async () => {
      const window = await currentWindow(kodi);
      return window === "File browser" || window === "Yes / No dialog" ? window : undefined;
    },
    10_000,
  );
  if (next === "Yes / No dialog") {
    // Kodi 19 first warns that add-ons installed from a zip do not update themselves (Kodi 20 and
    // 21 do not ask): the user answers Yes.
    await focusControl(kodi, "Yes", "Input.Left");
    await kodi.rpc("Input.Select");
    await waitFor("the file browser", async () => (await currentWindow(kodi)) === "File browser", 10_000);
  }
  await selectListItem(kodi, sourceName);
  await waitFor(
    `the files of ${sourceName}`,
    async () => {
      const labels = await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["Container.NumItems"] });
      return Number(labels["Container.NumItems"] ?? "0") >= 1;
    },
    15_000,
  );
  await selectListItem(kodi, zipName);
}

/**
 * Moves the focus with `key` (Input.Left, Input.Right…) until the control labelled `label` has it
 * (a toggle button's label carries its state after it, "Install ( )": that part is left out).
 */
export async function focusControl(kodi: KodiInstance, label: string, key = "Input.Right", maxSteps = 12): Promise<void> {
  const seen: string[] = [];
  for (let step = 0; step <= maxSteps; step++) {
    const current = await focusedControl(kodi);
    if (current.replace(/ \([^()]*\)$/, "") === label) {
      return;
    }
    seen.push(current);
    await kodi.rpc(key);
    await waitFor("the focus to move", async () => (await focusedControl(kodi)) !== current, 5_000).catch(() => undefined);
  }
  throw new Error(`no control "${label}" could take the focus (saw: ${seen.join(", ")})`);
}

/**
 * Settings → Add-ons → Install from repository → the repository → the category → the add-on →
 * Install, as with the remote (the README's words). Kodi's installer does the rest in the background.
 */
export async function installFromRepository(kodi: KodiInstance, repositoryName: string, category: string, addonName: string): Promise<void> {
  const folder = async (): Promise<string> =>
    (await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["Container.FolderPath"] }))["Container.FolderPath"] ?? "";
  /** Selects a folder in the list and waits until Kodi lists its contents. */
  const open = async (label: string): Promise<void> => {
    const before = await folder();
    await selectListItem(kodi, label);
    await waitFor(
      `"${label}" to open`,
      async () =>
        (await folder()) !== before &&
        (await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["Container.NumItems"] }))["Container.NumItems"] !== "0",
      15_000,
    );
  };
  await kodi.rpc("GUI.ActivateWindow", { window: "addonbrowser", parameters: ["addons://"] });
  await waitFor("the add-on browser", async () => (await currentWindow(kodi)) === "Add-on browser" && (await folder()) === "addons://", 10_000);
  await open("Install from repository");
  await open(repositoryName);
  await open(category);
  await selectListItem(kodi, addonName);
  await waitFor(`${addonName}'s information dialog`, () => windowActive(kodi, "addoninformation"), 10_000);
  await focusControl(kodi, "Install");
  await kodi.rpc("Input.Select");
}

/**
 * Settings → Add-ons → My add-ons → Services → the add-on → Configure, as with the remote: Kodi's
 * own way into an add-on's settings (GUI.ActivateWindow of addonsettings shows an empty dialog).
 */
export async function openAddonSettings(kodi: KodiInstance, addonName: string, category = "Services"): Promise<void> {
  const folder = async (): Promise<string> =>
    (await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["Container.FolderPath"] }))["Container.FolderPath"] ?? "";
  const open = async (label: string): Promise<void> => {
    const before = await folder();
    await selectListItem(kodi, label);
    await waitFor(`"${label}" to open`, async () => (await folder()) !== before, 15_000);
  };
  await kodi.rpc("GUI.ActivateWindow", { window: "addonbrowser", parameters: ["addons://"] });
  await waitFor("the add-on browser", async () => (await currentWindow(kodi)) === "Add-on browser" && (await folder()) === "addons://", 10_000);
  await open("My add-ons");
  await open(category);
  await selectListItem(kodi, addonName);
  await waitFor(`${addonName}'s information dialog`, () => windowActive(kodi, "addoninformation"), 10_000);
  await focusControl(kodi, "Configure");
  await kodi.rpc("Input.Select");
  await waitFor(`${addonName}'s settings`, () => windowActive(kodi, "addonsettings"), 10_000);
}

/** Back, as with the remote, until neither the add-on's settings nor its information dialog is open. */
export async function closeAddonSettings(kodi: KodiInstance): Promise<void> {
  await waitFor(
    "the settings and the add-on's information to close",
    async () => {
      if ((await windowActive(kodi, "addonsettings")) || (await windowActive(kodi, "addoninformation"))) {
        await kodi.rpc("Input.Back"); // a dialog still opening may miss one: pressed again next round
        return false;
      }
      return true;
    },
    15_000,
    1_000,
  );
}
