import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import { HELP_GROUPS, type CommandSpec, type Feature } from "../../src/bot/command-spec.js";
import { actorMayUse } from "../../src/bot/audience.js";
import { isPrivate } from "../../src/bot/platform.js";
import { endFlow } from "../../src/bot/flows.js";

/**
 * `/trogiup` lists exactly the commands this person may use in this kind of
 * chat, grouped under headings. It reads the same specs the guard enforces,
 * so help can never promise a command the guard refuses.
 */
export function helpFeature(allSpecs: () => readonly CommandSpec[]): Feature {
  const composer = new Composer<BotContext>();

  composer.command("trogiup", async (ctx) => {
    const chat = isPrivate(ctx) ? "private" : "group";
    const usable = allSpecs().filter(
      (s) => (s.chats === "both" || s.chats === chat) && actorMayUse(ctx.actor, s.audience),
    );
    if (usable.length === 0) return void (await ctx.ui.say(ctx.t("help-empty")));
    const sections: string[] = [ctx.t("help-title", { where: ctx.t(`help-where-${chat}`) })];
    for (const group of HELP_GROUPS) {
      const lines = usable.filter((s) => s.help === group).map((s) => ctx.t(`help-${s.command}`));
      if (lines.length) sections.push(`${ctx.t(`help-group-${group}`)}\n${lines.join("\n")}`);
    }
    if (chat === "private") sections.push(ctx.t("help-footer"));
    await ctx.ui.say(sections.join("\n\n"));
  });

  composer.command("huy", async (ctx) => {
    if (!ctx.session?.flow) return void (await ctx.ui.say(ctx.t("flow-nothing-to-cancel")));
    endFlow(ctx);
    await ctx.ui.say(ctx.t("flow-cancelled"));
  });

  return {
    name: "help",
    commands: [
      { command: "trogiup", audience: "anyone", chats: "both", help: "general", needsBoundGroup: false },
      { command: "huy", audience: "anyone", chats: "private", help: "general" },
    ],
    composer,
  };
}
