/**
 * `npm run eval:claims [-- --set NAME] [--mistakes] [--agreement]`
 *
 * Scores the contribution sentence and key-results rows the site shows against the labelled
 * samples in tests/fixtures/claims/ (see GUIDE.md there): each set is a digest and a JSONL of
 * labels. Prints the four figures of issue 12 per set; `--mistakes` lists what was judged wrong
 * (use it on the tuning set only, never on a held-out one); `--agreement` compares, where a second
 * reader labelled a set's contributions independently (`*-contribution-second.jsonl`), the two
 * readers with each other and the site with the second.
 */

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseDigest } from "../src/lib/ingest/digest.ts";
import { plainAbstract } from "../src/lib/model/abstract-text.ts";
import { paperClaims } from "../src/lib/model/claims.ts";
import { parseLabels, scoreClaims, type ClaimMistake, type ShownClaims } from "./lib/evaluate-claims.ts";

const SETS: Record<string, { digest: string; labels: string; note: string; heldOut: boolean; second?: string }> = {
  "seed-tune": { digest: "content/digest.txt", labels: "tests/fixtures/claims/seed-tune.jsonl", note: "seed, the half the rules were tuned on", heldOut: false },
  "tune-b": { digest: "tests/fixtures/claims/tune-b-digest.txt", labels: "tests/fixtures/claims/tune-b-labels.jsonl", note: "LLMs, agents, vision: tuned on", heldOut: false },
  "tune-c": { digest: "tests/fixtures/claims/tune-c-digest.txt", labels: "tests/fixtures/claims/tune-c-labels.jsonl", note: "medical, climate, systems: tuned on", heldOut: false },
  "tune-d": { digest: "tests/fixtures/claims/tune-d-digest.txt", labels: "tests/fixtures/claims/tune-d-labels.jsonl", note: "physics, economics, audio: tuned on", heldOut: false },
  "tune-e": { digest: "tests/fixtures/claims/tune-e-digest.txt", labels: "tests/fixtures/claims/tune-e-labels.jsonl", note: "NLP, ML security, recommenders, LLM reasoning: tuned on", heldOut: false },
  "tune-g": { digest: "tests/fixtures/claims/tune-g-digest.txt", labels: "tests/fixtures/claims/tune-g-labels.jsonl", note: "time series, remote sensing, 3D vision, federated learning, HCI: tuned on", heldOut: false },
  "tune-h": { digest: "tests/fixtures/claims/tune-h-digest.txt", labels: "tests/fixtures/claims/tune-h-labels.jsonl", note: "epidemiology, energy, agriculture/ecology, transport, engineering: tuned on", heldOut: false },
  "tune-i": { digest: "tests/fixtures/claims/tune-i-digest.txt", labels: "tests/fixtures/claims/tune-i-labels.jsonl", note: "the seed's fields, other papers (speech, MLP/KAN, synthetic data, MoE, …): tuned on", heldOut: false },
  "tune-j": { digest: "tests/fixtures/claims/tune-j-digest.txt", labels: "tests/fixtures/claims/tune-j-labels.jsonl", note: "chemistry, materials, applied physics (half without ML): tuned on", heldOut: false },
  "tune-k": { digest: "tests/fixtures/claims/tune-k-digest.txt", labels: "tests/fixtures/claims/tune-k-labels.jsonl", note: "neuroscience, clinical medicine, software engineering: tuned on", heldOut: false },
  "tune-m": { digest: "tests/fixtures/claims/tune-m-digest.txt", labels: "tests/fixtures/claims/tune-m-labels.jsonl", note: "ML for molecules, neural decoding, LLMs for software engineering: tuned on", heldOut: false },
  "tune-n": { digest: "tests/fixtures/claims/tune-n-digest.txt", labels: "tests/fixtures/claims/tune-n-labels.jsonl", note: "linguistics, geoscience, ecology, public policy and health services: tuned on", heldOut: false },
  "tune-o": { digest: "tests/fixtures/claims/tune-o-digest.txt", labels: "tests/fixtures/claims/tune-o-labels.jsonl", note: "the seed's fields, other papers again (MLP/KAN, speech, synthetic data, NeRF, scaling, MoE, SAEs, spiking): tuned on", heldOut: false },
  "tune-p": { digest: "tests/fixtures/claims/tune-p-digest.txt", labels: "tests/fixtures/claims/tune-p-labels.jsonl", note: "the seed's fields, a third sample (MLP-Mixers, KANs, TTS, synthetic data, neural fields, scaling laws, SAEs, MoE): tuned on", heldOut: false, second: "tests/fixtures/claims/tune-p-contribution-second.jsonl" },
  "tune-q": { digest: "tests/fixtures/claims/tune-q-digest.txt", labels: "tests/fixtures/claims/tune-q-labels.jsonl", note: "materials and civil engineering, pharmacology and trials, empirical SE, neuroscience experiments, environmental science: tuned on", heldOut: false },
  "tune-r": { digest: "tests/fixtures/claims/tune-r-digest.txt", labels: "tests/fixtures/claims/tune-r-labels.jsonl", note: "ML broadly (LLMs, agents, vision, generative models, RL, GNNs, efficient inference, ASR): tuned on", heldOut: false },
  "tune-t": { digest: "tests/fixtures/claims/tune-t-digest.txt", labels: "tests/fixtures/claims/tune-t-labels.jsonl", note: "nursing and public health, agronomy and food, hydrology, transport and urban planning, energy systems: tuned on", heldOut: false, second: "tests/fixtures/claims/tune-t-contribution-second.jsonl" },
  "tune-u": { digest: "tests/fixtures/claims/tune-u-digest.txt", labels: "tests/fixtures/claims/tune-u-labels.jsonl", note: "condensed matter and optics, cell biology, veterinary, marine biology, operations research, human factors: tuned on", heldOut: false },
  "tune-v": { digest: "tests/fixtures/claims/tune-v-digest.txt", labels: "tests/fixtures/claims/tune-v-labels.jsonl", note: "clinical medicine: cardiology, oncology, infectious disease, surgery, imaging: tuned on", heldOut: false },
  "seed-heldout": { digest: "content/digest.txt", labels: "tests/fixtures/claims/seed-heldout.jsonl", note: "seed, held out", heldOut: true },
  unseen: { digest: "tests/fixtures/claims/unseen-digest.txt", labels: "tests/fixtures/claims/unseen-labels.jsonl", note: "robotics + computational biology, never tuned on", heldOut: true },
  "heldout-l": { digest: "tests/fixtures/claims/heldout-l-digest.txt", labels: "tests/fixtures/claims/heldout-l-labels.jsonl", note: "astronomy, genomics, economics, psychology, never tuned on", heldOut: true },
  "heldout-s": { digest: "tests/fixtures/claims/heldout-s-digest.txt", labels: "tests/fixtures/claims/heldout-s-labels.jsonl", note: "quantum computing, finance, education, sports science, never tuned on", heldOut: true },
  "heldout-f": { digest: "tests/fixtures/claims/heldout-f-digest.txt", labels: "tests/fixtures/claims/heldout-f-labels.jsonl", note: "chemistry, neuroscience, software engineering, never tuned on", heldOut: true },
};

