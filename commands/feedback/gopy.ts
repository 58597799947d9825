import { Composer } from "grammy";
import type { BotContext } from "../../src/bot/context.js";
import type { Feature } from "../../src/bot/command-spec.js";
import { leadingCommand } from "../../src/bot/command-guard.js";
import { platformOf, platformUser, ZALO } from "../../src/bot/platform.js";
import { Choices } from "../../src/chat/message.js";
import { DomainError } from "../../src/services/errors.js";
import { FEEDBACK_CATEGORIES, FEEDBACK_MAX_CHARS, type FeedbackCategory } from "../../src/services/feedback.js";
import { isTypedYes } from "../shared/shared.js";
import { refuseStale } from "../shared/stale.js";
import { DRAFT_IDLE_MINUTES, draftKey, draftsOf, type Draft } from "./gopy-drafts.js";
import { eraseShown, isEraseWord, platformName, sayErasable, userId } from "./gopy-erase.js";
import { erasableOf } from "./erasable.js";
import { follow } from "./theodoi.js";
import { foldTyped } from "../../src/format/typed-word.js";

/**
 * Anonymous feedback from staff: /gopy (write and send) and /theodoi (follow
 * by receipt code). Everything here runs BEFORE the session middleware and
 * never calls `next()` for its updates, so nothing of them reaches session
 * storage; `ctx.anonymous` keeps them out of the update log and the error log.
 * The promise and how it is kept: docs/anonymity.md.
 *
 * Its choices are therefore NOT remembered by the chat layer (that would be
 * session state tied to the person): every typed form below is a word this
 * flow reads itself from its in-memory draft ("1"…"4", "gửi", "viết lại",
 * /huy), or "xóa" for the receipt and status messages (`erasable.ts`).
 */
const PREFIX = "gopy:";
const FEEDBACK_COMMANDS = new Set(["gopy", "theodoi"]);

/**
 * Does this update belong to the anonymous flow? Called first thing for every
 * update (src/bot/index.ts), before logging, the error boundary, the duplicate
 * filter and the command guard. Another command from someone with a draft
 * discards the draft (the intro says so), so their next texts go where they
 * belong.
 */
export function isFeedbackUpdate(ctx: BotContext): boolean {
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) return data.startsWith(PREFIX);
  const msg = ctx.message ?? ctx.editedMessage;
  if (!msg) return false;
  const command = leadingCommand(ctx);
  if (command !== undefined && FEEDBACK_COMMANDS.has(command)) return true;
  const user = platformUser(ctx);
  if (msg.chat.type !== "private" || !user) return false;
  const key = draftKey(user);
  const drafts = draftsOf(ctx.app);
  if (!drafts.isActive(key)) return command === undefined && isEraseWord(msg.text) && erasableOf(ctx.app).has(key);
  if (command === undefined || command === "huy") return true;
  drafts.discard(key);
  return false;
}

const composer = new Composer<BotContext>();

composer.use(async (ctx, next) => {
  if (!ctx.anonymous && !isFeedbackUpdate(ctx)) return next();
  ctx.anonymous = true;
  await handleAnonymous(ctx);
});

async function handleAnonymous(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery) return handleButton(ctx);
  if (!ctx.message) {
    if (ctx.editedMessage && ctx.chat?.type === "private") await ctx.ui.say(ctx.t("gopy-edit-ignored"));
    return;
  }
  const command = leadingCommand(ctx);
  if (ctx.chat?.type !== "private") {
    // The command guard answers first; this is the safety net: never take text in a group.
    const link = ctx.ui.privateChatLink();
    await ctx.ui.say(ctx.t("gopy-private-only"), link ? { choices: new Choices().url(ctx.t("guard-open-private"), link) } : {});
    return;
  }
  if (command === "gopy") return startDraft(ctx);
  if (command === "theodoi") return follow(ctx);
  if (command === "huy") return cancel(ctx);
  if (isEraseWord(ctx.msg?.text) && erasableOf(ctx.app).has(userId(ctx)) && draftsOf(ctx.app).get(userId(ctx))?.step !== "text") {
    return eraseShown(ctx);
  }
  return draftInput(ctx);
}

