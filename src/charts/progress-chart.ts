import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

const require = createRequire(import.meta.url);
/**
 * DejaVu Sans has every Vietnamese glyph (ă, ơ, ư, đ and the stacked tone
 * marks). The font comes from an npm package and system fonts are ignored, so
 * the picture is the same on every server, including a bare container.
 */
const FONT_FILE = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT = "DejaVu Sans";

export const CHART_WIDTH = 800;

export interface ChartBar {
  /** Shown on the left, e.g. "2.1 Công tác lãnh đạo, chỉ đạo" (cut to fit). */
  label: string;
  /** 0–100 */
  percent: number;
}

/** Rows are 34 px high; the picture is exactly CHART_WIDTH × this many pixels. */
export function chartHeight(bars: number, title = true): number {
  return Math.max(1, bars) * 34 + 60 + (title ? 30 : 0);
}

/**
 * A horizontal bar chart of progress by plan section, as PNG bytes:
 * vega-lite spec → vega view (renderer "none", no DOM) → SVG → resvg (a
 * Rust renderer shipped as a prebuilt binary, no system libraries needed).
 */
export async function renderProgressChart(bars: ChartBar[], title: string): Promise<Buffer> {
  const rows = bars.map((b) => ({ label: shorten(b.label, 44), percent: clamp(b.percent), text: `${clamp(b.percent)}%` }));
  const height = chartHeight(bars.length, Boolean(title));
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: CHART_WIDTH,
    height,
    autosize: { type: "fit", contains: "padding" },
    padding: 12,
    background: "white",
    title: title ? { text: title, font: FONT, fontSize: 16, anchor: "start" } : undefined,
    data: { values: rows },
    encoding: {
      y: {
        field: "label",
        type: "nominal",
        sort: null, // the plan's own order
        axis: { title: null, labelFont: FONT, labelFontSize: 13, labelLimit: 330 },
      },
    },
    layer: [
      {
        mark: { type: "bar", color: "#2b6cb0", cornerRadiusEnd: 3, height: 22 },
        encoding: {
          x: {
            field: "percent",
            type: "quantitative",
            scale: { domain: [0, 100] },
            axis: { title: "Tiến độ (%)", titleFont: FONT, labelFont: FONT, grid: true, tickCount: 5 },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4, font: FONT, fontSize: 12, color: "#1a202c" },
        encoding: { x: { field: "percent", type: "quantitative" }, text: { field: "text" } },
      },
    ],
    config: { view: { stroke: null }, font: FONT },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none", logLevel: vega.Error });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, {
    font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: "width", value: CHART_WIDTH },
    background: "white",
  }).render();
  return png.asPng();
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