const { values } = parseArgs({ options: { set: { type: "string", multiple: true }, mistakes: { type: "boolean", default: false }, agreement: { type: "boolean", default: false } } });
const chosen = values.set ?? Object.keys(SETS);
const pct = (part: number, whole: number) => (whole === 0 ? "  –  " : (part / whole).toFixed(2));

console.log("set            papers  acceptable  stands alone  rows right  recall   (rows shown / labelled results)");
for (const name of chosen) {
  const set = SETS[name];
  if (!set) throw new Error(`unknown set ${name}; sets: ${Object.keys(SETS).join(", ")}`);
  const abstracts = new Map(parseDigest(await readFile(set.digest, "utf8")).entries.map((entry) => [entry.title, entry.abstract]));
  const shownFor = (title: string): ShownClaims | undefined => {
    const abstract = abstracts.get(title);
    if (abstract === undefined) return undefined;
    // Exactly what the review model does: the plain text (LaTeX and Markdown read), then the claims.
    const claims = paperClaims(plainAbstract(abstract), title);
    return {
      source: claims.contribution?.sentence.text,
      shown: claims.summary,
      results: claims.results.map((result) => ({ value: result.figure, metric: result.measured, on: result.on })),
    };
  };
  const mistakes: ClaimMistake[] = [];
  const s = scoreClaims(parseLabels(await readFile(set.labels, "utf8"), set.labels), shownFor, mistakes);
  console.log(
    `${name.padEnd(14)} ${String(s.papers).padStart(6)}  ${pct(s.acceptable, s.labelledContribution).padStart(10)}  ${pct(s.standsAlone, s.labelledContribution).padStart(12)}  ${pct(s.rowsRight, s.rowsShown).padStart(10)}  ${pct(s.resultsFound, s.labelledResults).padStart(6)}   (${s.rowsShown} / ${s.labelledResults})  ${set.note}`,
  );
  // A second reader's independent contribution labels: how often each reader's best sentence is acceptable to the other, and the site's to the second.
  if (values.agreement && set.second) {
    const first = parseLabels(await readFile(set.labels, "utf8"), set.labels);
    const second = parseLabels(await readFile(set.second, "utf8"), set.second);
    const bestOf = (labels: typeof first) => new Map(labels.map((label) => [label.title, label.contribution[0]]));
    const readerBest = (best: Map<string, string | undefined>) => (title: string): ShownClaims => ({ source: best.get(title), shown: best.get(title) ?? "", results: [] });
    const secondToFirst = scoreClaims(first, readerBest(bestOf(second)));
    const firstToSecond = scoreClaims(second, readerBest(bestOf(first)));
    const siteToSecond = scoreClaims(second, shownFor);
    console.log(
      `  agreement: second reader's best acceptable to the first ${pct(secondToFirst.acceptable, secondToFirst.labelledContribution)}, first's to the second ${pct(firstToSecond.acceptable, firstToSecond.labelledContribution)}; the site's acceptable to the second ${pct(siteToSecond.acceptable, siteToSecond.labelledContribution)}`,
    );
  }
  // A held-out set's mistakes are not printed: reading them is tuning on them.
  if (values.mistakes && !set.heldOut) for (const mistake of mistakes) console.log(`  ${mistake.kind.padEnd(13)} ${mistake.title.slice(0, 50).padEnd(50)}  ${mistake.detail}`);
}
