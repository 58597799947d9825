import type { BotContext, FlowState } from "./context.js";

/**
 * Helpers for dialogues kept in the session. A flow is started by a command or
 * a button, advances on the user's typed answers or button presses, and ends on
 * confirmation or `/huy`. Everything a button can do can also be typed (Zalo has
 * no buttons).
 */
export function startFlow(ctx: BotContext, name: string, step: string, data: Record<string, unknown> = {}): void {
  ctx.session.flow = { name, step, data, startedAt: ctx.app.clock.now().toISOString() };
}

export function currentFlow(ctx: BotContext, name: string): FlowState | undefined {
  const flow = ctx.session?.flow;
  return flow?.name === name ? flow : undefined;
}

export function setStep(ctx: BotContext, step: string, data?: Record<string, unknown>): void {
  const flow = ctx.session.flow;
  if (!flow) return;
  flow.step = step;
  if (data) flow.data = { ...flow.data, ...data };
}

export function endFlow(ctx: BotContext): void {
  ctx.session.flow = undefined;
}

/** A filter for `composer.filter(inFlow("join"), …)`: a private message while this flow is active. */
export function inFlow(name: string, step?: string) {
  return (ctx: BotContext): boolean => {
    if (ctx.chat?.type !== "private" || !ctx.session) return false;
    const flow = ctx.session.flow;
    return flow?.name === name && (step === undefined || flow.step === step);
  };
}
