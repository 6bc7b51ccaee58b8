/**
 * The labelled sets that measure what the site says about each paper (see
 * tests/fixtures/claims/GUIDE.md). Tuning sets may be read and tuned on, and train the
 * contribution ranker; held-out sets only measure, and their mistakes are never printed.
 */

import { readFile } from "node:fs/promises";
import { parseDigest } from "../../src/lib/ingest/digest.ts";
import { parseLabels, type PaperLabels } from "./evaluate-claims.ts";

export interface ClaimSet {
  digest: string;
  labels: string;
  note: string;
  heldOut: boolean;
  /** A second reader's contribution labels, for agreement. */
  second?: string;
}

export const CLAIM_SETS: Record<string, ClaimSet> = {
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
  "tune-x": { digest: "tests/fixtures/claims/tune-x-digest.txt", labels: "tests/fixtures/claims/tune-x-labels.jsonl", note: "psychiatry, dentistry, ophthalmology, nutrition, pharmacy: tuned on", heldOut: false },
  "tune-y": { digest: "tests/fixtures/claims/tune-y-digest.txt", labels: "tests/fixtures/claims/tune-y-labels.jsonl", note: "computer graphics, databases, security and cryptography, statistics, signal processing: tuned on", heldOut: false },
  "tune-z": { digest: "tests/fixtures/claims/tune-z-digest.txt", labels: "tests/fixtures/claims/tune-z-labels.jsonl", note: "the seed's fields, a fourth sample (MLP-Mixers, KANs, TTS, synthetic data, neural fields, scaling laws, interpretability, MoE, spiking, efficient transformers): tuned on", heldOut: false },
  "tune-ab": { digest: "tests/fixtures/claims/tune-ab-digest.txt", labels: "tests/fixtures/claims/tune-ab-labels.jsonl", note: "atmospheric and ocean science, mathematics and theoretical CS, business and management, archaeology and anthropology, biomedical engineering: tuned on", heldOut: false },
  "tune-ac": { digest: "tests/fixtures/claims/tune-ac-digest.txt", labels: "tests/fixtures/claims/tune-ac-labels.jsonl", note: "entomology and zoology, civil and structural engineering, radiology, dermatology and rheumatology, recommender systems and IR: tuned on", heldOut: false },
  "tune-ad": { digest: "tests/fixtures/claims/tune-ad-digest.txt", labels: "tests/fixtures/claims/tune-ad-labels.jsonl", note: "the seed's fields, a fifth sample (state-space models, KANs, MLP-Mixers, TTS, synthetic data, neural fields, scaling laws, SAEs, MoE, distillation): tuned on", heldOut: false },
  "tune-ae": { digest: "tests/fixtures/claims/tune-ae-digest.txt", labels: "tests/fixtures/claims/tune-ae-labels.jsonl", note: "ML broadly, a second sample (reasoning, diffusion, preference optimisation, vision-language, agents, code, quantization, RAG, benchmarks, 3D generation): tuned on", heldOut: false },
  "tune-af": { digest: "tests/fixtures/claims/tune-af-digest.txt", labels: "tests/fixtures/claims/tune-af-labels.jsonl", note: "number-rich sciences (clinical trials, cohorts, cost-effectiveness, surveys, water and energy engineering, batteries, crops, exercise, materials, transport safety): tuned on", heldOut: false },
  "tune-ag": { digest: "tests/fixtures/claims/tune-ag-digest.txt", labels: "tests/fixtures/claims/tune-ag-labels.jsonl", note: "laboratory and applied sciences (enzymology, pharmacology and toxicology, food chemistry, geology and mining, pollution monitoring, nursing, physiotherapy, veterinary, solar cells, wastewater): tuned on", heldOut: false },
  "tune-ah": { digest: "tests/fixtures/claims/tune-ah-digest.txt", labels: "tests/fixtures/claims/tune-ah-labels.jsonl", note: "the seed's fields, a sixth sample (speech synthesis and codecs, Gaussian splatting, interpretability, LoRA, tokenization, KANs, attention alternatives, synthetic data, MoE): tuned on", heldOut: false },
  "tune-ai": { digest: "tests/fixtures/claims/tune-ai-digest.txt", labels: "tests/fixtures/claims/tune-ai-labels.jsonl", note: "ML broadly, a third sample (self-supervised vision, detection and segmentation, image and video generation, alignment and safety, RL for reasoning, efficient inference, translation, time series, recommenders, medical imaging): tuned on", heldOut: false },
  "tune-aj": { digest: "tests/fixtures/claims/tune-aj-digest.txt", labels: "tests/fixtures/claims/tune-aj-labels.jsonl", note: "ML as Hugging Face Papers lists it, a fourth sample (vision transformers, LLM training and data, speech and audio, 3D, interpretability, efficient attention, agents, multimodal): tuned on", heldOut: false },
  "tune-ak": { digest: "tests/fixtures/claims/tune-ak-digest.txt", labels: "tests/fixtures/claims/tune-ak-labels.jsonl", note: "ML analysis and empirical studies (memorization, interpretability, robustness, evaluation, data quality, training dynamics): tuned on", heldOut: false },
  "tune-al": { digest: "tests/fixtures/claims/tune-al-digest.txt", labels: "tests/fixtures/claims/tune-al-labels.jsonl", note: "ML as Hugging Face Papers lists it, a fifth sample (LLM reasoning and RL fine-tuning, diffusion and flow matching, vision-language models, efficient inference, agents): tuned on", heldOut: false },
  "tune-am": { digest: "tests/fixtures/claims/tune-am-digest.txt", labels: "tests/fixtures/claims/tune-am-labels.jsonl", note: "ML architectures and learning (all-MLP models, KANs, state-space models, neural fields, TTS and speech codecs, synthetic data, scaling laws, interpretability): tuned on", heldOut: false },
  "tune-an": { digest: "tests/fixtures/claims/tune-an-digest.txt", labels: "tests/fixtures/claims/tune-an-labels.jsonl", note: "applied sciences with many figures (wastewater and environmental engineering, food science, agronomy, multi-arm clinical and nursing trials, microbiology, materials): tuned on", heldOut: false },
  "tune-ao": { digest: "tests/fixtures/claims/tune-ao-digest.txt", labels: "tests/fixtures/claims/tune-ao-labels.jsonl", note: "ML research where the proposal must be told from analyses (optimizers and training dynamics, efficient attention, graph neural networks, 3D generation and rendering, speech recognition, self-supervised and continual learning, model merging and MoE, benchmarks): tuned on", heldOut: false },
  "tune-ap": { digest: "tests/fixtures/claims/tune-ap-digest.txt", labels: "tests/fixtures/claims/tune-ap-labels.jsonl", note: "sciences with many figures (ecology and conservation, epidemiology cohorts, catalysis and electrochemistry, hydrology and soil science, veterinary and animal science trials, experimental psychology): tuned on", heldOut: false },
  "tune-aq": { digest: "tests/fixtures/claims/tune-aq-digest.txt", labels: "tests/fixtures/claims/tune-aq-labels.jsonl", note: "ML as Hugging Face Papers lists it, a sixth sample (TTS and audio, video and world models, robot foundation models, code agents, data curation, small models, long context and retrieval, interpretability): tuned on", heldOut: false },
  "tune-ar": { digest: "tests/fixtures/claims/tune-ar-digest.txt", labels: "tests/fixtures/claims/tune-ar-labels.jsonl", note: "clinical medicine with many figures (two- to four-arm trials in surgery, anaesthesia, cardiology, oncology, dentistry; diagnostic accuracy; prevalence cohorts; meta-analyses; nursing and physiotherapy): tuned on", heldOut: false },
  "tune-as": { digest: "tests/fixtures/claims/tune-as-digest.txt", labels: "tests/fixtures/claims/tune-as-labels.jsonl", note: "the seed's fields, a seventh sample (all-MLP models, KANs, TTS and codecs, synthetic data, neural fields, scaling laws, interpretability, MoE): tuned on", heldOut: false },
  "tune-at": { digest: "tests/fixtures/claims/tune-at-digest.txt", labels: "tests/fixtures/claims/tune-at-labels.jsonl", note: "ML as Hugging Face Papers lists it, a seventh sample (agents and tool use, multimodal LLMs, code, long context, quantization, diffusion, alignment, benchmarks): tuned on", heldOut: false },
  "tune-au": { digest: "tests/fixtures/claims/tune-au-digest.txt", labels: "tests/fixtures/claims/tune-au-labels.jsonl", note: "sciences not yet sampled (veterinary medicine, orthopaedic rehab, forestry and soil, acoustics and audiology, paediatrics, geology and mining, toxicology): tuned on", heldOut: false },
  "tune-av": { digest: "tests/fixtures/claims/tune-av-digest.txt", labels: "tests/fixtures/claims/tune-av-labels.jsonl", note: "the seed's fields from 2018-2022 (MLP models, neural fields, vocoders and TTS, augmentation and synthetic data, scaling, probing, conditional computation, distillation, efficient transformers): tuned on", heldOut: false },
  "tune-aw": { digest: "tests/fixtures/claims/tune-aw-digest.txt", labels: "tests/fixtures/claims/tune-aw-labels.jsonl", note: "ML areas less often on HF Papers (offline and multi-agent RL, GNNs, recommenders, time series, federated, continual and Bayesian learning, optimisation): tuned on", heldOut: false },
  "tune-ay": { digest: "tests/fixtures/claims/tune-ay-digest.txt", labels: "tests/fixtures/claims/tune-ay-labels.jsonl", note: "ML analyses where the contribution is a finding (training dynamics, grokking, in-context learning, memorization and contamination, calibration, evaluation critiques, scaling, pruning): tuned on", heldOut: false },
  "tune-ax": { digest: "tests/fixtures/claims/tune-ax-digest.txt", labels: "tests/fixtures/claims/tune-ax-labels.jsonl", note: "ML as Hugging Face Papers lists it, an eighth sample (speech and audio LLMs, 3D generation and Gaussian splatting, pre-training data, model merging and PEFT, state-space models, small LMs, image tokenizers): tuned on", heldOut: false },
  "seed-heldout": { digest: "content/digest.txt", labels: "tests/fixtures/claims/seed-heldout.jsonl", note: "seed, held out", heldOut: true },
  unseen: { digest: "tests/fixtures/claims/unseen-digest.txt", labels: "tests/fixtures/claims/unseen-labels.jsonl", note: "robotics + computational biology, never tuned on", heldOut: true },
  "heldout-l": { digest: "tests/fixtures/claims/heldout-l-digest.txt", labels: "tests/fixtures/claims/heldout-l-labels.jsonl", note: "astronomy, genomics, economics, psychology, never tuned on", heldOut: true },
  "heldout-s": { digest: "tests/fixtures/claims/heldout-s-digest.txt", labels: "tests/fixtures/claims/heldout-s-labels.jsonl", note: "quantum computing, finance, education, sports science, never tuned on", heldOut: true },
  "heldout-w": { digest: "tests/fixtures/claims/heldout-w-digest.txt", labels: "tests/fixtures/claims/heldout-w-labels.jsonl", note: "microbiology and immunology, mechanical and aerospace engineering, sociology and political science, plant science and forestry, networking, never tuned on", heldOut: true },
  "heldout-m": { digest: "tests/fixtures/claims/heldout-m-digest.txt", labels: "tests/fixtures/claims/heldout-m-labels.jsonl", note: "ML as Hugging Face Papers lists it, other subfields than the seed's (speech recognition, small models, instruction data, long context, video, GNNs, continual learning, optimizers, safety, robot foundation models), never tuned on", heldOut: true },
  "heldout-f": { digest: "tests/fixtures/claims/heldout-f-digest.txt", labels: "tests/fixtures/claims/heldout-f-labels.jsonl", note: "chemistry, neuroscience, software engineering, never tuned on", heldOut: true },
};

/** A set's abstracts by title and its labels, as read from its files. */
export async function readClaimSet(set: ClaimSet): Promise<{ abstracts: Map<string, string>; labels: PaperLabels[] }> {
  const abstracts = new Map(parseDigest(await readFile(set.digest, "utf8")).entries.map((entry) => [entry.title, entry.abstract]));
  return { abstracts, labels: parseLabels(await readFile(set.labels, "utf8"), set.labels) };
}