async function startDraft(ctx: BotContext): Promise<void> {
  const member = ctx.actor.member;
  if (!member) return void (await ctx.ui.say(ctx.t("guard-not-member")));
  const left = ctx.app.services.feedback.submissionsLeft(platformUser(ctx)!);
  if (left <= 0) throw new DomainError("feedback-quota", { max: ctx.app.services.feedback.limiter.limits.perDay });
  const drafts = draftsOf(ctx.app);
  drafts.discard(userId(ctx));
  const draft = drafts.start(userId(ctx), member.agencyId);
  draft.messageIds.push(ctx.msg!.message_id);
  const kb = new Choices();
  FEEDBACK_CATEGORIES.forEach((c, i) => {
    kb.text(`${i + 1}. ${ctx.t(`gopy-cat-${c}`)}`, `${PREFIX}${draft.nonce}:cat:${c}`, String(i + 1));
    if (i % 2 === 1) kb.row();
  });
  kb.text(ctx.t("gopy-btn-cancel"), `${PREFIX}${draft.nonce}:cancel`, "/huy");
  // Where the bot cannot delete messages, the intro says the dialogue stays in the chat.
  const intro = ctx.ui.capabilities.deleting ? "gopy-intro" : "gopy-intro-no-delete";
  await say(ctx, draft, ctx.t(intro, { minutes: DRAFT_IDLE_MINUTES, left, platform: platformName(ctx) }), kb);
}

async function draftInput(ctx: BotContext): Promise<void> {
  const drafts = draftsOf(ctx.app);
  const draft = drafts.get(userId(ctx));
  if (!draft) {
    if (drafts.takeExpired(userId(ctx))) await ctx.ui.say(ctx.t("gopy-draft-expired", { minutes: DRAFT_IDLE_MINUTES }));
    return;
  }
  drafts.touch(draft);
  draft.messageIds.push(ctx.msg!.message_id);
  const text = ctx.msg!.text;
  if (text === undefined) return say(ctx, draft, ctx.t("gopy-no-media"));
  if (draft.step === "category") {
    const category = typedCategory(text);
    if (!category) return say(ctx, draft, ctx.t("gopy-category-typed"));
    return chooseCategory(ctx, draft, category);
  }
  if (draft.step === "text") {
    let checked: string;
    try {
      checked = ctx.app.services.feedback.checkText(text);
    } catch (err) {
      if (err instanceof DomainError) return say(ctx, draft, ctx.t(`err-${err.code}`, err.params));
      throw err;
    }
    draft.text = checked;
    draft.step = "preview";
    return showPreview(ctx, draft);
  }
  const word = text.normalize("NFC").trim().toLowerCase();
  if (word === "gửi" || word === "gui" || isTypedYes(word)) return submit(ctx, draft);
  if (word === "viết lại" || word === "viet lai") return askText(ctx, draft);
  await say(ctx, draft, ctx.t("gopy-preview-typed"));
}

/** "1".."4" or the category's name, with or without diacritics. */
function typedCategory(text: string): FeedbackCategory | undefined {
  const t = foldTyped(text, { squash: true });
  const words: Record<string, number> = { "1": 0, gopy: 0, "2": 1, phananh: 1, "3": 2, kiennghi: 2, "4": 3, khac: 3 };
  const i = words[t];
  return i === undefined ? undefined : FEEDBACK_CATEGORIES[i];
}

async function chooseCategory(ctx: BotContext, draft: Draft, category: FeedbackCategory): Promise<void> {
  draft.category = category;
  return askText(ctx, draft);
}

async function askText(ctx: BotContext, draft: Draft): Promise<void> {
  draft.step = "text";
  draft.text = undefined;
  await say(ctx, draft, ctx.t("gopy-ask-text", { category: ctx.t(`gopy-cat-${draft.category}`), max: FEEDBACK_MAX_CHARS }));
}

