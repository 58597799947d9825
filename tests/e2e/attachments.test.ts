import type { InputFile } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../src/files/tokens.js";
import type { SentMessage } from "../harness/fake-telegram.js";
import { Role, seedAgency, type SeededAgency } from "../harness/fixtures.js";
import { TestBot, texts } from "../harness/test-bot.js";

/**
 * A file for a document to study and for a consultation draft (docs/documents.md,
 * "Files"), in the three runs: on Telegram the secretary sends the file with the
 * command as its caption and recipients get it as a document; on Zalo, where
 * nobody can send a file to a bot, the flow says so and offers the link form,
 * and a file attached from Telegram reaches Zalo users as a download link.
 */
let t: TestBot;
let a: SeededAgency;
let docId: number;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46]);
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]);

beforeAll(async () => {
  t = TestBot.create({ now: "2026-03-02T02:00:00Z", publicUrl: "https://qcdc.example.gov.vn" });
  a = await seedAgency(t, {
    hung: { role: Role.HEAD, fullName: "Trần Văn Hùng" },
    binh: { role: Role.MEMBER, fullName: "Lê Văn Bình" },
    chi: { role: Role.STAFF, fullName: "Phạm Thị Chi" },
    dung: { role: Role.STAFF, fullName: "Lê Văn Dũng" },
  });
  const lanSays = (line: string) => a.secretary.user.send(line);
  await lanSays("/vanban them 30-CT/TW | Chỉ thị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở | Bộ Chính trị | 18/02/1998 | Nội dung chính");
  docId = (await t.db.studyDocument.findFirstOrThrow()).id;
  await lanSays(`/vanban gui ${docId} 13/03/2026 công chức`);
  await lanSays("/layykien\nTiêu đề: Dự thảo Quy chế làm việc năm 2026\nĐối tượng: công chức\nHạn: 13/03/2026\nDự thảo: Toàn văn dự thảo trong tệp đính kèm của đợt lấy ý kiến này.");
  await t.flushOutbox();
}, 60_000);
afterAll(() => t.close());

const lan = () => a.secretary.user;
const who = (k: string) => a.people[k]!.user;
const onTelegram = () => t.platform === "telegram";

/** The bytes the person received: a Telegram document, or the download link's stored file. */
async function received(sent: SentMessage[]): Promise<{ name: string; bytes: Uint8Array }> {
  const doc = sent.find((m) => m.method === "sendDocument");
  if (doc) {
    const f = doc.payload.document as InputFile;
    return { name: f.filename ?? "", bytes: (await f.toRaw()) as Uint8Array };
  }
  const link = /\/f\/([A-Za-z0-9_-]{43})\/(\S+)/.exec(texts(sent));
  expect(link, "a document or a download link").not.toBeNull();
  const row = await t.db.downloadLink.findUniqueOrThrow({ where: { tokenHash: hashToken(link![1]!) } });
  return { name: decodeURIComponent(link![2]!), bytes: new Uint8Array(row.bytes) };
}

