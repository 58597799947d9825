import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentValue, type FluentVariable } from "@fluent/bundle";
import { projectPath } from "../paths.js";

export const LOCALES_DIR = projectPath("src", "locales");
export const DEFAULT_LOCALE = "vi";

export type TextParams = Record<string, FluentVariable>;
/** Turns a text key and its parameters into the words a person reads. */
export type Translate = (key: string, params?: TextParams) => string;

/**
 * Every text a user sees lives in `src/locales/<locale>/*.ftl` (Fluent). This
 * translator is the one used everywhere — chat handlers, scheduled jobs, the
 * outbox — so that services and jobs need no chat framework to speak.
 *
 * Vietnamese is the product language for everybody, whatever their app
 * language: the committee's paperwork is Vietnamese and a mixed-language group
 * would be confusing. English is kept complete (a test compares the keys) for
 * operators and an explicit choice later.
 *
 * Bundles are built once per process and per locale (no negotiation per text).
 */
export class Translator {
  private readonly bundles = new Map<string, FluentBundle>();

  constructor(private readonly dir: string = LOCALES_DIR) {}

  t(locale: string, key: string, params: TextParams = {}): string {
    const bundle = this.bundle(locale);
    const message = bundle.getMessage(key);
    if (!message?.value) return key;
    return bundle.formatPattern(message.value, params);
  }

  /** The translate function of one locale. */
  forLocale(locale: string = DEFAULT_LOCALE): Translate {
    return (key, params) => this.t(locale, key, params);
  }

  locales(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  }

  private bundle(locale: string): FluentBundle {
    let bundle = this.bundles.get(locale);
    if (bundle) return bundle;
    // Unicode isolation marks around variables would end up in chat messages.
    bundle = new FluentBundle(locale, { useIsolating: false, functions: { ROMAN: roman } });
    const folder = join(this.dir, locale);
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".ftl")).sort()) {
      const errors = bundle.addResource(new FluentResource(readFileSync(join(folder, file), "utf8")));
      if (errors.length) throw new Error(`${locale}/${file}: ${errors.map(String).join("; ")}`);
    }
    this.bundles.set(locale, bundle);
    return bundle;
  }
}

const ROMAN_NUMERALS = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/**
 * `{ ROMAN($quarter) }`: administrative writing numbers quarters and months of
 * a period in Roman numerals ("quý II năm 2026"). Only 1–12 occur; anything
 * else is shown as it came.
 */
function roman([value]: FluentValue[]): FluentValue {
  const n = Number(value?.valueOf());
  return ROMAN_NUMERALS[n] && Number.isInteger(n) ? ROMAN_NUMERALS[n]! : String(value?.valueOf() ?? "");
}

let shared: Translator | undefined;

/** The process-wide translator (texts are read once). */
export function translator(): Translator {
  shared ??= new Translator();
  return shared;
}

/** A text in the product language, for messages made outside an update. */
export const translate: Translate = (key, params) => translator().t(DEFAULT_LOCALE, key, params);
