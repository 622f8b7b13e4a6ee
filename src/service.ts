/**
 * The service: the composition root. It builds the adapters to Kodi and the broker, drains what
 * Kodi's callbacks, Paho's thread and the web page's threads queued, hands each event to the sync
 * session with the time, and has the effects carried out. It runs on Kodi's service thread; the
 * other threads only queue. docs/architecture.md shows the layers.
 */

import { derive_group_keys } from "cloudsync_host/crypto";
import { KodiEvent } from "cloudsync_host/monitor";
import { answerTestConnectionButton } from "./connection-test";
import { take_forget_group_request } from "cloudsync_host/ui";
import { ADDON_ID, FORGET_GROUP_METHOD, PUBLISH_ALL_METHOD, TEST_CONNECTION_METHOD } from "./contract";
import { FavouritesStore } from "./core/favourites-store";
import { GroupCipher } from "./core/group-cipher";
import { ForgetOutcome } from "./core/group-forget";
import { GroupSession } from "./core/group-session";
import { LoopSchedule } from "./core/loop-schedule";
import { LibraryStore } from "./core/library-store";
import { parseLibraryUpdate } from "./core/library-update";
import { SessionEffect } from "./core/session-effects";
import { SongStore } from "./core/song-store";
import { parseSongUpdate } from "./core/song-update";
import { CloudSyncSettings } from "./core/settings";
import { WebAccess } from "./core/web-access";
import { announcesWrites } from "./core/write-announcement";
import { BrokerLink } from "./broker-link";
import { CatchUpDisplay } from "./catch-up-display";
import { EffectRunner } from "./effect-runner";
import { forgetConfirmedGroup } from "./forget-group-action";
import { KodiEventBacklog } from "./kodi-event-backlog";
import { KodiWriter } from "./kodi/kodi-writer";
import { describeError, logError, logInfo, logUnexpectedError } from "./log";
import { RepeatedErrors } from "./core/repeated-errors";
import { OutboxFile } from "./outbox-file";
import { publishAllFavourites } from "./publish-all";
import { SettingsChange, SettingsWatcher } from "./settings-watcher";
import { StatusDisplay } from "./status-display";
import { WebApp } from "./web/web-app";
import { WebContext } from "./web/web-context";
import { WebPageServer } from "./web/web-page-server";

/** Messages applied per round, so a flood of retained states never freezes the loop. */
const MESSAGES_PER_ROUND = 200;
/**
 * Time for Kodi's events per round (src/kodi-event-backlog.ts): a burst of library changes, each
 * read back from Kodi (15–300 ms with Kodi busy), leaves the broker's side of the loop its turn,
 * for a publish rate limit's 10 a second at least every round.
 */
const KODI_EVENTS_MILLISECONDS_PER_ROUND = 100;

/** Kodi's side: its callbacks and JSON-RPC stream (queued), and the wait that lets Kodi deliver them. */
export interface KodiEventSource {
  start(): void;
  stop(): void;
  /** Waits up to `seconds`; true when Kodi asks the service to stop. */
  wait(seconds: number): boolean;
  /** True when a change made in Kodi wakes the service at once (its JSON-RPC stream is open). */
  changesWakeTheService(): boolean;
  /** True when something waits to be handled (the wait was cut short, or Kodi queued an event). */
  anything_queued(): boolean;
  take_events(): KodiEvent[];
}

/** Everything the service touches, built by main.ts for Kodi; tests can pass in-memory ones. */
export interface ServiceAdapters {
  kodi: KodiEventSource;
  broker: BrokerLink;
  library: LibraryStore;
  favourites: FavouritesStore;
  songs: SongStore;
  outboxFile: OutboxFile;
  webPage: WebPageServer;
  /** The Status lines of the settings and the notifications about sync's health. */
  statusDisplay: StatusDisplay;
  /** The add-on's version and folder (Addon().getAddonInfo). */
  version: string;
  addonPath: string;
  /** Kodi's and Python's versions, for the start line of the log ("Kodi 19.1, Python 3.9.2"). */
  runningOn: string;
  clock: () => number;
  /** Tells the settings buttons whether the service runs (a window property). */
  setRunning: (running: boolean) => void;
}

export class Service {
  private readonly settings: SettingsWatcher;
  private readonly session: GroupSession;
  private readonly runner: EffectRunner;
  private readonly webAccess: WebAccess = new WebAccess();
  private readonly webApp: WebApp;
  private readonly repeatedErrors = new RepeatedErrors();
  private readonly schedule: LoopSchedule = new LoopSchedule();
  /** True when the last round left messages or Kodi's events queued (a burst): the next round follows at once. */
  private backlog = false;
  private readonly kodiEvents: KodiEventBacklog = new KodiEventBacklog();
  private readonly catchUpDisplay: CatchUpDisplay = new CatchUpDisplay();
  /** The broker's answers to our publications counted so far (the shim's count restarts with each configure). */
  private answersSeen = 0;
  /** The group's keys in use (null without a passphrase): Forget this group's data needs them too. */
  private cipher: GroupCipher | null;

