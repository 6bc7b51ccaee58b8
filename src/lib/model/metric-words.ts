/**
 * The words of measurement: what a reader calls the thing a figure measures ("top-1 accuracy",
 * "word error rate", "FID", "dice scores", "fewer parameters"), as patterns the results reader
 * (results.ts) pairs with figures. Acronyms match in their case only ("IS" is the Inception
 * Score, "is" a verb); ordinary words also capitalised.
 */

/** `words` as a regex alternation that also matches each word capitalised ("Accuracy" as well as "accuracy"). */
function capitalisable(words: readonly string[]): string {
  return words.map((word) => (/^[a-z]/.test(word) ? `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}` : word)).join("|");
}

/**
 * Heads of metric phrases, as a reader names what a figure measures. Acronyms match in their
 * case only: "IS" is the Inception Score, "is" is a verb.
 */
const HEAD_WORDS = [
  String.raw`accurac(?:y|ies)`, String.raw`error rates?`, String.raw`errors?`, String.raw`precision`, String.raw`recall`, String.raw`similarity(?: index)?(?: measure)?`, String.raw`perplexit(?:y|ies)`,
  String.raw`loss(?:es)?`, String.raw`bits per \w+`, String.raw`likelihood`, String.raw`rewards?`, String.raw`returns?`, String.raw`success rates?`, String.raw`win rates?`,
  String.raw`pass rates?`, String.raw`resolve rates?`, String.raw`solve rates?`, String.raw`exact match`, String.raw`hit rates?`, String.raw`correlation(?: coefficients?)?`, String.raw`latenc(?:y|ies)`,
  String.raw`speed-?ups?`, String.raw`speeds?`, String.raw`throughput`, String.raw`run-?times?`, String.raw`inference times?`, String.raw`training times?`, String.raw`wall-clock(?: times?)?`,
  String.raw`(?<=(?:training|tuning|inference|decoding|convergence|generation|sampling|response|computation|compute|run|wall-clock|processing|rendering)\s)times?`, String.raw`acceleration`, String.raw`costs?`, String.raw`memory(?: footprint| usage| consumption)?`, String.raw`compute`, String.raw`energy(?: consumption| usage| cost)?`, String.raw`power`, String.raw`parameters?`, String.raw`params`,
  String.raw`model sizes?`, String.raw`compression(?: ratios?)?`, String.raw`bitrates?`, String.raw`tokens`, String.raw`real-time factor`, String.raw`inception scores?`, String.raw`mean opinion scores?`, String.raw`clip scores?`,
  String.raw`scores?`, String.raw`performance`, String.raw`improvements?`, String.raw`gains?`, String.raw`margins?`, String.raw`coverage`, String.raw`robustness`, String.raw`calibration error`,
  String.raw`fidelity`, String.raw`quality`, String.raw`naturalness`, String.raw`intelligibility`, String.raw`preference`, String.raw`ratings?`, String.raw`density`, String.raw`sparsity`,
  String.raw`pruning rates?`, String.raw`generalization`, String.raw`success`, String.raw`(?<=[a-z-]{3} )(?<!(?:flow|learning|sampling|dropout) )rates?`, String.raw`(?:phenolic|protein|moisture|water|fat|oil|sugar|ash|fiber|fibre|carbon|nitrogen|mineral|starch|lipid|flavonoid|chlorophyll|organic matter) contents?`, String.raw`token (?:usage|consumption)`, String.raw`frame rates?`, String.raw`distances?`, String.raw`purity`, String.raw`completeness`, String.raw`scatter`, String.raw`bias`, String.raw`variance explained`, String.raw`outlier (?:rates?|fractions?)`, String.raw`(?:Pearson|Spearman)(?:'s)? (?:rho|r|ρ|correlation)(?: coefficients?)?`,
  String.raw`areas?[ -][Uu]nder[ -](?:[Tt]he[ -])?(?:[Ss]ummary[ -])?(?:(?:ROC|[Rr]eceiver[ -][Oo]perating[ -][Cc]haracteristics?|[Pp]recision[ -][Rr]ecall|PR)(?:[ -][Cc]urves?)?|[Cc]urves?)`, String.raw`sensitivity`, String.raw`specificity`,
  String.raw`(?:true|false) (?:positive|negative) rates?`, String.raw`(?:mean )?reciprocal ranks?`, String.raw`overheads?`, String.raw`intersection over union`, String.raw`(?:signal|source)-to-(?:noise|distortion|interference|artifacts?) ratios?`, String.raw`(?:queries|tokens|frames|samples|requests) per second`, String.raw`(?:words|characters|bits) per (?:minute|second)`, String.raw`information transfer rates?`, String.raw`validity`, String.raw`uniqueness`, String.raw`novelty`, String.raw`diversity`, String.raw`enrichment factors?`, String.raw`compil(?:e|ation) rates?`, String.raw`explained variance`,  String.raw`(?:Cohen['’]s |Fleiss['’] )?(?:[Kk]appa|κ)(?: coefficient)?`, String.raw`coefficients? of determination`, String.raw`(?:percentage |percent )?agreement`, String.raw`discrimination`, String.raw`footprint`, String.raw`F1(?: scores?)?`, String.raw`F-(?:score|measure)`,
  // The sciences' measures: "a power conversion efficiency of 23.5%", "92% isolated yield", "a specific capacity of 210 mAh g−1".
  String.raw`(?:(?!(?:a|an|the|of|and|or|in|on|for|with|to|by|its|their|our|high|higher|better|improved|greater|superior|excellent|remarkable|good|poor|satisfactory|enhanced|increased|reduced|comparable|competitive|strong|low|lower)\s)[\p{L}-]+ ){0,2}[Ee]fficienc(?:y|ies)`, String.raw`(?<=(?:^|\b(?:a|an|the|of|in|high|higher|good|excellent|moderate|low|overall|average|total|mean)|%)\s)(?:(?:isolated|product|reaction|overall|quantum|crop|grain)\s)?yields?(?!\s+(?:strength|stress|point))`, String.raw`selectivit(?:y|ies)`, String.raw`(?:capacity )?retention`, String.raw`(?:specific |discharge |reversible |areal |gravimetric |volumetric )?capacit(?:y|ies)`, String.raw`(?:ionic |electrical |thermal |proton )?conductivit(?:y|ies)`, String.raw`(?:carrier |electron |hole )?mobilit(?:y|ies)`, String.raw`turnover (?:frequenc(?:y|ies)|numbers?)`, String.raw`overpotentials?`, String.raw`(?:current|power|energy) densit(?:y|ies)`, String.raw`binding affinit(?:y|ies)`, String.raw`(?:thermoelectric )?figures? of merit`, String.raw`(?<=(?:^|%|\d|\b(?:a|an|the|of|high|higher|full|complete|total|overall|methane|substrate))\s)conversions?`, String.raw`fill factors?`, String.raw`(?:half-)?lifetimes?`, String.raw`half-lives`, String.raw`removal(?: efficienc(?:y|ies)| rates?)?`, String.raw`magnetoresistance`, String.raw`band ?gaps?`, String.raw`open-circuit voltages?`, String.raw`short-circuit current(?: densit(?:y|ies))?`, String.raw`luminance`, String.raw`brightness`, String.raw`productivit(?:y|ies)`, String.raw`declines?`, String.raw`incidences?`, String.raw`prevalences?`, String.raw`seroprevalences?`, String.raw`(?:pooled |overall |standardi[sz]ed )?effect sizes?`, String.raw`standardi[sz]ed mean differences?`, String.raw`seropositivit(?:y|ies)`, String.raw`(?:inhibition )?effectiveness`, String.raw`(?:odds|hazard|risk|rate) ratios?`, String.raw`relative risks?`, String.raw`[Cc]-ind(?:ex|ices)`, String.raw`concordance (?:index|indices|statistics?)`, String.raw`[Cc]-statistics?`, String.raw`(?:positive|negative) predictive values?`, ...["ultimate", "yield", "tensile", "compressive", "flexural", "bending", "shear", "impact", "bond"].map((kind) => String.raw`${kind}(?:\s+(?:tensile|compressive|flexural|bending|shear))?\s+strengths?`),
  "hardness", "microhardness", "nanohardness", "Vickers hardness", "toughness", "fracture toughness", String.raw`Young['’]s modul(?:us|i)`,
  ...["elastic", "storage", "shear", "bulk", "flexural", "tensile"].map((kind) => String.raw`${kind} modul(?:us|i)`), String.raw`elongation(?: at break)?`, "ductility",
  String.raw`oral (?:absolute )?bioavailability`, String.raw`absolute bioavailability`, "bioavailability", String.raw`standardi[sz]ed mean differences?`, String.raw`weighted mean differences?`, String.raw`mean differences?`, String.raw`numbers? needed to treat`, String.raw`Nash[–-]Sutcliffe (?:[Mm]odel )?[Ee]fficiency(?: [Cc]oefficient)?`,
];
const HEAD_ACRONYMS = [
  "WER", "CER", "EER", "PER", "BLEU", String.raw`ROUGE(?:-\w+)?`, "METEOR", String.raw`chrF\+*`, "CIDEr", "AUC", "AUROC", "AUPRC", "mAP", String.raw`AP\d*`, "mIoU", "IoU",
  "Dice", "PSNR", "SSIM", "LPIPS", "FID", "FVD", "KID", "IS", "Inception Scores?", "MOS", "SMOS", "CMOS", "UTMOS", "MUSHRA", "MCD", "PPL", "BPC", "BPD", "NLL", "ppl", "bpc", "bpd", String.raw`bits\/dim`,
  String.raw`pass@\d+(?: rates?| scores?)?`, "EM", String.raw`Hits?@\d+`, String.raw`HR@\d+`, "MRR", String.raw`n?DCG(?:@\d+)?`, String.raw`NDCG(?:@\d+)?`, String.raw`Recall@\d+`, String.raw`R@\d+`, String.raw`R\^?2(?: scores?)?`, "R²", "RMSE", "MAE", "MSE",
  "MAPE", "sMAPE", "MASE", "NRMSE", "CRPS", "NSE", "KGE", String.raw`R\s?2`, String.raw`R-squared?`, String.raw`(?:SI-|c|u)?SDR`, String.raw`(?:SI-)?SNR`, "PESQ", "STOI", "DNSMOS", "WAR", "UAR", "QPS", "TTFT", "TBT", "TPOT", "RPS", "TPS", "IOPS", "HD95", String.raw`F1[- ]scores?`, "R²(?: scores?)?", String.raw`[a-z]?FID`, String.raw`mAP\d*`, "RMSD", "TM-score", String.raw`GDT(?:-TS)?`, "lDDT", "ROC-AUC", "PR-AUC", String.raw`AUC[- ]?ROC`, "ROC AUC", "AUPR", "NMI", "ARI", "SRCC", "PCC", "DockQ", "G?FLOP[Ss]?", "Fr[eé]chet Inception Distance", "Fr[eé]chet Audio Distance", "FAD", "MACs", "RTF", "ECE", "Elo", "ELO", "FPS", String.raw`[A-Z][A-Za-z]*Score`, "COMET", "BLEURT", "TER", "SPICE", "TPR", "FPR", "TNR", "FNR", "CTR", "CVR", "CPM", "GAUC", "PLCC", "KROCC", "ITR", "WPM", "PCE", "EQE", "IQE", "TOF", "TON", String.raw`[IE]C50`, "OR", "aOR", "HR", "aHR", "RR", "PPV", "NPV", "NNT", "ZT", "SMD", "WMD", String.raw`(?<=(?:[Tt]est|[Tt]esting|[Tt]rain|[Tt]raining|[Vv]alidation)\s)acc(?=\s*[=:])`, String.raw`C(?:max|min)`, String.raw`T(?:max|1\/2)`,
];
/** "performance drop", "accuracy gain": the change in a metric. */
const CHANGE = String.raw`(?:\s+(?:drop|gain|improvement|increase|reduction|degradation|boost)s?)?`;
// Not a word that modifies a compound: "quality-adjusted life years".
/** A measure's name; an acronym before "group" or "arm" names the group ("in the IS group"), not a measure. */
const HEAD = String.raw`(?:(?:${capitalisable(HEAD_WORDS)})(?!-(?!rates?\b|scores?\b)\p{Ll})|(?:${HEAD_ACRONYMS.join("|")})(?:-[A-Za-z0-9@]+)?s?(?!\s+(?:groups?|arms?)\b))${CHANGE}(?![\p{L}\p{N}])`;
const NOT_A_KIND = String.raw`(?:respective|corresponding|impressive|remarkable|notable|excellent|outstanding|promising|record|top|the|a|an|of|on|in|for|with|and|or|to|by|from|at|as|higher|highest|lower|lowest|better|best|our|its|their|this|that|these|those|new|overall|strong|competitive|high|low|good|comparable|similar|significant|substantial|improved|reported|final|average|mean|state-of-the-art|SOTA|sota)`;
/** Words that narrow a metric: "top-1 accuracy", "zero-shot accuracy", "ImageNet Top-1 accuracy", a title-case name ("Defense Success Rate"). */
const MODIFIER = String.raw`(?:${capitalisable([
  String.raw`top-\d+`, "zero-shot", "few-shot", "one-shot", String.raw`\d+-shot`, "average", "mean", "relative", "absolute", "overall", "test", "validation", "classification",
  "detection", "segmentation", "retrieval", "macro", "micro", "human", "speaker", "word", "character", "phoneme", "exact", "pass", "win", "success", "inference", "training",
  "generation", "end-to-end", "wall-clock", "peak", "memory", "compression", "real-time", "sample", "data", "parameter", "computational", "total", "sampling", "decoding",
  "activation", "encoder", "decoder", "downstream", "task", "attack", "jailbreak", "forecasting", "prediction", "reconstruction", "translation", "robust", "clean",
  "root-mean-square", "root mean square", "mean-squared", "mean squared", "mean absolute", "normalized", "normalised", "structural", "perceptual", "cosine", "adversarial", "certified", "weighted", "convergence",
])}|GPU|[\p{Lu}][\p{L}\p{N}_-]*[\p{Lu}\p{N}][\p{L}\p{N}_-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}_-]*|(?!(?:The|This|These|Those|Our|Its|Their|A|An|In|On|For|With|And|Or|To|By|From|At|As|We|It|Overall|Average|Mean)\b)\p{Lu}\p{Ll}+(?=\s+\p{Lu}))`;
/** One more word a score-like head takes as its kind: "dice score", "Lesion-wise Dice Scores", "HD95 distances". */
const KIND = String.raw`(?:(?!${NOT_A_KIND}\b)[\p{L}][\p{L}\p{N}-]*\s+(?=(?:[\p{L}][\p{L}\p{N}-]*\s+)?(?:[Ss]cores?|[Dd]istances?|[Rr]ates?|[Cc]oefficients?|[Ll]oss(?:es)?)\b))`;
/** Two kinds only when the first is a name-like word: "Lesion-wise Dice Scores", not "yields dice scores". */
const CAPITAL_KIND = String.raw`(?:(?!${NOT_A_KIND}\b)\p{Lu}[\p{L}\p{N}-]*\s+(?=[\p{L}][\p{L}\p{N}-]*\s+(?:[Ss]cores?|[Dd]istances?|[Rr]ates?|[Cc]oefficients?)\b))`;
/**
 * Up to two nouns more before a kind: "labor force participation rates", "capacity degradation rate"; lowercase, and
 * not a verb ("model obtains dice scores", "GPT-2-XL achieve BLEU scores").
 */
