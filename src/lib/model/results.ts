/**
 * The results an abstract reports as its own: each figure with what it measures and on what.
 *
 * A figure is paired with its metric by the sentence's structure, never by the nearest
 * metric-like word: "an IS of 166.5 and FID of 7.4" (metric, then "of", then figure), "93%
 * accuracy" (figure, then metric), "reduces latency by 30%" (verb, object, "by"), "(93% on
 * CIFAR10, 79% on CIFAR100)" after "the accuracy of MLPs" (a list inherits its metric). What is
 * not a result is left out: settings ("a temperature of 0.5 to 0.8"), sizes of things built
 * ("a 35M model"), baselines' figures ("than the baseline (0.12)", "the previous best IS of
 * 52.5"), positions ("within the first 20% of training"), years, versions, and every figure in
 * a sentence that states the problem before the paper speaks. A figure whose metric cannot be
 * found is not shown: precision before recall.
 */

import { AFTER_CHANGE, AFTER_COMPARISON, AFTER_METRIC, ANY_METRIC, METRIC, ATTAINED, ATTAINED_NOUN, BEFORE_METRIC, BRACKETED_METRIC, benchmarkMeasure, COMPARATIVE_HEAD, COST, EVERY_METRIC, METRIC_LAST, NAME, SCORE_HEAD, SHARE_OF, VERB_OBJECT, WHOLE_HEAD, WHOLE_METRIC } from "./metric-words.ts";
import { figures, joinedGroups, withSharedUnit, type Figure, type FigureGroup } from "./figures.ts";
import { isComparatorFigure, isSetting } from "./result-settings.ts";
import { openingSection } from "./section-labels.ts";
import type { Sentence } from "./sentences.ts";

export interface KeyResult {
  /** 1-based number of the sentence it comes from. */
  sentence: number;
  text: string;
  /** The figure as written, e.g. "4.2%", "270x", "20.0% to 50.0%", "13.4 times". */
  figure: string;
  /** What it measures, in the sentence's words, e.g. "top-1 accuracy", "FID", "fewer parameters", "speed". */
  measured: string;
  /** The benchmark, dataset or setting, e.g. "ImageNet-1K"; "" when the sentence does not say. */
  on: string;
}

/** Text right before a baseline's or prior work's figure. */
const BASELINE_BEFORE =
  /(?:(?<!\b(?:greater|more|less|higher|lower|better|fewer|larger|smaller)\s)\bthan|versus|vs\.?|compared (?:to|with)|relative to|previous(?: best)?|prior(?: best)?|baselines?(?:'s)?|original|existing|the best of|from the)(?:\s+(?!(?:with|a|an|and|by)\b)[\p{L}\p{N}'’-]+){0,4}?\s*(?:of|at|is|was|=|achieves?|achieving|reaching|with(?!\s+(?:a|an|only|just)\b)|\(|(?:which|that)\s+(?:incurs?|has|had|gets?|obtains?|yields?)(?:\s+(?:about|around|approximately|nearly))?(?:\s+(?:a|an))?)?\s*(?:only\s+|just\s+)?$/iu;

/** "… whereas the sigmoid activated logistic loss counterpart has accuracies of 63.5%": a clause about the rival. */
const RIVAL_CLAUSE =
  /^(?:[Ww]hereas|[Ww]hile|but)\s+(?:(?:the|a|an|its|their|existing|prior|previous)\s+(?:[\p{L}\p{N}-]+\s+){0,5}(?:counterparts?|baselines?|competitors?|rivals?|originals?|alternatives?)|(?:existing|prior|previous|conventional|traditional)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:methods?|approaches|models?|works?|systems?|techniques|tools?))\b|^(?:as opposed to|in contrast to)\b(?![^]*\b(?:we|our|ours)\b)|^(?:[Ww]hereas|[Ww]hile)\s+(?:the|a|an)\s+(?:non-[\p{L}-]+|un[\p{L}]+ed|pristine|bare|unmodified|conventional|control)\b/u;
/**
 * A clause about a rival or comparator the sentence sets the paper's own against: "while GPT-4 … only solved 4% of tasks, our
 * method achieved 74%" (before its comma), "…, while the best performance of BP is 80%" (after ours), "compared with the standard
 * drug vinblastine sulfate that showed an IC50 value of 3.04".
 */
function rivalBeforeOurs(scan: string, clauseBefore: string, start: number, end: number): boolean {
  if (/^compared (?:to|with)\b/i.test(clauseBefore)) return COMPARATOR_SHOWED.test(clauseBefore) && !OURS.test(clauseBefore);
  if (!/^(?:while|whereas)\b/i.test(clauseBefore) || OURS.test(clauseBefore)) return false;
  // "our model solves 28.8% of the problems, while GPT-3 solves 0% and GPT-J solves 11.4%": a named rival's, after ours.
  // Not "Our RT-DETR-L achieves 53.0% AP …, while RT-DETR-X achieves 54.8% AP": a variant of the name before is ours too.
  const rival = clauseBefore.match(NAMED_RIVAL_CLAUSE);
  const earlier = scan.slice(0, start - clauseBefore.length);
  if (rival && OURS.test(earlier) && !earlier.includes(rival[1]!.split("-")[0]!)) return true;
  if (/^(?:while|whereas)\s+(?:the\s+)?(?:best|previous|prior|existing|conventional|traditional|standard|baselines?|competing|other)\b/i.test(clauseBefore) && OURS.test(earlier)) return true;
  // "while the 'Scanner' and 'Locator' models achieve only 2.0% and 3.7% …, their integration yields 35.7%": "only" in the leading clause sets it against what follows.
  return !/,\s/.test(clauseBefore.replace(/\([^()]*\)/g, "")) && (OURS.test(scan.slice(end)) || (/\bonly\s+$/.test(clauseBefore) && /(?:^\s*|\bthat\s+)$/.test(earlier)));
}

const OURS = /\b(?:we|our|ours)\b/i;
const NAMED_RIVAL_CLAUSE = /^(?:while|whereas)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.-]*)(?:\s+\p{Lu}[\p{L}\p{N}.-]*)?\s+(?:only\s+)?(?:solves|achieves|gets|scores|reaches|obtains|attains|yields)\b/u;
const COMPARATOR_SHOWED = /^compared (?:to|with)\b[^,;()]*\b(?:that|which|who)\s+(?:showed|shows|had|has|achieved|achieves|exhibited|exhibits|reached|gave|yielded|produced)\b[^,;]*$/i;

