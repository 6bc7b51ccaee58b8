/**
 * The sentence that says what a paper does, and that sentence as a list shows it.
 *
 * The rules here read each sentence's own words: how strongly its verb states the
 * paper's own contribution ("we propose" over "we show" over "we use"), whether it names the
 * method, and what counts against it — a side finding ("Furthermore, we find …"), an
 * experiments-report ("Extensive experiments show …"), a sentence that only makes sense after
 * the one before ("This approach outperforms …"). The shown form drops an opener that points
 * back ("To address this issue, ", "Thus, ") and is re-capitalised.
 *
 * The rules' verdict on every sentence is one sign among several that contribution-ranker.ts
 * weighs (title words, place, section, background or method detail): the rules know the
 * phrasings they were written for, the ranker carries over to fields they were not.
 */

import { CONTRIBUTION_WEIGHTS } from "./contribution-weights.ts";
import { contributionFeatures, type RuleEvidence } from "./contribution-ranker.ts";
import { rankScores } from "./ranker-training.ts";
import { SECTION_LABEL, SECTION_LABEL_CAPITALS } from "./section-labels.ts";
import type { Sentence } from "./sentences.ts";
import { titleSubject } from "./words.ts";

export interface Contribution {
  sentence: Sentence;
  /** The sentence as a list shows it: a pointing-back opener trimmed, re-capitalised. */
  shown: string;
  /**
   * Where the paper's own voice begins, for results: the sentence the rules alone score highest,
   * or the chosen one when it is earlier and the rules also read it; undefined when no sentence
   * speaks in words they know.
   */
  voiceAt?: number;
}

/** Every tier needs one of these words; a sentence with none is skipped before the tiers' patterns run. */
const MAY_SPEAK = /\b(?:we|i|this|our|authors|present|here|proposed|introduced|presented|developed|designed|was|were|is|are|been|findings)\b/i;

/** Who speaks for the paper: "we", "I", "this paper", "the present study", "our work". */
const SELF_NOUN = String.raw`(?:(?:research|review|survey|present|short|technical)\s+(?:paper|work|article|study)|paper|work|article|(?:meta-)?analysis|systematic review|study|letter|note|report|thesis|survey|tutorial|chapter|manuscript|review|position paper|technical report|research|project|essay|contribution|trial|investigation)`;
// "The authors conduct a meta-analysis …": journals that write of their authors in the third person.
const SUBJECT = String.raw`(?:we|i|the authors|(?:this|the present|our)\s+${SELF_NOUN})`;
/** "It is hypothesized that …", "It was found that …": "it" as a placeholder, not a thing named before. */
const EXPLETIVE_IT = String.raw`(?:is|was|has\s+been)\s+(?:\w+ly\s+)?(?:hypothesi[sz]ed|shown|found|proposed|concluded|suggested|demonstrated|argued|expected|estimated|known|noted|observed|established)\s+(?:(?:by|in|through|from|using|with)\s+[^,;]{0,50}?\s+)?that\b`;
/** Up to two words that say what kind of study ("retrospective cohort", "cross-sectional"): not a determiner, so not a verb's object. */
const KIND_WORDS = String.raw`(?:(?:in vitro|in vivo|in silico)\s+|(?!(?:the|a|an|our|their|its|of|to|in|on|for|with|and)\b)[\p{L}\p{N}-]+,?\s+){0,5}`;
const LEADING_LABEL = new RegExp(String.raw`^(?:${SECTION_LABEL}(?:\s*:?\s+|(?=\p{Lu}\p{Ll}))|${SECTION_LABEL_CAPITALS}\s*:?\s+)(?=\p{Lu})`, "u");
/** A label the page glued to the first word: "InterpretationOur findings …", "MethodsUsing …". */
const GLUED_LABEL = new RegExp(String.raw`^(${SECTION_LABEL})(?=\p{Lu}\p{Ll})`, "u");
/** A structured abstract's statement of what the study set out to do ("Objectives: To assess …"), and what it concluded. */
const OBJECTIVE_LABEL = /^(?:(?:study|research)\s+)?(?:objectives?|aims?|purpose|goals?|problem)\s*[:.]?\s+(?:to|we|this|our|the\s+(?:aim|objective|purpose|goal)|assess|determine|evaluate|investigate|compare|examine|estimate|explore|describe|identify|quantify|develop|test)\b/i;
const CONCLUSION_LABEL = /^(?:Conclusions?|CONCLUSIONS?|Interpretation|Significance)\s*[:.]?\s+\p{Lu}/u;
/** "Our experiments aimed to replicate …": what the study set out to do, said of its experiments. */
const STUDY_AIMED = /^(?:Our|This|The present|The current|(?:Therefore|Thus|Hence),\s+(?:our|this|the present))\s+(?:study|studies|experiments?|analys[ie]s|work|research|investigation)\s+(?:aimed|aims|sought|seeks?|was designed|were designed|(?:was|is)\s+aimed)\s+(?:to|at|with the (?:objective|aim|goal|purpose) of)\b/;
/** Where the main clause's subject can stand: not "the models we introduce" (a relative clause). */
const LEAD = String.raw`(?:^(?:\((?:[ivx]+|\d+|[a-e])\)\s*)?|^(?:motivated|inspired|guided|driven|informed)\s+by\s+(?:[\p{L}\p{N}-]+\s+){1,6}|[,;:]\s*|^(?:to|in order to)\s+(?:[\w-]+\s+){1,6}?(?=we\s)|\b(?:here|thus|hence|therefore|then|now|and|so|instead|reason|purpose|end|goal|work|paper|study|article)\s+|^${SECTION_LABEL}\s*:?\s+)`;
/** Adverbs that sit between the subject and its verb: "we instead propose", "we here present"; an enumerator counts as one: "We (1) propose a recipe …". */
const ADVERBS = String.raw`(?:\s+(?:[a-z]+ly|also|first|further|here|now|then|therefore|thus|hence|instead|next|additionally|furthermore|finally|still|both|have|has|will|can|\((?:[ivx]+|\d|[a-e])\)))*`;
const PROPOSE = String.raw`(?:propos|introduc|present|develop|design|devis|build|built|construct|releas|describ|offer|formulat|put forward|creat|establish a|give (?:a|an)\b|contribut|pioneer|unveil|open-sourc|curat|collect|launch|implement)`;
const FIND = String.raw`(?:show|demonstrat|conduct|perform|determin|present(?=\w*\s+(?:the\s+)?(?:results|findings)\s+of\s+(?:a|an|our|the)\b)|prov|find|found|discover|establish|deriv|identif|reveal|report|argu|provid|extend|stud|investigat|explor|examin|assess|sought|analy[sz]|evaluat|compar|revisit|consider|discuss|review|survey|address|characteri[sz]|quantif|measur|benchmark|test|uncover|observ|highlight|solv|tackl|improv|generali[sz]|explain|unify|bridg|reformulat|frame|cast|view|propose|attempt|aim|seek|set out|try|tri|integrat|adopt|employ|leverag|appl|combin|train|fine-tun|scal|distill|learn|ask|question)`;

