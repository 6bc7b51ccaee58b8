/**
 * The figures in a sentence: "4.2%", "270x", "20.0% to 50.0%", "13.4 times", "0.87", "1.6 ms",
 * each with its kind, and figures joined into one reading ("0.3%/1.1%", "57 and 79 points").
 * What they measure is results.ts's business; this only finds them.
 */

import { WHOLE_HEAD } from "./metric-words.ts";

/** "4.2", "1,024", and the psychologist's ".75" (a leading point, where the figure is below one). */
const NUMBER = String.raw`[+\-−±]?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)`;
const WORD_NUMBER = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|hundred)`;
const UNIT = String.raw`[\s-]orders?[\s-]of[\s-]magnitude\b|\s?\\?%(?:\s?points?\b)?|\s?per\s?cent\b|\s?[x×X](?![\p{L}\p{N}])|\s?(?:times|fold)\b|-fold\b|\s(?:percentage\s+points?|(?:absolute\s+)?points?|pp|standard\s+deviations?)\b|\s?dB\b|\s?(?:ms|sec|seconds?|minutes?|mins?|hours?|hrs?|days?|FPS|tokens?\/s)\b|\s?(?:[KMBT]|k|trillion|billion|million|thousand)(?![\p{L}\p{N}])`;
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-^/@])(?:(${NUMBER})(${UNIT})?(?:\s?(?:--|-|–|—|−|~|to)\s?(${NUMBER})(${UNIT})?|\s?(?:±|\+\/-)\s?(?:\d+(?:\.\d+)?|\.\d+)(?:${UNIT})?)?|(${WORD_NUMBER}|an|one)(\s+times|-fold|[\s-]orders?[\s-]of[\s-]magnitude)\b|(twice)()(?=\s+as\s+(?:fast|quick)\b))`,
  "giu",
);

/** Units that make a figure a ratio or a score difference: results when paired with a metric. */
const RELATIVE_UNIT = /%|per\s?cent|[x×X]|times|fold|points?|pp|dB|magnitude|[Ss]tandard\s+[Dd]eviations?/;
const DURATION_UNIT = /\b(?:ms|sec|seconds?|minutes?|mins?|hours?|hrs?|days?)\b/i;

/**
 * A physical unit written after a number: "0.25 eV", "210 mAh g−1", "1.2 mS cm−1", "5 nM",
 * "150 m". The figure is a measured quantity and is shown with its unit.
 */
const UNIT_PART = String.raw`(?:[pnµμmckMG]?(?:Ah|Wh|eV|V|A|W|S|J|g|L|mol|Pa|m|s|h|K)|kgf|Hg|[kM]?N(?=\s?\/)|[kMG]t|yr|[pnµμm]M|°C|℃|Å|ppm|ppb|ha)`;
/** "23.37 mg GAE g–1", "120.10 mg AE g–1": what an amount is counted as (gallic acid, ascorbic acid, Trolox, quercetin, catechin equivalents), inside a unit. */
const EQUIVALENT = String.raw`(?:GAE|AAE|AE|TE|QE|CE|RE)`;
/** "g−1", "g–1", "ha− 1": a unit's power. */
const POWER = String.raw`(?:[−–-]\s?\d|2|3)`;
const PHYSICAL_UNIT = new RegExp(String.raw`^\s?(?:wt\s?%|cd/m2|bits?\/(?:min|s)|rpm|${UNIT_PART}${POWER}?(?:(?:(?:\s|/|·)(?:${UNIT_PART}|${EQUIVALENT}(?=\s?(?:\/|·)?\s?${UNIT_PART}))|\/min)(?:${POWER}|1\/2)?)*)(?![\p{L}\p{N}])`, "u");
const PER_POPULATION = /^\s+per\s+(?:10|100|1,?000|10,?000|100,?000|100 000|1 000)\s+(?:live\s+births|person-years|child-years|patient-years|[\p{L}-]*(?:years|days|births|population|admissions|discharges|residents|inhabitants|people|persons|patients|children|adults|women|men))\b/u;
/** A bare base unit that is too often something else to read alone: "5 s" is read elsewhere, "12 S", "3 L", "300 K". */
const LONE_LETTER = /^\s?(?:[gshLSJK]|mol)$/;