/** Text right after a baseline's figure: "(2.36 for the non-hybrid Demucs)", "85% for the original model". */
const BASELINE_AFTER = /^\s*(?:for|of|with|by)\s+(?:the\s+|a\s+|an\s+)?(?:non-|original\b|vanilla\b|baselines?\b|previous\b|prior\b|standard\b|conventional\b|existing\b|second-(?:best|rank)|competing\b|state-of-the-art\b|SOTA\b)/u;
/** "comparable to Mistral-7B-v0.3 and Llama 3 8B on MMLU (63% & 66%)": the bracketed figures are the references'. */
const MATCHED_BRACKET = /\b(?:comparable|similar|close|equal|equivalent|on par)\s+(?:to|with)\s+[^()]{1,80}\(\s*(?:[^()]{0,30}[\s&,;/]\s*)?$/u;
/** "comparable to a MOS of 4.58 for recorded speech": the figure matched is the reference's. */
const MATCHED_BEFORE = /\b(?:comparable|similar|close|equal|equivalent|on par)\s+(?:to|with)\s+(?:that of\s+)?(?:a\s+|an\s+|the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:of|at)\s+$/u;

/** "… by 3x and energy consumption by 45%": the object named between two figures. */
const AND_OBJECT_BY = new RegExp(String.raw`\band\s+(?:the\s+)?((?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+)(?:\s*\([^()]{1,15}\))?\s+(?:by|to)\s+$`, "u");
/** What joins a score-like metric to a bare count: "of", "=", ":", "is", "reaches". */
const COUNT_GLUE = /(?:\bof|[=:≈~]|\bis|\bwas|\bare|\bwere|\breach\w*|\bachiev\w*|\bscor\w*|\bto|\bby|\babout|\baround|\bover|[A-Z]{2,}\w*)\s*$/;

const LEADING_SETTING = new RegExp(String.raw`^(?:(?:For example|For instance|E\.g\.),\s+)?(?:(?:When|Once|If)\s+(?:trained|evaluated|tested|fine-tuned|applied)\s+)?(?:[Oo]n|[Ii]n|[Aa]cross|[Ff]or)\s+(?:the\s+)?(${NAME})[^,;]{0,40},`, "u");
const SETTING_NAME = new RegExp(String.raw`\b(?:on|across|in|for|with)\s+(?:the\s+|a\s+|an\s+)?(${NAME})`, "gu");
/** Capitalised words that start a clause or describe, rather than name a benchmark. */
const NOT_A_SETTING = /^(?:In|On|For|With|The|This|These|Our|We|It|A|An|To|By|As|And|Or|But|However|Moreover|Specifically|Experimental|Extensive|Most|All|Both|Each)$/;
/** A structured abstract's results, the paper's own: "Results: …", "FindingsSensitivity …" (a label glued to the first word). */
const RESULTS_LABEL = /^(?:Results?|Findings)(?:\s*:?\s+|(?=\p{Lu}))/u;
/** "… a maximum testing accuracy of 92.50% … is achieved": a result in the passive is the paper's own, wherever it stands. */
const ACHIEVED_HERE = /\b(?:is|are|was|were)\s+(?:achieved|attained|obtained)\b/;
const PAPER_VOICE = /\b(?:we|our|us|this (?:paper|work|study)|the proposed|proposed)\b/i;

/**
 * What a title sets the paper's own treatment against: "Adjuvant Pembrolizumab versus IFNα2b or
 * Ipilimumab in Resected High-Risk Melanoma" → the keys of "IFNα2b" and "Ipilimumab".
 */
export function comparatorsOf(title: string): string[] {
  const against = title.match(/\b(?:versus|vs\.?|compared\s+(?:with|to))\s+(.+)$/i)?.[1];
  if (!against) return [];
  const named = against.split(/\s(?:in|for|among|on|to|as|after|during|at|with)\s|[:(]/)[0]!;
  return named
    .split(/,\s*|\s+(?:or|and)\s+/)
    .map(comparatorKey)
    .filter((key) => key.length >= 3);
}

function comparatorKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** "… 71.2% with IFNα-2b": a figure said of a comparator the title names. */
function saidOfComparator(text: string, figure: string, comparators: readonly string[]): boolean {
  const at = text.indexOf(figure);
  const arm = at < 0 ? null : text.slice(at + figure.length).match(/^\s*(?:\([^()]*\)\s*)?(?:with|in|for|among|using|after|on)\s+(?:the\s+)?([^,;()]{1,40})/i);
  if (!arm) return false;
  const key = comparatorKey(arm[1]!);
  return comparators.some((comparator) => key.startsWith(comparator));
}

export function keyResults(all: readonly Sentence[], contributionNumber?: number, comparators: readonly string[] = []): KeyResult[] {
  const results: KeyResult[] = [];
  // The paper speaks from its first "we"/"our"/"this paper" sentence (or its contribution, if
  // earlier); an abstract that never says "we" speaks from its first sentence.
  const firstVoice = all.find((sentence) => PAPER_VOICE.test(sentence.text) || RESULTS_LABEL.test(sentence.text))?.number;
  const speaksFrom = Math.min(firstVoice ?? Infinity, contributionNumber ?? Infinity, firstVoice === undefined && contributionNumber === undefined ? 1 : Infinity);
  for (const sentence of all) {
    // Before the paper speaks, figures describe the problem or earlier work.
    if (sentence.number < speaksFrom && !PAPER_VOICE.test(sentence.text) && !ACHIEVED_HERE.test(sentence.text)) continue;
    // A structured abstract's background, aims and methods give the problem, the plan and the set-up: their figures are not outcomes
    // (only the sentence the label opens: a label the labels here do not know, "Key findings:", may follow).
    if (NO_OUTCOMES.has(openingSection(sentence.text))) continue;
    const seen = new Set<string>();
    for (const result of sentenceResults(sentence.text)) {
      // "64.5% test accuracy … and 64.5% recall" are two results; the same figure and measure twice are one.
      const key = `${result.figure}\u0000${result.measured}`;
      if (seen.has(key) || (comparators.length > 0 && saidOfComparator(sentence.text, result.figure, comparators))) continue;
      seen.add(key);
      results.push({ sentence: sentence.number, text: sentence.text, ...result });
    }
  }
  return results;
}

const NO_OUTCOMES = new Set<string | undefined>(["background", "aim", "methods"]);

interface Kept {
  end: number;
  measured: string;
  on: string;
}

/** A sentence about the rivals: "The corresponding state-of-the-art dice scores were 94%, 93% and 88%." */
const ABOUT_RIVALS = /^(?:The|These|Those|Their)\s+(?:corresponding\s+|previous\s+|prior\s+|best\s+|competing\s+|existing\s+)*(?:state-of-the-art|SOTA|baselines?|competitors?)\b|^(?:(?:In|By|For) comparison|(?:The\s+)?(?:recently\s+proposed|previously\s+proposed|previous|prior|existing))\b(?![^.]*\b(?:we|our|ours)\b)/;

type Row = { figure: string; measured: string; on: string };

const STATED_AIM = /^(?:(?:Objectives?|Aims?|Purpose|Goals?)\s*[:.]\s*)?(?:(?:The|Our)\s+(?:main\s+|primary\s+)?(?:purpose|aim|objective|goal)s?\s+(?:of\s+(?:this|the present|our)\s+(?:study|work|paper|research)\s+)?(?:was|were|is|are)\s+to)/;

const HYPHENATED_ERROR_RATE = /\b(?:word|character|phoneme|sentence|label|bit|frame|symbol|equal)-error-rates?\b/gi;

function sentenceResults(text: string): Row[] {
  // "By 2018, PSC achieved an encouraging PCE of 23.3%": the field's history, not this paper's outcome.
  // "Our purpose was to evaluate the diagnostic accuracy … of small (10 mm or less) lesions": what a study set out to do reports nothing yet
  // (a sentence opening "To assess …, we …" may go on to its result).
  if (ABOUT_RIVALS.test(text) || STATED_AIM.test(text) || /^(?:By|Since|As of|Until|Before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/.test(text)) return [];
  // Scan a copy where "0.3%/1.1%" reads as two figures and "0·79" is 0.79, its asides blanked; same length, so offsets hold.
  // "word-error-rate" reads as "word error rate".
  const withoutIntervals = (MAY_GIVE_INTERVAL.test(text) ? text.replace(INTERVALS, blank) : text)
    .replace(/(?<=\d)·(?=\d)/g, ".")
    .replace(ASIDES, blank)
    .replace(HYPHENATED_ERROR_RATE, (phrase) => phrase.replace(/-/g, " "));
  // "+0.2 (−2.9 to 1.3) kg m−2": the interval around a median or mean.
  let scan = (MAY_GIVE_RANGE_ASIDE.test(text) ? withoutIntervals.replace(RANGE_ASIDE, blank) : withoutIntervals)
    // "FindingsSensitivity and specificity … were", "Results The rate of …": a structured abstract's label before the measure.
    .replace(GLUED_LABEL, blank)
    // "23×\times faster": the page's LaTeX echoed after its rendering.
    .replace(/(?<=×)\\times\b/g, blank)
    // "74.4%→82.1% on GSM8K": the figure before the arrow is where the paper started from.
    .replace(ARROW_FROM, blank)
    .replace(/(?<=\d(?:\\?%)?)\/(?=\d)(?!\d+\s+of\b)/g, " ");
  // "… adjusted OR of PND Results Prevalence of PND was 31.4%": a label the splitter left inside starts the sentence again.
  const relabelled = scan.match(INNER_RESULTS_LABEL);
  if (relabelled) scan = " ".repeat(relabelled.index! + relabelled[0].length) + scan.slice(relabelled.index! + relabelled[0].length);
  const found = figures(scan);
  // "On ImageNet-1K, PoolFormer achieves …": a setting named first holds for the whole sentence.
  const wholeSentenceSetting = trimSetting(scan.match(LEADING_SETTING)?.[1] ?? "");
  const out: Row[] = [];
  const state: ScanState = { previous: undefined, previousWasBaseline: false, fromStart: false, lastEnd: 0, sharedHeads: sharedHeads(scan) };
  for (const group of joinedGroups(text, scan, found)) {
    const read = readGroup(scan, group, state, wholeSentenceSetting);
    // "reduces COD, TSS, and dye by 87%, 91%, and 98%, respectively": each figure the object listed in its place.
    const listed = read && group.members.length > 1 ? listedObjects(scan.slice(0, group.figure.start), group.members.length, scan.slice(group.end)) : undefined;
    // "The sensitivity, specificity, and accuracy … were 85.71%, 93% and 89.15%": a measure for each figure.
    const named = read && !listed && read.measured.includes(",") ? measureList(read.measured, group.members.length) : undefined;
    // A list no figure could be dealt is no measure.
    if (read && (listed || named || !read.measured.includes(","))) {
      for (const [i, member] of group.members.entries()) out.push({ figure: withSharedUnit(member, group), measured: listed?.[i] ?? named?.[i] ?? read.measured, on: read.on });
    }
  }
  // "7% | performance": a measure that says nothing of what was measured, on nothing named (on a benchmark it is that benchmark's score).
  return onEachRespectively(respectively(out, scan), scan).filter((row) => row.on !== "" || !VAGUE_MEASURE.test(row.measured));
}

/** The objects a verb of change lists before "by" ("reduces COD, TSS, and dye by"), when they are as many as its figures and "respectively" says so. */
function listedObjects(before: string, count: number, after: string): string[] | undefined {
  if (!RESPECTIVELY_NEXT.test(after)) return undefined;
  const match = before.match(LISTED_OBJECTS);
  const items = match?.[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((item) => item.trim());
  // "COD reduction", "TSS removal": what the verb did to each.
  return items && items.length === count && items.every(isNounPhrase) ? items.map((item) => `${tidy(item)} ${CHANGE_NOUN[match![1]!]}`) : undefined;
}

/** The measures of a list ("sensitivity, specificity, and accuracy"), when they are `count`, else undefined. */
function measureList(list: string, count: number): string[] | undefined {
  const items = list.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/);
  return items.length === count && items.every(isNounPhrase) ? items.map(tidy) : undefined;
}

/** "… by 87%, 91%, and 98%, respectively": the word that says a list is dealt out in order, soon after its figures. */
const RESPECTIVELY_NEXT = /^[^.;]{0,40}\brespectively\b/;

const CHANGE_NOUN: Record<string, string> = { reduc: "reduction", decreas: "reduction", lower: "reduction", cut: "reduction", remov: "removal", increas: "increase", rais: "increase", boost: "increase", enhanc: "increase", improv: "improvement" };

const LISTED_OBJECTS = new RegExp(
  String.raw`\b(?=(${Object.keys(CHANGE_NOUN).join("|")}))\w+\s+(?:the\s+)?((?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s+){1,6}(?:and\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2})\s+by\s+(?:up to\s+|about\s+|approximately\s+)?$`,
  "u",
);

/**
 * "achieves scores of 70.8% and 94.0% on the test sets of MATH and GSM8K, respectively": each figure on its own benchmark, and
 * a vague measure ("scores") the benchmark's convention.
 */
function onEachRespectively(rows: Row[], text: string): Row[] {
  if (rows.length < 2) return rows;
  const said = text.includes("respectively");
  for (let last = rows.length - 1; last >= 1; last--) {
    // "99.4% and 97.8% the performance of mBERT on MTOP and multi-ATIS": without "respectively", only a list right after the figures.
    const at = text.indexOf(rows[last]!.figure);
    const match = at < 0 ? null : text.slice(at + rows[last]!.figure.length).match(said ? BENCHMARKS_RESPECTIVELY : BENCHMARKS_AFTER);
    if (!match || (!said && match.index! > 60)) continue;
    const names = match[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map(trimSetting);
    // The rows the list belongs to: the run of figures before it that share a measure, as many as the benchmarks.
    const first = last + 1 - names.length;
    const run = rows.slice(Math.max(0, first), last + 1);
    if (first < 0 || names.some((name) => name === "") || run.some((row) => row.measured !== run[0]!.measured || row.on !== run[0]!.on)) return rows;
    const vague = /^(?:scores?|results?|performance)$/i.test(run[0]!.measured);
    const dealt = run.map((row, i) => ({ ...row, on: names[i]!, measured: vague ? (benchmarkMeasure(names[i]!) ?? row.measured) : row.measured }));
    return [...rows.slice(0, first), ...dealt, ...rows.slice(last + 1)];
  }
  return rows;
}

/** "MTOP and multi-ATIS", "MNIST, CIFAR10, STL10, and ImageNet": a list of benchmarks. */
const BENCHMARK_LIST = String.raw`${NAME}(?:\s*,\s*(?:and\s+)?${NAME})*,?\s+and\s+${NAME}`;
const BENCHMARKS_AFTER = new RegExp(String.raw`\b(?:on|in|across)\s+(?:the\s+)?(${BENCHMARK_LIST})(?=\s*[,.;)]|\s*$)`, "u");
const BENCHMARKS_RESPECTIVELY = new RegExp(String.raw`\b(?:on|in|across)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,3}of\s+)?(${BENCHMARK_LIST}),?\s+respectively\b`, "u");

const INNER_RESULTS_LABEL = /(?<=\S\s+)(?:Results|RESULTS|Findings)(?=\s+\p{Lu})/u;
const ARROW_FROM = /[-−]?\d+(?:\.\d+)?\s?%?\s*(?:→|->|⟶|⇒)\s*(?=[-−+]?\d)/g;

/** "+0.2 (−2.9 to 1.3) kg m−2", "40.9% (29.0-52.8%)": the interval bracketed after a median, mean or rate. */
const RANGE_ASIDE = /(?<=\d%?)\s?\(\s*[−-]?\d+(?:\.\d+)?\s*%?\s*(?:to|–|−|(?<=\d%?)-(?=\d))\s*[−-]?\d+(?:\.\d+)?\s*%?\s*\)/g;
/** RANGE_ASIDE is dear to try at every position: only a sentence with a bracket that opens on a range is worth it. */
const MAY_GIVE_RANGE_ASIDE = /\(\s*[−-]?\d[\d.]*%?\s*(?:to|–|−|-(?=\d))/;
const GLUED_LABEL = /^(?:Results?|Findings|Conclusions?|Interpretation)(?:\s*:?\s+(?=\p{Lu})|(?=\p{Lu}\p{Ll}))/u;

/** Figures that only qualify the one before them: blanked before the scan. */
const ASIDES = new RegExp(
  [
    // "53.3% (8/15)": the fraction the share comes from.
    String.raw`(?<=%\s*)\(\d+\s*\/\s*\d+\)`,
    // "0.72(0.04)": a deviation.
    String.raw`(?<=\d)\(\d+(?:\.\d+)?\)`,
    // "0.3769 (1.09% of the average …)": the figure again, as a share.
    String.raw`(?<=\d(?:%|\s\w+)?)\s?\(\d+(?:\.\d+)?(?:%|\s?percent)\s+of\s+[^()]{1,60}\)`,
  ].join("|"),
  "g",
);
/** Confidence intervals: "0.76 (95% CI 0.71 to 0.81)", ", 95% confidence interval: 0.66–0.76", "0.77 [0.37 to 1.6]"; only where a sentence may have one (MAY_GIVE_INTERVAL). */
const INTERVALS = new RegExp(
  [
    String.raw`(?<=\d\s?%?)\s?\(\s*\d{2}(?:\.\d)?\s?%\s*(?:CI|confidence intervals?)\b[^()]*\)`,
    String.raw`,?\s*\d{2}(?:\.\d)?\s?%\s*(?:CI|confidence intervals?(?:\s*[[(]CI[\])])?)\s*[:=]?\s*[[(]?\s*[-−]?\d+(?:\.\d+)?\s*(?:,|to|–|-|−)\s*[-−]?\d+(?:\.\d+)?\s*[\])]?`,
    String.raw`(?<=\d)\s?\[\s*\d+(?:\.\d+)?\s*(?:to|–|-|−|,)\s*\d+(?:\.\d+)?\s*\]`,
    // "CI [1.29, 4.97]", "CI: 0.66–0.76" with no level given.
    String.raw`\bCI\s*[:=]?\s*[[(]?\s*[-−]?\d+(?:\.\d+)?\s*(?:,|to|–|-|−)\s*[-−]?\d+(?:\.\d+)?\s*[\])]?`,
  ].join("|"),
  "gi",
);
const MAY_GIVE_INTERVAL = /\bCI\b|confidence interval|\[/i;
const blank = (aside: string) => " ".repeat(aside.length);

/** What reading a sentence's figures carries from one to the next. */
interface ScanState {
  /** The last figure kept as a result, which a list after it can continue. */
  previous: Kept | undefined;
  previousWasBaseline: boolean;
  /** The last figure was the start of "from X to Y", kept only to give Y its metric. */
  fromStart: boolean;
  /** Where the last figure ended. */
  lastEnd: number;
  /** Measures of figures that share a head named after the next one, by where the figure ends. */
  sharedHeads: Map<number, string>;
}

/** The text around a figure that its reading depends on. */
interface Surroundings {
  /** From the clause's start to the figure. */
  clauseBefore: string;
  /** Since the previous figure ended. */
  sincePrevious: string;
  /** The words just before it, no farther back than the clause, the last kept figure or NEAR. */
  before: string;
  /** From it to the next figure or the clause's end. */
  after: string;
}

function surroundings(scan: string, group: FigureGroup, state: ScanState): Surroundings {
  const { figure, end } = group;
  const clauseStart = Math.max(lastClauseBreak(scan, figure.start), 0);
  // Patterns that end at the figure read only the words just before it (a regex anchored at the
  // end still tries every start: on a whole clause that was most of the model's time).
  const before = scan.slice(Math.max(clauseStart, state.previous?.end ?? 0, figure.start - NEAR), figure.start);
  const after = scan.slice(end, Math.min(group.nextStart, clauseEnd(scan, end)));
  return { clauseBefore: scan.slice(clauseStart, figure.start), sincePrevious: scan.slice(state.lastEnd, figure.start), before, after };
}

/** One group of figures read in turn: what it measures and on what, or undefined when it is not a result. Updates `state`. */
function readGroup(scan: string, group: FigureGroup, state: ScanState, wholeSentenceSetting: string): Kept | undefined {
  const { figure, end } = group;
  const { clauseBefore, sincePrevious, before, after } = surroundings(scan, group, state);
  state.lastEnd = end;
  const continues = state.previous !== undefined && (LIST_CONTINUES.test(sincePrevious) || MARGIN_OVER.test(sincePrevious));
  if (isSetting(scan, figure, before)) return (state.previous = undefined);
  // "5.29 mAh cm−2 (1509 mAh g−1)": the same quantity in another unit, not a second result.
  if (figure.kind === "quantity" && state.previous && /^\s*\(\s*$/.test(sincePrevious)) return undefined;
  const range = / to |[-–−~]\d/.test(figure.text);
  // "The HHSAF score was 117.5 in the pre-implementation period and 267.5 to 445 in the implementation period": the comparator's
  // figure is left out, and its measure goes on to the next.
  if (isComparatorFigure(scan.slice(end))) {
    const start = pairMetric(before, after, clauseBefore, figure, continues ? state.previous : undefined, sincePrevious);
    state.previous = start && { end, measured: start.measured, on: "" };
    state.previousWasBaseline = false;
    return undefined;
  }
  // "increasing precision from 0.25 for the standard process to 0.28": the start is not the result, the end takes its metric.
  if (!range && FROM.test(before)) {
    const start = pairMetric(before, after, clauseBefore, figure, undefined, sincePrevious);
    state.previous = start && { end, measured: start.measured, on: start.on || settingBefore(before) };
    state.fromStart = state.previous !== undefined;
    state.previousWasBaseline = false;
    return undefined;
  }
  // (A setting between the two, "for the 10 years before", has let the start go.)
  const endOfFrom = state.fromStart && state.previous !== undefined && /^[^,;()]{0,80}?\bto\s+(?:as (?:low|high|little|much|few|many) as\s+)?(?:about\s+|around\s+|only\s+|just\s+)?$/.test(sincePrevious);
  state.fromStart = false;
  const aboutRivals = RIVAL_CLAUSE.test(clauseBefore);
  const rival = aboutRivals && !leadingClauseEnded(scan, clauseBefore, figure);
  // Past the comma that ends a leading clause about rivals, their list of figures has ended.
  if (aboutRivals && !rival) state.previousWasBaseline = false;
  // "compared to usual care (RR = 1.09 …)": a ratio or a difference measures the comparison itself, never the rival alone.
  const comparative = EFFECT_MEASURE_BEFORE.test(before);
  // "EIBF rate was higher in the intervention group than in the control group (89.1% vs. 77.4%)": the first of the pair is the paper's arm.
  const firstOfPair = /^\s*(?:[^\s\d,;()]{1,6}\s+)?(?:vs\.?|versus)\s*$/.test(after) && ARM_FIRST.test(clauseBefore) ? clauseBefore.match(COMPARED_SUBJECT) : null;
  if (firstOfPair && isNounPhrase(firstOfPair[1]!) && !GENERAL_OBJECT.test(firstOfPair[1]!)) {
    state.previousWasBaseline = false;
    return (state.previous = { end, measured: tidy(firstOfPair[1]!), on: "" });
  }
  const baseline = !comparative && (isBaseline(before, sincePrevious, range, state.previousWasBaseline) || BASELINE_AFTER.test(after) || rival || rivalBeforeOurs(scan, clauseBefore, figure.start, end));
  state.previousWasBaseline = baseline;
  if (baseline) return (state.previous = undefined);
  const shared = state.sharedHeads.get(end);
  // "On the MATH benchmark, it improves Qwen2.5-Math-7B from 58.8% to 90.0%": the benchmark named first gives its convention.
  const paired = endOfFrom
    ? { measured: state.previous!.measured, on: "", inherited: true }
    : shared
    ? { measured: shared, on: "" }
    : (pairMetric(before, after, clauseBefore, figure, continues ? state.previous : undefined, sincePrevious) ?? conventionalMetric(before, ` on ${wholeSentenceSetting}`, figure, clauseBefore, after));
  if (!paired) return (state.previous = undefined);
  // "for samples with", "under NT": words around a figure that name no measure ("a reduction in required communication rounds by 10-100x" names one).
  const change = /^in\s/.test(paired.measured) ? before.match(CHANGE_IN) : null;
  // "a GLUE score of 77.7 (0.6 lower than BERTBASE)": a figure in a list said against a rival is the margin in the list's measure.
  const margin = paired.inherited ? after.match(MARGIN_AFTER)?.[1]?.toLowerCase() : undefined;
  const measured = change ? `${change[1]!.toLowerCase()} ${paired.measured}` : margin ? `${paired.measured} ${marginWord(paired.measured, margin)}` : paired.measured;
  if (/^(?:for|with|under|of|in|on|at|by|to|from|than|after|before|during|since|until|when)\s/i.test(measured)) return (state.previous = undefined);
  const on = paired.on || settingIn(after) || settingBefore(before) || (paired.inherited ? state.previous!.on : "") || wholeSentenceSetting;
  return (state.previous = { end, measured, on });
}

const CHANGE_IN = /\b(reduction|increase|decrease|decline|improvement|gain|drop)s?\s+in\s+[^,;()]*$/i;

/**
 * "the average vehicle occupancy is 1.4 passengers per ride", "Total LER ranged from 1.11 to 2.60": a measure this abstract names,
 * as the subject of the figure's verb, even one no list here knows ("The rate of POAF was 44%": a bare head keeps what it is of).
 * Not who was studied ("the mean age was 45 years"), a list of measures ("MAE and MER were 0.27 and 0.06"), a thing compared
 * ("the ensemble is about 3% better") or the control arm's figure.
 */
function openSubjectMeasure(before: string, after: string, figure: Figure): string | undefined {
  if (figure.kind === "count" || /times|fold|[x×]$/i.test(figure.text) || !OPEN_SUBJECT_VERB.test(before)) return undefined;
  const subject = before.match(OPEN_SUBJECT);
  if (!subject) return undefined;
  const measure = GENERIC_HEAD.test(subject[1]!) && subject[2] ? `${subject[1]} ${subject[2]}` : subject[1]!;
  const vague = VAGUE_SUBJECT.test(measure) && !ANY_METRIC.test(measure.replace(VAGUE_SUBJECT, ""));
  const names = isNounPhrase(measure) && !/\sand\s/.test(measure) && !GENERAL_OBJECT.test(measure) && !COHORT.test(measure) && !vague;
  return names && !NOT_OWN_AFTER.test(after) ? tidy(measure) : undefined;
}

/** The verb OPEN_SUBJECT ends with: a cheap test first, as the whole pattern is tried at every word. */
const OPEN_VERB_SOURCE = String.raw`\b(?:was|were|is|are|averaged|ranged from|ranges from|reached)\s+(?:only\s+|about\s+|approximately\s+|around\s+|nearly\s+|an average of\s+)?$`;
const OPEN_SUBJECT_VERB = new RegExp(OPEN_VERB_SOURCE);
const OPEN_SUBJECT = new RegExp(
  String.raw`(?:(?<!\b(?:of|for|in|with|by|on|to|from|at|than|between|among|under|over)\s)\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+|(?:^\s*|[,:;]\s*)(?=\p{Lu}))((?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+)\s+(?:(of\s+[^,;()\s]+(?:\s+[^,;()\s]+)?)\s+|(?:of|for|in|among|across)\s+[^,;()]{1,50}?\s+)?(?:observed,?\s+)?${OPEN_VERB_SOURCE}`,
  "u",
);
/** Who or what was studied, not what was found: ages, sizes of the sample, lengths of follow-up, the data sets themselves. */
const COHORT =
  /\b(?:set|sets|dataset|datasets|benchmark|benchmarks|corpus|database|age|ages|aged|sample|samples|participants|patients|subjects|respondents|follow-up|duration|period|cohort|enrollment|enrolment|baseline|size|number|dose|dosage|temperature|pressure|concentration|year|years|time|budget|significance|level|mothers|women|men|children|students|adults|users|people|individuals|households|farmers|nurses|physicians|workers|groups?|arms?|controls?)\b/i;
/** Heads that say little without what they are of: "The rate of POAF". */
const GENERIC_HEAD = /^(?:rate|rates|proportion|incidence|prevalence|risk|percentage|share|frequency)$/i;
/** Subjects that name no measure of their own ("The estimates of annual Corg accumulation … ranged", "Each day there were"), unless a measure comes before ("R² values"). */
const VAGUE_SUBJECT = /(?:^|\s)(?:estimates?|values?|levels?|results?|amounts?|figures?|data|there)$/i;
/** After a figure: a comparison ("3% better"), a multiple ("5.10-fold"), a dimension ("150 nm thick") or the control arm ("in the control") makes it no measure of the subject's own. */
const NOT_OWN_AFTER = /^\s*(?:of\s+the\b|(?:thick|long|wide|tall|deep|old|in (?:diameter|size|length|width|thickness))\b|[-‐]?fold\b|times?\b|(?:better|worse|higher|lower|greater|more|less|faster|slower|larger|smaller|easier|harder)\b|\p{L}+er\s+than\b|(?:in|for)\s+(?:the\s+)?(?:control|placebo|comparison|usual care)\b)/iu;
const ACRONYM_OF = /\b(?:a|an|the)\s+(\p{Ll}{0,3}\p{Lu}{2,}[\p{Lu}\p{N}-]{0,8})\s+(?:of|=|:)\s*(?:about\s+|around\s+)?$/u;
const ACRONYM_THEN_HEAD = /\((\p{Lu}[\p{Lu}\p{N}@-]{1,8})\)\s*(?:score|value|rate)s?\s+(?:of\s+|[=:>≥]\s*|is\s+|was\s+)?(?:about\s+|around\s+)?$/u;

/** The pair sets the paper's arm first: "in the intervention group than in the control group" (not "in cases than in controls"). */
const ARM_FIRST = /\b(?:intervention|treatment|treated|experimental|active)\b[^()]*\bthan\b/i;
const COMPARED_SUBJECT =
  /(?:^|[,;:]\s*)((?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+)\s+(?:was|were|is|are)\s+(?:significantly\s+|markedly\s+|slightly\s+|also\s+)?(?:higher|lower|greater|better|worse|more|less|larger|smaller|shorter|longer|faster|slower)\b[^()]*\(\s*$/u;
const EFFECT_MEASURE_BEFORE = /(?:\b(?:a?OR|a?HR|a?RR|SMD|WMD|[Oo]dds ratios?|[Hh]azard ratios?|[Rr]isk ratios?|[Rr]ate ratios?|[Rr]elative risks?|(?:[Ss]tandardi[sz]ed |[Ww]eighted )?[Mm]ean differences?)\s*[:=]?\s*)$/;

/** "from 0.25", "from an average of about 1.0": the start of a change. */
const FROM = /\bfrom\s+(?:an?\s+(?:average|mean|median)\s+of\s+)?(?:about\s+|around\s+|approximately\s+)?$|\bfrom\s*$/;

/**
 * A clause about rivals ("… whereas the counterpart has 0.72", "while previous methods reach 10.4%") that leads the
 * sentence ends at its comma: "Moreover, while previous methods … (10.4%), DiffDock maintains … (21.7%)".
 */
function leadingClauseEnded(scan: string, clauseBefore: string, figure: Figure): boolean {
  const leads = /^(?:\s*\p{Lu}\p{Ll}+,)?\s*$/u.test(scan.slice(0, figure.start - clauseBefore.length));
  return leads && /,\s/.test(clauseBefore.replace(/\([^()]*\)/g, ""));
}

/** Whether a figure is a rival's or a reference's rather than the paper's own. */
function isBaseline(before: string, sincePrevious: string, range: boolean, previousWasBaseline: boolean): boolean {
  // "outperforming GPT-3.5 (57.1%)": a bracketed figure after a rival is the rival's.
  // "outperforming ChatGPT (26.0%), ToolLLaMA (30.2%)": bracketed figures after rivals' names are theirs.
  const rivals = RIVAL_BRACKET.test(before) && (COMPARISON.test(sincePrevious.slice(-60)) || (previousWasBaseline && /^\s*\)\s*,?\s*(?:and\s+)?[^,;()]{1,40}\(\s*(?:\p{Lu}{2,}[\p{Lu}\p{N}@²-]*\s*[:=]?\s*)?$/u.test(sincePrevious)));
  return rivals || SURPASSED_FIGURE.test(before) || MATCHED_BEFORE.test(before) || MATCHED_BRACKET.test(before) || THAN_REFERENCE.test(before) || OVER_RIVAL_WITH.test(before) || (BASELINE_BEFORE.test(before) && !/\b(?:by|up to)\s*$/.test(before) && !(range && /\bfrom\s*$/.test(before))) || (previousWasBaseline && LIST_CONTINUES.test(sincePrevious));
}

/** "significantly lower than the human performance of 78.24%": the reference compared against ("higher than 90%" is the paper's). */
const THAN_REFERENCE = /\b(?:greater|more|less|higher|lower|better|worse|fewer|larger|smaller)\s+than\s+(?:that of\s+)?(?:the|a|an|their|its)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?:of|at|is|was|\()\s*(?:only\s+|just\s+|about\s+)?$/u;

/** "surpassing LoRA's 67.7% by 5.16%", "surpassing the latest SOTA of 3.33%": the figure of the rival surpassed. */
const SURPASSED_FIGURE = /\b(?:surpass|outperform|exceed|beat|outdo)\w*\s+(?:[\p{L}\p{N}.-]+\s+){0,3}?(?:[\p{L}\p{N}.-]+['’]s\s+|(?:the\s+)?(?:latest|previous|prior|current|existing)\s+(?:best|SOTA|state[- ]of[- ]the[- ]art)(?:\s+[\p{L}\p{N}-]+){0,2}?\s+(?:of|at)\s+)(?:only\s+|just\s+)?$/iu;

/** "achieves 98.80% accuracy … over the STA/LTA with 80% accuracy": the rival's figure. */
const OVER_RIVAL_WITH = /\bover\s+(?:the\s+)?(?:[\p{L}\p{N}\/'’-]+\s+){1,3}with\s+(?:only\s+|just\s+)?$/u;

/** The benchmark named last in the stretch of `before` since its last comma or semicolon. */
function settingBefore(before: string): string {
  return settingIn(before.slice(before.search(/[^,;]*$/)), true);
}

/**
 * "by 31.0% and 53.2% … training and inference time, respectively", "an AUC, sensitivity and
 * specificity of 0.948, 0.886 and 0.875, respectively", "reduces the MSE and MAE by 9.17% and
 * 2.3%": each figure its own metric (the parallel order says it, "respectively" or not).
 */
function respectively(rows: Row[], text: string): Row[] {
  const byMeasure = Map.groupBy(rows, (row) => row.measured);
  // "X and Y increased by 4.5% (p = 0.005) and 4.2%, respectively" read as two lists: the first figure is X's.
  if (byMeasure.size === rows.length) return text.includes("respectively") ? rows.map((row) => ({ ...row, measured: row.measured.replace(/^((?:increase|decrease|decline|reduction) in .+?) and .+$/, "$1") })) : rows;
  // Each measure shared by two or more figures is read once: the metric list it ends, or "training and inference time".
  const split = new Map<string, string[] | undefined>();
  for (const [measured, siblings] of byMeasure) {
    if (siblings.length < 2) continue;
    const parts = measured.match(/^(.*?)\b(\S+) and (\S+) (.+)$/);
    // "increase in frequency and duration": the change in each.
    const changeIn = siblings.length === 2 ? measured.match(/^((?:increase|decrease|decline|reduction) in )(.+?) and (.+)$/) : null;
    if (changeIn) {
      split.set(measured, [`${changeIn[1]}${changeIn[2]}`, `${changeIn[1]}${changeIn[3]}`]);
      continue;
    }
    // "sensitivity and specificity … were 74.4% and 59.8%": two measures named as one subject.
    const bothNamed = siblings.length === 2 ? twoMeasures(measured) : undefined;
    split.set(measured, metricList(text, measured, siblings.length) ?? namesAfter(text, measured, siblings) ?? (parts && siblings.length === 2 ? [`${parts[1]}${parts[2]} ${parts[4]}`, `${parts[1]}${parts[3]} ${parts[4]}`] : bothNamed) ?? sharedHeadBefore(text, measured, siblings.length));
  }
  return rows.map((row) => {
    const measures = split.get(row.measured);
    return measures ? { ...row, measured: measures[byMeasure.get(row.measured)!.indexOf(row)]! } : row;
  });
}

/**
 * "The objective response and disease control rates were 22.8% and 54.9%": the measure read ("disease control rates") ends a pair
 * whose first member shares its head ("objective response rate").
 */
function sharedHeadBefore(text: string, measured: string, count: number): string[] | undefined {
  const words = measured.split(" ");
  if (count !== 2 || words.length < 2 || !/\brespectively\b/.test(text)) return undefined;
  const at = text.toLowerCase().indexOf(` and ${measured.toLowerCase()}`);
  const first = at < 0 ? undefined : text.slice(0, at).match(/(?:^|\s)((?:the\s+)?[\p{Ll}-]+(?:\s[\p{Ll}-]+)?)$/u)?.[1]?.replace(/^the\s+/, "");
  return first && isNounPhrase(first) ? [`${first} ${words.at(-1)!}`, measured] : undefined;
}

/**
 * "improvements of 12.90%, 10.87% and 6.32% on BLEU, ROUGE-L and METEOR, respectively": the
 * figures' list of measures after the last of them, led by the one they were paired with; an
 * item need not be a known metric ("SBERT").
 */
function namesAfter(text: string, first: string, siblings: readonly Row[]): string[] | undefined {
  if (!/\brespectively\b/.test(text)) return undefined;
  const lastFigure = text.lastIndexOf(siblings.at(-1)!.figure);
  const at = lastFigure < 0 ? -1 : text.toLowerCase().indexOf(first.toLowerCase(), lastFigure);
  const list = at < 0 ? undefined : text.slice(at).match(/^(.+?),?\s+respectively\b/)?.[1];
  const items = list?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  // The list is the measures alone: not "improvement on MATH and HumanEval", "accuracy on the MIT-BIH and PTB datasets".
  const measures = items && items[0]!.toLowerCase() === first.toLowerCase() && items.length === siblings.length && items.every((item) => /^\S+(?:\s+\S+){0,3}$/.test(item));
  return measures ? items.map(tidy) : undefined;
}

/** A list of `count` metrics in `text` ("AUC, sensitivity and specificity") ending with `last`, tidied; undefined when there is none. */
function metricList(text: string, last: string, count: number): string[] | undefined {
  // A list ends "…, X" or "… and X": without that the full metric scan is not needed.
  const lower = text.toLowerCase();
  if (!lower.includes(` and ${last.toLowerCase()}`) && !lower.includes(`, ${last.toLowerCase()}`)) return undefined;
  const found = [...text.matchAll(EVERY_METRIC)].flatMap(bothMeasures);
  for (let end = 0; end < found.length; end++) {
    if (tidy(found[end]!.text) !== last || end + 1 < count) continue;
    const run = found.slice(end + 1 - count, end + 1);
    const listed = run.every((match, index) => index === 0 || /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(run[index - 1]!.index + run[index - 1]!.text.length, match.index)));
    if (listed) return run.map((match) => tidy(match.text));
  }
  return undefined;
}

/** "Hardness and Young's modulus" read as one name (a capitalised word may modify the next) is two measures. */
function bothMeasures(match: RegExpExecArray): { index: number; text: string }[] {
  const pair = twoMeasures(match[0]);
  if (pair) return [{ index: match.index, text: pair[0] }, { index: match.index + pair[0].length + " and ".length, text: pair[1] }];
  return [{ index: match.index, text: match[0] }];
}

/** "sensitivity and specificity", "Hardness and Young's modulus": two known measures joined by "and", else undefined. */
function twoMeasures(phrase: string): [string, string] | undefined {
  const parts = phrase.split(" and ");
  return parts.length === 2 && parts.every((part) => WHOLE_METRIC.test(part)) ? [parts[0]!, parts[1]!] : undefined;
}

/** A bracket opened right before the figure, perhaps naming the metric first: "GPT-3.5 (57.1%)", "Zheng et al. (RMSE 16.14". */
const RIVAL_BRACKET = /\(\s*(?:\p{Lu}[\p{L}\p{N}@²-]*\s*[:=]?\s*)?$/u;
/** Words that bring a rival in: its figures, bracketed after its name, are not the paper's. */
const COMPARISON = /\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|rival\w*|over|than|versus|vs\.?|compared|as (?:fast|good|accurate|strong|well) as|comparable to|on par with|match\w*|similar to|including)\b/i;

/** How far before a figure its metric, setting or rival can be (characters). */
const NEAR = 160;
/** "(MARD = 10.56%": an acronym this module does not know, equated to the figure. */
const ACRONYM_EQUALS = /(?:^|[\s(;,])(\p{Lu}[\p{Lu}\p{N}]{1,7})\s*=\s*$/u;
/** Acronyms of a study's statistics and set-up, and Roman numerals ("level II=89.3"), not what it measured. */
const NOT_A_MEASURE_ACRONYM = /^(?:CI|CrI|UI|SD|SE|SEM|IQR|DF|NS|BMI|[IVXL]+)$/;
const OUR_MEASURE_BEATS = /\b(?:[Tt]he|[Oo]ur)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s*\([^()]{1,40}\))?\s+of\s+(?:our|the proposed|this)\s+[\p{L}-]+\s+(?:outperforms|exceeds|surpasses|beats)\s+[^.;()]{1,60}?\s+by\s+(?:about\s+|around\s+|approximately\s+|up to\s+|nearly\s+)?$/u;

/** What may stand between two figures of one list: "4.34 and 4.22", "93% on CIFAR10, 79%", "270x and the end-to-end synthesis by 38x", "1.14 points (6.7%)". */
const LIST_CONTINUES = new RegExp(
  String.raw`^(?:\s*(?:,|;|and|or|respectively|\()\s*|\s*\([^()]{1,30}\)\s*|\s+(?:on|in|for|over|using|with|without)\s+[^,;()]{1,40}?\s*(?:,|and|\)|(?=\(\p{Lu}[\p{Lu}\p{N}]{0,5}\)))\s*|\s*\)\s*)+(?:(?:on|in|for)\s+[^,;]{1,40}?\s+|(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){1,4}(?:by|to|of)\s+|by\s+)?(?:from\s+)?$`,
  "u",
);

/** What a figure measures, and on what when the words that name the metric say; `inherited` when a list before it gave the metric. */
type Pairing = { measured: string; on: string; inherited?: boolean };

function pairMetric(before: string, after: string, clauseBefore: string, figure: Figure, previous: Kept | undefined, sincePrevious: string): Pairing | undefined {
  if (figure.kind === "duration") return durationMetric(before, after, figure);
  if (figure.kind === "rate") return RATE_CONTEXT.test(before) ? { measured: "speed", on: "" } : undefined;
  const comparison = after.match(AFTER_COMPARISON);
  // "a SegFormer with 3.8x more parameters": more of a cost is a rival's size, not a result.
  if (comparison && /^(?:more|larger|greater|higher)$/i.test(comparison[1]!) && COST.test(comparison[2]!)) return undefined;
  if (comparison) return { measured: `${comparison[1]!.toLowerCase()} ${tidy(comparison[2]!)}`, on: "" };
  // A size ("35M", "1.2 billion") is a result only as a comparison ("35M fewer parameters"), never on its own.
  if (figure.kind === "size") return undefined;
  // "(g = 0.36)", "Cohen's d = 0.5": an effect size, the result of a study of an intervention.
  const effect = figure.kind === "decimal" ? before.match(EFFECT_SIZE) : null;
  if (effect) return { measured: `effect size (${effect[1]})`, on: "" };
  // "(r=0.69; p < 0.01)": a correlation coefficient.
  if (figure.kind === "decimal" && CORRELATION_R.test(before)) return { measured: "correlation (r)", on: "" };
  // "under a moderate computational load (9.4 GFLOPs)": the size of the thing built, not a result (a cut in it is: "35% fewer FLOPs").
  if (figure.kind !== "relative" && BUILT_SIZE.test(after)) return undefined;
  // "(HR 0.59, RD −4.57 cases/100 person-years)": an acronym right before a figure in a list is its own measure, not the list's.
  const ownAcronym = figure.kind !== "count" ? sincePrevious.match(LISTED_ACRONYM)?.[1] : undefined;
  if (ownAcronym && !benchmarkMeasure(ownAcronym)) return { measured: ownAcronym, on: "" };
  // "reduces COD, TSS, and dye by 87%, 91%, and 98%, respectively": the list, which sentenceResults deals out to the figures.
  const list = RESPECTIVELY_NEXT.test(after) ? before.match(LISTED_OBJECTS)?.[2] : undefined;
  if (list) return { measured: list, on: "" };
  const named = metricAfter(before, after, figure) ?? verbObjectMetric(before, figure) ?? outdoneMetric(before, figure) ?? shareDoneMetric(before, after, figure) ?? countDoneMetric(before, after, figure) ?? retainedMetric(before, after, figure) ?? declinedMetric(before, figure) ?? correlationMetric(before, figure);
  if (named) return named;
  // A bare count needs a metric right before it ("a BLEU of 28"); most counts ("12 benchmarks") have none, and the full pattern is dear.
  // "62 words per minute": a count that is a rate.
  const rate = figure.kind === "count" ? after.match(PER_TIME) : null;
  // "the average silent reading rate for adults is 238 words per minute": the subject names what the unit counts.
  const rateSubject = rate && SUBJECT_VERB.test(before) ? before.match(METRIC_OF_WAS) : null;
  if (rate) return { measured: rateSubject ? tidy(rateSubject[1]!) : rate[1]!, on: "" };
  if (figure.kind === "count" && !COUNT_GLUE.test(before)) return undefined;
  // "with more than 7B and 13B parameters: achieving up to 12.20%": a measure right after a figure is that figure's.
  const preceding = [before.match(BEFORE_METRIC)].find((match) => match && !/(?<![\p{L}\p{N}.,])\d[\d.,]*\s?[KMBT]?\s+$/u.test(before.slice(0, match.index))) ?? null;
  // A bare count ("of 32,000", "of 12") is a score only for a score-like metric ("a BLEU of 28", "an Elo of 1200").
  if (preceding && figure.kind === "count" && !SCORE_HEAD.test(preceding[1]!)) return undefined;
  // "mean reciprocal ranking (MRR) score of 0.750": a bare "score" takes the acronym bracketed before it.
  const acronym = preceding && /^(?:score|value|rate)s?$/i.test(preceding[1]!) ? before.match(ACRONYM_THEN_HEAD) : null;
  // "performance increases from 11% to 36.7%": the change word is the verb, the measure is "performance".
  const measure = /(?:increase|decrease|gain|drop)s\s+from\s+$/.test(before) ? preceding?.[1]!.replace(/\s+(?:increase|decrease|gain|drop)s$/, "") : preceding?.[1];
  if (preceding) return conventionalFor(figure, { measured: acronym ? `${acronym[1]} ${measure!.toLowerCase()}` : tidy(measure!), on: trimSetting(preceding[2] ?? "") }, after);
  // "The adjusted HRs of mortality … at ages 65, 70 and 85 years were": the measure is the sentence's subject.
  const subject = figure.kind !== "count" && SUBJECT_VERB.test(before) ? (before.match(METRIC_OF_WAS) ?? before.match(METRIC_WAS)) : null;
  if (subject) return conventionalFor(figure, { measured: tidy(subject[1]!), on: "" }, after);
  // "The proportion of no-shows in the intervention was 18.0%", "the reduction in risk following a ban was estimated as 4.2%":
  // a share or a change, named by what it is of.
  const share = figure.kind === "relative" && SHARE_VERB.test(before) ? before.match(SHARE_OF_WAS) : null;
  if (share && PEOPLE.test(share[2]!) && /^(?:with|who)$/i.test(share[3] ?? "") && isNounPhrase(share[4]!.replace(/^(?:an?|the)\s+/i, "").replace(/\s+(?:for|of|to)\s+/, " "))) {
    return { measured: `${share[1]!.toLowerCase().replace(/\s+of$/, "")} ${share[3]!.toLowerCase()} ${tidy(share[4]!)}`, on: "" };
  }
  // "Proportions of treatment-related adverse events of grades 3 to 5 were 19.5%": what it is of goes on past its own "of".
  const ofWhat = share?.[3]?.toLowerCase() === "of" ? ` of ${share[4]!.trim()}` : "";
  if (share && isNounPhrase(share[2]!)) return { measured: `${share[1]!.toLowerCase()} ${tidy(share[2]!)}${ofWhat}`, on: "" };
  const bracketed = before.includes(")") ? before.match(BRACKETED_METRIC) : null;
  if (bracketed) return { measured: tidy(bracketed[1]!), on: "" };
  // "(MARD = 10.56% (fingertip) and 13.17% (forearm))": a measure the sentence names by its acronym right before the figure.
  // A measure this module already reads where it stands ("AOR = 2.66", "RMSE=0.024") is left to those readings.
  const equated = figure.kind !== "count" ? before.match(ACRONYM_EQUALS) : null;
  if (equated && !NOT_A_MEASURE_ACRONYM.test(equated[1]!) && !/[–—-]/.test(figure.text) && !WHOLE_METRIC.test(equated[1]!)) return { measured: equated[1]!, on: "" };
  // "The OPS (operations per second) of our approach outperforms FlashAttention2 by about 2.1 times": a margin in the subject's measure.
  const margin = figure.kind === "relative" && !previous ? before.match(OUR_MEASURE_BEATS) : null;
  if (margin && (ANY_METRIC.test(margin[1]!) || /^\p{Lu}{2,6}s?$/u.test(margin[1]!))) return { measured: tidy(margin[1]!), on: "" };
  const found = attainedMetric(before, after, figure) ?? bracketMetric(clauseBefore, figure, previous, sincePrevious);
  if (found) return conventionalFor(figure, found, after);
  const open = openSubjectMeasure(before, after, figure);
  if (open) return { measured: open, on: "" };
  // "and a ubRMSD of 0.069 m3/m3": a measure the sentence names by its acronym, even one not known here.
  const acronymOf = figure.kind !== "count" ? before.match(ACRONYM_OF) : null;
  if (acronymOf) return { measured: acronymOf[1]!, on: "" };
  // "… and 60.0% of them had …": a share of things, not the measure before it.
  const listed = /^\s*of\s+(?:them|these|those|all)\b/.test(after) ? undefined : listMetric(previous, sincePrevious);
  // "62.3% on SWE-bench and 48% on OSWorld": each benchmark its own convention, not the list's first.
  if (listed && listed.measured !== benchmarkMeasure(previous!.on)) return listed;
  // "69% on MMLU and 8.38 on MT-bench": a score that is no percentage is not the percentage's convention; it is the benchmark's score.
  const benchmark = listed && !figure.text.includes("%") ? trimSetting(after.match(ON_BENCHMARK)?.[1] ?? "") : "";
  if (benchmark && benchmark !== previous!.on && !benchmarkMeasure(benchmark)) return { measured: `${benchmark} score`, on: benchmark };
  return conventionalMetric(before, after, figure, clauseBefore) ?? listed;
}

const LISTED_ACRONYM = /[,;]\s*(\p{Lu}{2,5})\s*[:=]?\s*$/u;

/** The verb that gives a subject its figure: "… were 0.76", "… ranged from 0.61". */
// "… were found as 85.71%", "… was calculated to be 80%": the verb with how the figure was arrived at.
// "… amounts to values of between approximately 12.8 and 22.2 GPa": a range's "between" too.
const SUBJECT_VERB_SOURCE = String.raw`\b(?:(?:was|were|is|are)(?:\s+(?:found|calculated|determined|estimated|measured)\s+(?:to\s+be|as|at))?|amounts?\s+to(?:\s+values\s+of)?|ranged from|ranges from|ranging from)\s+(?:between\s+)?(?:only\s+|about\s+|approximately\s+|around\s+|nearly\s+)?$`;
const SUBJECT_VERB = new RegExp(SUBJECT_VERB_SOURCE);
/** Where a subject measure starts: after "the", "our", "its", or at a capital opening the sentence or a clause. */
const SUBJECT_START = String.raw`(?:\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+|(?:^\s*|[,:]\s*)(?=\p{Lu}))`;
const METRIC_OF_WAS = new RegExp(
  // "The sensitivity, specificity, and accuracy of …": a list of measures, dealt out to the figures when as many (sentenceResults).
  // Not a list begun mid-list: ", RE, and Cohen's Kappa of our model are 95.7%, 95.19% and 0.91".
  String.raw`${SUBJECT_START}((?:(?<=^\s*|\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+)(?:${METRIC},\s+){1,4}(?:(?:and|or)\s+)?)?(?:[\p{L}-]+\s+){0,2}?${METRIC})(?:\s+\(\p{Lu}[\p{L}\p{N}-]{1,10}\))?\s+(?:of|for|in|on|with|regarding|across|among|at)\s+[^;()]{1,140}?\s+${SUBJECT_VERB_SOURCE}`,
  "u",
);

const SHARE_VERB_SOURCE = String.raw`\b(?:was|were|is|are)\s+(?:estimated\s+(?:as|at|to be)\s+|found to be\s+)?(?:only\s+|about\s+|approximately\s+|around\s+|nearly\s+)?$`;
const SHARE_VERB = new RegExp(SHARE_VERB_SOURCE);
const SHARE_OF_WAS = new RegExp(
  String.raw`\b((?:proportion|percentage|fraction|share)s?\s+of|(?:relative\s+|absolute\s+)?(?:reduction|increase|decrease|decline|change|improvement|difference)s?\s+in)\s+(?:the\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)\s+(?:(of|in|among|for|at|across|within|with|who|that|from|following|after|before|during)\s+([^,;()]{1,60}?)\s+)?${SHARE_VERB_SOURCE}`,
  "iu",
);
/** "The proportion of the population with a preference for sedation was 7.2%": a share of people is named by what sets them apart. */
const PEOPLE = /^(?:population|people|patients|participants|respondents|subjects|individuals|adults|children|women|men|students|users|cases)$/i;

/** "Hardness and Young's modulus determined by nanoindentation are about 17–26 GPa and …": the measure is the subject, its verb right after. */
const METRIC_WAS = new RegExp(
  String.raw`(?:${SUBJECT_START}|\band\s+)((?:[\p{L}-]+\s+)??${METRIC})(?:\s+\(\p{Lu}[\p{L}\p{N}-]{0,10}\))?\s+(?:(?:determined|measured|obtained|estimated|calculated|assessed|evaluated)\s+(?:by|from|using|with|via|in)\s+[^,;()]{1,60}?\s+)?${SUBJECT_VERB_SOURCE}`,
  "u",
);

const MARGIN_AFTER = /^\s*(?:%|points?|pp)?\s*(higher|better|greater|more|lower|worse|less)\s+than\b/i;
/** Measures where less is better: a drop in them is a gain. */
const LESS_IS_BETTER = /\b(?:error|errors|loss|latency|perplexity|FID|WER|CER|EER|RMSE|MAE|time|cost|memory|distance)$/i;

function marginWord(measure: string, comparative: string): string {
  if (/^(?:higher|better|greater|more)$/.test(comparative)) return "gain";
  return comparative !== "worse" && LESS_IS_BETTER.test(measure) ? "reduction" : "drop";
}

/** "performance on MATH500 from 36.0% to 73.6%": a vague measure of a percentage on a benchmark is its conventional one. */
function conventionalFor(figure: Figure, paired: Pairing, after: string): Pairing {
  if (!VAGUE_MEASURE.test(paired.measured) || !figure.text.includes("%")) return paired;
  const benchmark = paired.on || trimSetting(after.match(ON_BENCHMARK)?.[1] ?? "");
  const measure = benchmark && benchmarkMeasure(benchmark);
  return measure ? { measured: measure, on: benchmark } : paired;
}

const VAGUE_MEASURE = /^(?:(?:model|overall|average)\s+)?performance$/;

/**
 * "reaches 50.0% on AIME24", "GAIA (72.8%)": a percentage on a benchmark whose measure is a convention (BENCHMARK_MEASURE).
 * `after` is where the benchmark is looked for (the caller may pass the sentence's setting instead); `following` is the
 * text that really follows the figure.
 */
function conventionalMetric(before: string, after: string, figure: Figure, clauseBefore: string, following = after): Pairing | undefined {
  // "a 29.2% absolute improvement on GSM8K (…), 8.7% on MATH": after a gain, a bare percentage may be one too.
  if (figure.kind !== "relative" || !figure.text.includes("%") || /\d\s?%\s+(?:absolute\s+|relative\s+|average\s+)?(?:improvement|gain|increase|boost)/.test(clauseBefore)) return undefined;
  const benchmark = trimSetting(after.match(ON_BENCHMARK)?.[1] ?? (/\(\s*$/.test(before) ? before.match(BENCHMARK_BRACKET)?.[1] : undefined) ?? "");
  const measure = benchmark && benchmarkMeasure(benchmark);
  if (!measure) return undefined;
  // "codebook usage of 97% on ImageNet": the sentence names its own measure, one no list here knows.
  if (/\b(?!(?:up|all|most|each|none|some|any|one|part|half|results?|scores?|performances?|values?|numbers?)\b)\p{Ll}[\p{Ll}-]{2,}\s+of\s+(?:about\s+|around\s+|over\s+|nearly\s+)?$/u.test(before)) return undefined;
  // "CIFAR-10 (3.5%) … by validation error", "0.65% better than the previous state of the art": the sentence's own measure, or a margin in it, not the convention.
  if ((/accuracy$/.test(measure) && /\berrors?\b/i.test(before + following)) || /^\s*(?:better|worse|higher|lower|more|less)\s+than\b/.test(following)) return undefined;
  // "improves by 5% on MMLU", "+2.1% on GSM8K": a gain in the measure, not the measure.
  const gain = figure.text.startsWith("+") || /\b(?:by|up to)\s+(?:up to\s+|over\s+|about\s+|nearly\s+|more than\s+)?$/.test(before);
  return { measured: gain ? `${measure} gain` : measure, on: benchmark };
}

const ON_BENCHMARK = new RegExp(String.raw`^\s*\)?\s*(?:on|in)\s+(?:the\s+)?(${NAME})`, "u");
const BENCHMARK_BRACKET = new RegExp(String.raw`(${NAME})\s*\(\s*$`, "u");

const CHANGE_IN_ACRONYM = /^\s*(?:relative\s+|absolute\s+)?((?:reduction|increase|improvement|gain|drop|decrease)s?\s+in\s+)([A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Z][A-Za-z0-9]*)?)(?![\w@-])/;

/** The metric named right after the figure: "4.2% top-1 accuracy", "a 19% improvement in …", "only 5% of the parameters". */
function metricAfter(before: string, after: string, figure: Figure): Pairing | undefined {
  if (figure.kind === "relative") for (const [pattern, label] of COMPARATIVE_HEAD) if (pattern.test(after.trimStart())) return { measured: label, on: "" };
  // "a 19% improvement in zero-shot benchmark performance": the change names what it is of.
  const change = figure.kind === "relative" ? after.match(AFTER_CHANGE) : null;
  if (change && isNounPhrase(change[1]!.split(/\s+(?:in|of)\s+/)[1]!)) {
    // "a 62.1% decrease in inference Tera Floating-Point Operations Per Second (TFLOPs)": the name goes on in capitals, said by its acronym.
    const named = after.slice(change.index! + change[0].length).match(/^\s+(?:\p{Lu}[\p{L}-]*\s+){1,6}\((\p{Lu}[\p{L}\p{N}-]{1,10})\)/u);
    return { measured: tidy(named ? `${change[1]!} ${named[1]!}` : change[1]!), on: "" };
  }
  // "9.4% absolute improvements in ROC-AUC": a change in a measure named by its acronym (not "gains in TriviaQA", a benchmark).
  const acronymChange = figure.kind === "relative" && !change ? after.match(CHANGE_IN_ACRONYM) : null;
  if (acronymChange && WHOLE_METRIC.test(acronymChange[2]!)) return { measured: `${acronymChange[1]!.toLowerCase()}${acronymChange[2]!}`, on: "" };
  // "an 11.67x cache size reduction", "3x memory savings": the change named with what changed before it.
  const namedChange = figure.kind === "relative" && !change ? after.match(NAMED_CHANGE) : null;
  if (namedChange && !GENERAL_OBJECT.test(namedChange[1]!)) return { measured: tidy(namedChange[0]!), on: "" };
  // "achieves 99.4% the performance of mBERT": a share of a reference's measure.
  const shareOfReference = figure.kind === "relative" && figure.text.includes("%") ? after.match(SHARE_OF_REFERENCE) : null;
  if (shareOfReference) return { measured: `${tidy(shareOfReference[1]!)} of ${shareOfReference[2]!}`, on: "" };
  // "6.4 points of lift": the figure says what it is, whatever the list before it measured.
  const points = (/points?$/.test(figure.text) ? after : after.replace(/^\s*points?\b/, "")).match(/^\s*of\s+(lift|improvement|gain|increase|boost)\b/);
  if (points) return { measured: points[1]!, on: "" };
  // "85.4% (97.6% top-5)": a top-k said alone is that accuracy.
  const topK = figure.kind === "relative" ? after.match(/^\s*([Tt]op-?\d+)(?=\s*[)\],;.]|\s+and\b|$)/) : null;
  if (topK) return { measured: `${topK[1]!.toLowerCase()} accuracy`, on: "" };
  // "is 85.31% accurate": an accuracy.
  if (figure.kind === "relative" && /^\s*accurate\b/.test(after)) return { measured: "accuracy", on: "" };
  // "98.5% valid, 100% unique and 95% novel molecules": the quality a share of generated things has.
  const quality = figure.kind === "relative" ? after.match(/^\s*(valid|unique|novel)\b/) : null;
  if (quality) return { measured: QUALITY_NOUN[quality[1]!]!, on: "" };
  const following = figure.kind === "count" ? null : after.match(AFTER_METRIC);
  // "a 3.82% gain over the state-of-the-art approaches in terms of HD95": a bare change named by the measure said after its rivals.
  const inTerms = following && CHANGE_WORD.test(following[1]!) ? after.match(CHANGE_IN_TERMS_OF) : null;
  const named = inTerms ? inTerms[1]!.match(AFTER_METRIC) : null;
  if (named) return { measured: `${tidy(following![1]!)} in ${tidy(named[1]!)}`, on: "" };
  if (following) return { measured: tidy(following[1]!), on: "" };
  const share = figure.kind === "relative" && /%|\//.test(figure.text) && /\b(?:only|just|merely)\s+$/.test(before) ? after.match(SHARE_OF) : null;
  // "only 24.3% of US adults met …": a share of people, the name only says which.
  if (share && !/^\s+(?:adults|children|people|patients|participants|users|women|men|students|respondents|households|individuals|workers|citizens|residents)\b/.test(after.slice(share.index! + share[0].length))) return { measured: tidy(share[1]!), on: "" };
  return undefined;
}

const NAMED_CHANGE = /^\s*((?:(?!(?:of|in|the|a|an|and|or|on|for|with|than|more|less|fewer|greater|higher|lower|better|faster|larger|smaller)\b)\p{Ll}[\p{Ll}-]+\s+){1,3})(?:reductions?|savings?|speedups?|compression|improvements?|increases?|decreases?|drops?|declines?|gains?)(?!\s+(?:ratio|rate|factor)s?\b)(?:\s+in\s+(?!(?:each|every|all|both|most|some|many|any)\b)(?:the\s+)?\p{Ll}[\p{L}\p{N}-]*(?:\s+(?!(?:and|or|with|for|on|in|at|by|compared|than|over|while|mode)\b)[\p{L}\p{N}-]+)?)?/u;
const CHANGE_WORD = /^(?:absolute\s+|relative\s+)?(?:gain|improvement|increase|boost|reduction|decrease|drop)s?$/i;
const CHANGE_IN_TERMS_OF = /^[^,;.]{0,100}?\bin\s+terms\s+of\b(\s+(?:the\s+)?[^,;.]{1,60})/;

/** "90.6% top-1 and 96.1% top-5 accuracy": the first figure's modifier shares the head named after the second. */
const SHARED_HEAD = new RegExp(String.raw`(\d[\d.]*\s?%?)\s+((?:[Tt]op|[Hh]its@|[Rr]ecall@)[-@]?\d+|[Mm]acro|[Mm]icro|[Zz]ero-shot|[Ff]ew-shot)\s+and\s+[\d.]+\s?%?\s+(?:[Tt]op[-@]?\d+|[Mm]acro|[Mm]icro|[Zz]ero-shot|[Ff]ew-shot)[\s-]+(${METRIC})`, "gu");

const MAY_SHARE_HEAD = /\d\s?%?\s+(?:top|hits@|recall@|macro|micro|zero-shot|few-shot)[-@]?\d*\s+and\s/i;

/** Where each figure whose head is shared ends, with the measure it shares (see SHARED_HEAD). */
function sharedHeads(scan: string): Map<number, string> {
  const heads = new Map<number, string>();
  // The full pattern is dear: only where a figure's modifier meets "and".
  if (!MAY_SHARE_HEAD.test(scan)) return heads;
  for (const match of scan.matchAll(SHARED_HEAD)) {
    const metric = tidy(match[3]!);
    // The head alone: "top-5 accuracy" → "accuracy", then the first figure's own modifier.
    heads.set(match.index + match[1]!.trimEnd().length, `${match[2]!.toLowerCase()} ${metric.replace(/^(?:top[-@]?\d+|macro|micro|zero-shot|few-shot)[\s-]+/i, "")}`);
  }
  return heads;
}

/** "reduces latency by 30%": the verb's object is what the figure measures, when it names a quantity. */
function verbObjectMetric(before: string, figure: Figure): Pairing | undefined {
  // "improves classic MoE baselines with auxiliary loss by up to 23.79%": the margin over the rivals improved on, not their "loss".
  const verb = before.match(VERB_OBJECT);
  const object = verb?.[2] ?? "";
  const metric = object.match(METRIC_LAST);
  // "improves the baseline accuracy by up to 12%": the measure the baseline is improved in.
  if (figure.kind === "relative" && IMPROVES_BASELINES.test(before)) return { measured: metric && /\bbaselines?\s/.test(object) ? `${tidy(metric[0])} improvement` : "improvement", on: "" };
  if (!verb) return undefined;
  // A bare count is a result only of a named measure: "boosting FPS from 144 to 237", not "increases the number of layers to 12".
  if (figure.kind === "count" && !metric) return undefined;
  // "reduces the activation density by": a quantity verb's object is what it measures; "improves the model by" says nothing.
  const quantity = /^(?:reduc|decreas|lower|cut|shrink|compress|increas|rais)/.test(verb[1]!);
  // "reduces the number of distance computations by": the count of what follows "of" (growing a count of things built is a size, not a result).
  const counted = /^(?:reduc|decreas|lower|cut|shrink|compress)/.test(verb[1]!) && verb[3] && /^(?:number|amount)$/i.test(object) && isNounPhrase(verb[3]) ? `${object} of ${verb[3]}` : "";
  // "improves DSR by": an acronym the verb acts on is a measure.
  const measured = /^(?:speed(?:s|ing)? up|accelerat)/.test(verb[1]!) ? "speed" : metric ? tidy(withItsNoun(object, metric[0])) : counted ? tidy(counted) : (quantity && isNounPhrase(object) && !GENERAL_OBJECT.test(object)) || isAcronym(object) ? tidy(object) : "";
  // "lifts performance by +2.7%": a gain in a vague measure is the gain, not the measure.
  const gain = VAGUE_MEASURE.test(measured) && /^(?:improv|boost|lift|increas|enhanc|rais)/.test(verb[1]!) && /\bby\s+(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+|more than\s+|only\s+|[~∼]\s*)?$/.test(before) ? `${measured} improvement` : measured;
  return measured ? { measured: gain, on: trimSetting(verb[4] ?? "") } : undefined;
}

/** "the overall code quality": a bare generic measure ("quality") keeps the noun that says what it is of ("code quality"). */
function withItsNoun(object: string, metric: string): string {
  if (!/^(?:quality|performance|efficiency)$/i.test(metric)) return metric;
  const noun = object.slice(0, object.length - metric.length).trim().split(/\s+/).at(-1) ?? "";
  // "steering performance", "reasoning performance": a gerund names a task; "existing performance" does not.
  return /^\p{Ll}[\p{Ll}-]+$/u.test(noun) && !/(?:al|ive|ous|ful|ic|ed|ly|er|est)$|^(?:overall|general|average|total|mean|final|high|low|good|great)$|^(?:existing|resulting|competing|leading|remaining|increasing|decreasing|growing|corresponding|underlying|outstanding|promising|surprising|matching|interesting|amazing|improving|during|following|including)$/.test(noun) && !/^\p{Ll}{1,3}ing$/u.test(noun) ? `${noun} ${metric}` : metric;
}

const IMPROVES_BASELINES = /\bimprov\w*\s+(?:(?:on|over|upon)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}(?:baselines?|state-of-the-art|SOTA)\b[^,;()]{0,60}?\bby\s+(?:up to\s+|about\s+|over\s+|nearly\s+|more than\s+)?$/u;

/**
 * "higher average Top-1 accuracy than existing MLP-based models by +2.44%": the comparison names what the margin is in;
 * "surpasses state-of-the-art methods in both speaker similarity and naturalness by at least 18.5% and 7.0%": so do the measures it was beaten in.
 */
function outdoneMetric(before: string, figure: Figure): Pairing | undefined {
  if (figure.kind !== "relative" || !/\bby\s+(?:\S+\s+){0,2}$/.test(before)) return undefined;
  const outdone = before.includes(" than ") ? before.match(OUTDONE_BY) : null;
  if (outdone) return { measured: `${outdone[1]!.toLowerCase()} ${tidy(outdone[2]!)}`, on: "" };
  const beatenIn = /\b(?:outperform|surpass|beat|exceed)/.test(before) ? before.match(BEATEN_IN) : null;
  return beatenIn ? { measured: tidy(beatenIn[1]!), on: "" } : undefined;
}

const BEATEN_IN = new RegExp(String.raw`\b(?:outperform|surpass|beat|exceed)\w*\s+[^,;()]{1,80}?\s+in\s+(?:both\s+|terms\s+of\s+)?(?:${METRIC}\s+and\s+)?(${METRIC})\s+by\s+(?:at least\s+|up to\s+|over\s+|about\s+|nearly\s+|more than\s+)?$`, "u");

const OUTDONE_BY = new RegExp(String.raw`\b(higher|better|lower|greater|larger|smaller)\s+(${METRIC})\s+than\s+[^,;()]{1,60}?\s+by\s+(?:up to\s+|over\s+|about\s+|nearly\s+|more than\s+|~\s*)?$`, "u");

/** "solves an average of 53.3% (8/15) of problems", "detecting 90% of the attacks": the share of things the method gets done. */
function shareDoneMetric(before: string, after: string, figure: Figure): Pairing | undefined {
  if (figure.kind !== "relative" || !/%|per\s?cent/.test(figure.text)) return undefined;
  const verb = before.match(DONE_VERB);
  const things = verb && after.match(SHARE_OF_THINGS);
  return things ? { measured: `${tidy(things[1]!)} ${DONE[verb[1]!.toLowerCase()] ?? verb[1]!}`, on: "" } : undefined;
}

const DONE_VERB = /\b(captur|solv|resolv|fix|detect|identif|repair|pass|recover|misclassif|classif|flag|catch|locat|retriev|answer|complet|explain)\w*\s+(?:correctly\s+)?(?:an?\s+(?:substantial|remarkable|impressive|notable)\s+|an average of\s+|between\s+|about\s+|around\s+|over\s+|under\s+|nearly\s+|up to\s+|more than\s+|less than\s+)?$/i;
const SHARE_OF_THINGS =
  /^\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+|all\s+|its\s+)?((?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]{3,}s|variation|variance))\b(?!\s+of\b)/u;
const DONE: Record<string, string> = { uncover: "uncovered", discover: "discovered", found: "found", find: "found", expos: "exposed", reveal: "revealed", report: "reported", captur: "captured", misclassif: "misclassified", explain: "explained", solv: "solved", resolv: "resolved", fix: "fixed", detect: "detected", identif: "identified", repair: "repaired", pass: "passed", recover: "recovered", classif: "classified", flag: "flagged", catch: "caught", locat: "located", retriev: "retrieved", answer: "answered", complet: "completed" };

/** "fixes 67 bugs", "found 25 previously unknown vulnerabilities": the count of things the method got done. */
function countDoneMetric(before: string, after: string, figure: Figure): Pairing | undefined {
  if (figure.kind !== "count") return undefined;
  const verb = before.match(COUNT_DONE_VERB);
  const things = verb && after.match(THINGS_DONE);
  return things ? { measured: `${things[1]!.toLowerCase()} ${DONE[verb[1]!.toLowerCase()] ?? verb[1]!}`, on: "" } : undefined;
}

const COUNT_DONE_VERB = /\b(solv|resolv|fix|detect|identif|repair|catch|uncover|discover|found|find|expos|reveal|report|locat)\w*\s+(?:correctly\s+|successfully\s+|automatically\s+)?(?:a total of\s+|about\s+|around\s+|over\s+|nearly\s+|up to\s+|more than\s+)?$/i;
/** Things a method finds or fixes, counted as its result; not things it is run on ("12 benchmarks", "5 datasets"). */
const THINGS_DONE =
  /^\s+(?:(?:previously\s+)?(?:unknown|undetected|unreported|new|novel|real|real-world|zero-day|critical|unique|distinct|confirmed|security|memory|concurrency|crash|performance|logic|functional|potential|high-confidence|probable)\s+){0,3}(bugs|vulnerabilities|faults|defects|issues|errors|crashes|flaws|leaks|exploits|CVEs|regressions|failures|anomalies|candidates|variants|mutations|genes|loci|hits|inhibitors|binders|lenses)\b/i;

/**
 * "crashes decreased by 19%", "average SSB consumption in the sample declined by 34.1%": a change in the verb's
 * subject; "fell by 12%" with no noun before it is a decline (a rise says nothing without one).
 */
function declinedMetric(before: string, figure: Figure): Pairing | undefined {
  const change = figure.kind === "relative" ? before.match(CHANGED_BY) : null;
  if (!change) return undefined;
  const noun = /^(?:declin|decreas|fell|fall|shr|drop)/.test(change[2]!) ? (/^decreas/.test(change[2]!) ? "decrease" : "decline") : "increase";
  // "The proportion of cases which were admitted also increased by 32%": a subject with a relative clause is not read.
  if (/\b(?:which|that|who|whose)\b/i.test(change[1]!.slice(-60))) return undefined;
  const subject = change[1]!.replace(SUBJECT_TAIL, "").match(SUBJECT_WORDS)?.[0];
  // "marine heatwave frequency and duration increased by 34% and 17%": both, for "respectively" to deal out.
  const first = subject && change[1]!.replace(SUBJECT_TAIL, "").match(new RegExp(String.raw`(?:^|\s)((?:(?!(?:the|a|an|of|and|or|in|on|for|with|by|to|its|their)\s)[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}\p{N}'’-]+)\s+and\s+${escapeRegExp(subject)}$`, "u"))?.[1];
  if (subject && first && isNounPhrase(subject) && !GENERAL_OBJECT.test(first)) return { measured: `${noun} in ${tidy(first)} and ${tidy(subject)}`, on: "" };
  if (subject && isNounPhrase(subject) && !GENERAL_OBJECT.test(subject)) return { measured: `${noun} in ${tidy(subject)}`, on: "" };
  return noun === "increase" ? undefined : { measured: noun, on: "" };
}

const CHANGED_BY =
  /^(.*?)\s*\b(?:has\s+|have\s+|had\s+|to have\s+)?(declin(?:ed|es|ing)|decreas(?:ed|es|ing)|fell|falls|fallen|shrank|shrunk|shrinking|dropped|increas(?:ed|es|ing)|rose|rises|risen|grew|grown)\s+(?:overall\s+|significantly\s+|substantially\s+|sharply\s+)?(?:by\s+)?(?:about\s+|around\s+|approximately\s+|nearly\s+|over\s+|more than\s+|up to\s+|~\s*)?$/s;
/** A phrase after the subject's head: "in the sample", "among adults", "from 2007 to 2014". */
const SUBJECT_TAIL = /\s+(?:in|among|for|at|across|within|from|between|over|during)\s+[^,;()]{1,40}$/;
/** The subject's last words: "average SSB consumption", never across a comma or a bracket. */
const SUBJECT_WORDS = /(?<![\p{L}\p{N}'’-])(?:(?!(?:the|a|an|of|and|or|that|which|this|these|its|their|our)\b)[\p{L}\p{N}'’-]+\s+){0,2}(?!(?:the|a|an|of|and|or|that|which|it|they|this|these|its|their|our)\b)[\p{L}\p{N}'’-]+$/u;

/** "response times correlate around .75 with …": a correlation. */
function correlationMetric(before: string, figure: Figure): Pairing | undefined {
  return figure.kind === "decimal" && CORRELATE.test(before) ? { measured: "correlation", on: "" } : undefined;
}

const CORRELATE = /\bcorrelat(?:e|es|ed|ing)\s+(?:at\s+|around\s+|about\s+|approximately\s+|with\s+[^,;()]{1,60}?\s+at\s+)?$/;

/** "retains 95% of its initial efficiency": what is kept of a measure. */
function retainedMetric(before: string, after: string, figure: Figure): Pairing | undefined {
  if (figure.kind !== "relative" || !/\bretain\w*\s+(?:about\s+|around\s+|over\s+|nearly\s+|more than\s+|up to\s+)?$/i.test(before)) return undefined;
  const kept = after.match(RETAINED_OF);
  return kept ? { measured: `${tidy(kept[1]!)} retention`, on: "" } : undefined;
}

const RETAINED_OF = new RegExp(String.raw`^\s*of\s+(?:its|their|the)\s+(?:initial|original|full|peak|baseline|full-precision)?\s*(${METRIC})`, "u");

/** "with as high as 89.7% charge neutrality": what an attained percentage is of. */
function attainedMetric(before: string, after: string, figure: Figure): Pairing | undefined {
  if (figure.kind !== "relative" || !ATTAINED.test(before)) return undefined;
  const noun = after.match(ATTAINED_NOUN);
  return noun && isNounPhrase(noun[1]!) ? { measured: noun[1]!, on: "" } : undefined;
}

/** "(93% on CIFAR10, 79% on CIFAR100)" after "the performance of MLPs improves": the metric before the bracket. */
const HAD_ACRONYM = /\b(?:had|has|have|showed|shows|exhibited|exhibits)\s+(?:(?:the\s+)?(?:highest|lowest|higher|lower|greater|maximum|minimum)\s+)?(\p{Lu}{2,6})\s*\(\s*$/u;

function bracketMetric(clauseBefore: string, figure: Figure, previous: Kept | undefined, sincePrevious: string): Pairing | undefined {
  if (!(/\([^()]*$/.test(clauseBefore) && !previous && figure.kind !== "count")) return undefined;
  const bracket = clauseBefore.lastIndexOf("(");
  const inside = [...clauseBefore.slice(bracket).matchAll(EVERY_METRIC)];
  if (inside.length > 0) return { measured: tidy(inside.at(-1)![0]), on: "" };
  // "The oven-dried samples had TPC (23.37 mg GAE g–1)": a quantity bracketed after an acronym the samples had is that measure's.
  const acronym = figure.kind === "quantity" ? clauseBefore.match(HAD_ACRONYM) : null;
  if (acronym) return { measured: acronym[1]!, on: "" };
  // Only what was said since the last figure: "Accuracy of 99.2% (…), with concordance in 35/45 (77.8%)" is not accuracy.
  const sinceFigure = clauseBefore.slice(Math.max(0, clauseBefore.length - sincePrevious.length), bracket);
  // Only the phrase the bracket belongs to: "… (0.2 PSNR higher …), and a smaller storage size (less than 80% …)" is not PSNR.
  const opened = sinceFigure.slice(sinceFigure.search(/[^,;]*$/));
  // Not a size that describes the thing: "of a 540B-parameter LLM (74.4% …" (the figure before it ends the stretch read).
  const metrics = [...opened.matchAll(EVERY_METRIC)].filter((match) => !/(?:^|\d\p{L}*)-$/u.test(opened.slice(0, match.index)));
  const last = metrics.at(-1);
  // "stable even at extreme sparsity (e.g., 95%)": an operating point.
  if (last && !/\bat\s+(?:\S+\s+)?$/.test(opened.slice(0, last.index))) return { measured: tidy(last[0]), on: "" };
  return undefined;
}

/**
 * A list continues: "MOS of 4.34 and 4.22", "93% on CIFAR10, 79% on CIFAR100", "1.14 points (6.7%)";
 * "latency by 3x and energy consumption by 45%" names its own metric on the way.
 */
function listMetric(previous: Kept | undefined, sincePrevious: string): Pairing | undefined {
  // "… 19.8% on MATH, exceeding the state-of-the-art models of the same size by 11.5%": the margin goes on from the figure before.
  if (!previous || !(LIST_CONTINUES.test(sincePrevious) || MARGIN_OVER.test(sincePrevious))) return undefined;
  const object = sincePrevious.match(AND_OBJECT_BY)?.[1];
  // "CTR by 2.81% and CPM by 1.69%": an acronym the verb acts on names its own measure.
  // "and Overall Guardrail Performance (OGP) by": a name that holds a metric is the measure, whole.
  const own = object && (isAcronym(object) || (/^\p{Lu}/u.test(object) && ANY_METRIC.test(object))) ? object : object?.match(ANY_METRIC)?.[0];
  if (own) return { measured: tidy(own), on: "", inherited: true };
  // "an accuracy of 82.6% …, surpassing previous models by 14.2%": the margin over a rival is a gain in the measure.
  const margin = MARGIN_OVER.test(sincePrevious) && !/\b(?:gain|improvement|increase|reduction|drop|decrease|speed|faster|higher|lower|better|fewer|less|more)\w*$/.test(previous.measured);
  // A margin over a rival after a list of benchmarks is not on the last of them.
  return margin ? { measured: `${previous.measured} gain`, on: "" } : { measured: previous.measured, on: "", inherited: true };
}

const BUILT_SIZE = /^\s*(?:[GMTK]?FLOPs?|[GMT]?MACs|param(?:eter)?s)\b/;
const CORRELATION_R = /(?:\(|,|;|\bwith)\s*(?:Pearson['’]?s?\s+)?r\s*=\s*$/;
const EFFECT_SIZE = /(?:\(|,|\b(?:Hedges'?s?|Cohen'?s?|of))\s*(g|d)\s*=\s*$/;
const SHARE_OF_REFERENCE = new RegExp(String.raw`^\s*(?:of\s+)?the\s+(${METRIC})\s+of\s+(?:the\s+)?(${NAME})`, "u");
const QUALITY_NOUN: Record<string, string> = { valid: "validity", unique: "uniqueness", novel: "novelty" };
const PER_TIME = /^\s+((?:words|characters|bits|tokens|frames|queries|samples|requests)\s+per\s+(?:minute|second))\b/;
const MARGIN_OVER = /^[^;]{0,20}\b(?:surpass\w*|outperform\w*|beat\w*|exceed\w*)\b[^,;()]{0,80}\bby\s+(?:up to\s+|over\s+|about\s+|nearly\s+|more than\s+)?$/;

/** "renders in real time (401 FPS)", "runs at 30 FPS", "generation of videos at 9.4 FPS": a frame rate the method reaches, not a video's setting. */
const RATE_CONTEXT = /(?:\(|\b(?:runs?|running|operates?|operating|renders?|rendering|inference|achiev\w*|reach\w*|speeds? of|frame rates? of)\s+(?:at\s+)?(?:a\s+)?(?:speed\s+of\s+)?(?:up to\s+|over\s+|about\s+)?|\b(?:generat|stream|synthesi[sz]|decod|render)\w*\b[^,;.()]{0,60}?\bat\s+(?:up to\s+|over\s+|about\s+)?)$/;
/** "with only 1.6 ms inference latency", "a latency of 7.0 ms", "generates a 3D asset in 7 seconds". */
const TIME_METRIC = new RegExp(String.raw`^\s*(?:(?:of\s+)?(?:the\s+)?)((?:[\p{L}-]+\s+){0,2}(?:latency|latencies|time|times|runtime|run-time|wall-clock(?: time)?))\b`, "u");
const TIME_BEFORE = new RegExp(String.raw`((?:(?!(?:with|a|an|the|of|at|in|and)\s)[\p{L}-]+\s+){0,2}(?:latency|runtime|time|speed))(?:\s*\([^()]{1,20}\))?\s*(?:(?:can|could|is|was)\s+(?:be\s+)?(?:reduced|cut|decreased|shortened|lowered)\s+)?(?:(?:of|is|was|to|from|by|under|below|as (?:low|little|short) as|:)\s+|\(\s*)(?:only\s+|just\s+|about\s+|around\s+|approximately\s+|less than\s+|under\s+|~\s*)?$`, "u");
const DOING_IN = /\b(generat|render|train|fine-tun|finetun|evaluat|synthesi[sz]|convert|process|optimi[sz]|reconstruct|infer|predict|creat|produc|solv|complet|run)\w*\b[^,;.]{0,120}?\b(?:in|within|under)\s+(?:only\s+|just\s+|about\s+|approximately\s+|less than\s+|under\s+|~\s*)?$/;
const DOING_NOUN: Record<string, string> = { predict: "prediction", creat: "creation", produc: "generation", solv: "solving", complet: "completion", run: "running", generat: "generation", render: "rendering", train: "training", "fine-tun": "fine-tuning", finetun: "fine-tuning", evaluat: "evaluation", synthesis: "synthesis", synthesiz: "synthesis", convert: "conversion", process: "processing", optimis: "optimisation", optimiz: "optimization", reconstruct: "reconstruction", infer: "inference" };

/** A duration is a result when it is the time something takes: a latency, a training time, "in 7 seconds". */
function durationMetric(before: string, after: string, figure: Figure): { measured: string; on: string } | undefined {
  const following = after.match(TIME_METRIC);
  if (following) return { measured: tidy(following[1]!), on: "" };
  const preceding = before.match(TIME_BEFORE);
  if (preceding) return { measured: tidy(preceding[1]!), on: "" };
  // "after only 0.64 hours of fine-tuning"
  const of = after.match(/^\s+of\s+(training|fine-tuning|pre-training|pretraining|distillation|compute|computation|inference|generation)\b/i);
  if (of) return { measured: `${of[1]!.toLowerCase()} time`, on: "" };
  const doing = before.match(DOING_IN);
  // "to predict … within 50 days": a horizon predicted over, not the time a prediction takes.
  if (doing && /^predict/i.test(doing[1]!) && /(?:days?|weeks?|months?|years?)$/.test(figure.text)) return undefined;
  return doing ? { measured: `${DOING_NOUN[doing[1]!.toLowerCase()] ?? doing[1]!.toLowerCase()} time`, on: "" } : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "DSR", "CPM", "GMV": a short all-capital name. */
function isAcronym(words: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}@-]{1,8}s?$/u.test(words);
}

/** Objects that name the system, not a quantity of it. */
const GENERAL_OBJECT = /\b(?:model|models|method|methods|approach|baseline|baselines|system|network|it|them|this|that|results?|number)$|^(?:this|these|that|those|it|its|their)\b|^(?:down|up|further|even|more|less|again)$/i;

/** A short run of words with a noun-like end: "activation density", "mel-spectrogram generation". */
function isNounPhrase(words: string): boolean {
  return /^[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}$/u.test(words) && !/\b(?:by|to|the|a|an|and|or|it|them|this|that)$/i.test(words) && !/\b\w+ly\b/.test(words);
}

/** The people some measures are named after keep their capital: "Cohen's κ", "Pearson r", "Nash–Sutcliffe". */
const PERSON_NAME = /^(?:\p{Lu}\p{Ll}+['’]s?|(?:Pearson|Spearman|Kendall|Nash|Sutcliffe|Hedges|Cohen|Fleiss)\b.*)$/u;

function tidy(metric: string): string {
  // "achieves scores of": the verb that reports the figure is no part of what it measures.
  // "maximum efficiency values obtained": nor how it was arrived at, after it.
  const text = metric
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^(?:achiev|obtain|reach|attain|yield|report)(?:es|s|ed|ing)?\s+(?!(?:strength|stress|point|gap)\b)(?=\S)/i, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/(?<=\S)\s+(?:values?\s+)?(?:obtained|observed|recorded|achieved|found|reported)$/i, "");
  // Lowercase ordinary words, keep acronyms and names ("FID", "ImageNet Top-1 accuracy" → "ImageNet top-1 accuracy").
  return text
    .split(" ")
    .map((word) => ((/\p{Lu}.*\p{Lu}|\p{N}.*\p{Lu}|\p{Lu}.*\p{N}/u.test(word) && !/^Top-\d/.test(word)) || /^\p{Lu}$/u.test(word) || PERSON_NAME.test(word) ? word : word.toLowerCase()))
    .join(" ");
}

const CLAUSE_BREAK_SOURCE = String.raw`;|\bwhile\b|\bwhereas\b|\bbut\b|\bcompared (?:to|with)\b|\bimproving over\b|\bas opposed to\b|\bin contrast to\b`;
const CLAUSE_BREAK = new RegExp(CLAUSE_BREAK_SOURCE, "g");
const CLAUSE_BREAK_ONCE = new RegExp(CLAUSE_BREAK_SOURCE);

function lastClauseBreak(text: string, at: number): number {
  const head = text.slice(0, at);
  let best = -1;
  // The clause starts at its marker, so "compared to the 34% of …" keeps the words that make 34% a baseline's.
  for (const match of head.matchAll(CLAUSE_BREAK)) best = match[0] === ";" ? match.index + 1 : match.index;
  return best;
}

function clauseEnd(text: string, from: number): number {
  const match = text.slice(from).match(CLAUSE_BREAK_ONCE);
  return match ? from + match.index! : text.length;
}

/** The benchmark named in a stretch of text: the first after a figure, or the last before it. */
function settingIn(text: string, last = false): string {
  const names = [...text.matchAll(SETTING_NAME)].map((match) => trimSetting(match[1]!)).filter(Boolean);
  return (last ? names.at(-1) : names[0]) ?? "";
}

function trimSetting(name: string): string {
  const words = name.replace(/[.,;:)]+$/, "").split(/\s+/);
  while (words.length > 0 && NOT_A_SETTING.test(words[0]!)) words.shift();
  // "ImageNet Top-1": stop where the metric starts.
  const metricAt = words.findIndex((word) => WHOLE_HEAD.test(word) || /^Top-\d/i.test(word));
  if (metricAt >= 0) words.length = metricAt;
  const trimmed = words.join(" ");
  return /\p{L}{2}/u.test(trimmed) ? trimmed : "";
}
