/**
 * Publications not yet handed to the broker, newest per topic: state topics carry whole
 * states, so a later state for the same item replaces an earlier one that was never sent.
 * Saved as JSON in the add-on's profile folder by the service, so that a change made while the
 * broker was unreachable survives a Kodi restart.
 */

export interface Publication {
  topic: string;
  payload: string;
  qos: number;
  retain: boolean;
  expirySeconds: number;
}

export const OUTBOX_FILE_VERSION = 1;

export class Outbox {
  private readonly waiting: Map<string, Publication> = new Map();

  get size(): number {
    return this.waiting.size;
  }

  put(publication: Publication): void {
    // Deleting first keeps the order of first-to-last change when a topic changes again.
    this.waiting.delete(publication.topic);
    this.waiting.set(publication.topic, publication);
  }

  /** Oldest first. */
  pending(): Publication[] {
    return Array.from(this.waiting.values());
  }

  has(topic: string): boolean {
    return this.waiting.has(topic);
  }

  remove(topic: string): void {
    this.waiting.delete(topic);
  }

  toJson(): string {
    return JSON.stringify({ v: OUTBOX_FILE_VERSION, publications: this.pending() });
  }

  /** Loads a saved outbox; returns how many entries were unusable (a damaged file loses only those). */
  load(text: string): number {
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return 1;
    }
    if (typeof data !== "object" || data === null) {
      return 1;
    }
    const publications = (data as Record<string, unknown>)["publications"];
    if (!Array.isArray(publications)) {
      return 1;
    }
    let unusable = 0;
    for (const entry of publications) {
      const publication = readPublication(entry);
      if (publication === null) {
        unusable += 1;
      } else {
        this.put(publication);
      }
    }
    return unusable;
  }
}

function readPublication(value: unknown): Publication | null {
  if (typeof value !== "object" || value === null) {
    return null;
  }
  const fields = value as Record<string, unknown>;
  const topic = fields["topic"];
  const payload = fields["payload"];
  const qos = fields["qos"];
  const retain = fields["retain"];
  const expirySeconds = fields["expirySeconds"];
  if (typeof topic !== "string" || topic === "" || typeof payload !== "string" || typeof retain !== "boolean") {
    return null;
  }
  if ((qos !== 0 && qos !== 1) || typeof expirySeconds !== "number" || !Number.isInteger(expirySeconds) || expirySeconds < 0) {
    return null;
  }
  return { topic: topic, payload: payload, qos: qos, retain: retain, expirySeconds: expirySeconds };
}
