/**
 * What every source parser does the same way: find an offset's line, warn about a title given
 * twice in one file (as the listing parser does), and quote a title briefly in messages.
 */

import type { SourceEntry, SourceWarning } from "../source.ts";

export /** The 1-based line of an offset, by binary search over the offsets of the line breaks. */
function lineFinder(text: string): (index: number) => number {
  const breaks: number[] = [];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) breaks.push(at);
  return (index) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breaks[middle]! < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

export /** Same title twice in one file: keep the first and say so, as the listing parser does. */
function dropDuplicates(entries: SourceEntry[], warnings: SourceWarning[]): SourceEntry[] {
  const first = new Map<string, SourceEntry>();
  return entries.filter((entry) => {
    const previous = first.get(entry.title);
    if (!previous) {
      first.set(entry.title, entry);
      return true;
    }
    warnings.push({
      line: entry.line,
      message:
        previous.abstract === entry.abstract
          ? `duplicate of the paper on line ${previous.line}; skipped`
          : `same title as the paper on line ${previous.line} but a different abstract; kept the first`,
    });
    return false;
  });
}

/** A title short enough to quote in a message. */
export function clip(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