/** "These insights motivate us to develop X": a tier of its own, and shown as "We develop X". */
const MOTIVATES_US = new RegExp(String.raw`^(?:this|these|such|our)\s+(?:[\p{L}-]+\s+){0,2}(?:motivates?|motivated|leads?|led|inspires?|inspired|prompts?|prompted)\s+us\s+to\s+(?=${PROPOSE})`, "iu");

/** Tiers of evidence that a sentence states the paper's contribution, strongest first. */
const TIERS: { pattern: RegExp; score: number }[] = [
  // Not "we present ablations / experiments / an analysis": that reports work, it does not name a contribution.
  { pattern: new RegExp(String.raw`${LEAD}${SUBJECT}${ADVERBS}\s+${PROPOSE}\w*\b(?!\s+(?:that|investigating|studying|examining|exploring|analy[sz]ing)\b|\s+to\s+(?:study|investigate|examine|explore|analy[sz]e|understand|use|evaluate|test|assess|measure|the|a|an|this|these|our|its|their|understanding|knowledge|research)\b|\s+to\b(?!\s+\p{L}+(?:\s|$)))(?!\s+(?:[\p{L}-]+\s+){0,2}(?:ablations?|experiments?|results)\b)`, "iu"), score: 3 },
  { pattern: new RegExp(String.raw`${LEAD}${SUBJECT}${ADVERBS}\s+\w+\s+(?:this|the|these)\s+\w+(?:\s+\w+)?\s+(?:by|to)\s+${PROPOSE}\w*`, "i"), score: 3 },
  // "The main contribution of this paper is a new improved variant of the laser method": the paper saying it outright.
  { pattern: new RegExp(String.raw`^(?:the\s+|our\s+)?(?:main|key|primary|principal|central|major)\s+contributions?\s+(?:of\s+(?:this|the present|our)\s+${SELF_NOUN}\s+)?(?:is|are|lies)\b`, "i"), score: 3 },
  // "These insights motivate us to develop an NNIP architecture …": what the paper builds on what it found.
  { pattern: MOTIVATES_US, score: 3 },
  // "A new model has been developed", "… was proposed in this study", not "new methods have been proposed" (earlier work) or "proposed in [4]".
  { pattern: /\b(?:is|are|has been|was)\s+(?:here\s+)?(?:proposed|introduced|presented|developed|designed)\b(?!\s+(?:with|to|as|by|recently|previously|earlier|before)\b|\s+in\b(?!\s+this\s+(?:study|paper|work|article)\b))/i, score: 2.5 },
  // "A genetic algorithm-based solution … is proposed to minimize …": a proposal for a purpose ("designed to" only describes).
  { pattern: /(?<=\b(?:is|are|was|has been)\s+(?:here\s+)?)proposed\s+to\s+(?!be\b|have\b)[a-z]+/i, score: 2.5 },
  // "An attempt has been made in this study to estimate …": the sciences' way of saying what a study does.
  { pattern: /^an attempt (?:has been|was|is) made\b/i, score: 2.5 },
  // "A new Kolmogorov-Arnold network (KAN) is proposed to approximate …": a new thing proposed for a purpose.
  { pattern: /^(?:an?|the)\s+(?:new|novel)\b[^,.;]{0,80}\b(?:is|are)\s+(?:here\s+)?(?:proposed|introduced|presented|developed|designed)\b/i, score: 2.5 },
  // "The purpose of this study was to compare …": a study that says what it set out to do.
  { pattern: new RegExp(String.raw`^(?:${SECTION_LABEL}\s*:?\s+)?(?:the\s+)?(?:main\s+|primary\s+|overall\s+)?(?:purpose|aim|objective|goal)s?\s+of\s+(?:this|the present|the current|the following|our|the)\s+${SELF_NOUN}\s+(?:was|were|is|are)\s+to\b`, "i"), score: 2.5 },
  // "The objective was to determine whether …": the study's aim, said without naming the study (not "The goal is to apply it to LSST", a plan).
  { pattern: new RegExp(String.raw`^(?:${SECTION_LABEL}\s*:?\s+)?(?:the|our)\s+(?:main\s+|primary\s+|overall\s+)?(?:purpose|aim|objective|goal)s?\s+(?:was|were)\s+to\b`, "i"), score: 2 },
  { pattern: new RegExp(String.raw`${LEAD}${SUBJECT}${ADVERBS}\s+${FIND}\w*\b`, "i"), score: 2 },
  // "The present findings show a linear increase …": a study's finding, said of its findings (not "Our results show", an experiments report).
  { pattern: /^(?:the|these|our)\s+(?:present\s+|main\s+|key\s+)?findings\s+(?:suggest|show|indicate|demonstrate|reveal|support)\b/i, score: 2 },
  { pattern: new RegExp(String.raw`(?:^|[,;]\s*)(?:here|in this ${SELF_NOUN})\b`, "i"), score: 1.5 },
  { pattern: /(?:^|,\s)we\s+(?:[a-z]+ly\s+)?[a-z]+/i, score: 1 },
  { pattern: new RegExp(String.raw`^(?:this|our|the present)\s+${SELF_NOUN}\s+(?:[a-z]+ly\s+)?[a-z]+`, "i"), score: 1 },
  { pattern: /^Our\s/, score: 0.5 },
];

