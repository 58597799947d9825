import { describe, expect, it } from "vitest";
import { CHART_WIDTH, chartHeight, renderProgressChart } from "../../src/charts/progress-chart.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("progress chart", () => {
  it("renders a PNG of the expected size with Vietnamese labels", async () => {
    const bars = [
      { label: "2.1 Công tác lãnh đạo, chỉ đạo", percent: 75 },
      { label: "2.2 Thực hiện dân chủ trong nội bộ cơ quan", percent: 40 },
      { label: "3 Kiểm tra, giám sát", percent: 0 },
      { label: "4 Chế độ thông tin báo cáo", percent: 130 }, // clamped to 100
      { label: "5 Tổ chức thực hiện", percent: 12.6 },
    ];
    const png = await renderProgressChart(bars, "Tiến độ thực hiện Kế hoạch năm 2026 theo từng phần");
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(CHART_WIDTH);
    expect(png.readUInt32BE(20)).toBe(chartHeight(bars.length));
    expect(png.subarray(-8, -4).toString("ascii")).toBe("IEND");
    // A blank picture compresses to almost nothing; text and bars do not.
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("grows with the number of sections", async () => {
    const one = await renderProgressChart([{ label: "2.1 Lãnh đạo", percent: 50 }], "");
    expect(one.readUInt32BE(20)).toBe(chartHeight(1, false));
    expect(chartHeight(8)).toBeGreaterThan(chartHeight(1));
  });
});
