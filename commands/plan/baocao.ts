import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { CommandSpec, Feature } from "../../src/bot/command-spec.js";
import { currentFlow, endFlow, inFlow, setStep, startFlow } from "../../src/bot/flows.js";
import { isPrivate } from "../../src/bot/platform.js";
import { formatDate } from "../../src/format/date.js";
import type { Task } from "../../src/generated/prisma/client.js";
import { TaskStatus } from "../../src/generated/prisma/enums.js";
import { LIMITS } from "../../src/services/task-rules.js";
import type { ReportOutcome } from "../../src/services/progress.js";
import { commandArgs, isTypedYes } from "../shared/shared.js";
import { isTypedNone, newFlowId, parsePercentText, shorten } from "./plan-render.js";
import { Choices } from "../../src/chat/message.js";
import { onChoice } from "../../src/bot/choice-actions.js";
import { refuseStale } from "../shared/stale.js";

export const BAOCAO: CommandSpec = { command: "baocao", audience: "member", chats: "both", help: "work" };
/** Its choices are pressed in private (the report dialogue, the button of an assignment notice). */
const BAOCAO_CHOICES = { ...BAOCAO, chats: "private" } as const;

/**
 * `/baocao`: a progress report, step by step in private chat (task → percent →
 * result → obstacles → proposals → preview → send), or in one line:
 * `/baocao <số> <phần trăm>% <nội dung>`. In a group it only offers a button
 * to the private chat: reports are never collected in public.
 * `/suabaocao <số>` walks the same steps to edit my latest report (24 h).
 */
const FLOW = "report";
const composer = new Composer<BotContext>();

interface ReportData {
  fid: string;
  taskId?: number;
  number?: number;
  title?: string;
  percent?: number;
  result?: string;
  obstacles?: string | null;
  proposals?: string | null;
  /** Set when editing an existing report. */
  reportId?: number;
}

const data = (ctx: BotContext) => ctx.session.flow!.data as unknown as ReportData;

const ONE_LINE = /^#?(\d{1,6})\s+(-?\d{1,4})\s*%?(?:\s+([\s\S]*))?$/;

composer.command("baocao", async (ctx) => {
  if (!isPrivate(ctx)) {
    // Where the platform has no link to the bot's private chat (Zalo without ZALO_BOT_LINK), the text alone says where to go.
    const link = ctx.ui.privateChatLink("baocao");
    const kb = link ? new Choices().url(ctx.t("baocao-open-private"), link) : undefined;
    return void (await ctx.ui.say(ctx.t("baocao-group"), kb ? { choices: kb } : {}));
  }
  const args = commandArgs(ctx);
  if (!args) return startReport(ctx);
  const only = /^#?(\d{1,6})$/.exec(args);
  if (only) {
    // `/baocao 5`: the step-by-step report on task 5, skipping the choice.
    const task = await ctx.app.services.progress.reportableTask(ctx.actor.member!, Number(only[1]));
    startFlow(ctx, FLOW, "task", { fid: newFlowId() });
    return chooseTask(ctx, task);
  }
  const m = ONE_LINE.exec(args);
  if (!m) return void (await ctx.ui.say(ctx.t("baocao-usage")));
  const outcome = await ctx.app.services.progress.reportByNumber(ctx.actor.member!, Number(m[1]), { percent: Number(m[2]), result: m[3] ?? "" });
  await replyDone(ctx, outcome);
});

/** Starts the step-by-step report (also from `/start baocao`). */
export async function startReport(ctx: BotContext): Promise<void> {
  const me = ctx.actor.member;
  if (!me) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  const tasks = await ctx.app.services.tasks.myOpenTasks(me);
  if (!tasks.length) return void (await ctx.ui.say(ctx.t("baocao-no-tasks")));
  startFlow(ctx, FLOW, "task", { fid: newFlowId() });
  if (tasks.length === 1) return chooseTask(ctx, tasks[0]!);
  const fid = data(ctx).fid;
  const kb = new Choices();
  for (const t of tasks) kb.text(`#${t.number} ${shorten(t.title, 34)}`, `bc:${fid}:t:${t.number}`, String(t.number)).row();
  const lines = tasks.map((t) => ctx.t("baocao-task-line", { number: String(t.number), title: t.title, percent: t.percent }));
  await ctx.ui.say(`${ctx.t("baocao-choose-task")}\n${lines.join("\n")}`, { choices: kb, takesNumbers: true });
}