/** In an abstract that never says "we": "the applicability of four ML models was examined", "their classifiers are reconstructed". */
const PASSIVE_STUDY = /\b(?:is|are)\s+reported\b|\b(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:examined|compared|evaluated|investigated|identified|assessed|analy[sz]ed|tested|applied|explored|studied|reconstructed|constructed|built|trained|implemented|created|proposed|developed|designed|performed|conducted|carried out|fabricated|synthesi[sz]ed|prepared|demonstrated|measured|characteri[sz]ed|simulated|calculated|determined|recorded)\b/i;
const PASSIVE_TIER = { score: 1.5 };
/** "Objectives: To assess …" says what the study does, as "The purpose of this study was to …" does; "Conclusions: …" what it found. */
const LABELLED_AIM = { score: 2.5 };
const LABELLED_CONCLUSION = { score: 2 };

/** A side finding or a report of experiments, not the paper's main claim. */
const SIDE_FINDING = /^(?:furthermore|moreover|additionally|in addition|also|finally|lastly|besides|beyond this|we (?:(?:can|could|may)\s+)?(?:also|further|additionally|finally)|as a (?:preliminary|secondary|side) (?:step|result|finding|contribution))\b/i;
/** "To validate our approach, we build a benchmark": a means of testing the contribution. */
const TO_VALIDATE = /^(?:to|in order to)\s+(?:further\s+)?(?:validate|evaluate|test|verify|assess|benchmark|provide (?:a\s+)?validation)\b/i;
/** "Recently, we proposed …": the authors' earlier work, the ground this paper stands on. */
const EARLIER_WORK = /^(?:(?:recently|previously|in (?:our )?(?:previous|prior|earlier) work),?\s+we\s+(?:have\s+)?[a-z]+ed|we\s+(?:have\s+)?(?:previously|recently)\s+[a-z]+ed)\b/i;
/** "Measurement results … are presented": a report of results, not a proposal. */
const RESULTS_PRESENTED = /\bresults\b[^.]{0,80}\b(?:are|were|is)\s+(?:also\s+)?presented\b/;
const EXPERIMENT_REPORT =
  /^(?:(?:extensive|comprehensive|our|the|experimental|empirical|numerical)\s+)*(?:experiments?|results?|evaluations?|analys[ie]s|ablations?|simulations?)\b|\bexperiments? (?:show|demonstrate|indicate|confirm|reveal)|\bexperimental results\b|\b(?:conduct|perform)\w*\s+(?:\w+\s+){0,2}(?:experiments|evaluations|ablations)\b|\b(?:we|i)\s+(?:\w+ly\s+)?(?:evaluate|test|validate|assess|benchmark)[sd]?\s+(?:our|the proposed|this)\s+(?:[\w-]+\s+){0,2}?(?:approach|method|model|system|framework|technique|pipeline|algorithm|agent|architecture|network|tool)\b/i;
/**
 * "called X", a quoted name, or a mixed-case word with two capitals (FastSpeech, gMLP, MoE,
 * ResFields): the sentence names its method. All-capital words (MLP, LLMs, DNNs) are the field's
 * common terms, not names.
 */
