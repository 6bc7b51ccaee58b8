/**
 * Scores what the site says about each paper — its contribution sentence and its key-results
 * rows — against labels written by a reader (tests/fixtures/claims/GUIDE.md):
 *
 * - acceptable: the sentence shown is one the labeller accepted as saying what the paper does;
 * - stands alone: the sentence shown does not open by pointing back at a sentence a list does
 *   not show ("To address this issue, …", "Thus, …") nor lean on "this/these <noun>";
 * - rows right (precision): the row's figure is one of the paper's own results and its metric
 *   is the one that figure measures;
 * - recall: the labelled results that some row shows, figure and metric both right.
 *
 * The stand-alone judge is deliberately broader than the rules the site uses to trim openers,
 * so the site cannot pass by agreeing with itself.
 */

export interface LabelledResult {
  value: string;
  metric: string[];
  on: string;
  sentence: string;
}

export interface PaperLabels {
  title: string;
  /** Sentences accepted as the contribution, verbatim; empty when none says it. */
  contribution: string[];
  results: LabelledResult[];
}

export interface ShownRow {
  value: string;
  metric: string;
  on: string;
}

export interface ShownClaims {
  /** The abstract sentence the contribution comes from, as in the abstract. */
  source: string | undefined;
  /** The contribution as lists show it (openers trimmed). */
  shown: string;
  results: ShownRow[];
}

export interface ClaimScores {
  papers: number;
  /** Papers with at least one acceptable sentence labelled (the denominator of both contribution figures). */
  labelledContribution: number;
  acceptable: number;
  standsAlone: number;
  rowsShown: number;
  rowsRight: number;
  labelledResults: number;
  resultsFound: number;
}

export interface ClaimMistake {
  title: string;
  kind: "contribution" | "leans back" | "wrong row" | "missed result";
  detail: string;
}

export function parseLabels(jsonl: string, file: string): PaperLabels[] {
  return jsonl
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, number }) => {
      try {
        return JSON.parse(line) as PaperLabels;
      } catch (error) {
        throw new Error(`${file}:${number}: not a JSON line (${(error as Error).message})`);
      }
    });
}

export function scoreClaims(labels: readonly PaperLabels[], shownFor: (title: string) => ShownClaims | undefined, mistakes: ClaimMistake[] = []): ClaimScores {
  const scores: ClaimScores = { papers: 0, labelledContribution: 0, acceptable: 0, standsAlone: 0, rowsShown: 0, rowsRight: 0, labelledResults: 0, resultsFound: 0 };
  for (const label of labels) {
    const shown = shownFor(label.title);
    if (!shown) throw new Error(`labelled paper not in the digest: ${label.title}`);
    scores.papers++;
    if (label.contribution.length > 0) {
      scores.labelledContribution++;
      if (shown.source !== undefined && label.contribution.some((accepted) => sameSentence(accepted, shown.source!))) scores.acceptable++;
      else mistakes.push({ title: label.title, kind: "contribution", detail: shown.shown });
      if (standsAlone(shown.shown)) scores.standsAlone++;
      else mistakes.push({ title: label.title, kind: "leans back", detail: shown.shown });
    }
    scores.labelledResults += label.results.length;
    scores.resultsFound += label.results.filter((result) => shown.results.some((row) => rowMatches(row, result))).length;
    for (const result of label.results) {
      if (!shown.results.some((row) => rowMatches(row, result))) mistakes.push({ title: label.title, kind: "missed result", detail: `${result.value} | ${result.metric[0] ?? ""} | ${result.on}` });
    }
    for (const row of shown.results) {
      scores.rowsShown++;
      if (label.results.some((result) => rowMatches(row, result))) scores.rowsRight++;
      else mistakes.push({ title: label.title, kind: "wrong row", detail: `${row.value} | ${row.metric} | ${row.on}` });
    }
  }
  return scores;
}

/** Word sets of the two sentences overlap by 70% or more (LaTeX and citations may differ). */
export function sameSentence(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / (x.size + y.size - shared) >= 0.7;
}

/** Connectives and pronouns that make a sentence lean on the one before it. */
const LEANS_BACK_OPENING =
  /^(?:however|thus|therefore|hence|consequently|accordingly|as a result|to this end|to that end|to do so|to achieve this|for this purpose|in this (?:way|regard|context|setting|case)|as such|moreover|furthermore|additionally|in addition|also|finally|lastly|specifically|concretely|in particular|notably|importantly|instead(?!\s+of\b)|in contrast|on the other hand|nevertheless|nonetheless|meanwhile|then|besides|similarly|likewise|second(?:ly)?|third(?:ly)?|next|it|they|its|their|these|this|such|those|that|both)\b/i;
/** "this paper", "this cross-sectional study" and the like point at the paper itself, not at an earlier sentence. */
// "This 52-wk randomized, open-label, non-inferiority trial compared …": the paper's own trial, however many words say its kind.
const SELF = /^(?:(?:in vitro|in vivo|in silico)\s+|(?!(?:the|a|an|our|their|its|of|to|in|on|for|with|and)\b)[\p{L}\p{N}-]+,?\s+){0,5}?(?:paper|work|(?:meta-)?analysis|systematic review|study|article|letter|report|survey|thesis|note|manuscript|research|project|chapter|tutorial|review|position paper|technical report|essay|contribution|trial|investigation)\b/iu;

