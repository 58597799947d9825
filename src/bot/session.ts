import type { MiddlewareFn } from "grammy";
import type { BotContext, SessionData } from "./context.js";
import { prismaSessionStorage } from "./session-storage.js";
import { sessionKeyOf, updateStart } from "./update-start.js";

/**
 * grammY's session, minus two statements per update: the row comes with the
 * update's starting statement (update-start.ts), and it is written back only
 * when it changed (grammY's own session writes on every read, and writes an
 * empty `{}` for everyone without one). An empty session is no row at all.
 *
 * As grammY's strict session: nothing is written back when a handler throws
 * (the error boundary inside the session catches handlers' errors first, so a
 * flow that moved on before a failure is still saved). Groups have no session:
 * touching `ctx.session` there throws, as it did.
 */
export function dbSession(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const key = sessionKeyOf(ctx);
    if (!key) {
      Object.defineProperty(ctx, "session", {
        configurable: true,
        get: () => {
          throw new Error("Cannot access session data because the session key was undefined!");
        },
        set: () => {
          throw new Error("Cannot assign session data because the session key was undefined!");
        },
      });
      return next();
    }
    const stored = (await updateStart(ctx)).session;
    let value: SessionData | undefined = stored ? (JSON.parse(stored) as SessionData) : {};
    Object.defineProperty(ctx, "session", {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (v: SessionData | undefined) => void (value = v),
    });
    await next();
    const json = value && Object.values(value).some((v) => v !== undefined) ? JSON.stringify(value) : null;
    if (json === stored) return;
    const storage = prismaSessionStorage<SessionData>(ctx.app.db);
    if (json === null) await storage.delete(key);
    else await storage.write(key, JSON.parse(json) as SessionData);
  };
}