  constructor(private readonly adapters: ServiceAdapters) {
    const now = adapters.clock();
    this.settings = new SettingsWatcher(now);
    this.session = new GroupSession(this.settings.current, adapters.version);
    this.cipher = this.cipherFor(this.settings.current);
    this.session.useCipher(this.cipher, false);
    this.runner = new EffectRunner(
      this.session,
      adapters.broker,
      adapters.library,
      adapters.favourites,
      new KodiWriter(adapters.library, adapters.favourites),
      adapters.outboxFile,
      adapters.clock,
      (notice) => adapters.statusDisplay.notify(notice),
      adapters.songs,
    );
    this.webAccess.setPin(this.settings.current.webPin);
    const context = new WebContext(this.settings, this.session, adapters.version, adapters.addonPath, adapters.clock, (group: string) =>
      this.forgetGroup(group),
    );
    this.webApp = new WebApp(this.webAccess, context);
  }

  run(): void {
    const adapters = this.adapters;
    const settings = this.settings.current;
    logInfo(`CloudSync ${adapters.version} starting as device ${settings.deviceId} on ${adapters.runningOn}`);
    logInfo(`MQTT client: paho-mqtt from ${adapters.broker.connection.paho_location()}`);
    this.carryOut(this.session.start(adapters.outboxFile.read(), adapters.clock()));
    this.connectBroker();
    adapters.webPage.apply(settings.webEnabled, settings.webPort, adapters.clock());
    adapters.setRunning(true);
    adapters.kodi.start();
    // The thread sleeps until a timer falls due or another thread queues something, waking at
    // least every CALLBACK_WAIT_MILLISECONDS for Kodi's callbacks (core/loop-schedule.ts).
    while (!adapters.kodi.wait(this.schedule.waitSeconds(adapters.clock(), adapters.kodi.changesWakeTheService(), this.backlog))) {
      // Most waits end with nothing to do: the round runs when something was queued, messages are
      // left from a burst, or a timer is due.
      if (this.backlog || adapters.kodi.anything_queued() || this.schedule.timersDue(adapters.clock())) {
        this.runRound();
      }
    }
    adapters.setRunning(false);
    this.stop();
  }

  /** One pass over everything queued; a failure in one step is logged and the service goes on. */
  private runRound(): void {
    const adapters = this.adapters;
    try {
      // Settings saved and the settings buttons go before a burst of library changes: a user waits for them.
      this.kodiEvents.add(adapters.kodi.take_events(), (event) => event.kind === "settings_changed" || event.sender === ADDON_ID);
      this.kodiEvents.handleWithin(KODI_EVENTS_MILLISECONDS_PER_ROUND, adapters.clock, (event) => this.handleKodiEventSafely(event));
      adapters.webPage.serve(this.webApp, adapters.clock());
      const connection = adapters.broker.connection;
      for (const change of connection.take_connection_changes()) {
        const now = adapters.clock();
        if (change.connected) {
          adapters.broker.connected();
        }
        this.carryOut(change.connected ? this.session.brokerConnected(change.reason, now) : this.session.brokerDisconnected(change.reason, now));
      }
      // Under a publish rate limit a publication's place in the window counts from its answer (core/publish-pacing.ts).
      const answers = connection.acknowledgements();
      const answered = answers.published + answers.refused;
      const fresh = answered >= this.answersSeen ? answered - this.answersSeen : answered;
      this.answersSeen = answered;
      if (fresh > 0) {
        this.carryOut(this.session.publicationsAnswered(fresh, adapters.clock()));
      }
      const messages = connection.take_messages(MESSAGES_PER_ROUND);
      this.backlog = messages.length === MESSAGES_PER_ROUND || this.kodiEvents.waiting > 0;
      adapters.library.announceWatchedWrites(announcesWrites(messages.length, connection.waiting_count(), this.session.catchingUp));
      try {
        for (const message of messages) {
          this.carryOut(this.session.messageReceived(message, adapters.clock()));
        }
      } finally {
        adapters.library.announceWatchedWrites(false);
      }
      this.catchUpDisplay.round(messages.length, connection.waiting_count(), adapters.clock());
      const now = adapters.clock();
      if (this.schedule.timersDue(now)) {
        this.schedule.runTimers(now, adapters.clock, () => {
          const change = this.settings.poll(now);
          if (change !== null) {
            this.applySettingsChange(change);
          }
          this.carryOut(this.session.tick(now));
          adapters.statusDisplay.refresh(this.session.status(), this.settings.current, now);
          return this.timersWantedAt();
        });
      }
    } catch (error) {
      this.logRoundError(error);
    }
    try {
      this.carryOut(this.session.endRound());
      // What this round's events started (a web page save, publications held by a rate limit, a catch-up) brings the timers forward.
      this.schedule.timersWanted(this.adapters.clock(), this.timersWantedAt());
    } catch (error) {
      this.logRoundError(error);
    }
  }

  /** When the settings watcher, the session or the web page (logins waiting for their PIN check) next has timed work. */
  private timersWantedAt(): number {
    return Math.min(this.settings.nextPollAt(), this.session.nextTickAt(this.adapters.clock()), this.adapters.webPage.nextServeAt(this.webApp));
  }

