// The set-up page in the browser: shows the settings and status the add-on serves and sends
// changes back. Every check is repeated by the add-on; these only save a round trip.
"use strict";

const SWITCHES = ["useTls", "syncWatched", "syncResume", "syncRatings", "syncFavorites", "syncFavoriteRemovals", "syncMusic"];
const TEXTS = ["brokerHost", "username", "deviceName", "syncGroup"];
const STATUS_REFRESH_MS = 3000;

let formToken = "";
let loaded = null;

function element(id) {
  return document.getElementById(id);
}

async function request(method, path, body) {
  const options = { method, headers: {}, credentials: "same-origin" };
  if (method !== "GET") {
    options.headers["X-CloudSync-Token"] = formToken;
  }
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  if (response.status === 401) {
    // The session ended (Kodi restarted, a new PIN): back to the PIN page.
    window.location.assign("/");
    throw new Error("not logged in");
  }
  let data;
  try {
    data = await response.json();
  } catch {
    data = { error: `The add-on answered ${response.status} without details.` };
  }
  return { status: response.status, data };
}

function showMessage(text, good) {
  const message = element("form-message");
  message.textContent = text;
  message.className = `form-message ${good ? "good" : "bad"}`;
  message.hidden = text === "";
}

function showFieldErrors(errors) {
  for (const paragraph of document.querySelectorAll(".field-error")) {
    const name = paragraph.dataset.for;
    paragraph.textContent = errors[name] || "";
    const input = element(name);
    if (input) {
      input.setAttribute("aria-invalid", errors[name] ? "true" : "false");
    }
  }
}

function fillForm(settings) {
  loaded = settings;
  element("forget-group-name").textContent = settings.syncGroup;
  for (const name of TEXTS) {
    element(name).value = settings[name];
  }
  element("brokerPort").value = String(settings.brokerPort);
  element("publishesPerSecond").value = String(settings.publishesPerSecond ?? 0);
  for (const name of SWITCHES) {
    element(name).checked = settings[name];
  }
  element("password").value = "";
  element("clearPassword").checked = false;
  element("password").placeholder = settings.passwordSet ? "•••••••• (saved)" : "no password saved";
  element("password-hint").textContent = settings.passwordSet ? "Leave empty to keep the saved password." : "Only if the broker asks for one.";
  element("clear-password-row").hidden = !settings.passwordSet;
  element("passphrase").value = "";
  element("clearPassphrase").checked = false;
  element("passphrase").placeholder = settings.passphraseSet ? "•••••••• (saved)" : "no passphrase: not encrypted";
  element("passphrase-hint").textContent = settings.passphraseSet
    ? "Leave empty to keep the saved passphrase. Every device of the group needs the same one."
    : "The same on every device: everything on the broker is then encrypted.";
  element("clear-passphrase-row").hidden = !settings.passphraseSet;
  updatePasswordNotice();
}

/** Whether saving now names another broker (host, port, TLS) without the password: the add-on then removes the saved one. */
function brokerChangedWithoutPassword() {
  if (loaded === null || !loaded.passwordSet || element("password").value !== "" || element("clearPassword").checked) {
    return false;
  }
  const host = element("brokerHost").value.trim().toLowerCase();
  const port = Number(element("brokerPort").value.trim());
  return host !== loaded.brokerHost.toLowerCase() || port !== loaded.brokerPort || element("useTls").checked !== loaded.useTls;
}

function updatePasswordNotice() {
  element("password-notice").hidden = !brokerChangedWithoutPassword();
}

/** The fields that differ from what was loaded, checked as the add-on will check them. */
function readChanges() {
  const changes = {};
  const errors = {};
  for (const name of TEXTS) {
    const value = element(name).value.trim();
    if (value !== loaded[name]) {
      changes[name] = value;
    }
  }
  if (changes.brokerHost !== undefined && changes.brokerHost.includes("://")) {
    errors.brokerHost = "Enter only the host name or address, without mqtt:// or https://";
  }
  if (element("syncGroup").value.trim() === "") {
    errors.syncGroup = "must not be empty";
  }
  const portText = element("brokerPort").value.trim();
  const port = Number(portText);
  if (portText === "" || !Number.isInteger(port) || port < 1 || port > 65535) {
    errors.brokerPort = "must be a whole number from 1 to 65535";
  } else if (port !== loaded.brokerPort) {
    changes.brokerPort = port;
  }
  const rateText = element("publishesPerSecond").value.trim();
  const rate = rateText === "" ? 0 : Number(rateText);
  if (!Number.isInteger(rate) || rate < 0 || rate > 1000) {
    errors.publishesPerSecond = "must be a whole number from 0 (no limit) to 1000";
  } else if (rate !== (loaded.publishesPerSecond ?? 0)) {
    changes.publishesPerSecond = rate;
  }
  for (const name of SWITCHES) {
    if (element(name).checked !== loaded[name]) {
      changes[name] = element(name).checked;
    }
  }
  const password = element("password").value;
  if (password !== "") {
    changes.password = password;
  }
  if (element("clearPassword").checked) {
    if (password !== "") {
      errors.password = "cannot set a new password and remove it at once";
    }
    changes.clearPassword = true;
  }
  const passphrase = element("passphrase").value;
  if (passphrase !== "") {
    changes.passphrase = passphrase;
  }
  if (element("clearPassphrase").checked) {
    if (passphrase !== "") {
      errors.passphrase = "cannot set a new passphrase and remove it at once";
    }
    changes.clearPassphrase = true;
  }
  return { changes, errors };
}

