import { describe, expect, it } from "vitest";
import { CHART_WIDTH, chartHeight, renderProgressChart, wrap } from "../../src/charts/progress-chart.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LONG = "2.1 Công tác lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo cơ quan về thực hiện dân chủ";

describe("progress chart", () => {
  const opts = { title: "Tiến độ theo từng phần của Kế hoạch — hết quý II năm 2026", asOf: new Date("2026-06-30T10:00:00Z"), timezone: "Asia/Ho_Chi_Minh", tasks: 16 };

  it("renders a PNG of the expected size with Vietnamese labels", async () => {
    const bars = [
      { label: LONG, percent: 67, done: 2, total: 3 },
      { label: "2.2 Công tác triển khai, tuyên truyền", percent: 40 },
      { label: "3 Kiểm tra, giám sát", percent: 0 },
      { label: "4 Chế độ thông tin báo cáo", percent: 130 }, // clamped to 100
    ];
    const png = await renderProgressChart(bars, opts);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(CHART_WIDTH);
    expect(png.readUInt32BE(20)).toBe(chartHeight(bars, opts));
    expect(png.subarray(-8, -4).toString("ascii")).toBe("IEND");
    // A blank picture compresses to almost nothing; text and bars do not.
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("wraps a long section name in full instead of cutting it, and grows with it", () => {
    const lines = wrap(LONG, 25, CHART_WIDTH - 48);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(LONG);
    expect(lines.every((l) => !l.includes("…"))).toBe(true);
    const short = chartHeight([{ label: "2.1 Lãnh đạo", percent: 50 }], { title: "" });
    expect(chartHeight([{ label: LONG, percent: 50 }], { title: "" })).toBeGreaterThan(short);
    expect(chartHeight([{ label: "a", percent: 1 }, { label: "b", percent: 2 }], { title: "" })).toBeGreaterThan(chartHeight([{ label: "a", percent: 1 }], { title: "" }));
  });
});
