import type { ChatFile } from "../../src/chat/message.js";

/** The MIME type of a Word document (.docx), as every platform expects it. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A generated .docx as the chat layer sends it (`ctx.ui.file`). */
export function docxFile(name: string, bytes: Uint8Array): ChatFile {
  return { name, bytes, mime: DOCX_MIME };
}
