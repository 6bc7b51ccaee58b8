/**
 * Search on the seed site (the project's own content/), in a real browser: known-item queries —
 * names, acronyms and phrases a reader remembers, each with the paper it should find — and
 * /search/ on a phone. One build of the seed site and one browser for the whole file.
 *
 * The queries were written from the papers before any was run, and are not tuned one by one: a
 * miss is a finding about ranking, to be fixed in the index or the ranking, not in this list.
 */

import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSite } from "../../scripts/index-search.ts";
import { serveDist, type RunningServer } from "../../scripts/serve-dist.ts";
import { EXCERPT_WORDS, RANKING, tidyExcerpt } from "../../src/scripts/search.ts";
import { PROJECT, run } from "../site/fixture-site.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Share of the known-item queries whose paper must be among the first three results. */
const TOP_3_RATE = 0.97;
const PHONE = { width: 360, height: 740 };

const KNOWN_ITEMS: readonly (readonly [query: string, slug: string])[] = [
  // Names: methods, models and systems, as a reader would type them.
  ["KAN", "kan-kolmogorov-arnold-networks"],
  ["HiFi-GAN", "hifi-gan-generative-adversarial-networks-for-efficient-and-high-fidelity-speech"],
  ["VALL-E", "neural-codec-language-models-are-zero-shot-text-to-speech-synthesizers"],
  ["Tacotron 2", "natural-tts-synthesis-by-conditioning-wavenet-on-mel-spectrogram-predictions"],
  ["FastSpeech", "fastspeech-fast-robust-and-controllable-text-to-speech"],
  ["MelGAN", "melgan-generative-adversarial-networks-for-conditional-waveform-synthesis"],
  ["Multi-band MelGAN", "multi-band-melgan-faster-waveform-generation-for-high-quality-text-to-speech"],
  ["iSTFTNet", "istftnet-fast-and-lightweight-mel-spectrogram-vocoder-incorporating-inverse"],
  ["HiFTNet", "hiftnet-a-fast-high-quality-neural-vocoder-with-harmonic-plus-noise-filter-and"],
  ["Adam", "adam-a-method-for-stochastic-optimization"],
  ["gMLP", "pay-attention-to-mlps"],
  ["MLP-Mixer", "mlp-mixer-an-all-mlp-architecture-for-vision"],
  ["HyperMixer", "hypermixer-an-mlp-based-low-cost-alternative-to-transformers"],
  ["pNLP-Mixer", "pnlp-mixer-an-efficient-all-mlp-architecture-for-language"],
  ["TSMixer", "tsmixer-lightweight-mlp-mixer-model-for-multivariate-time-series-forecasting"],
  ["RaftMLP", "raftmlp-how-much-can-be-done-without-attention-and-with-less-spatial-locality"],
  ["SpiralMLP", "spiralmlp-a-lightweight-vision-mlp-architecture"],
  ["Strip-MLP", "strip-mlp-efficient-token-interaction-for-vision-mlp"],
  ["FinalMLP", "finalmlp-an-enhanced-two-stream-mlp-model-for-ctr-prediction"],
  ["MetaFormer", "metaformer-is-actually-what-you-need-for-vision"],
  ["MoEfication", "moefication-transformer-feed-forward-layers-are-mixtures-of-experts"],
  ["SpeedySpeech", "speedyspeech-efficient-neural-speech-synthesis"],
  ["EfficientSpeech", "efficientspeech-an-on-device-text-to-speech-model"],
  ["FLY-TTS", "fly-tts-fast-lightweight-and-high-quality-end-to-end-text-to-speech-synthesis"],
  ["CM-TTS", "cm-tts-enhancing-real-time-text-to-speech-synthesis-efficiency-through-weighted"],
  ["ZMM-TTS", "zmm-tts-zero-shot-multilingual-and-multispeaker-speech-synthesis-conditioned-on"],
  ["DelightfulTTS", "delightfultts-the-microsoft-speech-synthesis-system-for-blizzard-challenge-2021"],
  ["TalkNet", "talknet-2-non-autoregressive-depth-wise-separable-convolutional-model-for-speech"],
  ["Incremental FastPitch", "incremental-fastpitch-chunk-based-high-quality-text-to-speech"],
  ["Lina-Speech", "lina-speech-gated-linear-attention-is-a-fast-and-parameter-efficient-learner-for"],
  ["WavThruVec", "wavthruvec-latent-speech-representation-as-intermediate-features-for-neural"],
  ["Make-A-Voice", "make-a-voice-unified-voice-synthesis-with-discrete-representation"],
  ["NaturalL2S", "naturall2s-end-to-end-high-quality-multispeaker-lip-to-speech-synthesis-with"],
  ["Byte2Speech", "multilingual-byte2speech-models-for-scalable-low-resource-speech-synthesis"],
  ["SUSing", "susing-su-net-for-singing-voice-synthesis"],
  ["MatrixKAN", "matrixkan-parallelized-kolmogorov-arnold-network"],
  ["ResFields", "resfields-residual-neural-fields-for-spatiotemporal-signals"],
  ["SAPE", "sape-spatially-adaptive-progressive-encoding-for-neural-optimization"],
  ["SPDER", "spder-semiperiodic-damping-enabled-object-representation"],
  ["PAON", "paon-a-new-neuron-model-using-pade-approximants"],
  ["γ-MoD", "gamma-mod-exploring-mixture-of-depth-adaptation-for-multimodal-large-language"],
  ["DMoERM", "dmoerm-recipes-of-mixture-of-experts-for-effective-reward-modeling"],
  ["ToMoE", "tomoe-converting-dense-large-language-models-to-mixture-of-experts-through"],
  ["CodeGen2", "codegen2-lessons-for-training-llms-on-programming-and-natural-languages"],
  ["RobustFill", "robustfill-neural-program-learning-under-noisy-i-o"],
  ["Mirostat", "mirostat-a-neural-text-decoding-algorithm-that-directly-controls-perplexity"],
  ["Montessori-Instruct", "montessori-instruct-generate-influential-training-data-tailored-for-student"],
  ["SynthIE", "exploiting-asymmetry-for-synthetic-training-data-generation-synthie-and-the-case"],
  ["NeuRI", "neuri-diversifying-dnn-generation-via-inductive-rule-inference"],
  ["Neuroformer", "neuroformer-multimodal-and-multitask-generative-pretraining-for-brain-data"],
  ["NeuroSynth", "neurosynth-mri-derived-neuroanatomical-generative-models-and-associated-dataset"],
  ["FakeSpotter", "fakespotter-a-simple-yet-robust-baseline-for-spotting-ai-synthesized-fake-faces"],
  ["Synth-SONAR", "synth-sonar-sonar-image-synthesis-with-enhanced-diversity-and-realism-via-dual"],
  ["BrainTransformers", "braintransformers-snn-llm"],
  ["PolyCom", "polynomial-composition-activations-unleashing-the-dynamics-of-large-language"],
  ["BigGAN", "large-scale-gan-training-for-high-fidelity-natural-image-synthesis"],
  ["DARE", "language-models-are-super-mario-absorbing-abilities-from-homologous-models-as-a"],
  ["Population Based Training", "population-based-training-of-neural-networks"],
  ["RVQGAN", "high-fidelity-audio-compression-with-improved-rvqgan"],
  ["Stable Audio Open", "stable-audio-open"],
  // Acronyms.
  ["PBT", "population-based-training-of-neural-networks"],
  ["TTT layers", "learning-to-learn-at-test-time-rnns-with-expressive-hidden-states"],
  ["MoCo", "improved-baselines-with-momentum-contrastive-learning"],
  ["LSTM variants", "lstm-a-search-space-odyssey"],
  ["FDPs", "continuous-time-functional-diffusion-processes"],
  ["SNNKs", "scalable-neural-network-kernels"],
  ["RPG parameter generation", "recurrent-diffusion-for-large-scale-parameter-generation"],
  // Distinctive phrases a reader remembers.
  ["learnable activation functions on edges", "kan-kolmogorov-arnold-networks"],
  ["fairer comparison", "kan-or-mlp-a-fairer-comparison"],
  ["Kolmogorov-Arnold Transformer", "kolmogorov-arnold-transformer"],
  ["Fourier Analysis Networks", "fan-fourier-analysis-networks"],
  ["Mixture-of-Depth", "gamma-mod-exploring-mixture-of-depth-adaptation-for-multimodal-large-language"],
  ["μ-Transfer", "a-large-scale-exploration-of-mu-transfer"],
  ["Blizzard Challenge 2021", "delightfultts-the-microsoft-speech-synthesis-system-for-blizzard-challenge-2021"],
  ["speaker verification multispeaker", "transfer-learning-from-speaker-verification-to-multispeaker-text-to-speech"],
  ["neural voice cloning", "neural-voice-cloning-with-a-few-samples"],
  ["Foley sound synthesis", "exploring-domain-specific-enhancements-for-a-neural-foley-synthesizer"],
  ["footsteps sound effects", "neural-synthesis-of-footsteps-sound-effects-with-generative-adversarial-networks"],
  ["waveshaping", "neural-waveshaping-synthesis"],
  ["emotional voices database", "the-emotional-voices-database-towards-controlling-the-emotion-dimension-in-voice"],
  ["Opencpop", "singing-voice-data-scaling-up-an-introduction-to-ace-opencpop-and-kising-v2"],
  ["spectrogram diffusion music", "multi-instrument-music-synthesis-with-spectrogram-diffusion"],
  ["codebook pattern music generation", "stack-and-delay-a-new-codebook-pattern-for-music-generation"],
  ["synthetic speech naturalness", "deep-learning-based-assessment-of-synthetic-speech-naturalness"],
  ["lip-to-speech", "naturall2s-end-to-end-high-quality-multispeaker-lip-to-speech-synthesis-with"],
  ["self-replicating neural network", "neural-network-quine"],
  ["simplicity bias random networks", "neural-redshift-random-networks-are-not-random-functions"],
  ["truncation trick", "large-scale-gan-training-for-high-fidelity-natural-image-synthesis"],
  ["Drop And REscale", "language-models-are-super-mario-absorbing-abilities-from-homologous-models-as-a"],
  ["telescoping lens", "deep-learning-through-a-telescoping-lens-a-simple-model-provides-empirical"],
  ["Lyapunov functions", "global-lyapunov-functions-a-long-standing-open-problem-in-mathematics-with"],
  ["categorical Hopfield", "categorical-hopfield-networks"],
  ["supermask", "signing-the-supermask-keep-hide-invert"],
  ["intrinsic dimension", "measuring-the-intrinsic-dimension-of-objective-landscapes"],
  ["BIG-bench", "how-predictable-are-large-language-model-capabilities-a-case-study-on-big-bench"],
  ["Languini Kitchen", "the-languini-kitchen-enabling-language-modelling-research-at-different-scales-of"],
  ["lazy neuron activation sparsity", "the-lazy-neuron-phenomenon-on-emergence-of-activation-sparsity-in-transformers"],
  ["spectral bias coordinate MLPs", "understanding-the-spectral-bias-of-coordinate-based-mlps-via-training-dynamics"],
  ["tri-plane neural fields", "neural-processing-of-tri-plane-hybrid-neural-fields"],
  ["model collapse tails", "a-tale-of-tails-model-collapse-as-a-change-of-scaling-laws"],
  ["protein language models compute optimal", "are-protein-language-models-compute-optimal"],
  ["Circuit Transformer logical equivalence", "circuit-transformer-a-transformer-that-preserves-logical-equivalence"],
  ["affine steering", "representation-surgery-theory-and-practice-of-affine-steering"],
  ["trainability fractal", "the-boundary-of-neural-network-trainability-is-fractal"],
  ["liquid state machine", "resistive-memory-based-zero-shot-liquid-state-machine-for-multimodal-event-data"],
  ["membrane potential batch normalization", "membrane-potential-batch-normalization-for-spiking-neural-networks"],
  ["Expressive Leaky Memory neuron", "the-expressive-leaky-memory-neuron-an-efficient-and-expressive-phenomenological"],
  ["hidden symmetries ReLU", "hidden-symmetries-of-relu-networks"],
  ["quadratic networks expressivity", "on-expressivity-and-trainability-of-quadratic-networks"],
  ["hypercomplex convolutions", "phnns-lightweight-neural-networks-via-parameterized-hypercomplex-convolutions"],
  ["multigrid linear operators", "mgno-efficient-parameterization-of-linear-operators-via-multigrid"],
  ["graph metanetworks", "graph-metanetworks-for-processing-diverse-neural-architectures"],
  ["Hard ASH continual learner", "hard-ash-sparsity-and-the-right-optimizer-make-a-continual-learner"],
  ["sparse all-MLP language modeling", "efficient-language-modeling-with-sparse-all-mlp"],
  ["printed multiplication accumulation approximation", "bespoke-approximation-of-multiplication-accumulation-and-activation-targeting"],
  ["private synthetic text", "harnessing-large-language-models-to-generate-private-synthetic-text"],
  ["synthetic data real errors", "synthetic-data-real-errors-how-not-to-publish-and-use-synthetic-data"],
  ["animal communication translation", "a-theory-of-unsupervised-translation-motivated-by-understanding-animal"],
  ["program synthesis mechanistic interpretability", "opening-the-ai-black-box-program-synthesis-via-mechanistic-interpretability"],
  ["one step of gradient descent in-context", "one-step-of-gradient-descent-is-provably-the-optimal-in-context-learner-with-one"],
];