const COMPOUND = String.raw`(?:(?!${NOT_A_KIND}\b|(?:achieve|attain|obtain|reach|raise|yield|give|show|report|produce|improve|increase|reduce|boost|lower|get|has|have|had|is|are|was|were|them|they|it|we|us|which|who|that|there|all|both|each|most|many|some)\b)\p{Ll}[\p{Ll}-]*(?<!(?<!s)s|ed|ing)\s+(?=(?:\p{L}[\p{L}\p{N}-]*\s+){1,2}(?:[Ss]cores?|[Dd]istances?|[Rr]ates?|[Cc]oefficients?|[Ll]oss(?:es)?)\b))`;
export const METRIC = String.raw`(?<![\p{L}\p{N}'’]|[\p{L}\p{N}]-)(?:${MODIFIER}(?:\s+and\s+${MODIFIER})?\s+){0,3}${CAPITAL_KIND}?${COMPOUND}{0,2}${KIND}?${HEAD}`;
/** The metric patterns as used, compiled once. */
export const WHOLE_HEAD = new RegExp(`^${HEAD}$`, "iu");
/** A phrase that is a measure as a whole: "coulombic efficiency", "top-1 accuracy". */
export const WHOLE_METRIC = new RegExp(`^${METRIC}$`, "u");
export const METRIC_FIRST = new RegExp(String.raw`^\s*${METRIC}`, "u");
export const METRIC_LAST = new RegExp(`${METRIC}$`, "u");
export const ANY_METRIC = new RegExp(METRIC, "u");
export const EVERY_METRIC = new RegExp(METRIC, "gu");
/** Metrics whose values are plain numbers, so a bare count can be one. */
export const SCORE_HEAD = /(?:BLEU|ROUGE\S*|METEOR|CIDEr|chrF\S*|FID|FVD|KID|IS|Inception Scores?|Elo|[Ss]cores?|[Rr]atings?|pass@\d+|PSNR|mAP|AP\d*|F1(?: scores?)?|MOS|[Aa]ccuracy|[Pp]erplexity|PPL)$/;
/** Costs: having more of them is never the result. */
export const COST = /\b(?:parameters?|params|FLOPs?|MACs|memory|compute|layers|weights|energy|cost|footprint|storage|size|data|tokens|examples|samples|GPUs)$/i;
/** "faster", "speeds up": speed; "smaller": size. */
export const COMPARATIVE_HEAD: [RegExp, string][] = [
  [/^(?:faster|quicker|speed-?ups?|acceleration|as (?:fast|quick)(?: as)?)\b/, "speed"],
  [/^smaller\b/, "size"],
  [/^cheaper\b/, "cost"],
];
/** Things of which a result can have fewer or less: "35% fewer parameters", "2x less memory". */
export const RESOURCE = String.raw`(?:${METRIC}|(?:training\s+|GPU\s+|accelerator\s+)?(?:steps|iterations|samples|examples|data|labels|annotations|queries|calls|hours|FLOPs|MACs|parameters|tokens|memory|compute|time|energy|layers|neurons|weights|footprint|storage|[A-Z][A-Z0-9]{1,6}s?(?![\p{L}\p{N}])))`;
// "MTOP", "GSM8K", "mBERT", and "multi-ATIS", "mini-ImageNet": a lowercase prefix joined to a name.
const NAME_WORD = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.+@/'’_]*|\p{Ll}+[\p{Lu}\p{N}][\p{L}\p{N}]*|\p{Ll}{3,}-\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*)(?:-[\p{L}\p{N}.]+)*`;
export const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;