/** "called X", a quoted name, or a name defined with its acronym: "the Hughes Hallucination Evaluation Model (HHEM)". */
const INTRODUCES_A_NAME = /\b(?:called|dubbed|named|termed|coined|term|we call)\b|["“](?:[^"”?\s]+\s){0,3}[^"”?\s]+["”]/;
/** A so-called term, quoted or not, is the field's word, not a name the paper gives: left out before INTRODUCES_A_NAME is asked. */
const SO_CALLED = /so-called\s*(?:["“][^"”]*["”])?/g;
/**
 * The name a verb of contribution introduces: "we introduce Lumos, a deep learning method",
 * "we integrate the Hughes Hallucination Evaluation Model (HHEM)" — an acronym defined as the
 * verb's object, not one defined in passing ("… on simulated Zwicky Transient Facility (ZTF) light curves").
 */
const NAMED_OBJECT = new RegExp(
  String.raw`\b(?:propos|introduc|present|develop|design|build|construct|releas|describ|offer|creat|integrat|adopt)\w*\s+(?:(?:the|a|an|our|here)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}+-]*\p{Lu}[\p{L}\p{N}+-]*,\s+(?:a|an|the|which)\b|\p{Lu}[\p{L}\p{N}+-]*,\s+(?:a|an|the)\b|(?:\p{Lu}[\p{L}\p{N}-]*\s+){1,6}\(\p{Lu}[\p{L}\p{N}-]{1,10}\))`,
  "u",
);
const WORDS = /[\p{L}\p{N}-]+/gu;
function isMixedCaseName(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  // Two capitals and a lowercase letter, but not an all-capital plural ("DNNs", "LLMs").
  return capitals >= 2 && /\p{Ll}/u.test(word) && !/^[\p{Lu}\p{N}-]+s$/u.test(word);
}
/** A word with a capital after its first letter ("FastSpeech", "gMLP", "DNNs"): only such words are worth the full test. */
const CAPITAL_INSIDE = /[\p{L}\p{N}-]\p{Lu}/u;
function namesAMethod(text: string): boolean {
  return CAPITAL_INSIDE.test(text) && (text.match(WORDS) ?? []).some((word) => isMixedCaseName(word) && !NOT_A_METHOD.test(word));
}
/** Mixed-case names that are datasets, platforms or companies: a sentence that names them names no method of its own. */
const NOT_A_METHOD = /^(?:ImageNet(?:-\w+)?|GitHub|PyTorch|TensorFlow|YouTube|OpenAI|DeepMind|HuggingFace|LibriSpeech|LibriTTS|MovieLens|CelebA|WikiText|TriviaQA|SQuAD|CodeSearchNet|BigVul|PrimeVul|StackOverflow|MedMNIST|ShapeNet|ModelNet\d*|ScanNet|KITTI|NuScenes|SemanticKITTI|OpenWebText|LLaMA|ChatGPT|iPhone|MATLAB|MatLab|LaTeX)$/;
/** "Here, …", "In this paper, …": the abstract announcing its contribution. */
const ANNOUNCES = new RegExp(String.raw`^(?:${SECTION_LABEL}\s*:?\s+)?(?:here\b|in (?:this|the present|the current) ${SELF_NOUN}\b|(?:this|the present)\s+${SELF_NOUN}\s+${PROPOSE})`, "i");
/** "Namely, …", "Specifically, …", "We then …": a detail or a later step of the contribution. */
const ELABORATES = new RegExp(String.raw`^(?:namely|specifically|concretely|in particular|for example|for instance|first(?:ly)?|second(?:ly)?|third(?:ly)?)\b|(?:^|,\s*)${SUBJECT}\s+(?:then|next|also|further|additionally|finally)\b`, "i");
const POINTS_BACK = /^\s+\S+\s+(?:\S+\s+)?(?:this|these|such|those|both)\s|\b(?:this|these|such|those)\s+(?:issues?|problems?|challenges?|limitations?|gaps?|drawbacks?|shortcomings?)\b/;
/** "is a machine learning setting where …": a definition of a field or problem, not of a method. */
const DEFINES_A_FIELD = /^\s+(?:is|are)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:setting|paradigm|problem|task|field|area|domain|topic|discipline)s?\b/u;
/** Words every RELEASE_NOTE needs: checked first, as the pattern is dear. */
const MAY_RELEASE = /\b(?:codes?|codebase|demo|demonstration|implementation|checkpoints|weights)\b/i;
/** "We provide an accompanying interactive online demonstration and the codebase": a release note. */
const RELEASE_NOTE = /\b(?:provid|releas|open-sourc|publish|shar|mak)\w*\s+(?:[\p{L}-]+\s+){0,5}(?:codes?|codebase|source code|demo|demonstration|implementation|checkpoints|weights)\b|\b(?:code|codebase|implementation)\b[^.]{0,40}\b(?:is|are)\s+(?:publicly\s+)?available\b/iu;
/** A sentence reporting outcomes: better told as a result than as what the paper does. */
const REPORTS_OUTCOME = /\b(?:outperform|surpass|beat|exceed)\w*|\bachiev\w*\s+(?:state-of-the-art|sota|\d)/i;
/** "we show state-of-the-art results …, improving … by 20%": what a results report says. */
const REPORTS_MARGIN = /\bstate-of-the-art (?:results|performance)\b|\bby\s+(?:up to\s+)?\d+(?:\.\d+)?\s?(?:%|x\b|×)|\b\d+(?:\.\d+)?\s?%\s+(?:higher|lower|more|less|better|fewer)\b/i;

/** "… is not the key -- we introduce PointMLP": a dash before "we", read as a comma. */
const DASH_BEFORE_WE = /\s(?:--?|—|–)\s*(?=we\s)/gi;
/** One character of an opener: never past a comma, never into the paper's "we". */
const NOT_WE = String.raw`(?!\bwe\b)[^,]`;
/** Openers that make a sentence lean on the one before it; dropped from the shown form. */
const BACK_OPENER = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`(?:to|in order to|in an? (?:attempt|effort|bid) to)\s+(?:help\s+)?(?:better\s+|further\s+|fully\s+)?(?:address|tackle|solve|overcome|mitigate|alleviate|remedy|resolve|fill|bridge|close|handle|fix|counter|circumvent|avoid|answer|achieve|fulfil|fulfill|realize|accomplish|pursue|explore|investigate|understand|study|test)\s+(?:this|these|such|that|those|the above|the aforementioned|both|this\s+\w+|these\s+\w+)\b(?:${NOT_WE})*(?=,|\s+we\s)`,
      String.raw`to\s+[^,]{0,80}?\b(?:this|these|such|those)\b(?:${NOT_WE})*(?=,)`,
      String.raw`(?:to this end|to that end|to do so|to do this|for this purpose|for this reason|with this goal|with this in mind|with this premise|towards? this (?:goal|end)|as a first step towards? [^,]*)`,
      String.raw`(?:motivated|inspired|guided|driven|informed)\s+by\s+(?:this|these|that|those|such|the above)\b[^,]*(?=,)`,
      String.raw`(?:building|based|drawing|capitalizing|relying)\s+(?:on|upon)\s+(?:this|these|that|those|such|the above)\b[^,]*(?=,)`,
      String.raw`(?:in light of|given|against|as a (?:result|consequence) of|in response to)\s+(?:this|these|that|those|such)\b[^,]*(?=,)`,
      String.raw`(?:thus|therefore|hence|consequently|accordingly|as a result|as such|however|instead|in contrast|in response|in this (?:work|paper|study|article|letter|note|report|context|case|regard|setting|light|vein|spirit|direction)|in the (?:present|current) (?:work|paper|study|article|investigation)|in our (?:work|paper|study|article|research)|here|specifically|concretely|in particular|then|next|finally|lastly|moreover|furthermore|additionally|in addition|first(?:ly)?|second(?:ly)?|third(?:ly)?)`,
    ].join("|") +
    String.raw`)\s*,?\s+`,
  "i",
);
/** What may follow a trimmed opener: the paper's voice. */
const MAIN_CLAUSE = new RegExp(String.raw`^(?!(?:it|they|these|those|such|that)\s|this\s+(?!${SELF_NOUN}\b))(?:${SUBJECT}|our\b|(?:a|an)\s+(?:new|novel)\b)`, "iu");
/** …or a name: "FunKAN is …", "Mixture-of-Experts is …" (case matters here: "designed specifically …" is not one). */
const NAME_CLAUSE = /^(?:\p{Lu}[\p{L}\p{N}-]*\p{Lu}|\p{Lu}\p{Ll}+\s+(?:is|are)\b)/u;
/** A sentence whose subject is an earlier sentence's thing: "This approach …", "It …". */
// Not "This cross-sectional study aims …": the paper itself, named with its kind.
// Nor "It is hypothesized that …": an "it" that stands for nothing before.
const LEANS_BACK = new RegExp(String.raw`^(?:(?:this|these|such|that|those)\s+["“']?(?!${KIND_WORDS}${SELF_NOUN}\b)[\p{L}-]+|it(?!\s+${EXPLETIVE_IT})|they|its|their|both)\b`, "iu");
/** "… to address this issue", "… to tackle these limitations": a purpose stated earlier. */
/** Words every BACK_PURPOSE needs; a sentence without them skips the pattern (it is tried at every position). */
const MAY_POINT_BACK = /\b(?:this|these|such|that|those|above|aforementioned)\b/i;
const BACK_PURPOSE =
  /\s*,?\s*(?:(?:in order\s+)?to|(?:which|that)\s+(?:can\s+|could\s+|may\s+|helps?\s+(?:to\s+)?)?)\s*(?:address|tackle|solve|overcome|mitigate|alleviate|remedy|resolve|fill|bridge|close|handle|fix)(?:es|s)?\s+(?:this|these|such|that|those|the above|the aforementioned)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?=\s*(?:[,.;]|$)|\s+by\b)|\s*,?\s*(?:in order\s+)?to\s+[a-z]+ly\s+(?:address|tackle|solve|overcome|mitigate|alleviate|remedy|resolve|handle)\s+(?:this|these|such|those)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,6}(?=\s*\.?$)/iu;

