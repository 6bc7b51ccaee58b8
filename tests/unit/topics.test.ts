import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clusterPapers, topicRange } from "../../src/lib/ingest/cluster.ts";
import { parseDigest } from "../../src/lib/ingest/digest.ts";
import { contributionKind, draftTaxonomy, renderTopicFile, spellOut, topicSubjects } from "../../src/lib/ingest/draft-topics.ts";
import { DRAFT_TOPIC_NOTE } from "../../src/lib/content/mdx-body.ts";
import type { DistinctivePhrase } from "../../src/lib/model/distinctive-phrases.ts";
import { evaluate, nmi, pairwise, parseGold } from "../../scripts/lib/evaluate.ts";
import { relatedPapers } from "../../src/lib/model/related.ts";
import { buildReview, reviewJson } from "../../src/lib/model/review.ts";
import { assignTopics, seedScores } from "../../src/lib/model/topics.ts";
import { buildCorpus } from "../../src/lib/model/vectors.ts";
import { readPaperText } from "../../src/lib/model/words.ts";

const seed = parseDigest(readFileSync(new URL("../../content/digest.txt", import.meta.url), "utf8")).entries;
const gold = parseGold(readFileSync(new URL("../fixtures/seed-gold.tsv", import.meta.url), "utf8"));

const topics = [
  { id: "kan", title: "KANs", terms: ["Kolmogorov-Arnold", "KAN", "spline"] },
  { id: "tts", title: "Speech", terms: ["text-to-speech", "TTS", "vocoder"] },
];
const papers = [
  { title: "KAN: Kolmogorov-Arnold Networks", abstract: "Learnable spline activations on edges replace fixed activations." },
  { title: "FastSpeech", abstract: "A text-to-speech model that is fast; TTS with a vocoder." },
  { title: "Better vocoders", abstract: "We improve the vocoder of TTS systems." },
  { title: "Splines everywhere", abstract: "Kolmogorov-Arnold layers with B-spline bases." },
];

describe("assignTopics", () => {
  const corpus = buildCorpus(papers);
  it("puts papers where their seed terms point, titles first", () => {
    expect(assignTopics(papers, topics, corpus).map((a) => a.topics[0])).toEqual(["kan", "tts", "tts", "kan"]);
  });

  it("lets a pin win over the text", () => {
    const pinned = papers.map((paper, i) => (i === 0 ? { ...paper, pinned: ["tts"] } : paper));
    const result = assignTopics(pinned, topics, corpus);
    expect(result[0]).toMatchObject({ topics: ["tts"], pinned: true, automatic: "kan" });
  });

  it("matches seed acronyms case-sensitively, plurals included", () => {
    const [lowerOnly, acronym] = seedScores(
      [
        { title: "Kan you hear me", abstract: "kan kan kan" },
        { title: "On KANs", abstract: "" },
      ],
      topics,
    );
    expect(lowerOnly![0]).toBe(0);
    expect(acronym![0]).toBeGreaterThan(0);
  });
});

describe("related papers", () => {
  it("never relates a paper to itself and is deterministic", () => {
    const corpus = buildCorpus(seed);
    const first = relatedPapers(corpus);
    expect(relatedPapers(corpus)).toEqual(first);
    first.forEach((list, p) => {
      expect(list.length).toBe(5);
      expect(list.some((link) => link.index === p)).toBe(false);
    });
  });
});

describe("the seed review", () => {
  const json = reviewJson(
    buildReview(
      "Seed",
      seed.map((entry, i) => ({ slug: `p${i}`, ...entry })),
      JSON.parse(readFileSync(new URL("../fixtures/seed-topics.json", import.meta.url), "utf8")),
    ),
    undefined,
  );

  it("covers every paper, keeps topics under a fifth, and agrees with the labelled sample", () => {
    const scores = evaluate(json.papers, gold);
    expect(scores.matched).toBe(216);
    expect(scores.coverage).toBe(1);
    expect(scores.largestTopicShare).toBeLessThanOrEqual(0.2);
    // Floors well under the measured figures (see the closing note): a regression guard.
    expect(scores.nmi).toBeGreaterThan(0.8);
    expect(scores.relatedAt5).toBeGreaterThan(0.75);
  });

  it("finds the mentions the abstracts make", () => {
    const bySlug = new Map(json.papers.map((paper) => [paper.slug, paper]));
    const raft = json.papers.find((paper) => paper.title.startsWith("RaftMLP"))!;
    expect(raft.mentions.map((m) => bySlug.get(m.slug)!.title)).toContain("MLP-Mixer: An all-MLP Architecture for Vision");
  });
});

