import type { AppDeps } from "../../src/app.js";
import type { Clock } from "../../src/clock.js";

/**
 * Receipt codes and status answers still shown in a person's chat, which they
 * may erase by typing "xóa" (the typed form of the "delete this message"
 * button). In memory only, like the drafts (docs/anonymity.md), keyed by
 * `draftKey`, and forgotten after Telegram's 48-hour deletion window.
 */
const KEEP_MS = 48 * 3_600_000;

export class ErasableMessages {
  readonly #shown = new Map<string, { ids: number[]; at: number }>();

  constructor(private readonly clock: Clock) {}

  add(key: string, ids: readonly number[]): void {
    if (!ids.length) return;
    this.#sweep();
    const entry = this.#shown.get(key);
    this.#shown.set(key, { ids: [...(entry?.ids ?? []), ...ids], at: this.#now() });
  }

  has(key: string): boolean {
    this.#sweep();
    return this.#shown.has(key);
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

  #now(): number {
    return this.clock.now().getTime();
  }

  #sweep(): void {
    const now = this.#now();
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