export function contribution(all: readonly Sentence[], title = ""): Contribution | undefined {
  const texts = all.map((sentence) => sentence.text);
  const rules = ruleEvidence(all, title);
  const scores = rankScores(contributionFeatures(texts, title, rules), CONTRIBUTION_WEIGHTS);
  let best: number | undefined;
  // A question asks; it does not say what the paper does.
  for (const [index, score] of scores.entries()) if (!texts[index]!.endsWith("?") && (best === undefined || score > scores[best]!)) best = index;
  if (best === undefined) return undefined;
  const chosen = all[best]!;
  let voice = rulesChoice(rules);
  // The paper's voice begins at the rules' choice, or earlier where the ranker chose a sentence the rules also heard.
  if (voice !== undefined && rules[best]!.score !== undefined) voice = Math.min(voice, best);
  return { sentence: chosen, shown: shownForm(chosen.text), ...(voice === undefined ? {} : { voiceAt: all[voice]!.number }) };
}

/** The index of the sentence the rules alone score highest (the earlier on a tie), undefined when they score none. */
export function rulesChoice(rules: readonly RuleEvidence[]): number | undefined {
  let best: number | undefined;
  for (const [index, rule] of rules.entries()) if (rule.score !== undefined && (best === undefined || rule.score > rules[best]!.score!)) best = index;
  return best;
}

