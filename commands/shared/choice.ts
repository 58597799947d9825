import type { Choice } from "../../src/chat/message.js";

/** One choice, for grids built from lists (`Choices.from(rows.map(…))`). */
export function choice(label: string, action: string, typed?: string | string[]): Choice {
  return { label, action, ...(typed !== undefined ? { typed: [typed].flat() } : {}) };
}
