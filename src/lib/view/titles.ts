/** Short forms of titles for tight places: tables, map labels. */

/**
 * "FastSpeech: Fast, Robust and Controllable Text to Speech" → "FastSpeech"; a title with no
 * name before a colon is clipped at a word boundary.
 */
export function shortTitle(title: string, maxLength = 48): string {
  const name = title.match(/^(.{2,40}?):\s/u)?.[1];
  if (name && /\p{L}/u.test(name)) return name;
  if (title.length <= maxLength) return title;
  const cut = title.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
}