/** What the rules say of each sentence of an abstract (see RuleEvidence). */
export function ruleEvidence(all: readonly Sentence[], title = ""): RuleEvidence[] {
  const titleNames = methodNamesOf(title);
  // Only an abstract that never speaks as "we" or "our" states what it does in the passive.
  // "… is not the key -- we introduce PointMLP": a dash before "we" sets off the paper's clause as a comma does.
  const texts = all.map((sentence) => {
    const text = sentence.text.replace(GLUED_LABEL, "$1 ");
    return text.includes(" we") ? text.replace(DASH_BEFORE_WE, ", ") : text;
  });
  const voiceless = !texts.some((text) => /\b(?:we|our)\b/i.test(text));
  return all.map((sentence, index) => {
    const text = texts[index]!;
    const body = withoutOpener(text);
    const leansBack = LEANS_BACK.test(body) && !MOTIVATES_US.test(body);
    const none = { score: undefined, spoken: 0, labelled: 0, leansBack };
    if (text.endsWith("?")) return none;
    // "Neuroformer is a multimodal … model", "ZeRO-Offload enables large model training by …": the title's method, defined or at work
    // ("Federated Learning is a machine learning setting where …" defines the field, not the paper's method).
    const subject = titleNames.find((name) => text.startsWith(name));
    const rest = subject === undefined ? "" : text.slice(subject.length);
    // Not a name the title uses its method on ("… Experiment on the Defects4J Dataset").
    const defines = /^\s+(?:is|are)\s+(?:a|an|the)\b/.test(rest) && !DEFINES_A_FIELD.test(rest) && !usedOn(title, subject!);
    // Only the name before the title's colon is surely the paper's own; an act on "this issue" answers an earlier sentence.
    const acts = !defines && subject === titleNames[0] && /^\s+(?:also\s+)?[a-z]+s\b/.test(rest) && !/^\s+(?:is|has|was|does)\b/.test(rest) && !POINTS_BACK.test(rest);
    const spoken =
      defines ? { score: 2.5 } : acts ? { score: 2 } : (MAY_SPEAK.test(text) ? TIERS.find(({ pattern }) => pattern.test(text)) : undefined) ?? (voiceless && PASSIVE_STUDY.test(text) ? PASSIVE_TIER : undefined);
    const labelled = OBJECTIVE_LABEL.test(text) || STUDY_AIMED.test(text) ? LABELLED_AIM : CONCLUSION_LABEL.test(text) ? LABELLED_CONCLUSION : undefined;
    const tier = labelled && (!spoken || spoken.score < labelled.score) ? labelled : spoken;
    if (!tier) return none;
    let score = tier.score;
    // The title's own method name counts most; a name introduced as such ("called X") next; any other name a little (it may be a rival's).
    const titled = titleNames.length > 0 && mentions(text, titleNames[0]!);
    const titleMentioned = titleNames.slice(1).some((name) => mentions(text, name));
    const introduced = INTRODUCES_A_NAME.test(text.includes("so-called") ? text.replace(SO_CALLED, "") : text) || NAMED_OBJECT.test(text);
    const named = titled || introduced || namesAMethod(text);
    // Less for a finding about it ("we show that ANI-1 is accurate") than for introducing it.
    score += titled ? (tier.score > 2 ? 1.5 : 1) : titleMentioned ? 0.5 : 0;
    score += introduced ? 1 : named ? 0.5 : 0;
    if (ANNOUNCES.test(text)) score += 0.5;
    if (ELABORATES.test(text)) score -= 0.5;
    if (REPORTS_OUTCOME.test(text)) score -= 0.5;
    // A finding stated with its margin is a results report; a proposal that also reports a margin stays a proposal.
    if (tier.score <= 2 && REPORTS_MARGIN.test(text)) score -= 1;
    // "Finally, we apply … to obtain the models called EfficientFormer" is the last step, not a side finding.
    if ((SIDE_FINDING.test(text) && !((titled || titleMentioned) && /^(?:finally|lastly)\b/i.test(text))) || EARLIER_WORK.test(text)) score -= 2;
    if (EXPERIMENT_REPORT.test(text) || (text.includes("presented") && RESULTS_PRESENTED.test(text)) || (MAY_RELEASE.test(text) && RELEASE_NOTE.test(text))) score -= 1.5;
    // "To provide validation of our AL approach, we develop the COMP6 benchmark": a means of testing the contribution, not it.
    if (TO_VALIDATE.test(text)) score -= 1;
    if (leansBack) score -= 1.5;
    // "This study proposes a new approach to address this data scarcity": nothing left once the purpose points back.
    // "… a framework that addresses these issues" only loses its relative clause when shown.
    const purpose = MAY_POINT_BACK.test(body) ? body.match(BACK_PURPOSE) : null;
    if (purpose && !/^\s*,?\s*(?:which|that)\b/i.test(purpose[0])) score -= named || body.replace(BACK_PURPOSE, "").split(/\s+/).length > 12 ? 0.5 : 2.5;
    // Earlier wins a tie: abstracts state the contribution before elaborating on it.
    score -= sentence.number * 0.01;
    return { score, spoken: spoken?.score ?? 0, labelled: labelled?.score ?? 0, leansBack };
  });
}

