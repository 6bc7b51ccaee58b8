/**
 * What an abstract claims: the sentence that says what the paper does ("we propose…") and the
 * sentences that report results with numbers ("improves accuracy by 4.2% on ImageNet").
 * Sentences are numbered from 1, so `#claim-3` on a paper page is the abstract's third
 * sentence whichever list pointed at it.
 */

import { splitSentences } from "./sentences.ts";

export interface Sentence {
  /** 1-based position in the abstract. */
  number: number;
  text: string;
  /** Offsets into the abstract: `abstract.slice(start, end) === text`. */
  start: number;
  end: number;
}

export interface KeyResult {
  sentence: number;
  text: string;
  /** The number as written, e.g. "4.2%", "270x", "4.53". */
  figure: string;
  /** What the number measures, e.g. "accuracy", "speed"; "" when the sentence does not say. */
  measured: string;
  /** The benchmark, dataset or setting, e.g. "ImageNet-1K"; "" when the sentence does not say. */
  on: string;
}

export type ClaimKind = "contribution" | "result";

/** The abstract cut into sentences and the text between them, in order; joined, the parts are the abstract. */
export interface AbstractPart {
  text: string;
  sentence?: number;
  claim?: ClaimKind;
}

/**
 * The abstract's sentences with their offsets (the splitter trims; the text between is kept by
 * `abstractParts`). A paper page asks for the same abstract's sentences several times (its
 * summary, contribution, results, highlighted abstract): the last few splits are kept.
 */
export function sentences(abstract: string): Sentence[] {
  const cached = recentSplits.get(abstract);
  if (cached) return cached;
  const split = splitWithOffsets(abstract);
  if (recentSplits.size >= RECENT_SPLITS) recentSplits.delete(recentSplits.keys().next().value!);
  recentSplits.set(abstract, split);
  return split;
}

/** Enough for one page's abstracts; a cache of every abstract would hold the whole digest twice. */
const RECENT_SPLITS = 8;
const recentSplits = new Map<string, Sentence[]>();

function splitWithOffsets(abstract: string): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  for (const text of splitSentences(abstract)) {
    const start = abstract.indexOf(text, cursor);
    if (start < 0) continue; // cannot happen: the splitter returns trimmed slices in order
    out.push({ number: out.length + 1, text, start, end: start + text.length });
    cursor = start + text.length;
  }
  return out;
}

/** Verbs that state a paper's own contribution, strongest first. */
const CONTRIBUTION_PATTERNS: RegExp[] = [
  /\b(?:we|this (?:paper|work|article|study|letter|note))\s+(?:[a-z]+ly\s+)?(?:first\s+)?(?:propose|introduce|present|develop|design|devise|build|construct|release|describe|offer|formulate|put forward)(?:es|s)?\b/i,
  /\b(?:we|this (?:paper|work|article|study))\s+(?:[a-z]+ly\s+)?(?:show|demonstrate|prove|find|discover|establish|derive|identify|reveal|report|argue|provide|extend|studies|study|investigate|explore|examine|analy[sz]e|evaluate|compare|revisit|consider|discuss|review|survey|address|train|apply|leverage|use|focus)(?:es|s)?\b/i,
  /\b(?:is|are) (?:proposed|introduced|presented|developed|designed)\b/i,
  /(?:^|[,;]\s*)(?:here|in this (?:paper|work|article|study))\b/i,
  /(?:^|,\s)we\s+(?:[a-z]+ly\s+)?[a-z]+/i,
  /^Our\s/,
];

/** The sentence saying what the paper does, or undefined when no sentence says it in the usual words. */
export function contributionSentence(abstract: string): Sentence | undefined {
  const all = sentences(abstract).filter((sentence) => !sentence.text.endsWith("?"));
  for (const pattern of CONTRIBUTION_PATTERNS) {
    const found = all.find((sentence) => pattern.test(sentence.text));
    if (found) return found;
  }
  return undefined;
}

/** One sentence for a list: the contribution, else the first sentence; clipped to `maxLength`. */
export function summarySentence(abstract: string, maxLength = 280): string {
  const sentence = contributionSentence(abstract) ?? sentences(abstract)[0];
  return sentence ? clip(sentence.text, maxLength) : "";
}

