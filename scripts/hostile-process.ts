import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { Chat, Update, User } from "grammy/types";
import { features } from "../commands/index.js";
import { choiceActions } from "../src/bot/choice-actions.js";
import { FakeTelegram, TEST_BOT_INFO } from "../tests/harness/fake-telegram.js";
import { TestBot } from "../tests/harness/test-bot.js";
import { freePort, ROOT, TEST_TOKEN } from "../tests/harness/bot-process.js";
import { tempDir } from "../tests/harness/real-process.js";
import { buildWorld, ROLE_NAMES } from "../tests/e2e/access/matrix-world.js";
import { samplesOf } from "../tests/e2e/access/regex-sample.js";
import { hostileCase, seeded, type Cast, type HostileCase } from "../tests/e2e/access/hostile-updates.js";

/**
 * `npm run hostile:process`: issue 14's figures from the real process. The
 * built bot (`node dist/src/main.js`, as `npm start` runs it) polls a fake Bot
 * API on loopback; the same seeded stream of hostile updates as
 * tests/e2e/hostile-updates.test.ts (same generator, same two-agency world) is
 * pushed to it, and the script prints: updates sent, unhandled errors in the
 * bot's log, due answers not given, and the process's RSS after 1,000 and
 * after all updates. Exits non-zero when an error or an unanswered update is found.
 *
 * Updates go in batches in which no two touch the same chat or person, so each
 * answer can be attributed to its update; a batch ends when the bot has
 * confirmed it to the fake API (it confirms only handled updates).
 * QCDC_HOSTILE_COUNT (default 10,000), QCDC_HOSTILE_SEED (default 14),
 * QCDC_HOSTILE_STRANGERS (default 33).
 */
const COUNT = Number(process.env.QCDC_HOSTILE_COUNT ?? 10_000);
const SEED = Number(process.env.QCDC_HOSTILE_SEED ?? 14);
const MAIN = path.join(ROOT, "dist/src/main.js");
if (!existsSync(MAIN)) throw new Error("dist/src/main.js is missing: run `npm run build` first");

const dir = tempDir("qcdc-hostile-");
const dbFile = path.join(dir, "qcdc.db");

// The world of the access matrices, built in-process and copied to the file the real bot opens.
const t = TestBot.create({ buttons: true });
const world = await buildWorld(t);
await t.db.$executeRawUnsafe(`VACUUM INTO '${dbFile.replace(/'/g, "''")}'`);
const memberCount = await t.db.member.count();
await t.close();

// The seven people of the world, plus strangers (not in the database) so that a batch can hold more
// updates that share no chat and no person; QCDC_HOSTILE_STRANGERS=0 keeps the in-suite test's cast.
const STRANGERS = Number(process.env.QCDC_HOSTILE_STRANGERS ?? 33);
const users: User[] = [
  ...ROLE_NAMES.map((r) => world.people[r].profile),
  ...Array.from({ length: STRANGERS }, (_, i) => ({ id: 5_000 + i, is_bot: false, first_name: `Khách ${i + 1}` }) as User),
];
const cast: Cast = {
  users,
  privateOf: (u) => ({ id: u.id, type: "private", first_name: u.first_name }) as Chat,
  groups: [world.groups.A, world.groups.B, world.groups.none].map((g) => ({ id: g.id, type: "supergroup", title: "Nhóm" }) as Chat),
  commands: features.flatMap((f) => f.commands.map((c) => c.command)),
  callbackData: choiceActions.registrations().flatMap((r) => samplesOf(r.pattern)),
  botName: TEST_BOT_INFO.username,
};