composer.command("suabaocao", async (ctx) => {
  const m = /^#?(\d{1,6})$/.exec(commandArgs(ctx));
  if (!m) return void (await ctx.ui.say(ctx.t("suabaocao-usage")));
  const me = ctx.actor.member!;
  const task = await ctx.app.services.tasks.getByNumber(me.agencyId, Number(m[1]));
  const report = await ctx.app.services.progress.editableReport(me, task.id);
  startFlow(ctx, FLOW, "percent", { fid: newFlowId(), taskId: task.id, number: task.number, title: task.title, reportId: report.id });
  await ctx.ui.say(
    ctx.t("suabaocao-start", { date: formatDate(report.createdAt, ctx.app.timezone), number: String(task.number), percent: report.percent }),
  );
  await askPercent(ctx);
});

// The button under an assignment notice: starts a report on that task.
onChoice(composer, /^bc:n:(\d{1,6})$/, BAOCAO_CHOICES, async (ctx) => {
  const me = ctx.actor.member;
  if (!me || !isPrivate(ctx)) return refuseStale(ctx);
  const task = await ctx.app.services.progress.reportableTask(me, Number(ctx.match[1]));
  await ctx.ui.ack();
  startFlow(ctx, FLOW, "task", { fid: newFlowId() });
  await chooseTask(ctx, task);
});

// ---- typed answers ---------------------------------------------------------

composer.filter(inFlow(FLOW)).on("message:text", async (ctx, next) => {
  const text = ctx.msg.text;
  if (text.startsWith("/")) return next();
  const me = ctx.actor.member;
  if (!me) return next();
  switch (ctx.session.flow!.step) {
    case "task": {
      const m = /^#?(\d{1,6})$/.exec(text.trim());
      if (!m) return void (await ctx.ui.say(ctx.t("baocao-bad-task")));
      // Not mine / not open: the service explains, the flow stays on this step.
      return chooseTask(ctx, await ctx.app.services.progress.reportableTask(me, Number(m[1])));
    }
    case "percent": {
      const p = parsePercentText(text);
      if (p === undefined || p < 0 || p > 100) return void (await ctx.ui.say(ctx.t("bad-percent")));
      return choosePercent(ctx, p);
    }
    case "result": {
      if (text.length > LIMITS.result.max) return void (await ctx.ui.say(ctx.t("bad-text-too-long", { length: String(text.length), max: String(LIMITS.result.max) })));
      if (!text.trim()) return void (await ctx.ui.say(ctx.t("bad-result-empty")));
      setStep(ctx, "obstacles", { result: text.trim() });
      return askOptional(ctx, "obstacles");
    }
    case "obstacles":
    case "proposals": {
      const step = ctx.session.flow!.step as "obstacles" | "proposals";
      const max = LIMITS[step].max;
      if (text.length > max) return void (await ctx.ui.say(ctx.t("bad-text-too-long", { length: String(text.length), max: String(max) })));
      return answerOptional(ctx, step, isTypedNone(text) ? null : text.trim());
    }
    case "confirm": {
      const t = text.normalize("NFC").trim().toLowerCase();
      if (isTypedYes(t) || t === "gửi" || t === "gui") return finish(ctx);
      return void (await ctx.ui.say(ctx.t("baocao-confirm-typed")));
    }
  }
  return next();
});

// ---- buttons -------------------------------------------------------------------

const STEP_OF_ACTION: Record<string, string> = { t: "task", p: "percent", nob: "obstacles", nop: "proposals", send: "confirm" };

onChoice(composer, /^bc:(\w{6}):(t|p|nob|nop|send)(?::(\d{1,6}))?$/, BAOCAO_CHOICES, async (ctx) => {
  const flow = currentFlow(ctx, FLOW);
  const [, fid, action, value] = ctx.match;
  const me = ctx.actor.member;
  if (!me || !flow || (flow.data as unknown as ReportData).fid !== fid || flow.step !== STEP_OF_ACTION[action!]) {
    return refuseStale(ctx);
  }
  if (action === "t") {
    // Checked before the answer so a refusal shows as an alert on the button.
    const task = await ctx.app.services.progress.reportableTask(me, Number(value));
    await ctx.ui.ack();
    await ctx.ui.clearChoices();
    return chooseTask(ctx, task);
  }
  await ctx.ui.ack();
  await ctx.ui.clearChoices();
  if (action === "p") return choosePercent(ctx, Number(value));
  if (action === "nob") return answerOptional(ctx, "obstacles", null);
  if (action === "nop") return answerOptional(ctx, "proposals", null);
  return finish(ctx);
});

