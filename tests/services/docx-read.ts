import JSZip from "jszip";

/** The visible text of a .docx body, paragraphs joined by newlines, tags stripped. */
export async function docxText(buffer: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

export async function docxXml(buffer: Uint8Array, part = "word/document.xml"): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file(part)!.async("string");
}

/** Asserts-friendly: the index of each needle, in order, or -1 where one is missing or out of order. */
export function positions(text: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const i = text.indexOf(n, from);
    if (i >= 0) from = i + n.length;
    return i;
  });
}