// Where a metric stands beside its figure.

/** After the figure: "93% accuracy", "7.36 dB in PSNR", "2x the QPS of", "44.93% repair accuracy" (one word may name its kind). */
export const AFTER_METRIC = new RegExp(
  String.raw`^\s*\)?\s*(?:(?:higher|better|greater|(?:improvements?\s+|gains?\s+)?in\s+terms\s+of|improvements?\s+(?:in|on)|reductions?\s+(?:in|of)|increases?\s+(?:in|of)|gains?\s+(?:in|on)|points?\s+(?:of|in)|in|of|on|the)\s+){0,3}((?:(?!(?:${NOT_A_KIND}|while|but|than|when|which|that|them|they|it|had|has|have|was|were|is|are|be|been|all|each|both|without|losing|using|across|over|under|between|among|per|compared|relative)\b)[a-z][a-z-]{2,}\s+){0,2}${METRIC})`,
  "u",
);
/** "a 25% reduction in hallucinations": the change names what it measures. */
export const AFTER_CHANGE = /^\s*(?:relative\s+|absolute\s+)?((?:reduction|increase|improvement|gain|drop|decrease)s?\s+(?:in|of)\s+(?!terms\b)(?:the\s+)?(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,}(?:@\d+)?)(?![\w@])/;
/** "with only 8% of its parameters": the share of a resource a result needs. */
export const SHARE_OF = new RegExp(String.raw`^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(${RESOURCE})`, "u");
export const AFTER_COMPARISON = new RegExp(String.raw`^\s*(fewer|less|lower|smaller|higher|more|greater|larger|reduction in|reduction of|reduced|increase in|improvement in)\s+(?:the\s+)?(${RESOURCE})(?![\p{L}\p{N}])`, "u");
/** "as high as 89.7% charge neutrality": after an attainment verb, the noun phrase a percentage is of. */
export const ATTAINED = /(?:as high as|as low as|\bachiev\w*|\breach\w*|\battain\w*|\bobtain\w*|\byield\w*)\s+(?:a\s+|an\s+|up to\s+|over\s+|nearly\s+)?$/;
export const ATTAINED_NOUN = /^\s+((?!(?:of|the|a|an|on|in|for|with|and|or|to|at|by|from|than|more|less|fewer|higher|lower|better|improvement|gain)\b)(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{3,})(?=\s*(?:[,;.)]|and\b|on\b|in\b|for\b|with\b|while\b|which\b|$))/;
/** Metric, then only glue words, then the figure: "an Inception Score (IS) of", "accuracy on ImageNet from", "the relative reduction of the error rate ranges between". */
export const BEFORE_METRIC = new RegExp(
  String.raw`((?:(?:relative\s+|absolute\s+)?(?:reduction|improvement|increase|decrease|gain|drop)s?\s+(?:in|of)\s+(?:the\s+)?)?${METRIC}(?:\s*\([^()]{1,30}\)\s+(?:drop|gain|improvement|increase|reduction|degradation|boost)s?(?![\p{L}\p{N}]))?)(?:\s*\([^()]{1,30}\))?(?:\s+(?:on|in|for|across|of)\s+(?:the\s+)?(${NAME})(?:\s+(?:dataset|benchmark|task|test set))?)?(?:\s*,)?(?:\s+(?:of|at|is|was|are|were|reaches|reached|reaching|achieves?|achieving|to|by|from|around|about|approximately|nearly|over|up|as high as|as low as|under|below|above|greater than|more than|less than|higher than|lower than|exceeding|improved|increased|decreased|reduced|dropped|rose|rise|rising|climbs?|climbed|jumps?|jumped|improves|increases|decreases|reduces|drops|rises|improving|increasing|reducing|decreasing|boosting|boosts|lowering|lowers|goes|went|falls|fell|only|just|up to|i\.e\.,?|roughly|of up to|by up to|averages?|averaged|averaging|peak(?:s|ed)? at|merely|rated at|stands? at|stood at|values?|exceeded|exceeds|surpassed|an?(?=\s)|impressive|remarkable|excellent|outstanding|ranges?|ranged|ranging|between|totals?|totalled|totaled|to date|so far|ever reported)|\s*[:=~∼≈>≥<≤]|\s*\(?\s*(?:Pearson(?:'s)?\s+|Spearman(?:'s)?\s+)?(?:r|ρ|rho|R²|R\^2)\s*[=:]|\s+that\s+(?:are|is|were|was))*(?:\s*\()?\s*$`,
  "u",
);
/** A verb acting on what it measures: "speeds up mel-spectrogram generation by", "reduce the training time by". */
export const VERB_OBJECT = new RegExp(
  String.raw`\b(speed(?:s|ing)? up|accelerat\w*|improv\w*|increas\w*|boost\w*|lift(?:s|ed|ing)?|rais\w*|enhanc\w*|reduc\w*|decreas\w*|lower\w*|cut\w*|shrink\w*|compress\w*)\s+(?:the\s+|its\s+|their\s+|our\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}-]+)(?:\s+of\s+(?:the\s+)?([\p{L}\p{N}_-]+(?:\s+[\p{L}\p{N}_-]+)?))?(?:\s+(?:on|in)\s+(?:the\s+)?(${NAME}))?(?:\s+(?:over|than)\s+(?:the\s+)?[\p{L}\p{N}_-]+(?:\s+[\p{L}\p{N}_-]+)?)?\s+(?:consistently\s+and\s+|significantly\s+|substantially\s+)?(?:by|to|up to|from)\s+(?:up to\s+|about\s+|around\s+|approximately\s+|nearly\s+|over\s+|more than\s+|[~∼]\s*)?$`,
  "u",
);

