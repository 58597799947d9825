import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import { HELP_GROUPS, type CommandSpec, type Feature } from "../../src/bot/command-spec.js";
import { accessRefusal } from "../../src/bot/access.js";
import { isPrivate } from "../../src/bot/platform.js";
import { endFlow } from "../../src/bot/flows.js";

/**
 * `/trogiup` lists exactly the commands this person may use in this chat,
 * grouped under headings: the commands the guard's own rule (`accessRefusal`:
 * chat type, audience, the group bound to this person's agency or not) lets
 * through, so help can never promise a command the guard refuses.
 */
export function helpFeature(allSpecs: () => readonly CommandSpec[]): Feature {
  const composer = new Composer<BotContext>();

  composer.command("trogiup", async (ctx) => {
    const chat = isPrivate(ctx) ? "private" : "group";
    const usable = await usableSpecs(ctx, allSpecs());
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

/** The specs the guard lets this person use here (one group lookup for all, cached per update). */
export async function usableSpecs(ctx: BotContext, specs: readonly CommandSpec[]): Promise<CommandSpec[]> {
  const usable: CommandSpec[] = [];
  for (const spec of specs) if (!(await accessRefusal(ctx, spec))) usable.push(spec);
  return usable;
}