/** Names whose introducing paper must come first, not only in the top 3. */
const EXACT_NAMES = ["KAN", "HiFi-GAN", "VALL-E", "Tacotron 2"];

interface Found {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

let root: string;
let server: RunningServer;
let browser: Browser;
/** The first three results of each known-item query, in order. */
let found: Map<string, Found[]>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "topical-review-seed-"));
  for (const entry of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "content"]) {
    await cp(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  await symlink(join(PROJECT, "node_modules"), join(root, "node_modules"), "dir");
  await run(process.execPath, [join(PROJECT, "node_modules", "astro", "bin", "astro.mjs"), "build"], root, { TOPICAL_REVIEW_CACHE_DIR: join(root, ".cache") });
  await indexSite(join(root, "dist"));
  server = await serveDist(join(root, "dist"));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const extra = ["Tegmark", "fairer comparison"];
  found = await searchAll([...KNOWN_ITEMS.map(([query]) => query), ...extra]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Runs the queries with Pagefind's own API, ranked as the search page ranks (RANKING), on one page. */
async function searchAll(queries: string[]): Promise<Map<string, Found[]>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    // A string, so that nothing rewrites the browser's import() on its way there.
    const results = (await page.evaluate(`(async (queries, options) => {
      const pagefind = await import("/pagefind/pagefind.js");
      await pagefind.options(options);
      const out = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
        out.push(data.map((d) => ({ url: d.url, excerpt: d.excerpt, meta: d.meta })));
      }
      return out;
    })(${JSON.stringify(queries)}, ${JSON.stringify({ ranking: RANKING, excerptLength: EXCERPT_WORDS })})`)) as Found[][];
    return new Map(queries.map((query, index) => [query, results[index]!]));
  } finally {
    await context.close();
  }
}

const paperUrl = (slug: string) => `/papers/${slug}/`;
/** An excerpt as the search page shows it, as text. */
const excerptText = (result: Found) => tidyExcerpt(result.excerpt).replace(/<[^>]+>/g, "");

describe("known-item search on the seed site", () => {
  it(`finds the paper among the first three results for at least ${TOP_3_RATE * 100}% of ${KNOWN_ITEMS.length} queries`, () => {
    const misses: string[] = [];
    for (const [query, slug] of KNOWN_ITEMS) {
      const urls = found.get(query)!.map((result) => result.url);
      if (!urls.includes(paperUrl(slug))) misses.push(`${query} → ${slug}; got ${urls.join(", ") || "nothing"}`);
    }
    const rate = 1 - misses.length / KNOWN_ITEMS.length;
    expect(rate, `misses:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(TOP_3_RATE);
  });

  it("ranks the paper that introduces an exact name first", () => {
    const firsts = EXACT_NAMES.map((name) => [name, found.get(name)![0]?.url]);
    const expected = EXACT_NAMES.map((name) => [name, paperUrl(KNOWN_ITEMS.find(([query]) => query === name)![1])]);
    expect(firsts).toEqual(expected);
  });

  it("finds a paper by its authors and tags but keeps them, and its title, out of the excerpt", () => {
    const [kan] = found.get("Tegmark")!;
    expect(kan?.url).toBe(paperUrl("kan-kolmogorov-arnold-networks"));
    expect(excerptText(kan!)).not.toMatch(/Tegmark|Ziming Liu|^KAN: Kolmogorov/);
    const [fairer] = found.get("fairer comparison")!;
    expect(fairer?.url).toBe(paperUrl("kan-or-mlp-a-fairer-comparison"));
    expect(excerptText(fairer!)).toMatch(/^This paper does not introduce a novel method\./);
    expect(excerptText(fairer!)).not.toMatch(/KAN or MLP:|evaluation/);
    // What ranks it beside the text is metadata, which the excerpt never quotes.
    expect(Object.keys(fairer!.meta)).toEqual(expect.arrayContaining(["title", "topic", "tags", "summary"]));
  });

  it("tidies the spaces Pagefind sets around an element's words", () => {
    expect(tidyExcerpt("Networks ( <mark>KANs</mark> ) as a U-Network . Lina-Speech , a")).toBe("Networks (<mark>KANs</mark>) as a U-Network. Lina-Speech, a");
  });
});

describe("/search/ on a phone", () => {
  it("shows the first result of ?q=speech within 1.5 screens, under one search box and a collapsed topic filter", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/search/?q=speech`, { waitUntil: "load" });
      const first = page.locator(".pagefind-ui__result").first();
      await first.waitFor({ timeout: 10_000 });
      const top = await first.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(1.5 * PHONE.height);
      expect(await searchBoxes(page)).toBe(1);
      // Under a result, of its metadata only the topic.
      const tags = await first.locator(".pagefind-ui__result-tag").allTextContents();
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag.trim()).toMatch(/^Topic: /);
      // The filter is one closed <details>: its summary is the control, the topics wait behind it.
      const filter = page.locator(".pagefind-ui__filter-block");
      expect(await filter.count()).toBe(1);
      expect(await filter.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      expect(await page.locator(".pagefind-ui__filter-checkbox").first().isVisible()).toBe(false);
      // Opened, it lists only the topics with results, each checkbox at its full size.
      await page.locator(".pagefind-ui__filter-name").click();
      const labels = await page.locator(".pagefind-ui__filter-label").allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.filter((label) => /\(0\)\s*$/.test(label))).toEqual([]);
      const box = await page.locator(".pagefind-ui__filter-checkbox").first().boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(14);
    } finally {
      await context.close();
    }
  });

  it("keeps the filter open beside the results on a wide screen, with checkboxes at full size", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/search/?q=speech`, { waitUntil: "load" });
      await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 10_000 });
      expect(await searchBoxes(page)).toBe(1);
      expect(await page.locator(".pagefind-ui__filter-block").evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      const sizes = await page.locator(".pagefind-ui__filter-checkbox").evaluateAll((boxes) => boxes.map((box) => Math.round(box.getBoundingClientRect().width)));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    } finally {
      await context.close();
    }
  });
});

/** Text boxes a reader sees on the page. */
function searchBoxes(page: Page): Promise<number> {
  return page.locator('input[type="search"], input[type="text"]').evaluateAll((inputs) => inputs.filter((input) => (input as HTMLElement).offsetParent !== null).length);
}

