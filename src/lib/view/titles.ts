/** Short forms of titles and text for tight places: tables, map labels, feed excerpts. */

/**
 * "FastSpeech: Fast, Robust and Controllable Text to Speech" → "FastSpeech"; a title with no
 * name before a colon is clipped at a word boundary.
 */
export function shortTitle(title: string, maxLength = 48): string {
  const name = title.match(/^(.{2,40}?):\s/u)?.[1];
  if (name && /\p{L}/u.test(name)) return name;
  return clipAtWord(title, maxLength);
}

/** `text` cut to at most `max` characters (code points, never half an emoji) at a word boundary, with an ellipsis when cut. */
export function clipAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  // A single very long word is cut where it must be.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

