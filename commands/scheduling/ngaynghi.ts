import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { commandArgs } from "../shared/shared.js";
import { localDay, showDay } from "../../src/time/local-day.js";
import { typedDaySchema } from "../../src/time/typed-date.js";

const argsSchema = z.union([
  z.string().regex(/^\s*$/).transform(() => ({ op: "list" as const, year: undefined })),
  z.string().trim().regex(/^\d{4}$/).transform((y) => ({ op: "list" as const, year: Number(y) })),
  z
    .string()
    .trim()
    .transform((s) => /^(them|lambu|xoa)\s+(\S+)\s*(.*)$/i.exec(s))
    .pipe(z.custom<RegExpExecArray>((m) => m !== null))
    .transform((m) => ({ op: m[1]!.toLowerCase() as "them" | "lambu" | "xoa", day: m[2]!, note: m[3] ?? "" })),
]);

const composer = new Composer<BotContext>();

composer.command("ngaynghi", async (ctx) => {
  const me = ctx.actor.member!;
  const holidays = ctx.app.services.holidays;
  const args = argsSchema.safeParse(commandArgs(ctx));
  if (!args.success) return void (await ctx.ui.say(ctx.t("ngaynghi-usage")));
  const a = args.data;
  if (a.op === "list") {
    const year = a.year ?? Number(localDay(ctx.app.clock.now(), ctx.app.timezone).slice(0, 4));
    const lines = await holidays.list(me.agencyId, year);
    const body = lines.map((l) =>
      ctx.t(l.kind === "workday" ? "ngaynghi-line-workday" : l.source === "agency" ? "ngaynghi-line-agency" : "ngaynghi-line", {
        day: showDay(l.day),
        name: l.name || "—",
      }),
    );
    await ctx.ui.say([ctx.t("ngaynghi-title", { year: String(year) }), ...(body.length ? body : [ctx.t("ngaynghi-none")]), "", ctx.t("ngaynghi-hint")].join("\n"));
    return;
  }
  const day = typedDaySchema.safeParse(a.day);
  if (!day.success) return void (await ctx.ui.say(ctx.t("ngaynghi-bad-day", { input: a.day })));
  const shown = showDay(day.data);
  if (a.op === "xoa") {
    const result = await holidays.remove(me, day.data);
    await ctx.ui.say(ctx.t(result === "now-workday" ? "ngaynghi-removed-file" : "ngaynghi-removed", { day: shown }));
    return;
  }
  await holidays.set(me, day.data, a.op === "them" ? "holiday" : "workday", a.note);
  await ctx.ui.say(ctx.t(a.op === "them" ? "ngaynghi-added" : "ngaynghi-workday-added", { day: shown }));
});

export const ngaynghiFeature: Feature = {
  name: "ngaynghi",
  commands: [{ command: "ngaynghi", audience: "managers", chats: "private", help: "manage" }],
  composer,
};
