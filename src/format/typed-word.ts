/**
 * Folds what a person typed into a comparable key: no diacritics, đ → d,
 * lower case, collapsed spaces. People type commands on phones with or
 * without Vietnamese keyboards, so "Phó ban", "pho ban" and "phoban" must match.
 * `squash` also removes separators (spaces, dots, dashes, underscores).
 */
export function foldTyped(text: string, opts: { squash?: boolean } = {}): string {
  const folded = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  return opts.squash ? folded.replace(/[\s._-]/g, "") : folded;
}