describe("a file for a document or a draft", () => {
  it("refuses what is not a file of the accepted kinds, writing nothing", async () => {
    const outbox = await t.db.outboxMessage.count();
    if (onTelegram()) {
      expect(texts(await lan().send(`/vanban tep ${docId}`))).toContain("Chưa nhận được tệp. Đồng chí gửi tệp (.pdf, .docx, .xlsx…, tối đa 10 MB) và ghi /vanban tep");
      expect(texts(await lan().sendDocument("quyet-dinh.pdf", EXE, `/vanban tep ${docId}`))).toContain("Chỉ nhận tệp .pdf, .docx, .xlsx, .odt, .ods, .doc, .xls");
      expect(texts(await lan().sendDocument("Chi-thi.docx", PDF, `/vanban tep ${docId}`))).toContain("phần mở rộng không khớp");
      expect(texts(await lan().sendDocument("Chi-thi.pdf", PDF, `/vanban tep ${docId}`, 11 * 1024 * 1024))).toContain("Tệp lớn hơn 10 MB");
      expect(texts(await lan().sendDocument("Chi-thi.pdf", PDF, "/vanban tep 999"))).toContain("Không có văn bản số 999");
      expect(texts(await who("chi").sendDocument("Chi-thi.pdf", PDF, `/vanban tep ${docId}`))).not.toContain("Đã đính kèm");
    } else {
      const said = texts(await lan().send(`/vanban tep ${docId}`));
      expect(said).toContain("Zalo chưa cho phép gửi tệp cho bot");
      expect(said).toContain(`/vanban link ${docId} https://`);
      expect(texts(await lan().send("/layykien_tep 1"))).toContain("ghi đường link ngay sau \"Dự thảo:\"");
      await lan().sendDocument("Chi-thi.pdf", PDF, `/vanban tep ${docId}`); // Zalo delivers it as an unsupported message
    }
    expect(texts(await lan().send(`/vanban link ${docId} ftp://luutru/30.pdf`))).toContain("Đường link");
    expect(await t.db.attachment.count()).toBe(0);
    expect(await t.db.outboxMessage.count()).toBe(outbox);
    expect((await t.db.studyDocument.findUniqueOrThrow({ where: { id: docId } })).link).toBeNull();
  });

  it("the link form works everywhere", async () => {
    expect(texts(await lan().send(`/vanban link ${docId} https://tulieuvankien.dangcongsan.vn/30-ct-tw`))).toContain("Đã ghi đường link của văn bản");
    expect((await t.db.studyDocument.findUniqueOrThrow({ where: { id: docId } })).link).toBe("https://tulieuvankien.dangcongsan.vn/30-ct-tw");
  });

  it("attaches the document's file, tells those it reached, and gives it to them (a document on Telegram, a link on Zalo)", async () => {
    if (onTelegram()) {
      expect(texts(await lan().sendDocument("Chỉ thị số 30-CT-TW.pdf", PDF, `/vanban tep ${docId}`))).toContain("Đã đính kèm tệp Chỉ thị số 30-CT-TW.pdf (1 KB) vào văn bản");
    } else {
      // Attached from Telegram by the secretary; the recipients here are on Zalo.
      await t.deps.services.attachments.attach(a.secretary.member, { documentId: docId }, { name: "Chỉ thị số 30-CT-TW.pdf", bytes: PDF });
    }
    const row = await t.db.attachment.findFirstOrThrow({ select: { name: true, mime: true, size: true, documentId: true } });
    expect(row).toEqual({ name: "Chỉ thị số 30-CT-TW.pdf", mime: "application/pdf", size: PDF.length, documentId: docId });
    const notices = await t.flushOutbox();
    expect(notices.filter((m) => m.text.startsWith(`📎 Văn bản số ${docId} có tệp đính kèm`)).map((m) => m.chatId).sort()).toEqual([who("chi").chatId, who("dung").chatId].sort());
    const got = await received(await who("chi").send(`/quantriet tep ${docId}`));
    expect(got.name).toBe("Chỉ thị số 30-CT-TW.pdf");
    expect([...got.bytes]).toEqual([...PDF]);
    expect(texts(await who("binh").send(`/quantriet tep ${docId}`))).toContain("không được gửi đến đồng chí"); // not staff: not sent to him
    expect(texts(await who("binh").send("/quantriet tep 999"))).toContain("Không có văn bản số 999");
  });

  it("attaches the draft's file, which comes with /ykien", async () => {
    if (onTelegram()) {
      expect(texts(await lan().sendDocument("Du thao Quy che lam viec.docx", DOCX, "/layykien_tep 1"))).toContain("Đã đính kèm tệp dự thảo Du thao Quy che lam viec.docx");
    } else {
      await t.deps.services.attachments.attach(a.secretary.member, { consultationNumber: 1 }, { name: "Du thao Quy che lam viec.docx", bytes: DOCX });
    }
    expect(texts(await t.flushOutbox())).toContain("📎 Dự thảo của đợt lấy ý kiến số 1 có tệp đính kèm: Du thao Quy che lam viec.docx");
    const sent = await who("dung").send("/ykien 1");
    expect((await received(sent)).bytes.length).toBe(DOCX.length);
    expect(sent.at(-1)!.text).toContain("LẤY Ý KIẾN DỰ THẢO — đợt số 1");
  });

  it("/trogiup lists /layykien_tep for the secretary, not for staff", async () => {
    expect(texts(await lan().send("/trogiup"))).toContain("/layykien_tep <số>");
    expect(texts(await who("chi").send("/trogiup"))).not.toContain("/layykien_tep");
  });
});