const fake = new FakeTelegram();
const apiRoot = await fake.listen();
const proc = spawn(process.execPath, ["--enable-source-maps", MAIN], {
  cwd: dir,
  env: { PATH: process.env.PATH ?? "", HOME: dir, PORT: String(await freePort()), BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: "info" },
  stdio: ["ignore", "pipe", "pipe"],
});
let stdout = "";
let stderr = "";
proc.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
proc.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
let exited: number | null | undefined;
proc.on("exit", (code) => (exited = code));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (exited !== undefined) throw new Error(`the bot exited (${exited}) while waiting for ${what}:\n${stderr.slice(-2000)}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}
// The highest offset the bot has sent so far, read incrementally (the call log only grows).
let scanned = 0;
let confirmedOffset = 0;
const confirmedBeyond = (id: number) => {
  for (; scanned < fake.calls.length; scanned++) {
    const c = fake.calls[scanned]!;
    if (c.method === "getUpdates") confirmedOffset = Math.max(confirmedOffset, Number(c.payload.offset ?? 0));
  }
  return confirmedOffset > id;
};
const rssMiB = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"))?.[1] ?? 0) / 1024);

await until("the first poll", () => fake.callsOf("getUpdates").length > 0, 30_000);
const startedAt = Date.now();
const rnd = seeded(SEED);
const unanswered: string[] = [];
const rss: string[] = [];
let updateId = 1_000;
let sent = 0;
let deferred: HostileCase[] = [];
const chatOf = (c: HostileCase): string => {
  const u = c.update as Update;
  return String(u.message?.chat.id ?? u.edited_message?.chat.id ?? u.callback_query?.message?.chat.id ?? u.my_chat_member?.chat.id ?? "none");
};
const fromOf = (c: HostileCase): string => {
  const u = c.update as Update;
  return String(u.message?.from?.id ?? u.edited_message?.from?.id ?? u.callback_query?.from.id ?? u.my_chat_member?.from.id ?? "none");
};

while (sent < COUNT) {
  // A batch of updates that share neither a chat nor a person.
  const batch: HostileCase[] = [];
  const busy = new Set<string>();
  const take = (c: HostileCase) => {
    const keys = [`c${chatOf(c)}`, `u${fromOf(c)}`];
    if (keys.some((k) => busy.has(k))) return false;
    keys.forEach((k) => busy.add(k));
    batch.push(c);
    return true;
  };
  deferred = deferred.filter((c) => !take(c));
  while (deferred.length < 50 && batch.length + sent < COUNT && batch.length < 40) {
    const c = hostileCase(rnd, cast, 10_000 + sent + batch.length + deferred.length, Math.floor(Date.now() / 1000));
    if (!take(c)) deferred.push(c);
  }
  if (!batch.length) continue;
  const callsBefore = fake.calls.length;
  const ids: number[] = [];
  for (const c of batch) {
    ids.push(++updateId);
    fake.pushUpdate({ update_id: updateId, ...c.update } as Update);
  }
  await until(`update ${updateId} to be confirmed`, () => confirmedBeyond(updateId));
  const calls = fake.calls.slice(callsBefore);
  for (const c of batch) {
    const chat = chatOf(c);
    const from = fromOf(c);
    if (c.due === "callback" && !calls.some((x) => x.method === "answerCallbackQuery" && x.payload.callback_query_id === (c.update as Update).callback_query?.id)) unanswered.push(c.label);
    if (c.due === "answer" && !calls.some((x) => x.method !== "getUpdates" && (String(x.payload.chat_id) === chat || String(x.payload.chat_id) === from))) unanswered.push(c.label);
  }
  const before = sent;
  sent += batch.length;
  if (before < 1_000 && sent >= 1_000) rss.push(`RSS after ${sent}: ${rssMiB()} MiB`);
}
rss.push(`RSS after ${sent}: ${rssMiB()} MiB`);
const seconds = (Date.now() - startedAt) / 1000;

proc.kill("SIGTERM");
await until("the bot to stop", () => exited !== undefined, 30_000).catch(() => proc.kill("SIGKILL"));
await fake.close();

const errors = stdout.split("\n").filter((l) => /"level":(50|60)/.test(l));
console.log(`hostile updates through the real process (seed ${SEED}): ${sent} sent in ${seconds.toFixed(0)} s, ${errors.length} unhandled errors, ${unanswered.length} due answers not given, exit code ${exited}`);
for (const line of rss) console.log(`  ${line}`);
console.log(`  ${memberCount} members in the world; stderr ${stderr.trim() ? `${stderr.trim().split("\n").length} lines` : "empty"}`);
for (const e of errors.slice(0, 5)) console.log(`  error: ${e.slice(0, 300)}`);
for (const u of unanswered.slice(0, 10)) console.log(`  unanswered: ${u}`);
rmSync(dir, { recursive: true, force: true });
if (errors.length || unanswered.length) process.exitCode = 1;
