/**
 * Figures that are not results: settings and conditions ("a temperature of 0.5 to 0.8", "at a
 * current density of 300 mA cm−2", "a welding speed of 300 mm/min"), doses, the levels or
 * alternatives a study varied, sizes of things built, thresholds and criteria, requirements, time
 * points, and how a study was run (response rates, baseline values, the comparator arm). results.ts
 * asks `isSetting` of every figure before it looks for what the figure measures.
 */

import { AFTER_METRIC, METRIC_FIRST } from "./metric-words.ts";
import { isRange, type Figure } from "./figures.ts";
import { SECTION_LABEL, SECTION_LABEL_CAPITALS } from "./section-labels.ts";

/** A figure followed by one of these is a setting or a size of a thing built, not a result. */
const SETTING_AFTER =
  /^\s?(?:cross[- ]validat|k?Hz|KHz|kbps|bits?\b(?!\s+per\b|\/)|-bit|GB\b|MB\b|TB\b|s\b|years?\b|epochs?\b|steps?\b|layers?\b|GPUs?\b|images?\b|samples?\b|examples?\b|tokens?\b(?!\s+(?:per|\/)))/;
/** Settings that take a figure: "a temperature of 0.5 to 0.8", "learning rate 3e-4". */
const SETTING_BEFORE =
  /\b(?:learning rates?|lr|temperatures?|batch sizes?|dropout(?: rate)?|weight decay|momentum|thresholds?|cut-?off(?:\s+(?:scores?|values?|points?))?|masking ratio|mask ratio|sampling rates?|top-[pk]|beta|alpha|lambda|gamma|(?<!(?:correlation|determination|efficiency|Dice|Jaccard|Gini|agreement|variation|[Kk]appa)\s)coefficients?|budgets?|context lengths?|resolutions?|mixing ratios?|sparsity levels?|noise levels?|flow rates?|chance(?: levels?)?)\s*(?:of|=|:|is|was|set to|between|from|in|ranging from|around|at)?\s*(?:the\s+|a\s+|an\s+)?$|\b(?:first|last|initial|final|top|bottom)\s+$|\b(?:within|after|during)\s+the\s+(?:first|last|initial|final)\s+$|(?<![\p{L}\p{N}])(?![rρgκ]\s*=)[\p{L}](?:_\w+)?\s*[≥≤<>=≈]\s*$|\bCI\s*:?\s*$|\b(?:confidence|credible|uncertainty)\s+intervals?\s*(?:\((?:CI|CrI|UI)\)\s*)?:?\s*(?:of\s+)?$|\bout\s+of\s+(?:the\s+|a\s+)?(?:total\s+|maximum\s+|possible\s+)?$|\b(?:chi\s*-?\s*(?:2|²|squared?)|χ\s*[2²])\s*(?:\(\d+\)\s*)?[=:]\s*$|\bassum\w*\s+(?:a\s+|an\s+)?$|\b(?:if|when)\s+we\s+(?:set|consider|assume|fix|choose|take)\b[^,;]{0,80}$|\bp[\s-]*(?:values?\s*)?(?:[<>=≤≥]|[<>]\s*or\s*=)\s*$/iu;
