import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { ConsultationUptake } from "../../src/services/consultations.js";
import { commandArgs } from "../shared/shared.js";

/**
 * How each comment was taken up, by typing (docs/consultations.md):
 *   /tiepthu <số đợt> <số ý kiến> <nội dung tiếp thu>
 *   /giaitrinh <số đợt> <số ý kiến> <nội dung giải trình>
 * Typing it again for the same comment replaces the earlier record.
 */
const composer = new Composer<BotContext>();

const ARGS = /^#?(\d{1,6})\s+#?(\d{1,6})\s+([\s\S]+)$/;

for (const [command, uptake] of [
  ["tiepthu", ConsultationUptake.ACCEPTED],
  ["giaitrinh", ConsultationUptake.EXPLAINED],
] as const) {
  composer.command(command, async (ctx) => {
    const m = ARGS.exec(commandArgs(ctx));
    if (!m) return void (await ctx.ui.say(ctx.t("respond-usage", { command })));
    const [number, comment] = [Number(m[1]), Number(m[2])];
    await ctx.app.services.consultations.respond(ctx.actor.member!, number, comment, uptake, m[3]!);
    await ctx.ui.say(ctx.t("respond-done", { uptake: ctx.t(`uptake-${uptake}`), comment: String(comment), number: String(number) }));
  });
}

export const tiepthuFeature: Feature = {
  name: "tiepthu",
  commands: [
    { command: "tiepthu", audience: "managers", chats: "private", help: "manage", menu: false },
    { command: "giaitrinh", audience: "managers", chats: "private", help: "manage", menu: false },
  ],
  composer,
};
