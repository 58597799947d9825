import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, checkAttachment } from "../../src/services/attachments.js";

const bytes = (...head: number[]) => new Uint8Array([...head, 0x00, 0x01]);
const PDF = bytes(0x25, 0x50, 0x44, 0x46);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0);

describe("checkAttachment (docs/documents.md, Attached files)", () => {
  it("accepts the office types whose first bytes match their extension, with our MIME type", () => {
    expect(checkAttachment({ name: "Chỉ thị 30.PDF", bytes: PDF }).mime).toBe("application/pdf");
    expect(checkAttachment({ name: "du-thao.docx", bytes: ZIP }).mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(checkAttachment({ name: "bang.ods", bytes: ZIP }).mime).toBe("application/vnd.oasis.opendocument.spreadsheet");
    expect(checkAttachment({ name: "cu.doc", bytes: OLE }).mime).toBe("application/msword");
  });

  it("refuses other types, a mismatch, an empty and a too large file", () => {
    const code = (name: string, b: Uint8Array) => {
      try {
        checkAttachment({ name, bytes: b });
        return "accepted";
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(code("anh.png", bytes(0x89, 0x50, 0x4e, 0x47))).toBe("attachment-bad-type");
    expect(code("chay.exe", bytes(0x4d, 0x5a))).toBe("attachment-bad-type");
    expect(code("gia.pdf", ZIP)).toBe("attachment-bad-type");
    expect(code("khong-duoi", PDF)).toBe("attachment-bad-type");
    expect(code("rong.pdf", new Uint8Array())).toBe("attachment-empty");
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46]);
    expect(code("lon.pdf", big)).toBe("attachment-too-big");
  });

  it("keeps the name without a path or control characters, and not longer than 120 characters", () => {
    expect(checkAttachment({ name: "C:\\Users\\lan\\Desktop\\Kế hoạch\u0000.pdf", bytes: PDF }).name).toBe("Kế hoạch.pdf");
    const long = checkAttachment({ name: `${"a".repeat(200)}.docx`, bytes: ZIP }).name;
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith(".docx")).toBe(true);
  });
});
