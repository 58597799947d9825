import type { AppDeps } from "../../src/app.js";
import type { Clock } from "../../src/clock.js";
import { lastItems, setBounded } from "../../src/security/bounded-map.js";

/**
 * Receipt codes and status answers still shown in a person's chat, which they
 * may erase by typing "xóa" (the typed form of the "delete this message"
 * button). In memory only, like the drafts (docs/anonymity.md), keyed by
 * `draftKey`, and forgotten after Telegram's 48-hour deletion window.
 */
const KEEP_MS = 48 * 3_600_000;
/** Size bounds (a flood of accounts or of /theodoi): people remembered, messages per person. */
export const MAX_ERASABLE_PEOPLE = 10_000;
export const MAX_ERASABLE_PER_PERSON = 50;

export class ErasableMessages {
  readonly #shown = new Map<string, { ids: number[]; at: number }>();
  #lastSweep = 0;

  constructor(private readonly clock: Clock) {}

  add(key: string, ids: readonly number[]): void {
    if (!ids.length) return;
    this.#sweep();
    const entry = this.#shown.get(key);
    const kept = lastItems([...(entry?.ids ?? []), ...ids], MAX_ERASABLE_PER_PERSON);
    setBounded(this.#shown, key, { ids: kept, at: this.#now() }, MAX_ERASABLE_PEOPLE);
  }

  has(key: string): boolean {
    this.#sweep();
    const entry = this.#shown.get(key);
    return entry !== undefined && this.#now() - entry.at <= KEEP_MS;
  }

  /** The ids to erase now; forgotten here. */
  take(key: string): number[] {
    const ids = this.#shown.get(key)?.ids ?? [];
    this.#shown.delete(key);
    return ids;
  }

  /** One message was erased by its own button. */
  forget(key: string, id: number): void {
    const entry = this.#shown.get(key);
    if (!entry) return;
    entry.ids = entry.ids.filter((x) => x !== id);
    if (!entry.ids.length) this.#shown.delete(key);
  }

  /** People and message ids held (the memory bound's test reads it). */
  get held(): { people: number; ids: number } {
    let ids = 0;
    for (const e of this.#shown.values()) ids += e.ids.length;
    return { people: this.#shown.size, ids };
  }

  #now(): number {
    return this.clock.now().getTime();
  }

  #sweep(): void {
    const now = this.#now();
    // At most once a minute: entries live 48 hours, and `has` runs for every private text.
    if (now - this.#lastSweep < 60_000 && now >= this.#lastSweep) return;
    this.#lastSweep = now;
    for (const [key, e] of this.#shown) if (now - e.at > KEEP_MS) this.#shown.delete(key);
  }
}

const stores = new WeakMap<AppDeps, ErasableMessages>();

export function erasableOf(app: AppDeps): ErasableMessages {
  let store = stores.get(app);
  if (!store) {
    store = new ErasableMessages(app.clock);
    stores.set(app, store);
  }
  return store;
}
