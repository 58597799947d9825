import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { formatDate } from "../format/date.js";

const require = createRequire(import.meta.url);
/**
 * DejaVu Sans has every Vietnamese glyph (ă, ơ, ư, đ and the stacked tone
 * marks). The font comes from an npm package and system fonts are ignored, so
 * the picture is the same on every server, including a bare container.
 */
const FONT_FILES = [require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")];
const FONT = "DejaVu Sans";

/**
 * Pixel width of the picture. Telegram shows a photo about 360 CSS px wide on a
 * phone, i.e. at half this size: fonts of 26–30 px here read as 13–15 px there.
 */
export const CHART_WIDTH = 720;
const PAD = 24;
const TITLE_PX = 30;
const SUB_PX = 23;
const LABEL_PX = 25;
const VALUE_PX = 25;
const BAR_H = 26;
/** Room on the right of each bar for "67% (2/3)". */
const VALUE_W = 170;
/**
 * DejaVu Sans advances average about 0.55 em over Vietnamese text; 0.6 keeps
 * the estimate on the safe side so that a wrapped line never overflows.
 */
const EM_PER_CHAR = 0.6;

export interface ChartBar {
  /** Shown above the bar, in full, wrapped to the picture's width, e.g. "2.1 Công tác lãnh đạo, chỉ đạo …". */
  label: string;
  /** 0–100: done / total tasks of the section (services/progress.ts, progressPercent). */
  percent: number;
  done?: number;
  total?: number;
}

export interface ChartOptions {
  title: string;
  /** The moment the figures describe, printed as "Tính đến ngày dd/MM/yyyy". */
  asOf?: Date;
  timezone?: string;
  /** Number of tasks the figures count, printed beside the date. */
  tasks?: number;
}

/** Greedy word wrap by the estimated width. */
export function wrap(text: string, px: number, width: number): string[] {
  const max = Math.max(8, Math.floor(width / (px * EM_PER_CHAR)));
  const lines: string[] = [];
  let cur = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (!cur) cur = word;
    else if (cur.length + 1 + word.length <= max) cur += ` ${word}`;
    else (lines.push(cur), (cur = word));
  }
  if (cur) lines.push(cur);
  return lines;
}

interface Layout {
  title: string[];
  sub: string | null;
  bars: { lines: string[]; percent: number; value: string }[];
  height: number;
}

function layout(bars: ChartBar[], opts: ChartOptions): Layout {
  const inner = CHART_WIDTH - 2 * PAD;
  const title = opts.title ? wrap(opts.title, TITLE_PX, inner) : [];
  const subParts: string[] = [];
  if (opts.asOf) subParts.push(`Tính đến ngày ${formatDate(opts.asOf, opts.timezone ?? "Asia/Ho_Chi_Minh")}`);
  if (opts.tasks !== undefined) subParts.push(`${opts.tasks} nhiệm vụ`);
  const sub = subParts.length ? subParts.join(" · ") : null;
  const rows = bars.map((b) => {
    const p = clamp(b.percent);
    const count = b.done !== undefined && b.total !== undefined ? ` (${b.done}/${b.total})` : "";
    return { lines: wrap(b.label, LABEL_PX, inner), percent: p, value: `${p}%${count}` };
  });
  let h = PAD + title.length * TITLE_PX * 1.25 + (sub ? SUB_PX * 1.6 : 0) + (title.length || sub ? 12 : 0);
  for (const r of rows) h += r.lines.length * LABEL_PX * 1.25 + BAR_H + 22;
  return { title, sub, bars: rows, height: Math.ceil(h + PAD) };
}

/** Height in pixels for these bars and options (the picture is exactly CHART_WIDTH × this). */
export function chartHeight(bars: ChartBar[], opts: ChartOptions): number {
  return layout(bars, opts).height;
}

/**
 * A progress chart by plan section as PNG bytes: each section's full name
 * wrapped above its bar, the percent and "done/total" beside it, the date and
 * task count under the title. Hand-written SVG (see docs/reports.md: a charting
 * library cuts long axis labels; this layout wraps them) rendered by resvg, a
 * Rust renderer shipped as a prebuilt binary with no system libraries.
 */
export async function renderProgressChart(bars: ChartBar[], opts: ChartOptions): Promise<Buffer> {
  const l = layout(bars, opts);
  const inner = CHART_WIDTH - 2 * PAD;
  const track = inner - VALUE_W;
  const parts: string[] = [];
  let y = PAD;
  for (const line of l.title) {
    y += TITLE_PX;
    parts.push(text(PAD, y, line, TITLE_PX, "#1a202c", true));
    y += TITLE_PX * 0.25;
  }
  if (l.sub) {
    y += SUB_PX * 1.3;
    parts.push(text(PAD, y, l.sub, SUB_PX, "#4a5568"));
    y += SUB_PX * 0.3;
  }
  if (l.title.length || l.sub) y += 12;
  for (const b of l.bars) {
    for (const line of b.lines) {
      y += LABEL_PX;
      parts.push(text(PAD, y, line, LABEL_PX, "#1a202c"));
      y += LABEL_PX * 0.25;
    }
    y += 8;
    parts.push(`<rect x="${PAD}" y="${y}" width="${track}" height="${BAR_H}" rx="4" fill="#e2e8f0"/>`);
    if (b.percent > 0) parts.push(`<rect x="${PAD}" y="${y}" width="${Math.max(6, (track * b.percent) / 100)}" height="${BAR_H}" rx="4" fill="#2b6cb0"/>`);
    parts.push(text(PAD + track + 12, y + BAR_H - 4, b.value, VALUE_PX, "#1a202c", true));
    y += BAR_H + 14;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${l.height}" viewBox="0 0 ${CHART_WIDTH} ${l.height}"><rect width="100%" height="100%" fill="white"/>${parts.join("")}</svg>`;
  const png = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: "width", value: CHART_WIDTH },
    background: "white",
  }).render();
  return png.asPng();
}

function text(x: number, y: number, s: string, px: number, color: string, bold = false): string {
  return `<text x="${x}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${px}"${bold ? ' font-weight="bold"' : ""} fill="${color}">${escapeXml(s)}</text>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
