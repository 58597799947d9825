/**
 * The reply model of the chat layer: what a command or a scheduled job means to
 * say, with no platform in it. Each platform renders it with what it has
 * (`capabilities.ts`): Telegram shows choices as buttons, a platform without
 * buttons writes them out with the words to type.
 */

/** One thing the person may choose. */
export interface Choice {
  label: string;
  /**
   * What choosing it does: the action string handled by one `onChoice`
   * registration (on Telegram it is the button's callback data, at most 64 bytes).
   * Absent for a link choice.
   */
  action?: string;
  /** A link instead of an action (Telegram: a URL button; elsewhere: the address written out). */
  url?: string;
  /**
   * Typed forms that select it where there are no buttons, and always where
   * typing is easier: a word ("đồng ý"), a number the step already takes
   * ("50"), or a full command ("/baocao 12"). Without one, the chat layer
   * numbers the choice (see `typed-choices.ts` for the rule).
   */
  typed?: string[];
}

/** Rows of choices, as they are laid out where buttons exist. */
export type ChoiceGrid = Choice[][];

export interface ChatFile {
  name: string;
  bytes: Uint8Array;
  /** MIME type, e.g. application/vnd.openxmlformats-officedocument.wordprocessingml.document */
  mime: string;
}

export interface ChatPhoto {
  name: string;
  bytes: Uint8Array;
}

/** Options of a message beyond its text. */
export interface SayOptions {
  choices?: ChoiceGrid | Choices;
  /**
   * The step this message asks for also takes free numbers (a percent, a task
   * number). Numbers typed then belong to the step, so every choice must carry
   * its own typed form: the chat layer refuses to number them.
   */
  takesNumbers?: boolean;
  /** Quietly (no sound), where the platform can. */
  silent?: boolean;
  /** No preview card for the links in the text (an invitation link, say). */
  noLinkPreview?: boolean;
}

/**
 * Builds a grid of choices with the same shape as grammY's InlineKeyboard
 * (`text`, `url`, `row`), so a command reads the same as before and knows no
 * platform.
 */
export class Choices {
  private readonly rows: Choice[][] = [[]];

  static from(rows: Choice[][]): Choices {
    const c = new Choices();
    c.rows.length = 0;
    c.rows.push(...rows.map((r) => [...r]));
    return c;
  }

  /** A choice that runs `action`; `typed` are the words that select it by typing. */
  text(label: string, action: string, typed?: string | string[]): this {
    this.rows.at(-1)!.push({ label, action, ...(typed !== undefined ? { typed: [typed].flat() } : {}) });
    return this;
  }

  url(label: string, url: string): this {
    this.rows.at(-1)!.push({ label, url });
    return this;
  }

  row(): this {
    if (this.rows.at(-1)!.length) this.rows.push([]);
    return this;
  }

  get grid(): ChoiceGrid {
    return this.rows.filter((r) => r.length > 0);
  }

  get isEmpty(): boolean {
    return this.grid.length === 0;
  }
}

export function gridOf(choices: ChoiceGrid | Choices | undefined): ChoiceGrid {
  if (!choices) return [];
  return choices instanceof Choices ? choices.grid : choices.filter((r) => r.length > 0);
}