/** relative: "4.2%", "3x", "2 points"; size: "35M", "1.2 billion"; decimal: "0.87"; count: "12"; duration: "1.6 ms", "6 hours"; rate: "26 FPS"; quantity: "0.25 eV", "150 m". */
export type FigureKind = "relative" | "size" | "decimal" | "count" | "duration" | "rate" | "quantity";

export interface Figure {
  text: string;
  start: number;
  end: number;
  kind: FigureKind;
}

/** A sentence with no digit and no number word has no figure: most sentences, skipped before the figure pattern runs (digits first: that test is cheap). */
const NUMBER_WORD = /\b(?:twice|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b|\border[\s-]of[\s-]magnitude/i;

/** The figures a sentence writes, in order, each with its kind; years, versions, enumerations and "3D"-like tokens left out. */
export function figures(text: string): Figure[] {
  const out: Figure[] = [];
  if (!/\d/.test(text) && !NUMBER_WORD.test(text)) return out;
  for (const match of text.matchAll(FIGURE)) {
    const [whole, first, unit = "", , secondUnit = "", numberWord, , twice] = match;
    const word = numberWord ?? twice;
    const start = match.index;
    const end = start + whole.length;
    const after = text.slice(end);
    // Inside the figure before it ("the 5 of "2.83 out of 5").
    if (start < (out.at(-1)?.end ?? 0)) continue;
    if (word) {
      out.push({ text: whole, start, end, kind: "relative" });
      continue;
    }
    const units = unit + secondUnit;
    // "3D", "4-bit", "128x128", enumerations "1)" and years are not figures.
    if (!units && /^-?\p{L}/u.test(after)) continue;
    if (!units && after[0] === ")" && /^\d{1,2}$/.test(whole) && (start === 0 || /[\s(,;:]/.test(text[start - 1]!))) continue;
    // "128x128", "256 × 256": a resolution, both its sides.
    if (/^\s?[x×]\s?\d/.test(text.slice(start + first!.length)) || /\d\s?[x×]\s?$/.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (!units && /^(?:19|20)\d\d$/.test(first!)) continue;
    if (!units && isVersion(text, start, whole)) continue;
    // "with only 1/6 of the parameters": a fraction of something.
    const fraction = units ? null : after.match(/^\/\d+(?=\s+of\b)/);
    if (fraction) {
      out.push({ text: whole + fraction[0], start, end: end + fraction[0].length, kind: "relative" });
      continue;
    }
    // "2.83 out of 5": a rating keeps its scale.
    const outOf = units ? null : after.match(/^\s+\(?out\s+of\s+\d+(?:\.\d+)?(?![\p{L}\p{N}.])\)?/u);
    if (outOf) {
      out.push({ text: whole + outOf[0], start, end: end + outOf[0].length, kind: /\.\d/.test(whole) ? "decimal" : "count" });
      continue;
    }
    // "48.4 per 100 child-years", "12 per 1000 live births": a rate keeps what it is per.
    const perPopulation = units ? null : after.match(PER_POPULATION);
    if (perPopulation) {
      out.push({ text: whole + perPopulation[0], start, end: end + perPopulation[0].length, kind: "quantity" });
      continue;
    }
    const physical = units ? null : after.match(PHYSICAL_UNIT);
    if (physical && !LONE_LETTER.test(physical[0])) {
      out.push({ text: whole + physical[0], start, end: end + physical[0].length, kind: "quantity" });
      continue;
    }
    const kind: FigureKind = DURATION_UNIT.test(units) ? "duration" : /FPS|\/s/i.test(units) ? "rate" : RELATIVE_UNIT.test(units) ? "relative" : units ? "size" : /\.\d/.test(whole) ? "decimal" : "count";
    // "0.940 +/- .018" is shown as written with "±".
    out.push({ text: whole.trim().replace(/\\%/g, "%").replace(/\s+%/, "%").replace(/\s?\+\/-\s?/, " ± "), start, end, kind });
  }
  return betweenRanges(text, out);
}

const BETWEEN = /\bbetween\s+(?:approximately\s+|about\s+|around\s+|nearly\s+|roughly\s+|~\s*)?$/i;

/** "between 23.1% and 26.6%" is one range, "23.1%–26.6%", not two results. */
function betweenRanges(text: string, found: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let index = 0; index < found.length; index++) {
    const [low, high] = [found[index]!, found[index + 1]];
    // "between approximately 12.8 and 22.2 GPa": the unit written once, after the second.
    const sharesUnit = low.kind === "count" || (low.kind === "decimal" && high?.kind === "quantity");
    if (high && BETWEEN.test(text.slice(Math.max(0, low.start - 25), low.start)) && /^\s+and\s+$/.test(text.slice(low.end, high.start)) && (low.kind === high.kind || sharesUnit)) {
      out.push({ text: `${low.text}–${high.text}`, start: low.start, end: high.end, kind: high.kind });
      index++;
    } else out.push(low);
  }
  return out;
}

/** "Wav2Vec 2.0", "Llama 3.1": a name and a one-digit minor version. */
function isVersion(text: string, start: number, figure: string): boolean {
  if (!/^\d+\.\d$/.test(figure.trim())) return false;
  const before = text.slice(Math.max(0, start - 30), start).match(/(\S+)\s$/)?.[1] ?? "";
  return /^\p{Lu}/u.test(before) && !WHOLE_HEAD.test(before);
}

/** Figures read as one: their members, the reading (the first member's place, the last's kind), where it ends and where the next figure starts. */
export interface FigureGroup {
  members: Figure[];
  figure: Figure;
  end: number;
  nextStart: number;
}

/**
 * The figures of `scan` grouped: "0.3%/1.1% accuracy", figures joined by a slash, share what
 * follows the last of them; "57 and 79 absolute points", a bare figure joined to the next,
 * shares its unit. `text` is the sentence as written, `scan` the copy the figures were found in.
 */
export function joinedGroups(text: string, scan: string, found: readonly Figure[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (let index = 0; index < found.length; index++) {
    let last = index;
    while (last + 1 < found.length && joined(text, found[last]!, found[last + 1]!)) last++;
    const members = found.slice(index, last + 1);
    // The group reads as its last member: "57 and 79 points" is measured in points.
    groups.push({ members, figure: { ...members[0]!, kind: members.at(-1)!.kind }, end: members.at(-1)!.end, nextStart: found[last + 1]?.start ?? scan.length });
    index = last;
  }
  return groups;
}

/** "11.9 and 8.5 points": a bare member of a group shown with the unit it shares with the last, "11.9 points". */
export function withSharedUnit(member: Figure, group: FigureGroup): string {
  const last = group.members.at(-1)!;
  if (member === last || !BARE_NUMBER.test(member.text)) return member.text;
  const unit = last.text.replace(LEADING_NUMBER, "");
  // "15.47, 7.74–30.89": what follows the last's first number is a range's end, not a unit to share.
  return /^\s?(?:--|-|–|—|−|~|to\b)/.test(unit) ? member.text : member.text + unit;
}

const BARE_NUMBER = new RegExp(`^${NUMBER}$`);
const RANGE = /\d\s?(?:--|-|–|—|−|~|to)\s?[+\-−]?\.?\d/;

/** Whether a figure is a range ("7.74–30.89", "20% to 50%"). */
export function isRange(figure: Figure): boolean {
  return RANGE.test(figure.text);
}
const LEADING_NUMBER = new RegExp(`^${NUMBER}`);

/** "0.3%/1.1%", and "57 and 79 points", "11.9 and 8.5 points" where the first figure has no unit of its own. */
function joined(text: string, first: Figure, next: Figure): boolean {
  const between = text.slice(first.end, next.start);
  // "(AOR = 15.47, 7.74–30.89)": a range after a single figure is its interval, no second item.
  if (isRange(next) && !isRange(first)) return false;
  // "-1.0%, 95% confidence interval -3.7% to 1.6%": an interval's level starts no list.
  if (/^\s*(?:CI\b|CrI\b|confidence\b|credible\b)/.test(text.slice(next.end))) return false;
  // "13.0% and 13.3% improvement", "95%, 92%, and 90%": figures of one kind in a bare list share their metric.
  return /^\s?\/\s?$/.test(between) || (first.kind === "count" && next.kind !== "count" && /^\s*(?:and|or|,)\s*$/.test(between)) || (first.kind === "decimal" && next.kind === "relative" && /^\s*(?:and|or)\s*$/.test(between)) || (first.kind === next.kind && /^\s*(?:,\s*(?:and|or)?|and|or)\s*$/.test(between));
}