/** `text` cut to `maxLength` characters at most, with an ellipsis when it was cut. */
export function clip(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

// A figure: a percentage, a factor ("270x", "4.1 times"), a decimal score, or a count with a scale.
const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
const UNIT = String.raw`\s?\\?%|\s?[x×X](?![\p{L}\p{N}])|\s(?:times|fold)\b|-fold\b|\s?(?:[KMBT]|k|billion|million|thousand)(?![\p{L}\p{N}])`;
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-^/])(${NUMBER})(${UNIT})?(?:\s?(?:-|–|~|to)\s?(${NUMBER})(${UNIT})?)?`,
  "gu",
);
const RATIO_UNIT = /%|[x×X]|times|fold/;
/** A decimal followed by one of these is a setting ("44.1 kHz"), not a result. */
const SPEC_UNIT = /^\s?(?:k?Hz|KHz|kbps|bits?\b|-bit|hours?\b|GB\b|MB\b|dB\b|seconds?\b|ms\b|s\b|years?\b)/;
/** Words that make a sentence report an outcome rather than describe a setup. */
const RESULT_WORDS =
  /\b(?:achiev|outperform|improv|reduc|faster|slower|speeds? ?up|higher|lower|better|fewer|less\b|gain|surpass|beat|match|reach|obtain|attain|yield|compar|relative|state[- ]of[- ]the[- ]art|saving|boost|increas|decreas|exceed|up to|margin|score|accuracy|error|rate\b|got\b)/i;
/** Sizes ("1.91M parameters") are results only in sentences about being small. */
const SMALLNESS = /\b(?:only|fewer|less|smaller|reduc|compress|tiny|lightweight)/i;
/** Metrics a reader looks for, most specific first; the one nearest the figure is "what was measured". */
const METRICS: [RegExp, string][] = [
  [/\btop-?1 (?:\w+ )?accuracy\b/gi, "top-1 accuracy"],
  [/\bmean opinion score\b|\bMOS\b/g, "MOS"],
  [/\bSMOS\b/g, "similarity MOS"],
  [/\bCMOS\b/g, "comparative MOS"],
  [/\breal[- ]?time factor\b|\bRTF\b/gi, "real-time factor"],
  [/\bword error rate\b|\bWER\b/g, "word error rate"],
  [/\bcharacter error rate\b|\bCER\b/g, "character error rate"],
  [/\bBLEU\b/g, "BLEU"],
  [/\bF1\b/g, "F1"],
  [/\bR\^?2\b/g, "R²"],
  [/\bperplexity\b/gi, "perplexity"],
  [/\bPSNR\b/g, "PSNR"],
  [/\bFID\b|\bFrechet Inception Distance\b/g, "FID"],
  [/\bInception Score\b/g, "Inception Score"],
  [/\bpass@\d+\b/gi, "pass@k"],
  [/\baccuracy\b/gi, "accuracy"],
  [/\berror\b/gi, "error"],
  [/\bthroughput\b/gi, "throughput"],
  [/\blatency\b|\bwall-clock\b|\bruntime\b/gi, "latency"],
  [/\bspeeds? ?-?ups?\b|\bfaster\b|\bslower\b|\bspeed\b/gi, "speed"],
  [/\bG?FLOPS?\b|\bMFLOPS\b|\bcompute\b|\bcomputation(?:al)?\b/gi, "compute"],
  [/\bmemory\b/gi, "memory"],
  [/\benergy\b|\bpower\b/gi, "energy"],
  [/\bcompress\w*/gi, "compression"],
  [/\bparameters?\b/gi, "parameters"],
  [/\bloss(?:es)?\b/gi, "loss"],
  [/\bsuccess rate\b/gi, "success rate"],
  [/\bcoverage\b/gi, "coverage"],
  [/\btokens?\b/gi, "tokens"],
  [/\bscores?\b/gi, "score"],
  [/\bquality\b/gi, "quality"],
  [/\bperformance\b/gi, "performance"],
  [/\bimprovements?\b|\bimprov\w*/gi, "improvement"],
  [/\breductions?\b|\breduc\w*/gi, "reduction"],
  [/\bmargin\b/gi, "margin"],
  [/\bgains?\b/gi, "gain"],
];
/** "on ImageNet-1K", "across CIFAR-10", "on the LJSpeech dataset": a name after a preposition. */
const NAME_WORD = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.+@/'’_]*|\p{Ll}+[\p{Lu}\p{N}][\p{L}\p{N}]*)(?:-[\p{L}\p{N}.]+)*`;
const SETTING = new RegExp(String.raw`\b(?:on|across|in|for)\s+(?:the\s+|a\s+|an\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})`, "gu");
/** Capitalised words that start a clause rather than name a benchmark. */
const NOT_A_SETTING = /^(?:In|On|For|With|The|This|These|Our|We|It|A|An|To|By|As|And|Or|But|However|Moreover|Specifically|Experimental|Extensive)$/;

/** Sentences that report a result with a number, with the number, what it measures and on what. */
export function keyResults(abstract: string): KeyResult[] {
  const results: KeyResult[] = [];
  for (const sentence of sentences(abstract)) {
    const figure = resultFigure(sentence.text);
    if (!figure) continue;
    results.push({
      sentence: sentence.number,
      text: sentence.text,
      figure: figure.text,
      measured: nearestMetric(sentence.text, figure),
      on: setting(sentence.text, figure.start),
    });
  }
  return results;
}

interface Figure {
  text: string;
  start: number;
  end: number;
  strong: boolean;
}

