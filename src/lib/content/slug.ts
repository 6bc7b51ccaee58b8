/**
 * Readable, stable URL slugs for paper titles. A slug depends only on its own title, so
 * adding papers never renames old ones; a collision is broken by a suffix derived from
 * the title itself, not from the order papers arrive in.
 */

import { shortHash } from "./hash.ts";

/** Greek letters are spelled out, as researchers read them (γ-MoD → gamma-mod). */
const GREEK: Record<string, string> = {
  α: "alpha", β: "beta", γ: "gamma", δ: "delta", ε: "epsilon", ϵ: "epsilon", ζ: "zeta",
  η: "eta", θ: "theta", ϑ: "theta", ι: "iota", κ: "kappa", λ: "lambda", μ: "mu", µ: "mu",
  ν: "nu", ξ: "xi", ο: "omicron", π: "pi", ρ: "rho", σ: "sigma", ς: "sigma", τ: "tau",
  υ: "upsilon", φ: "phi", ϕ: "phi", χ: "chi", ψ: "psi", ω: "omega",
};

/** Latin letters that do not decompose into a base letter plus marks. */
const LATIN: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h",
};

export const MAX_SLUG_LENGTH = 80;

/** A file name the collections serve under its own name: lower-case letters, digits, single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ASCII words of a title: transliterated, lower case, everything else dropped. */
export function transliterate(text: string): string {
  let out = "";
  for (const char of text.toLowerCase()) {
    // Plain ASCII is itself; only the rest needs a table or NFKD (most titles are all ASCII).
    if (char.charCodeAt(0) < 0x80) {
      out += char;
      continue;
    }
    const mapped = GREEK[char] ?? LATIN[char];
    if (mapped) {
      out += mapped;
      continue;
    }
    // NFKD splits é into e + a combining accent, and ﬁ into f + i; marks are then dropped.
    out += char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  return out;
}

/** The slug a title would have on its own, before collisions are considered. */
export function baseSlug(title: string): string {
  const words = transliterate(title)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, MAX_SLUG_LENGTH);
  // Titles with no Latin letters or digits at all (CJK, symbols) still need a readable, stable name.
  if (!slug) return `paper-${shortHash(title)}`;
  // /papers/2/ is the second page of the paper index, so a paper is never called "2".
  return /^\d+$/.test(slug) ? `paper-${slug}` : slug;
}

/** The same base slug, made unique by a suffix that depends only on the title. */
export function suffixedSlug(title: string): string {
  return `${baseSlug(title)}-${shortHash(title)}`;
}

/**
 * Gives each new title a slug not in `taken` (the slugs of existing files, which never
 * change). New titles that share a base slug are ordered by title so the result does not
 * depend on the digest's order: the first keeps the plain slug, the others get a suffix.
 */
export function assignSlugs(newTitles: readonly string[], taken: ReadonlySet<string>): Map<string, string> {
  const used = new Set(taken);
  const result = new Map<string, string>();
  const sorted = [...newTitles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const title of sorted) {
    let slug = baseSlug(title);
    if (used.has(slug)) slug = suffixedSlug(title);
    // A hash collision on top of a slug collision: extend deterministically.
    for (let n = 2; used.has(slug); n++) slug = `${suffixedSlug(title)}-${n}`;
    used.add(slug);
    result.set(title, slug);
  }
  return result;
}