async function save(event) {
  event.preventDefault();
  const { changes, errors } = readChanges();
  showFieldErrors(errors);
  if (Object.keys(errors).length > 0) {
    showMessage("Some values are not valid. Nothing was changed.", false);
    return;
  }
  if (Object.keys(changes).length === 0) {
    showMessage("Nothing to save: no value was changed.", true);
    return;
  }
  element("save").disabled = true;
  const passwordRemoved = brokerChangedWithoutPassword();
  try {
    const { status, data } = await request("POST", "/api/settings", changes);
    if (status === 200) {
      fillForm(data.settings);
      showFieldErrors({});
      if (passwordRemoved && !data.settings.passwordSet) {
        showMessage("Saved. The password was removed, since it was entered for another broker: type it again if this one needs it.", true);
      } else {
        showMessage("Saved. CloudSync uses the new settings now.", true);
      }
      refreshStatus();
    } else {
      showFieldErrors(data.fields || {});
      showMessage(data.error || `Not saved (error ${status}).`, false);
    }
  } catch (error) {
    showMessage(`Not saved: ${error.message}`, false);
  } finally {
    element("save").disabled = false;
  }
}

function describeTime(milliseconds) {
  if (!milliseconds) {
    return "never";
  }
  const seconds = Math.max(0, Math.round((Date.now() - milliseconds) / 1000));
  if (seconds < 60) {
    return `${seconds} s ago`;
  }
  if (seconds < 3600) {
    return `${Math.round(seconds / 60)} min ago`;
  }
  return new Date(milliseconds).toLocaleString();
}

const CONNECTION_WORDS = {
  connected: "Connected to the broker",
  connecting: "Connecting to the broker…",
  disconnected: "Not connected",
  off: "Not syncing",
};

function showStatus(status) {
  const connection = element("connection");
  const words = CONNECTION_WORDS[status.connection] || status.connection;
  connection.textContent = status.reason && status.connection !== "connected" ? `${words}: ${status.reason}` : words;
  connection.className = `connection ${status.connection}`;
  element("status-broker").textContent = status.broker;
  element("status-last-sync").textContent = describeTime(status.lastSync);
  element("status-outbox").textContent = status.outbox === 1 ? "1 change" : `${status.outbox} changes`;
  const otherPassphrase = element("status-other-passphrase");
  otherPassphrase.textContent = status.otherPassphrase || "";
  otherPassphrase.hidden = !status.otherPassphrase;
  element("status-device").textContent = `${status.deviceId} (CloudSync ${status.version})`;
  const body = element("devices").querySelector("tbody");
  body.replaceChildren();
  if (status.devices.length === 0) {
    const row = body.insertRow();
    const cell = row.insertCell();
    cell.colSpan = 4;
    cell.textContent = "None known yet";
  }
  for (const device of status.devices) {
    const row = body.insertRow();
    row.dataset.device = device.id;
    row.insertCell().textContent = device.thisDevice ? `${device.name || device.id} (this one)` : device.name || device.id;
    const state = row.insertCell();
    state.textContent = device.online ? "online" : "offline";
    state.className = device.online ? "online" : "offline";
    row.insertCell().textContent = device.online ? "now" : describeTime(device.lastSeen);
    row.insertCell().textContent = device.version;
  }
}

async function refreshStatus() {
  try {
    const { status, data } = await request("GET", "/api/status");
    if (status === 200) {
      showStatus(data);
    }
  } catch {
    element("connection").textContent = "CloudSync's page does not answer (is Kodi running?)";
    element("connection").className = "connection disconnected";
  }
}

// Forget this group's data on the broker: the group named is the one the page shows (the saved
// settings); the add-on forgets only that group, and refuses if its settings name another.
async function forgetGroup() {
  const group = loaded ? loaded.syncGroup : "";
  const question =
    `Remove everything the sync group "${group}" keeps on the broker: its watched states, resume points, ratings, ` +
    "song play counts, favourites and device statuses? Devices that join later will not get this history. " +
    "The libraries on your devices are not changed.";
  if (group === "" || !window.confirm(question)) {
    return;
  }
  const message = element("forget-message");
  const button = element("forget-group");
  button.disabled = true;
  message.hidden = false;
  message.className = "form-message";
  message.textContent = "Removing the group's data from the broker…";
  try {
    const { status, data } = await request("POST", "/api/forget-group", { group });
    message.className = `form-message ${status === 200 ? "good" : "bad"}`;
    message.textContent =
      status === 200 ? `Removed ${data.removed} message(s) of group "${data.group}" from the broker.` : `Nothing more was removed: ${data.error}`;
  } catch {
    message.className = "form-message bad";
    message.textContent = "CloudSync's page does not answer (is Kodi running?)";
  } finally {
    button.disabled = false;
  }
}

async function logout() {
  await request("POST", "/logout");
  window.location.assign("/");
}

async function start() {
  const session = await request("GET", "/api/session");
  formToken = session.data.token;
  const settings = await request("GET", "/api/settings");
  fillForm(settings.data);
  element("settings").addEventListener("submit", save);
  for (const id of ["brokerHost", "brokerPort", "useTls", "password", "clearPassword"]) {
    element(id).addEventListener("input", updatePasswordNotice);
  }
  element("logout").addEventListener("click", logout);
  element("forget-group").addEventListener("click", forgetGroup);
  await refreshStatus();
  window.setInterval(refreshStatus, STATUS_REFRESH_MS);
}

start();
