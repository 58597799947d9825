import path from "node:path";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { projectPath } from "../paths.js";

/**
 * Self-assessment criteria are data (`src/data/criteria/<id>.json`), one file
 * per year, because the provincial committee changes the points from year to
 * year. Validated on load so that a typo fails at the first use.
 */
const CRITERIA_DIR = projectPath("src", "data", "criteria");

export const criteriaSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    year: z.number().int().min(2000).max(2100),
    title: z.string().min(3).max(300),
    /**
     * Where the criteria come from: the higher level's document, or a plain statement that
     * this is the agency's own working list. `official` says which (the report's wording differs).
     * Optional for snapshots stored before the field existed.
     */
    source: z.string().min(3).max(500).optional(),
    official: z.boolean().default(false),
    criteria: z
      .array(
        z.object({
          code: z.string().regex(/^[0-9a-z.]{1,10}$/),
          title: z.string().min(3).max(400),
          maxPoints: z.number().positive().max(1000),
        }),
      )
      .min(1),
    /** Ranking bands, best first; a total at or above `minPoints` gets the label. */
    bands: z.array(z.object({ label: z.string().min(1).max(40), minPoints: z.number().min(0) })).min(1),
  })
  .superRefine((s, c) => {
    const codes = s.criteria.map((x) => x.code);
    if (new Set(codes).size !== codes.length) c.addIssue({ code: "custom", message: "duplicate criterion code" });
    for (let i = 1; i < s.bands.length; i++) {
      if (s.bands[i]!.minPoints >= s.bands[i - 1]!.minPoints) c.addIssue({ code: "custom", message: "bands must be best first, thresholds decreasing" });
    }
    if (s.bands.at(-1)!.minPoints !== 0) c.addIssue({ code: "custom", message: "the last band must start at 0 so every total has a band" });
  });

export type CriteriaSet = z.infer<typeof criteriaSetSchema>;

const cache = new Map<string, CriteriaSet>();

export function criteriaSetIdForYear(year: number): string {
  return `qcdc-${year}`;
}

/** The criteria for a year: its own file, or else the latest earlier year's file. */
export function loadCriteriaSet(id: string): CriteriaSet {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`bad criteria set id: ${id}`);
  const cached = cache.get(id);
  if (cached) return cached;
  const parsed = parseCriteriaSet(JSON.parse(readFileSync(path.join(CRITERIA_DIR, `${id}.json`), "utf8")), id);
  cache.set(id, parsed);
  return parsed;
}

export function parseCriteriaSet(raw: unknown, label = "snapshot"): CriteriaSet {
  const parsed = criteriaSetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`criteria set ${label} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Finds the file for the year, falling back to the closest earlier year (up to 10 back). */
export function criteriaSetForYear(year: number): CriteriaSet {
  for (let y = year; y >= year - 10; y--) {
    try {
      return loadCriteriaSet(criteriaSetIdForYear(y));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
  throw new Error(`no criteria set for ${year}`);
}

export function bandFor(set: CriteriaSet, total: number): string {
  return set.bands.find((b) => total >= b.minPoints)!.label;
}

export function maxTotal(set: CriteriaSet): number {
  return set.criteria.reduce((a, c) => a + c.maxPoints, 0);
}
