/**
 * Sentences of an abstract. Splits after . ! ? followed by a space and a capital, digit or
 * quote, but not after common abbreviations ("e.g.", "et al.") or single initials.
 */

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Eq|Sec|approx|resp|al|Dr|Mr|Ms|No)|\b[A-Z])\.$/;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["')\]]?\s+(?=["'(\[]?[\p{Lu}\p{N}])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(candidate.replace(/["')\]]$/, ""))) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