// ---- steps ---------------------------------------------------------------------

async function chooseTask(ctx: BotContext, task: Task): Promise<void> {
  setStep(ctx, "percent", { taskId: task.id, number: task.number, title: task.title });
  await askPercent(ctx);
}

async function askPercent(ctx: BotContext): Promise<void> {
  const d = data(ctx);
  const kb = new Choices();
  [0, 10, 20, 30, 40, 50, 60, 70, 80, 90].forEach((p, i) => {
    kb.text(`${p}%`, `bc:${d.fid}:p:${p}`, String(p));
    if (i % 5 === 4) kb.row();
  });
  kb.text(ctx.t("btn-complete"), `bc:${d.fid}:p:100`, "100");
  await ctx.ui.say(ctx.t("baocao-ask-percent", { number: String(d.number!), title: d.title! }), { choices: kb, takesNumbers: true });
}

async function choosePercent(ctx: BotContext, percent: number): Promise<void> {
  setStep(ctx, "result", { percent });
  await ctx.ui.say(ctx.t("baocao-ask-result"));
}

async function askOptional(ctx: BotContext, step: "obstacles" | "proposals"): Promise<void> {
  const kb = new Choices().text(ctx.t("btn-none"), `bc:${data(ctx).fid}:${step === "obstacles" ? "nob" : "nop"}`, "không");
  await ctx.ui.say(ctx.t(step === "obstacles" ? "baocao-ask-obstacles" : "baocao-ask-proposals"), { choices: kb });
}

async function answerOptional(ctx: BotContext, step: "obstacles" | "proposals", value: string | null): Promise<void> {
  if (step === "obstacles") {
    setStep(ctx, "proposals", { obstacles: value });
    return askOptional(ctx, "proposals");
  }
  setStep(ctx, "confirm", { proposals: value });
  const d = data(ctx);
  const kb = new Choices().text(ctx.t("btn-send"), `bc:${d.fid}:send`, ["gửi", "đồng ý"]);
  await ctx.ui.say(
    ctx.t("baocao-preview", {
      edit: d.reportId ? ctx.t("baocao-preview-edit") : "",
      number: String(d.number!),
      title: d.title!,
      percent: d.percent!,
      result: d.result!,
      obstacles: d.obstacles ?? ctx.t("baocao-none"),
      proposals: d.proposals ?? ctx.t("baocao-none"),
    }),
    { choices: kb },
  );
}

async function finish(ctx: BotContext): Promise<void> {
  const d = data(ctx);
  const input = { percent: d.percent!, result: d.result!, obstacles: d.obstacles ?? null, proposals: d.proposals ?? null };
  // Ends first: if the task was cancelled meanwhile, the error boundary explains
  // and the person is not left in a flow that can never finish.
  endFlow(ctx);
  const progress = ctx.app.services.progress;
  if (d.reportId) {
    const outcome = await progress.editReport(ctx.actor.member!, d.reportId, input);
    return void (await ctx.ui.say(ctx.t("baocao-edited", { number: String(outcome.task.number), percent: outcome.report.percent })));
  }
  await replyDone(ctx, await progress.report(ctx.actor.member!, d.taskId!, input));
}

async function replyDone(ctx: BotContext, o: ReportOutcome): Promise<void> {
  let extra = "";
  if (o.obstacleCount) extra += ctx.t("baocao-done-obstacles", { count: o.obstacleCount });
  if (o.nextPeriodOpened && o.task.status === TaskStatus.NOT_STARTED && o.task.dueDate) {
    extra += ctx.t("baocao-done-next", { due: formatDate(o.task.dueDate, ctx.app.timezone) });
  }
  await ctx.ui.say(ctx.t("baocao-done", { number: String(o.task.number), percent: o.report.percent, extra }));
}

export const baocaoFeature: Feature = {
  name: "baocao",
  commands: [
    BAOCAO,
    { command: "suabaocao", audience: "member", chats: "private", help: "work", menu: false },
  ],
  composer,
};