  /** In full the first time, then a line per interval while the same error repeats (core/repeated-errors.ts). */
  private logRoundError(error: unknown): void {
    const message = describeError(error);
    const decision = this.repeatedErrors.decide(message, this.adapters.clock());
    if (decision.kind === "full") {
      if (decision.notLogged > 0) {
        logError(`${decision.notLogged} other unexpected error(s) since the last one logged were not logged in full (too many)`);
      }
      logUnexpectedError("unexpected error, carrying on", error);
    } else if (decision.kind === "summary") {
      logError(`the same unexpected error ${decision.repeats} more time(s) in the last ${decision.seconds} s, carrying on: ${message}`);
    }
  }

  /** One event's failure is logged and the events after it, and the rest of the round, still run. */
  private handleKodiEventSafely(event: KodiEvent): void {
    try {
      this.handleKodiEvent(event);
    } catch (error) {
      this.logRoundError(error);
    }
  }

  private handleKodiEvent(event: KodiEvent): void {
    const now = this.adapters.clock();
    if (event.kind === "settings_changed") {
      this.applySettingsChange(this.settings.kodiSaved());
    } else if (event.method === PUBLISH_ALL_METHOD && event.sender === ADDON_ID) {
      publishAllFavourites(this.session, this.runner, this.adapters.clock);
    } else if (event.method === TEST_CONNECTION_METHOD && event.sender === ADDON_ID) {
      answerTestConnectionButton(this.adapters.kodi, this.adapters.clock);
    } else if (event.method === FORGET_GROUP_METHOD && event.sender === ADDON_ID) {
      this.forgetGroup(take_forget_group_request());
    } else if (event.method === "VideoLibrary.OnUpdate") {
      const update = parseLibraryUpdate(event.data);
      if (update !== null) {
        this.carryOut(this.session.libraryUpdated(update, now));
      }
    } else if (event.method === "VideoLibrary.OnScanFinished" || event.method === "VideoLibrary.OnCleanFinished") {
      this.carryOut(this.session.libraryChanged());
    } else if (event.method === "AudioLibrary.OnUpdate") {
      const update = parseSongUpdate(event.data);
      if (update !== null) {
        this.carryOut(this.session.songUpdated(update));
      }
    } else if (event.method === "AudioLibrary.OnScanFinished" || event.method === "AudioLibrary.OnCleanFinished") {
      this.carryOut(this.session.songsChanged());
    }
  }

  private applySettingsChange(change: SettingsChange): void {
    const current = change.current;
    const adapters = this.adapters;
    adapters.statusDisplay.settingsSaved();
    this.webAccess.setPin(current.webPin);
    adapters.webPage.apply(current.webEnabled, current.webPort, adapters.clock());
    const previous = change.previous;
    if (current.passphrase !== previous.passphrase || (current.passphrase !== "" && current.syncGroup !== previous.syncGroup)) {
      // A new passphrase: this device's states go out again under the new keys once it is connected.
      this.cipher = this.cipherFor(current);
      this.session.useCipher(this.cipher, current.passphrase !== previous.passphrase && current.passphrase !== "");
    }
    this.carryOut(this.session.applySettings(current, adapters.clock()));
    if (current.brokerDiffers(change.previous) || current.enabled !== change.previous.enabled) {
      logInfo("broker settings changed: reconnecting");
      this.connectBroker();
    }
  }

  /** Forget this group's data on the broker (the button, the web page): `group` is the one the user confirmed. */
  private forgetGroup(group: string): ForgetOutcome {
    return forgetConfirmedGroup(group, this.settings.current, this.cipher, this.adapters.kodi, this.adapters.clock);
  }

  private connectBroker(): void {
    this.carryOut(this.session.brokerConfigured(this.adapters.clock()));
    const settings = this.settings.current;
    const problem = this.adapters.broker.apply(settings, this.session.lastWillPublication(this.adapters.clock()), this.session.subscriptions());
    if (problem !== "") {
      // Not connecting at all (a CA file that cannot be used): said like any refused connection; the service goes on and tries again when the settings change.
      this.carryOut(this.session.brokerDisconnected(problem, this.adapters.clock()));
    }
  }

  /** The group's keys from its passphrase (slow on purpose: once per passphrase or group), or null without one. */
  private cipherFor(settings: CloudSyncSettings): GroupCipher | null {
    if (settings.passphrase === "") {
      logInfo("no group passphrase: messages travel in clear text");
      return null;
    }
    const started = this.adapters.clock();
    const keys = derive_group_keys(settings.passphrase, settings.syncGroup);
    logInfo(`group passphrase set: keys derived in ${this.adapters.clock() - started} ms; everything on the broker is encrypted`);
    return keys;
  }

  private carryOut(effects: SessionEffect[]): void {
    this.runner.run(effects);
  }

  private stop(): void {
    this.catchUpDisplay.close();
    this.carryOut(this.session.stop(this.adapters.clock()));
    this.adapters.broker.stop(this.session.offlineStatusByWill);
    this.adapters.webPage.stop();
    this.adapters.kodi.stop();
    logInfo("CloudSync stopped");
  }
}
