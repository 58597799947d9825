/**
 * Strings that a choice's pattern matches, built from the pattern itself, so
 * that a new registration is forged by the matrix test without anyone
 * writing an example. Covers what callback patterns use: literals, `\d` and
 * `\w` with `+`/`{n}`/`{n,m}`, character classes, `(a|b|c)` (every
 * alternative, e.g. `bcky:v`, `bcky:a`, `bcky:g`) and optional `(?:…)?`
 * (left out). Numbers come out as 9s (no such row: the world stays as seeded). At most `MAX` samples per pattern.
 */
const MAX = 6;

export function samplesOf(pattern: RegExp): string[] {
  const src = pattern.source.replace(/^\^/, "").replace(/\$$/, "");
  const [out] = sampleSeq(src, 0);
  for (const s of out) if (!pattern.test(s)) throw new Error(`cannot sample ${pattern}: got ${s}`);
  return out;
}

function cross(a: string[], b: string[]): string[] {
  return a.flatMap((x) => b.map((y) => x + y)).slice(0, MAX);
}

function sampleSeq(src: string, start: number): [string[], number] {
  let out = [""];
  let i = start;
  while (i < src.length && src[i] !== ")" && src[i] !== "|") {
    let atom: string[];
    if (src[i] === "(") {
      const nonCapturing = src.startsWith("(?:", i);
      let [alts, j] = sampleSeq(src, i + (nonCapturing ? 3 : 1));
      while (src[j] === "|") {
        const [more, k] = sampleSeq(src, j + 1);
        alts = [...alts, ...more];
        j = k;
      }
      atom = alts;
      i = j + 1;
    } else if (src[i] === "[") {
      const end = src.indexOf("]", i);
      const cls = src.slice(i + 1, end);
      atom = cls.startsWith("A-Z") ? ["A"] : cls.startsWith("a-z") ? ["a"] : cls.startsWith("0-9") ? ["9"] : [...cls];
      i = end + 1;
    } else if (src[i] === "\\") {
      const c = src[i + 1]!;
      atom = [c === "d" ? "9" : c === "w" ? "a" : c];
      i += 2;
    } else {
      atom = [src[i]!];
      i += 1;
    }
    const q = /^(\?|\+|\*|\{(\d+)(?:,(\d*))?\})/.exec(src.slice(i));
    if (q) {
      i += q[0].length;
      if (q[1] === "?" || q[1] === "*") atom = [""];
      else if (q[2] !== undefined) atom = atom.map((a) => a.repeat(Number(q[2]) || 1));
    }
    out = cross(out, atom);
  }
  return [out, i];
}