/** The sentence with a pointing-back opener dropped, when what remains is the paper's own voice. */
export function shownForm(text: string): string {
  // "We solve this issue by proposing X" says "We propose X"; "We tackle these issues with a pipeline" says "We introduce a pipeline".
  const shown = withoutOpener(text)
    .replace(MOTIVATES_US, "We ")
    .replace(SOLVED_BY, (_, subject: string, gerund: string) => `${subject} ${verbOf(gerund)}`)
    // "… using a unique dataset" uses it; "… with a pipeline" brings one in.
    .replace(SOLVED_WITH, (_, subject: string, means: string) => `${subject} ${means.toLowerCase() === "using" ? "use" : "introduce"} `)
    .replace(SOLVED_BY_INTRODUCING, (_, subject: string) => `${subject} introduce `)
    .replace(PROPOSE_TO_SOLVE_WITH, (_, subject: string, verb: string) => `${subject} ${verb} `)
    .replace(SOLVED_AND, (_, subject: string) => `${subject} `)
    .replace(SIMILAR_AND, (_, subject: string) => `${subject} `)
    .replace(AIM_SOLVED_BY, (_, subject: string, first: string, second: string | undefined) => [`${subject} ${verbOf(first)}`, ...(second ? [verbOf(second)] : [])].join(" and "))
    .replace(AIMS_TO_SOLVE_WITH, (_, subject: string) => `${subject} ${/^(?:we|i)$/i.test(subject) ? "introduce" : "introduces"} `);
  const aimed = shown.match(AIM_TO_SOLVE)?.[0];
  const rest = aimed === undefined ? shown : capitalise(shown.slice(aimed.length));
  // "… to address these limitations in existing text-to-image diffusion models": the limitations it names, not earlier ones.
  const purposeful = MAY_POINT_BACK.test(rest) ? rest.replace(BACK_PURPOSE, "").replace(NAMED_PURPOSE, "$1the$2") : rest;
  return purposeful.includes("://") ? purposeful.replace(BARE_URL, "").trimStart() : purposeful;
}

/** "… parkour controller https://github.com/… that uses …": an address read aloud in a list is noise; the abstract keeps it as a link. */
// A bracketed aside that holds an address goes whole ("(code: https://…)"); a bare one with the word that leads to it ("at https://…").
const BARE_URL = /\s*\([^()]{0,40}?https?:\/\/[^\s()]+\)|\s*(?:\b(?:at|from)\s+|\b(?:code|data|website|project\s+page)\s*:\s*)?https?:\/\/[^\s()]+?(?=[.,;:]?(?:\s|$))/g;

/** A gerund's verb ("proposing" → "propose"). */
function verbOf(gerund: string): string {
  return GERUNDS[gerund.toLowerCase()] ?? gerund;
}

const GERUNDS: Record<string, string> = {
  proposing: "propose", introducing: "introduce", developing: "develop", designing: "design", devising: "devise", formulating: "formulate", creating: "create",
  building: "build", modeling: "model", modelling: "model", casting: "cast", framing: "frame", leveraging: "leverage", combining: "combine", decomposing: "decompose",
  replacing: "replace", learning: "learn", training: "train", presenting: "present", utilizing: "utilize", utilising: "utilise", using: "use", exploiting: "exploit",
  adopting: "adopt", employing: "employ", incorporating: "incorporate", integrating: "integrate", "re-deriving": "re-derive", deriving: "derive", extending: "extend",
  augmenting: "augment", adding: "add", reformulating: "reformulate", constructing: "construct", generalizing: "generalize", generalising: "generalise", unifying: "unify",
  // "We address this question by looking at the entry of Fox News …": a study's way in.
  making: "make", looking: "look", examining: "examine", studying: "study", analyzing: "analyze", analysing: "analyse", comparing: "compare", exploring: "explore", estimating: "estimate", measuring: "measure",
};
/** Verbs that answer a problem named before: "We address these limitations by …". */
const SOLVE_VERB = String.raw`(?:solve|address|tackle|overcome|mitigate|alleviate|resolve|remedy|fix|bridge|fill|close)`;
/** "… to address these limitations in existing …": a purpose that names what it means (shown with "the", not "these"). */
const NAMED_PURPOSE = new RegExp(String.raw`\b(to\s+(?:[a-z]+ly\s+)?${SOLVE_VERB}\s+)(?:this|these|such|those)(\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:in|of|with|for|on)\s+\p{L})`, "iu");
/** "We propose to bridge this gap with synthetic continued pretraining: …" says "We propose synthetic continued pretraining: …". */
const PROPOSE_TO_SOLVE_WITH = new RegExp(String.raw`^(${SUBJECT})\s+(propose|introduce|present)\s+to\s+${SOLVE_VERB}\s+(?:this|these|the|such)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:with|using|via|through)\s+(?=\p{L})`, "iu");
/** "We address this challenge, and propose GPTQ, …" says "We propose GPTQ, …". */
// "We address this portrait animation trilemma (speed, 3D consistency, and expressiveness) and propose …" too.
const SOLVED_AND = new RegExp(String.raw`^(${SUBJECT})\s+${SOLVE_VERB}\s+(?:this|these|such)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}(?:\s*\([^()]{1,80}\))?,?\s+and\s+(?=${PROPOSE})`, "iu");
/** "This paper aims to address this issue for Mandarin Chinese in the form of CMMLU, a … benchmark" says "This paper introduces CMMLU, a … benchmark". */
const AIMS_TO_SOLVE_WITH = new RegExp(String.raw`^(${SUBJECT})\s+(?:aims?|seeks?|tries|try|attempts?)\s+to\s+${SOLVE_VERB}\s+(?:this|these|such)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+for\s+[^,;]{1,40}?)?\s+(?:in the form of|with|through|via)\s+(?=(?-i:\p{Lu})|(?:a|an)\s)`, "iu");
/** "we aim to alleviate this issue by proposing and making publicly available the XTTS system" says "We propose and make publicly available …". */
const AIM_SOLVED_BY = new RegExp(String.raw`^(we|i)\s+(?:aim|seek|try|attempt)\s+to\s+${SOLVE_VERB}\s+(?:this|these|such)(?:\s+[\p{L}-]+){1,2}\s+by\s+(${Object.keys(GERUNDS).join("|")})(?:\s+and\s+(${Object.keys(GERUNDS).join("|")}))?\b`, "iu");
/** "We follow a similar approach and develop robot parkour …" says "We develop robot parkour …": similar to what the list does not show. */
const SIMILAR_AND = new RegExp(String.raw`^(${SUBJECT})\s+(?:follow|take|adopt|use)\s+(?:a|the|this)\s+similar\s+(?:approach|path|idea|strategy|route|recipe),?\s+and\s+(?=${PROPOSE})`, "iu");
/** "We aim to fill this gap: By analyzing …, we investigate …" says "By analyzing …, we investigate …". */
const AIM_TO_SOLVE = new RegExp(String.raw`^(?:${SUBJECT})\s+(?:aim|seek|set out|try)\s+to\s+${SOLVE_VERB}\s+(?:this|these|such)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*:\s*(?=\p{L})`, "iu");
const SOLVED_BY = new RegExp(String.raw`^(${SUBJECT})\s+${SOLVE_VERB}\s+(?:this|these|the|such)(?:\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+by\s+(${Object.keys(GERUNDS).join("|")})\b`, "iu");
/** "We study how to bridge this gap and go beyond with a novel … architecture" says "We introduce a novel … architecture" too. */
const SOLVED_WITH = new RegExp(String.raw`^(${SUBJECT})\s+(?:(?:study|explore|investigate|show)\s+how\s+to\s+)?${SOLVE_VERB}\s+(?:this|these|the|such)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+and\s+go\s+beyond)?\s+(with|using|via|through)\s+(?=(?:a|an)\b|(?-i:\p{Lu}))`, "iu");
/** "We address these with the introduction of the Switch Transformer" says "We introduce the Switch Transformer". */
const SOLVED_BY_INTRODUCING = new RegExp(String.raw`^(${SUBJECT})\s+${SOLVE_VERB}\s+(?:this|these|them|it|those|such)(?:\s+[\p{L}-]+){0,2}?\s+(?:with|through|via|by)\s+(?:the\s+)?(?:introduction|proposal|development|design)\s+of\s+`, "iu");


