import path from "node:path";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { projectPath } from "../paths.js";

/**
 * The criteria of "gương điển hình tiên tiến trong thực hiện QCDC ở cơ sở" are
 * data (`src/data/exemplary/<id>.json`), like the self-assessment criteria:
 * the province changes them by document, not the code. Each file names its
 * source and says whether its wording was checked against the agency's copy
 * of that document (`verified`); the bot shows that caveat until it is.
 */
const DIR = projectPath("src", "data", "exemplary");
export const CURRENT_CRITERIA_ID = "hd-03-bdvtu";

const schema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3).max(300),
  source: z.string().min(3).max(500),
  /** The document as the report cites it ("Hướng dẫn số 03-HD/BDVTU ngày 26/10/2021 của …"). */
  reference: z.string().min(3).max(200),
  verified: z.boolean(),
  note: z.string().max(1000).optional(),
  criteria: z.array(z.object({ code: z.string().regex(/^[0-9a-z.]{1,10}$/), title: z.string().min(3).max(400) })).min(1),
});

export type ExemplaryCriteria = z.infer<typeof schema>;

const cache = new Map<string, ExemplaryCriteria>();

export function loadExemplaryCriteria(id: string = CURRENT_CRITERIA_ID): ExemplaryCriteria {
  let set = cache.get(id);
  if (!set) {
    set = schema.parse(JSON.parse(readFileSync(path.join(DIR, `${id}.json`), "utf8")));
    if (set.id !== id) throw new Error(`exemplary criteria ${id}: the file says id ${set.id}`);
    cache.set(id, set);
  }
  return set;
}
