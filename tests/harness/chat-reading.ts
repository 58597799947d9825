import type { SentMessage } from "./fake-telegram.js";
import { readWrittenChoices } from "../../src/chat/typed-choices.js";

/** Joins the texts of what the bot sent, for `toContain` checks. */
export function texts(sent: SentMessage[]): string {
  return sent.map((m) => m.text).join("\n---\n");
}

/**
 * The choices a person sees on a message, in either profile: its buttons, or
 * the choices written out under its text (with links as `• Label: url`).
 */
export function choicesShown(m: SentMessage): { label: string; url?: string }[] {
  if (m.buttons.length) return m.buttons.flat().map((b) => ({ label: b.text, ...(b.url ? { url: b.url } : {}) }));
  const out: { label: string; url?: string }[] = [];
  for (const line of m.text.split("\n")) {
    const link = /^• (.+?): (https?:\/\/\S+)$/.exec(line);
    if (link) out.push({ label: link[1]!, url: link[2]! });
    else out.push(...readWrittenChoices(line).map((c) => ({ label: c.label })));
  }
  return out;
}

/** The labels of `choicesShown`. */
export function choiceLabels(m: SentMessage): string[] {
  return choicesShown(m).map((c) => c.label);
}