/** Whether `text` names `name`, or the one of its kind a plural name of words stands for ("Switch Transformers" → "the Switch Transformer"; not "NeRFs", a class). */
function mentions(text: string, name: string): boolean {
  return text.includes(name) || (name.includes(" ") && name.endsWith("s") && text.includes(name.slice(0, -1)));
}

/** Whether the title names `name` as what its method is used on: "… on the Defects4J Dataset". */
function usedOn(title: string, name: string): boolean {
  const at = title.indexOf(name);
  return at > 0 && /\b(?:on|in|with|using|from|for|via|across|to)\s+(?:the\s+)?$/i.test(title.slice(0, at));
}

function withoutOpener(text: string): string {
  const rest = text.replace(LEADING_LABEL, "");
  // Up to two openers ("In this work, to address these challenges, we …"), dropped only when the paper's voice follows.
  const first = rest.match(BACK_OPENER)?.[0];
  if (first === undefined) return rest;
  const afterFirst = rest.slice(first.length);
  const second = afterFirst.match(BACK_OPENER)?.[0];
  if (second !== undefined && speaks(afterFirst.slice(second.length))) return capitalise(afterFirst.slice(second.length));
  if (speaks(afterFirst)) return capitalise(afterFirst);
  // "In this study, three algorithms were applied …", "Then, based on …", "Here the impacts …": an opener closed by its comma
  // (or an adverb that needs none) drops before any clause that does not point back ("In light of this, and to explore …" leaves
  // "To explore …"); "Instead of …", "First principles …" keep their first word.
  const clause = afterFirst.replace(/^(?:and|but)\s+/, "");
  const closed = /,\s+$/.test(first) || /^(?:here|thus|hence|therefore)\s+$/i.test(first);
  return closed && /^\p{L}/u.test(clause) && !LEANS_BACK.test(clause) ? capitalise(clause) : rest;
}

function speaks(clause: string): boolean {
  return MAIN_CLAUSE.test(clause) || NAME_CLAUSE.test(clause);
}

function capitalise(text: string): string {
  // Keep "iPhone", "gMLP": only a lowercase word that is all lowercase is capitalised.
  return /^\p{Ll}+\b/u.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * The names a title gives its method: first the short head before a colon ("FastSpeech: Fast,
 * Robust …", "Alchemy: Amplifying …"; NUL when there is none, so nothing contains it), then any
 * mixed-case name in it ("… to ACE-Opencpop and KiSing-v2", "… at MobileNet Speed").
 */
function methodNamesOf(fullTitle: string): string[] {
  // "Brief communication: …" announces the kind of article, not a method's name.
  const title = titleSubject(fullTitle);
  // "Matbench Discovery -- A framework to …": a dash sets the name off as a colon does.
  const head = title.split(/:|\s--?\s|\s—\s/)[0]!.trim();
  const names = (title.match(WORDS) ?? []).filter(isMixedCaseName);
  const headName = head !== title.trim() && head.length <= 30 && head.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(head) ? head : "\u0000";
  // The head before a colon first (it counts most), then the other names.
  return [headName, ...names.filter((name) => name !== head)];
}