/** "crossing the 70% mIoU threshold": a mark, not the paper's figure. */
const MILESTONE_AFTER = /^\s*(?:[\p{L}\p{N}@-]+\s+){0,2}(?:threshold|mark|barrier|milestone)\b/u;
/** An operating point, not an outcome: "at 95% recall", "with 70% sparsity", "a 95% CI". */
const OPERATING_POINT_AFTER = /^\s*(?:CI\b|CrI\b|UI\b|confidence\b|credible\b|(?:uncertainty|prediction)\s+intervals?\b)/;
const LEVELS_STUDIED = /\b(?:different|various|several|varying|increasing|two|three|four|five|six|\d+)\s+(?:[\p{L}-]+\s+){0,2}(?:levels|concentrations|doses|dosages|rates|temperatures|amounts|intensities|treatments|timings)\s*(?:of\s+(?:[\p{L}\p{N}₂-]+\s*)?)?\([^()]*$/iu;
const MAY_REQUIRE = /\b(?:must|should|required|need|needs)\b/;
const REQUIRED = /\b(?:must|should|required to|need to|needs to)\b[^.;,]{0,60}$/;
const DOSE_AFTER = /^(?:\s*(?:,|and|or|to|–|-)\s*[\d.]+)*\s?(?:[mµμn]?g)\s?(?:\/|·|\s)\s?kg\b/;
/** "…, 60 MPa, or 80 MPa": the figure is one of a list of alternatives. */
const ALTERNATIVES_AFTER = /^(?:\s*,\s*[+\-−]?[\d.]+(?:\s?[^\s\d,;()]+)?)*\s*,?\s*or\s+[+\-−]?\d/;
const PROCESS_SETTING =
  /\b(?:welding|rotational|rotation|cutting|feed|spindle|traverse|travel|scanning|scan|printing|stirring|mixing|flow|heating|cooling|loading|strain)\s+(?:speeds?|rates?|velocit(?:y|ies))\s+(?:values\s+)?(?:of|between|from|=|:)\s+(?:about\s+|around\s+|approximately\s+|~\s*)?$/i;

/** "40 mW electronic power was applied": what the experiment put in. */
const APPLIED_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}(?:was|were)\s+(?:applied|supplied|delivered|injected|administered)\b/u;
/** "upon increasing pressure to 12.1 GPa": the condition swept, not an outcome. */
const CONDITION_RAISED = /\b(?:increas|rais|decreas|lower|reduc|vary|varying)\w*\s+(?:the\s+)?(?:applied\s+)?(?:pressure|temperature|magnetic field|field|voltage|bias|current|power|dose|concentration|load|strain|thickness)\s+(?:up\s+)?to\s+(?:~\s*|about\s+)?$/;
/** "cows with locomotion score = 4", "tumours of grade 3": a category, not a measurement. */
const CATEGORY_BEFORE = /\b(?:with|of|having)\s+(?:a\s+)?(?:[\p{L}-]+\s+){0,3}(?:score|grade|stage|class|category)\s*[=:]?\s*$/u;

/**
 * How a study was run, not what it found: "a response rate of 59.14%", "(participation rate
 * 99.8%)", "(retention, 78%)" — in a sentence about who answered, took part or completed
 * (a treatment's "response rates were 27.8%" and a battery's "capacity retention of 95%" are results).
 */
const CONDUCT_BEFORE = /\b(?:response|participation|retention|attrition|completion)(?:\s+rates?)?\s*(?:of|was|were|=|:|,)?\s*(?:about\s+|approximately\s+)?$/i;
const CONDUCT_AFTER = /^\s*(?:response|participation|retention|attrition|completion)\s+rates?\b/i;
const WHO_TOOK_PART = /\b(?:questionnaires?|surveys?|respondents?|completed|returned|participated|participants|enrolled|subjects|invited|mailed)\b/i;
/** "Results: The response rate was 18.3%.": a survey's return, said alone (a treatment's response rate names its arm or kind). */
const SURVEY_RESPONSE = /^\s*(?:Results?\s*:?\s+)?(?:The\s+)?(?:overall\s+|survey\s+)?response\s+rate\s+was\s+(?:about\s+|approximately\s+)?$/i;
const TRIAL_COMPLETION = /(?:^|[.;:]\s*)(?:trial\s+|study\s+)?(?:completion|drop-?out|withdrawal|attrition)\s+rates?\s+(?:were|was|of)\s+(?:about\s+|approximately\s+)?$/i;
/** "(kappa = 0.85)" in a sentence about the examiners: how well they agreed, not what the study found. */
const EXAMINERS = /\b(?:examiners?|examinations?|calibrated)\b/i;
const AGREEMENT_BEFORE = /\b(?:kappa|κ|ICC)\s*(?:of|=|:|was)?\s*$/i;
/** "Studies with at least the score of 5 …": an inclusion criterion. */
const AT_LEAST_SCORE = /\bat least\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}(?:score|grade|rating)\s+of\s+$/iu;
/** "Response was defined a priori as a ≥50% reduction …": a definition's figure. */
const DEFINED_AS = /\b(?:is|are|was|were)\s+(?:\w+\s+)?defined\s+(?:a priori\s+)?as\b[^;]*$/i;
/** "(Results:) At baseline, the mean d3mfs was 0.8": where the study started, not what it found. */
const AT_BASELINE = new RegExp(String.raw`^\s*(?:(?:${SECTION_LABEL}|${SECTION_LABEL_CAPITALS})\s*:?\s+)?[Aa]t baseline\b`, "u");
/**
 * "… and 23.5% in the placebo group", "an increase of 2.7% soil loss in the control plot": the comparator arm's figure; "4.0
 * (L/1000 PDs) to 4.4 in the pre-implementation period": before the intervention, too.
 */