function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, first, unit = "", , secondUnit = ""] = match;
    const start = match.index;
    const end = start + whole.length;
    const after = text.slice(end);
    const units = unit + secondUnit;
    // "3D", "4-bit", "1)" enumerations and years are not figures.
    if (!units && /^(?:-?\p{L}|\))/u.test(after)) continue;
    if (!units && /^(?:19|20)\d\d$/.test(first!)) continue;
    const ratio = RATIO_UNIT.test(units);
    const decimal = !units && /\.\d/.test(whole) && !SPEC_UNIT.test(after) && !isVersion(text, start, whole);
    const scaled = units !== "" && !ratio;
    if (!ratio && !decimal && !scaled) continue;
    out.push({ text: whole.trim().replace(/\\%/g, "%"), start, end, strong: ratio || decimal });
  }
  return out;
}

/** "Wav2Vec 2.0", "Llama 3.1": a name and a one-digit minor version. */
function isVersion(text: string, start: number, figure: string): boolean {
  if (!/^\d+\.\d$/.test(figure.trim())) return false;
  const before = text.slice(Math.max(0, start - 30), start).match(/(\S+)\s$/)?.[1] ?? "";
  return /^\p{Lu}/u.test(before) && !isMetric(before);
}

function resultFigure(text: string): Figure | undefined {
  const all = figures(text);
  const strong = all.find((figure) => figure.strong);
  if (strong) return RATIO_UNIT.test(strong.text) || RESULT_WORDS.test(text) ? strong : undefined;
  // Only sizes: a result when the sentence is about being small ("with only 1.91M parameters").
  return all.length > 0 && SMALLNESS.test(text) && RESULT_WORDS.test(text) ? all[0] : undefined;
}

function nearestMetric(text: string, figure: Figure): string {
  let best: { label: string; distance: number } | undefined;
  for (const [pattern, label] of METRICS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // "340M-parameter models" describes the models, unless 340M is the figure itself.
      if (label === "parameters" && start > figure.end + 1 && /\d[\d.,]*\s?(?:[KMBkmb]|million|billion)?[- ]$/.test(text.slice(Math.max(0, start - 14), start))) continue;
      if (label === "parameters" && end < figure.start && /\d[\d.,]*\s?(?:[KMBkmb]|million|billion)?[- ]$/.test(text.slice(Math.max(0, start - 14), start))) continue;
      const distance = start >= figure.end ? start - figure.end : end <= figure.start ? figure.start - end : 0;
      if (!best || distance < best.distance) best = { label, distance };
    }
  }
  return best?.label ?? "";
}

function setting(text: string, at: number): string {
  const candidates: { name: string; index: number }[] = [];
  for (const match of text.matchAll(SETTING)) {
    const name = trimSetting(match[1]!);
    if (name) candidates.push({ name, index: match.index });
  }
  // The setting after the figure ("by 4.2% on ImageNet") reads best; else the nearest before it.
  const after = candidates.find((candidate) => candidate.index > at);
  const before = candidates.filter((candidate) => candidate.index <= at).at(-1);
  return (after ?? before)?.name ?? "";
}

/** Each metric pattern matching a whole word, compiled once (not per call, as it once was). */
const WHOLE_METRICS = METRICS.map(([pattern]) => new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace("g", "")));

function isMetric(word: string): boolean {
  return WHOLE_METRICS.some((pattern) => pattern.test(word));
}

function trimSetting(name: string): string {
  const words = name.replace(/[.,;:)]+$/, "").split(/\s+/);
  while (words.length > 0 && NOT_A_SETTING.test(words[0]!)) words.shift();
  // "ImageNet Top-1": stop where the metric starts.
  const metricAt = words.findIndex((word) => isMetric(word));
  if (metricAt >= 0) words.length = metricAt;
  const trimmed = words.join(" ");
  // A lone number or a one-letter word is not a benchmark.
  return /\p{L}{2}/u.test(trimmed) ? trimmed : "";
}

/** The abstract as parts to render, the contribution and results marked; joined, the parts are the abstract. */
export function abstractParts(abstract: string): AbstractPart[] {
  const contribution = contributionSentence(abstract)?.number;
  const results = new Set(keyResults(abstract).map((result) => result.sentence));
  const parts: AbstractPart[] = [];
  let cursor = 0;
  for (const sentence of sentences(abstract)) {
    if (sentence.start > cursor) parts.push({ text: abstract.slice(cursor, sentence.start) });
    const claim: ClaimKind | undefined = sentence.number === contribution ? "contribution" : results.has(sentence.number) ? "result" : undefined;
    parts.push({ text: sentence.text, sentence: sentence.number, ...(claim ? { claim } : {}) });
    cursor = sentence.end;
  }
  if (cursor < abstract.length) parts.push({ text: abstract.slice(cursor) });
  return parts;
}