describe("a digest with no taxonomy", () => {
  it("gets a number of topics that fits its size", () => {
    expect(topicRange(216)).toEqual({ min: 9, max: 18 });
    const labels = clusterPapers(buildCorpus(seed));
    const count = new Set(labels).size;
    expect(count).toBeGreaterThanOrEqual(9);
    expect(count).toBeLessThanOrEqual(18);
  });

  it("drafts named topics that agree with the labelled sample", () => {
    const drafts = draftTaxonomy(seed);
    const expected = new Map(gold.map((label) => [label.title, label.primary]));
    const predicted: string[] = [];
    drafts.forEach((draft) => draft.members.forEach((p) => (predicted[p] = draft.id)));
    expect(nmi(predicted, seed.map((entry) => expected.get(entry.title)!))).toBeGreaterThan(0.55);
    // A small cluster may have few phrases that set it apart, none generic.
    expect(drafts.every((draft) => draft.title.length > 3 && draft.terms.length >= 4)).toBe(true);
    expect(drafts.reduce((sum, draft) => sum + draft.terms.length, 0) / drafts.length).toBeGreaterThanOrEqual(8);
    // Described from the papers' contributions: what they offer, and how they split.
    // No counts: the topic page counts the papers the topic is assigned, which can differ from the cluster's.
    for (const draft of drafts) expect(draft.description).toMatch(/^(?:Methods|Analyses|Benchmarks|Datasets|Surveys)\b/);
    for (const draft of drafts) expect(draft.description).not.toMatch(/\d+ (?:methods|papers)|\(\d+\)/);
    expect(drafts.filter((draft) => / They differ in focus: /.test(draft.description)).length).toBeGreaterThan(drafts.length / 2);
    expect(new Set(drafts.map((draft) => draft.id)).size).toBe(drafts.length);
    const text = renderTopicFile(drafts[0]!);
    expect(text).toMatch(/^---\ntitle: "[^"]+"\ndescription: "[^"]+"\nterms:\n {2}- "/);
    // The reminder to rewrite is an MDX comment, for the reviewer only; nothing else in the file is MDX syntax.
    expect(text.endsWith(`\n${DRAFT_TOPIC_NOTE}\n`)).toBe(true);
    expect(text.slice(0, -DRAFT_TOPIC_NOTE.length - 1)).not.toMatch(/[{}<>]/);
  });

  it("drafts a clinical digest's topics with no preposition ending a name, and lines of work that are subjects", () => {
    // Three tuning digests of clinical medicine, where "Atrial Fibrillation Following", "II" and "long-term" were drafted.
    const clinical = ["tune-v", "tune-ar", "tune-x"].flatMap((set) => parseDigest(readFileSync(new URL(`../fixtures/claims/${set}-digest.txt`, import.meta.url), "utf8")).entries);
    const drafts = draftTaxonomy(clinical);
    for (const draft of drafts) expect(draft.title).not.toMatch(/\b(?:Following|Versus|Regarding)$/);
    const lines = drafts.flatMap((draft) => draft.description.match(/They differ in focus: (.+)\.$/)?.[1]?.split(/, | and /) ?? []);
    expect(lines.length).toBeGreaterThan(drafts.length);
    for (const line of lines) expect(line).not.toMatch(/^(?:[IVXL]+|long-term|short-term|past decades?|controlled settings?)$/);
    // What they offer lists the kinds several papers offer, or that name something: not "Studies, methods, surveys and analyses".
    expect(drafts.filter((draft) => /^\w+, \w+, \w+ and \w+ on /.test(draft.description))).toEqual([]);
  });

  it("names a topic by its 'X of Y' phrase and lists an acronym once, beside its long form", () => {
    const moe = [
      "Sparse routing for mixture of experts",
      "Load balancing in mixture of experts layers",
      "Expert choice routing in mixture of experts",
      "Scaling mixture of experts to trillions of parameters",
      "Token dropping in mixture of experts training",
      "Mixture of experts for multilingual translation",
    ].map((title, k) => ({ title, abstract: `${title}: a sparse mixture of experts (MoE) routes each token to few experts. We study ${["capacity", "routers", "balance", "sparsity", "tokens", "languages"][k]}.` }));
    const gnn = [
      "Message passing in graph neural networks",
      "Oversmoothing of deep graph neural networks",
      "Graph neural networks for molecules",
      "Expressive power of graph neural networks",
      "Graph attention for node classification",
      "Scalable graph neural networks on large graphs",
    ].map((title, k) => ({ title, abstract: `${title}: graph neural networks (GNNs) pass messages between nodes of a graph. We study ${["depth", "chemistry", "attention", "benchmarks", "pooling", "sampling"][k]}.` }));
    const drafts = draftTaxonomy([...moe, ...gnn]);
    expect(drafts).toHaveLength(2);
    const moeDraft = drafts.find((draft) => draft.members.includes(0))!;
    expect(moeDraft.title).toMatch(/^Mixture[ -]of[ -]Experts/i);
    const gnnDraft = drafts.find((draft) => draft.members.includes(6))!;
    expect(gnnDraft.description.match(/graph neural networks/gi)).toHaveLength(1);
    for (const draft of drafts) expect(new Set(draft.terms.map((term) => term.toLowerCase().replace(/s\b/g, ""))).size).toBe(draft.terms.length);
  });

  it("seeds a drafted topic with what its papers are about, not how they were run", () => {
    // Each field here runs its studies one way, so the design sets its papers apart as well as their subject does.
    const trials = ["insulin", "metformin", "diet", "exercise", "sleep", "weight"].map((aspect) => ({
      title: `Glycemic control and ${aspect}: a systematic review`,
      abstract: `In a systematic review, glycemic control and ${aspect} were compared in type 2 diabetes (mean age 54 years). Glycemic control improved with ${aspect}, the systematic review found.`,
    }));
    const cohorts = ["ablation", "alcohol", "anticoagulation", "stroke", "pacing", "rhythm"].map((aspect, k) => ({
      title: `Atrial fibrillation and ${aspect} in a retrospective cohort`,
      abstract: `In a retrospective cohort, atrial fibrillation patients were treated with ${aspect} (follow-up period of ${k + 2} years). Atrial fibrillation recurred less after ${aspect}, the retrospective cohort showed.`,
    }));
    const drafts = draftTaxonomy([...trials, ...cohorts]);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.flatMap((draft) => draft.terms).join(" | ")).toMatch(/glycemic control/i);
    for (const draft of drafts) for (const term of draft.terms) expect(term, draft.title).not.toMatch(/systematic review|retrospective|cohort|mean age|follow-up/i);
  });
});

