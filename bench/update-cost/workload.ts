import type { Seeded } from "./seed.js";
import { person, type PolledBot } from "./polled.js";

/** One kind of update, sent by someone through a polled bot; `check` reads the answer (once, before measuring). */
export interface Case {
  label: string;
  send(i: number): Promise<void>;
  check(): void;
}

/** The commands measured, and the echo they are compared with. */
export function cases(echo: PolledBot, bot: PolledBot, s: Seeded): Case[] {
  const secretary = person(s.secretaryId, "Lan");
  const first = s.reporters[0]!;
  const reporter = person(first.id);
  const expect = (b: PolledBot, chat: number, what: string) => () => {
    const answer = b.drain(chat).join("\n");
    if (!answer.includes(what)) throw new Error(`unexpected answer (wanted "${what}"): ${answer.slice(0, 300)}`);
  };
  return [
    { label: "echo (bare grammY)", send: (i) => echo.send(secretary, `xin chào ${i}`), check: expect(echo, s.secretaryId, "xin chào") },
    { label: "/baocao <số> 50% <nội dung>", send: (i) => report(bot, first, reporter, i), check: expect(bot, first.id, "Đã ghi báo cáo") },
    { label: "/tiendo (committee)", send: () => bot.send(secretary, "/tiendo"), check: expect(bot, s.secretaryId, "hoàn thành") },
    { label: "/nhiemvu (8 tasks)", send: () => bot.send(reporter, "/nhiemvu"), check: expect(bot, first.id, "Nhiệm vụ của") },
    { label: "/kehoach (200 tasks)", send: () => bot.send(secretary, "/kehoach"), check: expect(bot, s.secretaryId, "Kế hoạch") },
  ];
}

/** A one-line report on one of the person's open tasks, in turn (50 % keeps it open). */
export function report(bot: PolledBot, who: Seeded["reporters"][number], from = person(who.id), i = 0): Promise<void> {
  const n = who.open[Math.abs(i) % who.open.length]!;
  return bot.send(from, `/baocao ${n} 50% Đã triển khai bước ${i}`);
}

/**
 * `people` people at once, each sending `each` updates one after the other
 * (the next once the previous is answered): latency per update and the
 * throughput of the whole.
 */
export async function crowd(people: number, each: number, send: (who: number, i: number) => Promise<void>): Promise<{ times: number[]; perSecond: number }> {
  const times: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: people }, async (_, who) => {
      for (let i = 0; i < each; i++) {
        const t0 = performance.now();
        await send(who, i);
        times.push(performance.now() - t0);
      }
    }),
  );
  return { times, perSecond: (people * each) / ((performance.now() - start) / 1000) };
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
