import { HttpError, type Transformer } from "grammy";
import { redactSecrets } from "../../security/redact.js";

/**
 * The innermost API transformer: a network failure surfaces as grammY's
 * HttpError whose inner error (node-fetch's FetchError) says
 * `request to http://…/bot<TOKEN>/sendMessage failed`. It is rethrown here as
 * an HttpError around a plain error with the same name, code and censored
 * message and stack, so no later catch, log or crash dump can print the token.
 */
export const redactApiErrors: Transformer = async (prev, method, payload, signal) => {
  try {
    return await prev(method, payload, signal);
  } catch (err) {
    throw censoredHttpError(err);
  }
};

export function censoredHttpError(err: unknown): unknown {
  if (!(err instanceof HttpError)) return err;
  const inner = err.error;
  let clean: unknown = inner;
  if (inner instanceof Error) {
    const copy = new Error(redactSecrets(inner.message));
    copy.name = inner.name;
    copy.stack = redactSecrets(inner.stack ?? "");
    const code = (inner as { code?: unknown }).code;
    if (code !== undefined) Object.assign(copy, { code });
    clean = copy;
  } else if (typeof inner === "string") {
    clean = redactSecrets(inner);
  } else {
    clean = undefined;
  }
  const out = new HttpError(redactSecrets(err.message), clean);
  out.stack = redactSecrets(err.stack ?? "");
  return out;
}
