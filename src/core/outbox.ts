/**
 * Publications not yet handed to the broker, newest per topic: state topics carry whole
 * states, so a later state for the same item replaces an earlier one that was never sent.
 * (Kept in memory for now; persisting it across Kodi restarts is the next step.)
 */

export interface Publication {
  topic: string;
  payload: string;
  qos: number;
  retain: boolean;
  expirySeconds: number;
}

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

  remove(topic: string): void {
    this.waiting.delete(topic);
  }
}