describe("draft titles", () => {
  // Phrases as `distinctivePhrases` ranks them for a cluster of ten papers (0–9); `uses` says
  // which papers use each, by id.
  const phrase = (id: number, text: string, papers: number[], kind: Partial<DistinctivePhrase> = {}): DistinctivePhrase & { users: number[] } => ({
    id,
    text,
    papers: papers.length,
    phrase: text.includes(" ") || text.includes("-"),
    name: false,
    evaluation: false,
    users: papers,
    ...kind,
  });
  const members = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  /** `titled`: the papers whose titles name a phrase, by id. */
  const titleOf = (phrases: ReturnType<typeof phrase>[], acronyms = new Map<string, string>(), titled = new Map<number, number[]>()) =>
    topicSubjects(phrases, members, {
      acronyms,
      uses: (p, id) => phrases.find((candidate) => candidate.id === id)!.users.includes(p),
      inTitle: (p, id) => titled.get(id)?.includes(p) ?? false,
    }).map((subject) => subject.text);

  it("never pair an acronym with its own long form", () => {
    const acronyms = new Map([["RL", "reinforcement learning"]]);
    expect(titleOf([phrase(1, "agentic reinforcement learning", [0, 1, 2, 3, 4, 5]), phrase(2, "agentic RL", [6, 7, 8, 9])], acronyms)).toEqual(["agentic reinforcement learning"]);
    expect(spellOut("agentic RL", acronyms)).toBe("agentic reinforcement learning");
    expect(spellOut("LLM agents", new Map([["LLM", "Large Language Models"]]))).toBe("Large Language Model agents");
  });

  it("never repeat a head or set a thing against its opposite", () => {
    expect(titleOf([phrase(1, "deep research agents", [0, 1, 2, 3, 4]), phrase(2, "deep research systems", [5, 6, 7, 8, 9])])).toEqual(["deep research agents"]);
    expect(titleOf([phrase(1, "agentic AI", [0, 1, 2, 3, 4]), phrase(2, "agentic scenarios", [5, 6, 7, 8, 9])])).toEqual(["agentic AI"]);
    // The papers are about multi-agent systems and debate: "single-agent" is the opposite, not a subject.
    expect(titleOf([phrase(1, "multi-agent systems", [0, 1, 2, 3, 4, 5]), phrase(2, "single-agent", [6, 7, 8]), phrase(3, "debate", [6, 7, 8, 9])])).toEqual(["multi-agent systems"]);
    expect(titleOf([phrase(1, "multi-agent systems", [0, 1, 2, 3, 4, 5]), phrase(2, "single-agent", [6, 7, 8]), phrase(3, "multi-agent debate", [6, 7, 8, 9]), phrase(4, "LLM debate", [5, 6, 7, 8, 9])])).toEqual(["multi-agent systems", "LLM debate"]);
  });

  it("name a benchmark only when the topic is that benchmark", () => {
    const osworld = phrase(2, "OSWorld", [6, 7, 8], { name: true, evaluation: true });
    expect(titleOf([phrase(1, "computer-use agents", [0, 1, 2, 3, 4, 5, 6]), osworld])).toEqual(["computer-use agents"]);
    expect(titleOf([osworld, phrase(1, "computer-use agents", [0, 1, 2, 3, 4, 5, 6])])).toEqual(["computer-use agents"]);
    // The topic is the benchmark when its papers' titles name it; a measure most papers report ("cycles") is not what they are about.
    expect(titleOf([phrase(2, "OSWorld", [0, 1, 2, 3, 4, 5], { name: true, evaluation: true }), phrase(1, "desktop tasks", [6, 7])], undefined, new Map([[2, [0, 1, 2, 3, 4, 5]]]))).toEqual(["OSWorld"]);
    expect(titleOf([phrase(2, "cycles", [0, 1, 2, 3, 4, 5, 6], { evaluation: true }), phrase(1, "lithium-ion batteries", [0, 1, 2, 3, 4])])).toEqual(["lithium-ion batteries"]);
    // A measure is never a second subject.
    expect(titleOf([phrase(1, "electronic health records", [0, 1, 2, 3, 4, 5]), phrase(2, "CTR", [6, 7, 8, 9], { name: true })])).toEqual(["electronic health records"]);
  });

  it("never name a topic by a study's design: how papers were run is not what they are about", () => {
    expect(titleOf([phrase(1, "systematic review", [0, 1, 2, 3, 4, 5, 6, 7]), phrase(2, "adverse drug reactions", [0, 1, 2, 3, 4])], undefined, new Map([[1, [0, 1, 2, 3, 4, 5]]]))).toEqual(["adverse drug reactions"]);
    expect(titleOf([phrase(1, "double-blind", [0, 1, 2, 3, 4, 5, 6]), phrase(2, "omega-3 fatty acids", [0, 1, 2, 3, 4])])).toEqual(["omega-3 fatty acids"]);
    expect(titleOf([phrase(1, "myopia", [0, 1, 2, 3, 4, 5]), phrase(2, "cross-sectional study", [5, 6, 7, 8, 9])])).toEqual(["myopia"]);
    // Said as an acronym too.
    expect(titleOf([phrase(1, "RCTs", [0, 1, 2, 3, 4, 5, 6], { name: true }), phrase(2, "melatonin", [0, 1, 2, 3])], new Map([["RCTs", "randomized controlled trials"]]))).toEqual(["melatonin"]);
    // Nor by the statistics every study uses.
    expect(titleOf([phrase(1, "control group", [0, 1, 2, 3, 4, 5, 6]), phrase(2, "postoperative nausea", [0, 1, 2, 3, 4])])).toEqual(["postoperative nausea"]);
    expect(titleOf([phrase(1, "logistic regression", [0, 1, 2, 3, 4, 5, 6]), phrase(2, "periodontal disease", [0, 1, 2, 3, 4])])).toEqual(["periodontal disease"]);
    for (const design of ["Cox proportional hazard regression", "random effect models", "randomized complete block design", "split plot design", "research design", "odds", "Kaplan-Meier"]) {
      expect(titleOf([phrase(1, design, [0, 1, 2, 3, 4, 5, 6]), phrase(2, "glycemic control", [0, 1, 2, 3, 4])])).toEqual(["glycemic control"]);
    }
  });

  it("add a second subject only for papers the first does not reach", () => {
    expect(titleOf([phrase(1, "text-to-speech", [0, 1, 2, 3, 4, 5, 6]), phrase(2, "neural vocoders", [0, 1, 2])])).toEqual(["text-to-speech"]);
    expect(titleOf([phrase(1, "text-to-speech", [0, 1, 2, 3, 4, 5]), phrase(2, "neural vocoders", [6, 7, 8, 9])])).toEqual(["text-to-speech", "neural vocoders"]);
    // A single common word is no second subject.
    expect(titleOf([phrase(1, "text-to-speech", [0, 1, 2, 3, 4, 5]), phrase(2, "interaction", [6, 7, 8, 9])])).toEqual(["text-to-speech"]);
    // A lone common word takes a phrase most of its papers share: "Retrieval and Question Answering".
    expect(titleOf([phrase(1, "retrieval", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), phrase(2, "question answering", [0, 1, 2, 3, 4, 5])])).toEqual(["retrieval", "question answering"]);
    expect(titleOf([phrase(1, "retrieval", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), phrase(2, "question answering", [0, 1, 2])])).toEqual(["retrieval"]);
  });

  it("read a title without the kind of article it announces", () => {
    expect(readPaperText({ title: "Brief communication: Recent estimates of glacier mass loss", abstract: "Glaciers lose mass." }).title).toBe("Recent estimates of glacier mass loss");
    expect(readPaperText({ title: "Technical note: A new gauge", abstract: "" }).words.title.map((word) => word.raw)).not.toContain("note");
    // A method's name before the colon stays.
    expect(readPaperText({ title: "FastSpeech: Fast, Robust and Controllable Text to Speech", abstract: "" }).title).toMatch(/^FastSpeech:/);
  });

  it("read what a contribution sentence offers", () => {
    expect(contributionKind("We introduce OSWorld, the first scalable benchmark of real computer tasks for multimodal agents.")).toBe("benchmark");
    expect(contributionKind("We release a dataset of 10,000 annotated trajectories.")).toBe("dataset");
    expect(contributionKind("This survey reviews deep research agents and their evaluation.")).toBe("survey");
    expect(contributionKind("We show that debate between agents improves factuality only when agents disagree.")).toBe("analysis");
    // The sciences state a study's aim: a study, not a method.
    expect(contributionKind("To describe the epidemiology of medication prescribing errors averted by pharmacists.")).toBe("study");
    expect(contributionKind("The objective of this study was to evaluate the impact of CPOE on the frequency of errors.")).toBe("study");
    expect(contributionKind("A prospective immunogenicity trial of measles and rubella vaccines was conducted in Oman.")).toBe("study");
    expect(contributionKind("We propose a method to assess risk.")).toBe("method");
    expect(contributionKind("We propose UI-TARS, a native GUI agent that perceives screenshots.")).toBe("method");
  });
});

describe("evaluation measures", () => {
  it("scores identical groupings 1 and unrelated ones lower", () => {
    expect(nmi(["a", "a", "b", "b"], ["x", "x", "y", "y"])).toBeCloseTo(1);
    expect(nmi(["a", "b", "a", "b"], ["x", "x", "y", "y"])).toBeCloseTo(0);
    expect(pairwise(["a", "a", "b", "b"], ["x", "x", "x", "x"])).toMatchObject({ precision: 1, recall: 1 / 3 });
  });
});
