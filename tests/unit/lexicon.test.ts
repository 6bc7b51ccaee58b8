import { describe, expect, it } from "vitest";
import { distinctivePhrases } from "../../src/lib/model/distinctive-phrases.ts";
import { isName, Lexicon } from "../../src/lib/model/lexicon.ts";
import { findMentions } from "../../src/lib/model/mentions.ts";
import { relatedPapers } from "../../src/lib/model/related.ts";
import { buildReview } from "../../src/lib/model/review.ts";
import { buildCorpus } from "../../src/lib/model/vectors.ts";
import { paperWords, words } from "../../src/lib/model/words.ts";

/**
 * Three small fields, six papers each, written the way abstracts are — each says the same
 * things in its own words — and each with words the site used to show as reasons and defining
 * phrases: "end", "user", "tale", "pro", "bench", "finally", "non", "call", "product", "core
 * component", "non-toxic", "connecting", "trained neural", "long short-term" beside
 * "short-term memory", "cause", "algorithm", "training", "enable scalable". None of them is a
 * term a reader should be given.
 */
const pick = <T>(options: readonly T[], k: number): T => options[k % options.length]!;
const everywhere = (k: number) =>
  `${pick(["Finally", "Finally", "In addition"], k)}, we call it ${pick(["a baseline", "our default", "the reference"], k)}. ` +
  `${pick(["The training algorithm", "A training algorithm", "Our training algorithm"], k)} is a core component, and a user ${pick(["inspects", "checks", "reads"], k)} the outputs of trained neural networks. ` +
  `${pick(["Scalable search can", "Such tools", "Larger budgets"], k)} ${pick(["enable scalable", "enable scalable", "enable"], k)} ${pick(["evaluation", "deployment", "study"], k)}.`;
const topics = ["handwriting", "speech recognition", "music", "translation", "forecasting", "parsing"];
const recurrent = topics.map((topic, k) => ({
  title: k < 2 ? `A Tale of ${pick(["Two Gates", "Forgetting"], k)}: Long Short-Term Memory for ${topic}` : `${pick(["Long Short-Term Memory Networks", "Gated Recurrent Models", "Recurrent Memory"], k)} for ${topic}`,
  abstract:
    `We ${pick(["train", "study", "revisit"], k)} long short-term memory (LSTM) networks on ${topic}. ` +
    `${pick(["Recurrent neural networks", "Such recurrent neural networks", "Recurrent neural networks of this kind"], k)} ${pick(["keep", "carry", "hold"], k)} context over ${pick(["long sequences", "many steps", "whole documents"], k)} through a forget gate. ` +
    `${pick(["Deeper", "Bidirectional", "Stacked"], k)} long short-term memory ${pick(["cells", "layers", "models"], k)} ${pick(["help", "do not help", "help a little"], k)} on ${topic}. ` +
    `${everywhere(k)} The source code is available at https://github.com/lstm/${k}.`,
}));
const agents = ["issues", "patches", "tests", "repositories", "reviews", "refactors"].map((task, k) => ({
  title: `${pick(["Coding Agents", "Software Agents", "Repository Agents"], k)} for ${task} on SWE-bench`,
  abstract:
    `${pick(["Software engineering agents", "Coding agents", "Our agents"], k)} ${pick(["solve", "fix", "handle"], k)} ${task} end-to-end on SWE-bench, ${pick(["planning", "searching", "reasoning"], k)} ${pick(["with non-linear search", "over non-linear plans", "in a non-linear way"], k)}. ` +
    `${pick(["Gemini 2.5 Pro", "GPT-5 Pro", "o3 Pro"], k)} ${pick(["drives", "plays", "acts as"], k)} the agent; connecting ${pick(["editors", "shells", "browsers", "linters", "debuggers", "compilers"], k)} can cause the agent to fail. ` +
    `${k < 3 ? `Non-toxic ${pick(["outputs", "replies", "messages"], k)} are kept, and the Kronecker product of ${pick(["tool and task scores", "two rankings", "the score matrices"], k)} ranks the agents. ` : ""}` +
    `${everywhere(k)}`,
}));
const speech = ["prosody", "speakers", "emotion", "languages", "noise", "latency"].map((aspect, k) => ({
  title: `${pick(["Neural Text-to-Speech", "Fast Text-to-Speech", "Controllable Text-to-Speech"], k)} with Control of ${aspect}`,
  abstract:
    `We ${pick(["present", "build", "describe"], k)} a text-to-speech (TTS) model ${pick(["that predicts", "predicting", "which outputs"], k)} mel-spectrograms, and a neural vocoder ${pick(["turns them into waveforms", "renders the waveforms", "outputs waveforms"], k)}, with control of ${aspect}. ` +
    `${pick(["Listening tests", "Subjective listening tests", "Listening tests with twenty raters"], k)} ${pick(["show", "confirm", "suggest"], k)} natural speech. ` +
    `${k < 3 ? `The vocoder ${pick(["needs", "takes", "requires"], k)} substantial storage and reaches state-of-the-art performance. ` : ""}${everywhere(k)}`,
}));
const papers = [...recurrent, ...agents, ...speech];