async function showPreview(ctx: BotContext, draft: Draft): Promise<void> {
  const kb = new Choices()
    .text(ctx.t("gopy-btn-send"), `${PREFIX}${draft.nonce}:send`, "gửi")
    .text(ctx.t("gopy-btn-redo"), `${PREFIX}${draft.nonce}:redo`, "viết lại")
    .row()
    .text(ctx.t("gopy-btn-cancel"), `${PREFIX}${draft.nonce}:cancel`, "/huy");
  await say(ctx, draft, ctx.t("gopy-preview", { category: ctx.t(`gopy-cat-${draft.category}`), text: draft.text! }), kb);
}

async function submit(ctx: BotContext, draft: Draft): Promise<void> {
  // The draft ends whatever happens (a refusal is explained by the error boundary).
  draftsOf(ctx.app).discard(userId(ctx));
  let code: string;
  try {
    ({ code } = await ctx.app.services.feedback.submit(platformUser(ctx)!, {
      agencyId: draft.agencyId,
      category: draft.category!,
      text: draft.text!,
    }));
  } finally {
    await eraseDialogue(ctx, draft);
  }
  await sayErasable(ctx, ctx.t(ctx.ui.capabilities.deleting ? "gopy-sent" : "gopy-sent-no-delete", { code, platform: platformName(ctx) }), "gopy-btn-delete");
}

async function cancel(ctx: BotContext): Promise<void> {
  const draft = draftsOf(ctx.app).discard(userId(ctx));
  if (draft) {
    draft.messageIds.push(ctx.msg!.message_id);
    await eraseDialogue(ctx, draft);
  }
  await ctx.ui.say(ctx.t("gopy-cancelled"));
}

async function handleButton(ctx: BotContext): Promise<void> {
  const data = ctx.callbackQuery!.data!.slice(PREFIX.length);
  if (data === "del") {
    await ctx.ui.ack();
    const id = ctx.msgId;
    if (id === undefined) return;
    erasableOf(ctx.app).forget(userId(ctx), id);
    await ctx.ui.deleteMessages([id]);
    return;
  }
  const [nonce, action, arg] = data.split(":");
  const drafts = draftsOf(ctx.app);
  const draft = drafts.get(userId(ctx));
  if (!draft) return void (await ctx.ui.ack(ctx.t("gopy-draft-gone"), { alert: true }));
  const fresh =
    draft.nonce === nonce &&
    ((action === "cat" && draft.step === "category") ||
      ((action === "send" || action === "redo") && draft.step === "preview") ||
      action === "cancel");
  if (!fresh) return refuseStale(ctx);
  await ctx.ui.ack();
  drafts.touch(draft);
  if (action === "cancel") {
    drafts.discard(userId(ctx));
    await eraseDialogue(ctx, draft);
    await ctx.ui.say(ctx.t("gopy-cancelled"));
    return;
  }
  await ctx.ui.clearChoices();
  if (action === "send") return submit(ctx, draft);
  if (action === "redo") return askText(ctx, draft);
  const category = FEEDBACK_CATEGORIES.find((c) => c === arg);
  if (!category) return void (await ctx.ui.say(ctx.t("stale-button")));
  return chooseCategory(ctx, draft, category);
}

/** Replies within the dialogue, remembering the message so it can be erased at the end. */
async function say(ctx: BotContext, draft: Draft, text: string, choices?: Choices): Promise<void> {
  draft.messageIds.push(...(await ctx.ui.say(text, choices ? { choices } : {})));
}

/**
 * The draft's messages are deleted from the chat: whoever holds the bot token
 * could otherwise read them back with forwardMessage and see who wrote what.
 * Best effort (Telegram allows it for 48 hours); where the platform cannot
 * delete, the intro and the receipt say so instead.
 */
async function eraseDialogue(ctx: BotContext, draft: Draft): Promise<void> {
  if (draft.messageIds.length === 0) return;
  await ctx.ui.deleteMessages(draft.messageIds);
}

export const gopyFeature: Feature = {
  name: "gopy",
  commands: [
    { command: "gopy", audience: "member", chats: "private", help: "feedback" },
    { command: "theodoi", audience: "anyone", chats: "private", help: "feedback" },
  ],
  composer,
  beforeSession: true,
  isAnonymous: isFeedbackUpdate,
};
