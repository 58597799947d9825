/**
 * A rule of the domain was broken by the request (not a bug). The `code` is a
 * message key in the locale files (prefixed `err-`), so the error boundary can
 * answer the user in their language without handlers catching anything.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}
