import { createDb } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { createServices } from "../../src/services/index.js";
import { systemClock } from "../../src/clock.js";
import { enqueueMessage } from "../../src/messaging/outbox.js";

/**
 * A database file for a real bot process: an agency whose secretary is
 * Telegram user 1, this year's plan, task `taskNumber` assigned to her, and
 * optionally one pending outbox message (no agency, so quiet hours never hold it).
 */
export async function seedProcessDb(file: string, opts: { outboxText?: string } = {}): Promise<{ taskNumber: number }> {
  const url = `file:${file}`;
  migrateDatabase(url);
  const db = createDb(url);
  try {
    const svc = createServices({ db, clock: systemClock, timezone: "Asia/Ho_Chi_Minh" });
    const secretary = await svc.roster.createAgency({
      admin: { platform: "telegram", userId: "1" },
      agencyName: "Thanh tra tỉnh",
      profile: { fullName: "Nguyễn Thị Lan", position: "Chánh Văn phòng" },
    });
    const year = new Date().getUTCFullYear();
    await svc.plan.createFromTemplate(secretary, year);
    const section = await db.planSection.findFirstOrThrow({ where: { code: "2.2" } });
    const task = await svc.tasks.assign(secretary, {
      sectionId: section.id,
      title: "Tuyên truyền Luật",
      assigneeIds: [secretary.id],
      dueDate: new Date(Date.UTC(year, 11, 31, 16, 59, 59)),
    });
    await db.outboxMessage.deleteMany({});
    if (opts.outboxText) await db.$transaction((tx) => enqueueMessage(tx, { chatId: "1", text: opts.outboxText! }, new Date()));
    return { taskNumber: task.number };
  } finally {
    await db.$disconnect();
  }
}
