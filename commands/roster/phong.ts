import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { foldTyped } from "../../src/format/typed-word.js";
import { MANAGER_ROLES } from "../../src/services/roles.js";
import { commandArgs, idSchema } from "../shared/shared.js";

/**
 * `/phong`: the agency's departments with their member counts; the secretary
 * (or the head) adds, renames, removes them and puts members in them. One
 * line per action, so it is the same on Telegram and on Zalo.
 *   /phong · /phong them <tên> · /phong doiten <số> <tên> · /phong xoa <số> · /phong gan <thành viên> <phòng | bo>
 */
const composer = new Composer<BotContext>();

const withId = z.tuple([idSchema, z.string().trim().min(1)]);

composer.command("phong", async (ctx) => {
  const me = ctx.actor.member!;
  const text = commandArgs(ctx).normalize("NFC");
  const [verbWord = "", ...rest] = text.split(/\s+/);
  const verb = foldTyped(verbWord, { squash: true });
  const tail = text.slice(verbWord.length).trim();
  const svc = ctx.app.services.departments;
  const manager = MANAGER_ROLES.includes(me.role);
  if (!text) return listDepartments(ctx, manager);
  if (!manager) return void (await ctx.ui.say(ctx.t("guard-need-managers", { command: "phong" })));
  if (verb === "them" && tail) {
    const d = await svc.add(me, tail);
    return void (await ctx.ui.say(ctx.t("phong-added", { name: d.name, id: String(d.id) })));
  }
  const pair = withId.safeParse([rest[0] ?? "", rest.slice(1).join(" ")]);
  if (verb === "doiten" && pair.success) {
    const { before, after } = await svc.rename(me, pair.data[0], pair.data[1]);
    return void (await ctx.ui.say(ctx.t("phong-renamed", { before, after: after.name })));
  }
  const id = idSchema.safeParse(tail);
  if (verb === "xoa" && id.success) {
    const { department, members } = await svc.remove(me, id.data);
    return void (await ctx.ui.say(ctx.t("phong-removed", { name: department.name, members })));
  }
  if (verb === "gan" && pair.success) {
    const [memberId, where] = pair.data;
    const target = foldTyped(where, { squash: true }) === "bo" ? null : await svc.find(me.agencyId, where);
    const { member, department } = await svc.assign(me, memberId, target?.id ?? null);
    if (!department) return void (await ctx.ui.say(ctx.t("phong-unassigned", { member: member.fullName })));
    return void (await ctx.ui.say(ctx.t("phong-assigned", { member: member.fullName, department: department.name })));
  }
  await ctx.ui.say(ctx.t("phong-usage"));
});

async function listDepartments(ctx: BotContext, manager: boolean): Promise<void> {
  const me = ctx.actor.member!;
  const rows = await ctx.app.services.departments.list(me.agencyId);
  const lines: string[] = [];
  if (!rows.length) lines.push(ctx.t("phong-empty"));
  else {
    lines.push(ctx.t("phong-title", { agency: me.agency.name, count: rows.length }));
    for (const d of rows) lines.push(ctx.t("phong-line", { id: String(d.id), name: d.name, members: d.members }));
  }
  if (manager) lines.push("", ctx.t("phong-manage-hint"));
  await ctx.ui.say(lines.join("\n"));
}

export const phongFeature: Feature = {
  name: "phong",
  commands: [{ command: "phong", audience: "committee", chats: "private", help: "manage" }],
  composer,
};
