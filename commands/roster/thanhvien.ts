import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { MANAGER_ROLES, parseRole } from "../../src/services/roles.js";
import { commandArgs, idSchema, roleChoices, roleLabel, wordsOf } from "../shared/shared.js";
import { Choices } from "../../src/chat/message.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";

export const DOIVAITRO: CommandSpec = { command: "doivaitro", audience: "managers", chats: "private", help: "manage", menu: false };
export const XOATHANHVIEN: CommandSpec = { command: "xoathanhvien", audience: "managers", chats: "private", help: "manage", menu: false };

const composer = new Composer<BotContext>();

composer.command("thanhvien", async (ctx) => {
  const me = ctx.actor.member!;
  const [members, departments] = await Promise.all([ctx.app.services.roster.listMembers(me.agencyId), ctx.app.services.departments.names(me.agencyId)]);
  const lines = [
    ctx.t("thanhvien-title", { agency: me.agency.name, count: members.length }),
    ...members.map((m) => {
      const fields = { id: String(m.id), name: m.fullName, role: roleLabel(ctx, m.role), position: m.position };
      // The phòng, once departments are in use (docs/documents.md).
      const department = m.departmentId !== null ? departments.get(m.departmentId) : undefined;
      return department ? ctx.t("thanhvien-line-department", { ...fields, department }) : ctx.t("thanhvien-line", fields);
    }),
  ];
  if (MANAGER_ROLES.includes(me.role)) lines.push("", ctx.t("thanhvien-manage-hint"));
  await ctx.ui.say(lines.join("\n"));
});

const changeRoleArgs = wordsOf(z.tuple([idSchema], z.string()).refine((a) => a.length <= 2));

composer.command("doivaitro", async (ctx) => {
  const args = changeRoleArgs.safeParse(commandArgs(ctx));
  if (!args.success) return void (await ctx.ui.say(ctx.t("doivaitro-usage")));
  const [memberId, roleWord] = args.data;
  const me = ctx.actor.member!;
  if (roleWord === undefined) {
    const target = await ctx.app.services.roster.getMember(me.agencyId, memberId);
    await ctx.ui.say(ctx.t("doivaitro-choose", { name: target.fullName }), {
      choices: roleChoices(ctx, `role:${target.id}`),
    });
    return;
  }
  const role = parseRole(roleWord);
  if (!role) return void (await ctx.ui.say(ctx.t("doivaitro-usage")));
  const updated = await ctx.app.services.roster.changeRole(me, memberId, role);
  await ctx.ui.say(ctx.t("doivaitro-done", { name: updated.fullName, role: roleLabel(ctx, updated.role) }));
});

onChoice(composer, /^role:(\d+):([A-Z]+)$/, DOIVAITRO, async (ctx) => {
  const role = parseRole(ctx.match[2]!);
  const me = ctx.actor.member;
  if (!role || !me) return refuseStale(ctx);
  const updated = await ctx.app.services.roster.changeRole(me, Number(ctx.match[1]), role);
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  await ctx.ui.say(ctx.t("doivaitro-done", { name: updated.fullName, role: roleLabel(ctx, updated.role) }));
});

composer.command("xoathanhvien", async (ctx) => {
  const id = idSchema.safeParse(commandArgs(ctx));
  if (!id.success) return void (await ctx.ui.say(ctx.t("xoathanhvien-usage")));
  const me = ctx.actor.member!;
  const target = await ctx.app.services.roster.getMember(me.agencyId, id.data);
  const kb = new Choices().text(ctx.t("btn-confirm"), `rm:${target.id}:yes`, ["đồng ý", "xác nhận"]).text(ctx.t("btn-cancel"), `rm:${target.id}:no`, "hủy");
  await ctx.ui.say(ctx.t("xoathanhvien-confirm", { name: target.fullName, role: roleLabel(ctx, target.role) }), { choices: kb });
});

onChoice(composer, /^rm:(\d+):(yes|no)$/, XOATHANHVIEN, async (ctx) => {
  const me = ctx.actor.member;
  if (!me) return refuseStale(ctx);
  if (ctx.match[2] === "yes") {
    const removed = await ctx.app.services.roster.removeMember(me, Number(ctx.match[1]));
    await ctx.ui.say(ctx.t("xoathanhvien-done", { name: removed.fullName }));
  } else {
    await ctx.ui.say(ctx.t("xoathanhvien-kept"));
  }
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
});

export const thanhvienFeature: Feature = {
  name: "thanhvien",
  commands: [
    { command: "thanhvien", audience: "committee", chats: "private", help: "manage" },
    DOIVAITRO,
    XOATHANHVIEN,
  ],
  composer,
};