function lexiconOf(collection: readonly { title: string; abstract: string }[]) {
  const texts = collection.map((paper) => {
    const title = words(paper.title);
    const abstract = words(paper.abstract);
    return { ...paper, words: { title, abstract }, all: paperWords(title, abstract) };
  });
  const corpus = buildCorpus(texts);
  const neighbours = relatedPapers(corpus, { sharedLimit: 0 });
  const { acronyms } = findMentions(texts.map((text) => ({ ...text, words: text.all })));
  const lexicon = new Lexicon({ corpus, words: texts.map((text) => text.all), acronyms, neighbours });
  /** What a reader is shown for a vocabulary term ("stem stem"): its text if it is a specific term, else null. */
  const shown = (term: string) => {
    const id = corpus.vocabulary.idOf.get(term);
    expect(id, `"${term}" is in the vocabulary`).toBeDefined();
    const verdict = lexicon.shown(id!);
    return verdict?.specific ? verdict.text : null;
  };
  return { corpus, lexicon, shown };
}

describe("the lexicon: which terms a reader is shown", () => {
  const { corpus, lexicon, shown } = lexiconOf(papers);

  it("shows no part of a hyphenated compound alone", () => {
    for (const part of ["end", "bench", "non"]) expect(shown(part), part).toBeNull();
    expect(shown("swe-bench")).toBe("SWE-bench");
  });

  it("shows no connective, adverb or verb", () => {
    for (const word of ["finally", "call", "pro", "cause", "connecting"]) expect(shown(word), word).toBeNull();
    // A phrase cannot open with a verb nor end with an adjective.
    expect(shown("enable scalable")).toBeNull();
  });

  it("shows no adjective alone, and no noun that is always the head of an 'of'", () => {
    expect(shown("non-toxic")).toBeNull();
    expect(shown("tale")).toBeNull();
  });

  it("shows no phrase that opens with an adjective of degree", () => {
    const term = corpus.vocabulary.terms.find((key) => key.startsWith("substanti") && key.includes(" "));
    expect(term).toBeDefined();
    expect(shown(term!)).toBeNull();
  });

  it("shows a fragment as the phrase it belongs to", () => {
    expect(shown("long short-term")).toBe("long short-term memory");
    expect(shown("short-term memory")).toBe("long short-term memory");
    expect(shown("recurrent neural")).toBe("recurrent neural networks");
    expect(shown("product")).toBe("Kronecker product");
    expect(shown("trained neural")).not.toBe("trained neural");
  });

  it("shows no word every part of the collection uses", () => {
    for (const word of ["user", "algorithm", "training", "trained neural", "core component"]) expect(shown(word), word).toBeNull();
  });

  it("shows no phrase with boilerplate inside ('state-of-the-art performance')", () => {
    const term = corpus.vocabulary.terms.find((key) => key.startsWith("state-of-the-art ") );
    expect(term).toBeDefined();
    expect(shown(term!)).toBeNull();
  });

  it("shows nothing an abstract says only before its link", () => {
    expect(shown("source code")).toBeNull();
  });

  it("gives the reasons two papers are related as terms, an acronym never beside its long form", () => {
    const reasons = lexicon.reasons(0, 2, 4);
    expect(reasons.filter((reason) => reason === "LSTM" || reason === "long short-term memory")).toHaveLength(1);
    const agentReasons = lexicon.reasons(6, 7, 4);
    expect(agentReasons).toContain("SWE-bench");
    const bad = ["end", "user", "tale", "pro", "bench", "finally", "non", "call", "product", "core component", "non-toxic", "connecting", "trained neural", "long short-term", "short-term memory", "cause", "algorithm", "training", "enable scalable"];
    for (let p = 0; p < papers.length; p++) {
      for (let q = 0; q < papers.length; q++) {
        if (p !== q) for (const reason of lexicon.reasons(p, q, 4)) expect(bad, `${p}–${q}: ${reason}`).not.toContain(reason);
      }
    }
  });

  it("ranks the phrases that define a group the same way for a topic and a drafted topic", () => {
    const groups = [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11], [12, 13, 14, 15, 16, 17]];
    const [lstm, swe, tts] = distinctivePhrases(groups, corpus, lexicon, 6).map((list) => list.map((phrase) => phrase.text));
    expect(lstm!.filter((phrase) => phrase === "LSTM" || phrase === "long short-term memory")).toHaveLength(1);
    expect(lstm).toContain("recurrent neural networks");
    expect(swe).toContain("SWE-bench");
    expect(tts).toContain("text-to-speech");
    const review = buildReview(
      "Fields",
      papers.map((paper, i) => ({ slug: `p${String(i).padStart(2, "0")}`, ...paper, pinned: [["lstm", "swe", "tts"][Math.floor(i / 6)]!] })),
      ["lstm", "swe", "tts"].map((id) => ({ id, title: id, description: "", terms: [] })),
    );
    expect(review.topic("lstm").phrases).toEqual(lstm);
    expect(review.topic("tts").phrases).toEqual(tts);
  });

  it("knows a coined name from a size or a title in title case", () => {
    for (const name of ["KAN", "OSWorld", "MLP-Mixer", "GPT-4", "gMLP", "γ-MoD", "T5"]) expect(isName(name), name).toBe(true);
    for (const other of ["7B", "3D", "Parameter-Efficient", "Kolmogorov", "speech"]) expect(isName(other), other).toBe(false);
  });

  it("writes a heading's last word as the collection's plural, and a sentence's words in their case", () => {
    expect(lexicon.asHeading("waveform")).toBe("waveforms");
    expect(lexicon.asHeading("speech synthesis")).toBe("speech synthesis");
    expect(lexicon.inSentence("Recurrent Neural Networks")).toBe("recurrent neural networks");
    expect(lexicon.inSentence("Long Short-Term Memory")).toBe("long short-term memory");
  });
});