/**
 * Benchmarks whose percentages are, by the field's convention, one measure: a reader takes
 * "50.0% on AIME24" as accuracy and "62% on SWE-bench Verified" as the resolve rate. Used only
 * when the sentence names no measure of its own.
 */
export const BENCHMARK_MEASURE: readonly (readonly [RegExp, string])[] = [
  [/^ImageNet(?:-1[Kk])?$/, "top-1 accuracy"],
  [
    /^(?:CIFAR-?(?:10|100)|(?:Fashion-)?MNIST|SVHN|Tiny-?ImageNet|MMLU(?:-Pro)?|GSM-?8[Kk]|MATH(?:-?500)?|Math-?500|AIME\s?(?:20)?\d\d|AMC\s?(?:20)?\d\d|AIME|AMC|GPQA(?:[- ]Diamond)?|ARC(?:-[CE]|-Challenge|-Easy)?|HellaSwag|BBH|WinoGrande|PIQA|BoolQ|MedQA|PubMedQA|MedMCQA|GAIA|Minerva(?:[- ]?Math)?|OlympiadBench|MMMU|MathVista|ScienceQA)$/,
    "accuracy",
  ],
  [/^(?:HumanEval\+?|MBPP\+?|LiveCodeBench)$/, "pass@1"],
  [/^SWE-?[Bb]ench(?:[- ](?:Verified|Lite))?$/, "resolve rate"],
  [/^(?:WebArena|VisualWebArena|OSWorld|Mind2Web|ALFWorld|WebShop|AndroidWorld)$/, "success rate"],
];

/** The measure a benchmark's percentages are by convention, or undefined for a benchmark not listed. */
export function benchmarkMeasure(benchmark: string): string | undefined {
  return BENCHMARK_MEASURE.find(([pattern]) => pattern.test(benchmark))?.[1];
}

/** "the lowest root mean square value (RMSE) of": a metric named by the acronym in brackets before the figure. */
export const BRACKETED_METRIC = new RegExp(String.raw`\((${METRIC})\)\s*(?:of|is|was|were|=|:)\s*(?:only\s+|about\s+|around\s+|approximately\s+)?$`, "u");