const COMPARATOR_ARM_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:to\s+[\d.]+\s+)?(?:[\p{L}-]+\s+){0,3}?(?:in|for|among|with|during)\s+(?:the\s+)?(?:placebo|control|sham|usual[- ]care|standard[- ]care|comparison|comparator|pre-?(?:implementation|intervention|treatment|operative|test)\s+(?:period|phase|group))\b/iu;

/** "(50%–70% of maximum heart rate)", "irrigated at 60% of field capacity": an intensity prescribed, not an outcome. */
const PRESCRIBED_SHARE_AFTER =
  /^\s*of\s+(?:the\s+|their\s+|each\s+)?(?:(?:age-)?predicted\s+)?(?:(?:maximal|maximum|max|peak)\s+)?(?:heart rates?|heart rate reserve|HR\s?max|HRR|VO\s?2\s?(?:max|peak)|oxygen uptake|one[- ]repetition maximum|1\s?RM|voluntary contraction|MVC|field capacity|FC|evapotranspiration|ETc?)\b/i;
/** "A PASE total score of 44 was able to distinguish PsA from non-PsA": a cut-off that separates, not a score measured. */
const SEPARATES_AFTER = /^\s*(?:was|were|is|are)\s+(?:able\s+to\s+|used\s+to\s+)?(?:distinguish|discriminat|differentiat|separat)\w*/i;
/** "The mean sensitivity of readers before CAD was 49%": the value before the intervention. */
const BEFORE_INTERVENTION = /\bbefore\s+(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?\s+(?:was|were|is|are)\s+(?:about\s+|approximately\s+|only\s+)?$/u;

/** "If the NRS score was 3 or higher, …": the condition a rule of the protocol sets. */
const CONDITIONAL_OPENING = /^\s*(?:if|whenever|unless)\s[^,;]*$/i;
/** "The study had at least 80% power to detect a 50% increase …": a sample size's calculation, not an outcome. */
const POWER_AFTER = /^\s*(?:statistical\s+)?power\s*(?:(?:to|at|for|with)\b|[,;.()]|$)/i;
const POWER_TO_DETECT = /\bpower\s+to\s+detect\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** "at the narrowest (8 cm) spacing": the setting a best outcome was had at. */
const AT_THE_MOST = /\bat\s+(?:the\s+)?\p{L}+est\s*\(\s*$/u;

/** "runs at 20 frames per second": the rate a system runs at is its result, not the point it was measured at. */
function runsAt(before: string, after: string): boolean {
  return /^\s*(?:frames|tokens|queries|samples|requests)\s+per\s+second\b/.test(after) && /\b(?:runs?|running|operat\w*|render\w*|generat\w*|stream\w*|decod\w*)\b[^,;.()]{0,40}$/.test(before);
}

/** Words every CONDITIONS_BEFORE needs: it is tried on the sentence up to every figure. */
const MAY_NAME_CONDITIONS = /\b(?:conditions|parameters|settings)\b/i;
/** Named conditions, with the figures that follow in the same stretch (no "which", "led to", "reduces" between). */
const CONDITIONS_BEFORE =
  /\b(?:optim(?:um|al|i[sz]ed)|best|operating|operational|experimental|reaction|process|extraction|immobili[sz]ation|working|culture|incubation)\s+(?:[\p{L}-]+\s+){0,2}?(?:conditions|parameters|settings)\b(?:\s+(?:such as|were|are|was|is|observed|obtained|found|included|of|being)\b|\s*[:(])(?:(?!\b(?:which|that|led|leads|leading|resulted|results|resulting|gave|gives|giving|yielded|yields|yielding|reduc\w*|remov\w*|achiev\w*|increas\w*|improv\w*|reach\w*)\b)(?:[^.;]|(?<=\d)\.(?=\d)))*$/iu;

/** "costs and effects discounted at 6% a year", "a 3% annual discount rate": how a cost analysis counts, not what it found. */
const DISCOUNTED_BEFORE = /\bdiscount(?:ed|ing)?\s+(?:rates?\s+)?(?:at|of|by)?\s*(?:a\s+)?$/i;
const DISCOUNT_AFTER = /^\s*(?:\(\s*)?(?:annual\s+|yearly\s+)?discount(?:ing)?\b|^\s*(?:a|per)\s+year\b[^.;]{0,20}\bdiscount/i;
/** "Density of 5.3 plants/m²", "120 kg N ha−1": how a field trial was sown or fed, not what it yielded. */
const SOWN_AFTER = /^\s?(?:plants?|seeds?|seedlings?)\s*(?:\/|per\b)|^\s?kg\s+(?:N|P|K|P2O5|K2O)\b/;

/** A figure of the comparator arm, or from before the intervention ("… and 23.5% in the placebo group"): not a result, though a list may go on in its measure. */
export function isComparatorFigure(after: string): boolean {
  return COMPARATOR_ARM_AFTER.test(after);
}

const SUPPOSED_CHANGE_AFTER = /^\s*(?:percent|per\s?cent|percentage\s+points?)?\s*(?:increase|rise|decrease|reduction|drop|decline|change|expansion)\s+in\s+(?:the\s+)?[^,;.()]{1,80}?\s+(?:reduces|lowers|raises|increases|decreases|cuts|boosts|leads\s+to|results\s+in|would|will|is\s+associated\s+with)\b/i;
// Not "reaction time" (a psychology measure) nor "retention time" (chromatography's).
const PROCESS_TIME = /\b(?:contact|residence|treatment|incubation|electrolysis|mixing|stirring|curing|exposure|agitation|soaking|immersion|holding|milling)\s+times?\s*(?:\([^()]{1,20}\)\s*)?(?:of|was|were|is|=|:)?\s*(?:about\s+|around\s+|approximately\s+)?$/i;

export function isSetting(text: string, figure: Figure, before: string): boolean {
  const sentenceBefore = text.slice(0, figure.start);
  // "(d = .62)": Cohen's d, an effect size, not a dimension "d = 128".
  if (/\bd\s*=\s*$/.test(before) && /^[+\-−]?(?:\d?\.\d+|[0-4])$/.test(figure.text)) return false;
  // "PD-L1 TPS ≥50%": a threshold.
  // "the prevalence of LVEF <40%": a threshold on a named measure.
  if (SETTING_BEFORE.test(before) || /(?:^|[\s(])[≥≤]\s*$/.test(before) || /\b\p{Lu}{2,}[\p{L}\p{N}]*\s*[<>]\s*$/u.test(before)) return true;
  // "Under the optimal experimental conditions (initial pH 6.9, current density of 10 mA/cm2 …)", "the extraction conditions: temperature (45–65 °C)":
  // the conditions a process was run at, found or varied, not what it achieved.
  if (MAY_NAME_CONDITIONS.test(sentenceBefore) && CONDITIONS_BEFORE.test(sentenceBefore)) return true;
  // "a high current density of 10 mA cm−2 at −210 mV": the reference point electrocatalysis reports its potentials at.
  if (figure.kind === "quantity" && /^(?:10|100)\s?mA\s?cm/.test(figure.text) && /\bcurrent densit(?:y|ies)\s+(?:of\s+)?$/i.test(before)) return true;
  // "(70°C)": a temperature is the condition a result was had at; "12.5 mg kg−1" a dose given, "475 rpm" a machine's setting.
  if (figure.kind === "quantity" && /(?:°C|℃|g\s?(?:\/|·|\s)\s?kg(?:[−-]1)?|rpm)$/.test(figure.text)) return true;
  // "I2 = 76%": a meta-analysis's heterogeneity, not its effect; "at concentration levels (0, 50, 100 and 150 mM)",
  // "three power levels (… summed for both legs, of 0.2, 0.4 and 0.5 W∙kg−1)": the conditions studied.
  if (/\bI\s?[2²]\s*[=:]\s*$/.test(before) || (sentenceBefore.lastIndexOf("(") > sentenceBefore.lastIndexOf(")") && LEVELS_STUDIED.test(sentenceBefore))) return true;
  // "of a 40 kWh Lithium-ion battery pack": a quantity that describes the thing built or studied.
  if (figure.kind === "quantity" && /\b(?:a|an)\s+$/i.test(before) && !METRIC_FIRST.test(text.slice(figure.end)) && /^\s+[\p{L}]/u.test(text.slice(figure.end))) return true;
  // "must pass test suites with over 90% line coverage": a requirement; "(R2>0.5, p < 0.001)": a criterion;
  // "At the mean deposition rate of central Europe (17 kg …), there is …": the condition a leading clause sets.
  if ((MAY_REQUIRE.test(before) && REQUIRED.test(before)) || /\btotall?ing\s+$/.test(before) || /\(\s*(?:[\p{L}\p{N}²]{1,4}\s*[<>≥≤]|(?:more|less|greater|fewer|higher|lower)\s+than)\s*$/u.test(before) || /^\s*At\s+[^,;]*$/.test(sentenceBefore)) return true;
  // "a welding speed of 300 mm/min", "a flow rate between 2 and 5": what a process is run at; "(12.5, 25 and 50 mg kg−1)" doses;
  // "(40 MPa, 60 MPa, or 80 MPa)" the alternatives a study varied.
  const after = text.slice(figure.end);
  if (PROCESS_SETTING.test(before) || DOSE_AFTER.test(after) || ALTERNATIVES_AFTER.test(after) || /\d[^,;()]{0,12},?\s+or\s+$/.test(before)) return true;
  // "Seropositivity was not related to educational level (0.270)": the p-value of a null finding, bracketed bare.
  if (figure.kind === "decimal" && /\bnot\s+(?:significantly\s+)?(?:related|associated|correlated|different)\b[^.;()]*\(\s*$/i.test(sentenceBefore) && /^\s*\)/.test(text.slice(figure.end))) return true;
  // "A 10 percent increase in the fraction of immigrants reduces native wages by 0-1 percent": the change supposed, not the one found.
  if (figure.kind === "relative" && SUPPOSED_CHANGE_AFTER.test(text.slice(figure.end))) return true;
  // "achieved at a contact time of 120 min", "the equilibrium contact time was 75 minutes": how long a process was let run.
  if (figure.kind === "duration" && PROCESS_TIME.test(before)) return true;
  // "recorded at 6 hours contact time": a time point, not a time taken ("in under 2 hours" is one).
  if (figure.kind === "duration" && /\bat\s+(?:about\s+|around\s+|~\s*)?$/.test(before)) return true;
  // "better OA scores up to 6 months postoperatively", "at 12 weeks": when a result was had, not the result.
  if (/^\s?(?:weeks?|months?)\b/.test(after) && /\b(?:up to|at|after|within|for|over|during|until|through|throughout|in the (?:first|last|past|next))\s+(?:the\s+)?(?:first\s+)?(?:about\s+|around\s+|~\s*)?$/i.test(before)) return true;
  // "at −0.8 V", "at a current density of 300 mA cm−2": the conditions a quantity was measured in.
  // Not "lost mass at a rate of -12.3 Gt yr−1": the rate is the result.
  if (figure.kind === "quantity" && /\b(?:at|under|below|above|near)\s+(?:(?:a|an|the)\s+)?(?:(?:higher|lower|high|low)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|~\s*)?$/iu.test(before) && !/\b(?:rate|speed|pace)\s+of\s+(?:about\s+|around\s+|~\s*)?$/.test(before)) return true;
  if (SETTING_AFTER.test(after) || OPERATING_POINT_AFTER.test(after) || MILESTONE_AFTER.test(after)) return true;
  // "(AOR = 15.47, 7.74–30.89)": a range right after an estimate is its interval, "CI" unsaid.
  if (isRange(figure) && /[=:]\s*[+\-−]?\d+(?:\.\d+)?\s*,\s*$/.test(sentenceBefore) && /\(\s*[^()]*$/.test(sentenceBefore)) return true;
  // "68.02 (10.14) out of the total 81": a bare figure bracketed right after another is its spread.
  if (/^\d/.test(figure.text) && /^\s*\)/.test(after) && /(?<![\p{L}\p{N}.,-])\d+(?:\.\d+)?\s?\(\s*$/u.test(sentenceBefore)) return true;
  // "(g=0.271, SE=0.011)", "(MD 28.6%, SD 22.6%)": the spread around a result, not one.
  if (/\b(?:SD|SE|SEM|IQR|s\.d\.|s\.e\.)\s*[=:]?\s*$/.test(before)) return true;
  if (SEPARATES_AFTER.test(after) || BEFORE_INTERVENTION.test(before)) return true;
  // "at 60%, 80% and 100% of field capacity": each share of the list is prescribed.
  if (PRESCRIBED_SHARE_AFTER.test(after.replace(/^(?:\s*(?:,|and|or|to|–|-)\s*\d+(?:\.\d+)?\s?%)+/, "")) || DISCOUNTED_BEFORE.test(before) || DISCOUNT_AFTER.test(after) || SOWN_AFTER.test(after)) return true;
  if ((CONDUCT_BEFORE.test(before) || CONDUCT_AFTER.test(after)) && WHO_TOOK_PART.test(text)) return true;
  // "Completion rates were 79% (IDeg) and 77% (IGlar)": how many finished the trial (a task's completion rate is a result).
  if (TRIAL_COMPLETION.test(before) || (SURVEY_RESPONSE.test(before) && /^\s*(?:\([^()]*\))?\s*\.?\s*$/.test(after))) return true;
  if ((AGREEMENT_BEFORE.test(before) && EXAMINERS.test(text)) || AT_LEAST_SCORE.test(before)) return true;
  if (DEFINED_AS.test(sentenceBefore) || AT_BASELINE.test(sentenceBefore) || CONDITIONAL_OPENING.test(sentenceBefore)) return true;
  if (POWER_AFTER.test(after) || POWER_TO_DETECT.test(before) || AT_THE_MOST.test(before)) return true;
  // "in the 90% to 95% recall range": the range results are measured over.
  if (/\bin\s+the\s+$/.test(before) && /^\s*(?:[\p{L}-]+\s+){0,2}range\b/u.test(after)) return true;
  if ((figure.kind === "quantity" && (APPLIED_AFTER.test(after) || CONDITION_RAISED.test(before))) || CATEGORY_BEFORE.test(before) || /^\s*(?:quantiles?|percentiles?)\b/.test(after)) return true;
  // "match model performance over two orders of magnitude in model size": the range the result holds over.
  if (/\b(?:over|across|spanning)\s+$/.test(before) && /magnitude/.test(figure.text)) return true;
  // "at 95% recall", "with 70% sparsity": the point results are measured at.
  // "at a 55 percent wage replacement rate" too, not "at a 10X~20X faster speed" (a comparison is the result).
  if (/\bat\s+(?:a\s+|an\s+)?$/i.test(before) && !runsAt(before, after) && (METRIC_FIRST.test(after) || (AFTER_METRIC.test(after) && !/^\s*\p{L}+er\b/u.test(after)))) return true;
  if (/\bwith\s+(?:a\s+|an\s+)?$/.test(before) && /^\s*(?:sparsity|pruning|compression ratio|quantization|masking|dropout|noise|corruption)\b/.test(after)) return true;
  // "views with a cosine similarity value less than 0.1": a threshold that defines what is counted.
  // "60.0% of these had Dice score greater than 0.5" too.
  if (/\b(?:with|had|having)\s+(?:a\s+|an\s+)?[^,;()]{0,40}?\b(?:less|greater|lower|higher|more|smaller|larger)\s+than\s+$/.test(before)) return true;
  // "When fine-tuned on only 1% of the labels": the data a result was had with.
  // (Not "trained with 40% less compute": a saving is the result.)
  if (figure.kind === "relative" && /\b(?:trained|fine-?tuned|pre-?trained)\s+(?:on|with)\s+(?:only\s+|just\s+)?$/i.test(before) && /^\s*of\s+(?:the\s+|its\s+)?(?:labels|labell?ed|data|training|dataset|examples|samples|annotations)\b/i.test(after)) return true;
  // "achieves 73.9% … with just 1% of the labels", "with 1% of ImageNet-1K labels, we achieve 75.1%": the labels a result was had with.
  // (Not "outperforms … using only 1% of the labels": doing as well with fewer is the result.)
  if (figure.kind === "relative" && /\b(?:with|using|from|on)\s+(?:only\s+|just\s+|merely\s+)?$/i.test(before) && !/\b(?:outperform|surpass|match|rival|beat)/i.test(text) && /^\s*of\s+(?:the\s+|its\s+)?(?:[\p{L}\p{N}-]+\s+)?(?:labels|labell?ed\s+(?:data|examples|images|samples)|annotations)\b/iu.test(after)) return true;
  // "assessed the accuracy of 22 published pedotransfer functions": how many things were studied, whatever the measure before.
  if (figure.kind === "count" && /^\s+(?:published|different|existing|selected|available|candidate|commonly used)\s/.test(after)) return true;
  // A bare integer ("12 benchmarks", "340M-parameter models") is a count or a size unless a metric claims it.
  return false;
}