export function standsAlone(sentence: string): boolean {
  const text = sentence.trim();
  const opening = text.match(LEANS_BACK_OPENING);
  if (opening) {
    const word = opening[0].toLowerCase();
    const rest = text.slice(opening[0].length).trimStart();
    // "This paper proposes …" and "Here we …"-free forms stand alone; "This approach …" does not.
    // "It is hypothesized that …": an "it" that stands for nothing before.
    const expletive = word === "it" && /^(?:is|was|has\s+been)\s+(?:\w+ly\s+)?(?:hypothesi[sz]ed|shown|found|proposed|concluded|suggested|demonstrated|argued|expected|estimated|known|noted|observed|established)\s+(?:(?:by|in|through|from|using|with)\s+[^,;]{0,50}?\s+)?that\b/i.test(rest);
    if (!((word === "this" || word === "these") && SELF.test(rest)) && !expletive) return false;
  }
  // "… to address this data scarcity": its purpose is a problem stated in an earlier sentence.
  return !/\b(?:address|tackle|solve|overcome|mitigate|alleviate|bridge|fill|fix|handle|remedy|resolve|close)\s+(?:this|these|such|the above|the aforementioned|those|that)\s+[a-z]/i.test(text);
}

/** The figures of a value, as numbers: "20.0% to 50.0%" → [20, 50]; "1,024x" → [1024]. */
export function numbersOf(value: string): number[] {
  // "0.910 ± 0.008", "0.72(0.04)" and "$0.993^{+0.03}_{-0.02}$" are 0.910, 0.72 and 0.993: the uncertainty is not the figure.
  // "−3.1 (−4.8 to 0.3)" is −3.1: the interval around a median is not the figure either.
  const figure = value
    .replace(/\s*(?:\\pm|±|\+\/-)\s*[\d.]+|(?<=\d)\s?\(\d+(?:\.\d+)?\)|(?<=\d%?)\s?\(\s*[−-]?\d+(?:\.\d+)?\s*(?:to|–|−)\s*[−-]?\d+(?:\.\d+)?\s*%?\s*\)/g, "")
    .replace(/\^\{[^}]*\}|_\{[^}]*\}/g, "")
    // "48.4 per 100 child-years": the population a rate is per is its unit.
    .replace(/\s+per\s+\d[\d,]*(?:\s\d{3})?\s+(?=\p{L})/gu, " per ");
  // "0·79" is 0.79; the 2 of "W/m2" and the −1 of "W m−1 K−1", "mg AE g–1" and "kg ha− 1" are a unit's.
  const numbers = (figure.toLowerCase().replace(/(?<=\d)·(?=\d)/g, ".").match(/(?<![\p{L}]|[\p{L}]\s?[−–-]\s?)(?:\d+(?:,\d{3})*(?:\.\d+)?|(?<!\d)\.\d+)|\b(?:twice|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b/gu) ?? []).map((number) =>
    number in WORD_NUMBERS ? WORD_NUMBERS[number]! : Number(number.replace(/,/g, "")),
  );
  // "an order of magnitude" is one order.
  return numbers.length === 0 && /\border[\s-]of[\s-]magnitude/i.test(figure) ? [1] : numbers;
}

const WORD_NUMBERS: Record<string, number> = { twice: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100 };

/** Words that name no measure on their own. */
const GENERIC = new Set(["performance", "improvement", "improvements", "gain", "gains", "score", "scores", "quality", "result", "results", "reduction", "increase", "margin", "relative", "absolute", "average", "overall", "better", "higher", "lower"]);

/** Words of a metric name, lightly stemmed: "Speedups" and "faster" are both "speed". */
function metricWords(metric: string): string[] {
  return metric
    // "HRs", "AUCs": an acronym's plural is the acronym.
    .replace(/\b([A-Z]{2,})s\b/g, "$1")
    .toLowerCase()
    .replace(/²/g, "2")
    .replace(/[\^$]/g, "")
    // "R 2" is R²
    .replace(/\br\s+2\b/g, "r2")
    // "frames per second", "frame rate" and "FPS" name one measure.
    .replace(/\bframes?\s+(?:per\s+second|rates?)\b/g, "fps")
    .replace(/[^\p{L}\p{N}@]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .map((word) => SAME_AS[word] ?? (word.length > 4 && word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.endsWith("sses") ? word.slice(0, -2) : word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word));
}

const SAME_AS: Record<string, string> = { indices: "index", gain: "improvement", gains: "improvement", speedup: "speed", speedups: "speed", faster: "speed", quicker: "speed", acceleration: "speed", accuracies: "accuracy", accurate: "accuracy" };

export function metricMatches(shown: string, accepted: readonly string[]): boolean {
  const mine = metricWords(shown);
  if (mine.length === 0) return false;
  return accepted.some((alias) => {
    const theirs = metricWords(alias);
    if (theirs.length === 0) return false;
    if (mine.join(" ") === theirs.join(" ")) return true;
    const within = (small: string[], big: string[]) => small.every((word) => big.includes(word));
    if (within(theirs, mine) && theirs.some((word) => !GENERIC.has(word))) return true;
    return within(mine, theirs) && mine.some((word) => !GENERIC.has(word));
  });
}

export function rowMatches(row: ShownRow, result: LabelledResult): boolean {
  const shown = numbersOf(row.value);
  const labelled = numbersOf(result.value);
  if (shown.length === 0 || labelled.length === 0) return false;
  // "from 20% to 50%" may be shown as the range or as its outcome: the last figures agree.
  return shown.at(-1) === labelled.at(-1) && metricMatches(row.metric, result.metric);
}
