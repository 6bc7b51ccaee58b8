import { describe, expect, it } from "vitest";
import { distinctPhrases, phraseKey, repeats, shareWords } from "../../src/lib/model/phrase-keys.ts";
import { words } from "../../src/lib/model/words.ts";

describe("words", () => {
  const raw = (text: string) => words(text).map((word) => word.raw);

  it("splits on anything but letters, digits and inner apostrophes, dropping a possessive 's", () => {
    expect(raw("KAN's edges don't use MLPs' nodes; γ-MoD 2.0")).toEqual(["KAN", "edges", "don't", "use", "MLPs", "nodes", "γ", "MoD", "2", "0"]);
    expect(raw("the end'")).toEqual(["the", "end"]);
    expect(raw("𝐀𝐁 math 深度学习 café")).toEqual(["𝐀𝐁", "math", "深度学习", "café"]);
  });

  it("marks compounds and punctuation between words", () => {
    const [text, to, speech, , next] = words("text-to-speech models, next");
    expect([text!.hyphenBefore, to!.hyphenBefore, speech!.hyphenBefore]).toEqual([false, true, true]);
    expect(next!.gapBefore).toBe(true);
    expect(words("a – b")[1]!.gapBefore).toBe(false);
  });

  it("gives every occurrence of a spelling the same stem, surface and content flag", () => {
    const [first, , second] = words("Networks of Networks");
    expect(first).toEqual(second);
    expect(first).toMatchObject({ stem: "network", surface: "networks", content: true });
    expect(words("of")[0]!.content).toBe(false);
    expect(words("KANs")[0]!.surface).toBe("KANs");
  });
});

describe("distinctPhrases", () => {
  it("keeps the first phrase of each idea, an acronym counting as its long form", () => {
    expect(distinctPhrases(["scaling laws", "scaling", "power law"], 3)).toEqual(["scaling laws", "power law"]);
    const acronyms = new Map([["KAN", "Kolmogorov-Arnold Network"]]);
    expect(distinctPhrases(["KAN", "Kolmogorov-Arnold", "spline", "KANs"], 3, acronyms)).toEqual(["KAN", "spline"]);
    expect(distinctPhrases(["KAN", "Kolmogorov-Arnold", "spline"], 3)).toEqual(["KAN", "Kolmogorov-Arnold", "spline"]);
  });
});

describe("phrase keys", () => {
  const acronyms = new Map([
    ["RL", "reinforcement learning"],
    ["LSTM", "long short-term memory"],
  ]);

  it("spell an acronym out inside a phrase, so a phrase and its acronym are one", () => {
    expect(phraseKey("agentic RL", acronyms)).toBe(phraseKey("Agentic Reinforcement Learning"));
    expect(repeats("agentic reinforcement learning", "agentic RL", acronyms)).toBe(true);
    expect(repeats("LSTM", "long short-term memory", acronyms)).toBe(true);
    expect(distinctPhrases(["agentic reinforcement learning", "agentic RL", "tool use"], 3, acronyms)).toEqual(["agentic reinforcement learning", "tool use"]);
    // Case matters for an acronym: "rl" is no acronym.
    expect(phraseKey("agentic rl", acronyms)).toBe("agentic rl");
    expect(repeats("hyper-parameters", "hyperparameters")).toBe(true);
  });

  it("tell phrases that share a word, the same head or its opposite", () => {
    expect(shareWords("deep research agents", "deep research systems")).toBe(true);
    expect(shareWords("multi-agent", "single-agent")).toBe(true);
    expect(shareWords("agentic AI", "agentic scenarios")).toBe(true);
    expect(shareWords("agentic RL", "reinforcement learning", acronyms)).toBe(true);
    expect(shareWords("computer-use agents", "OSWorld")).toBe(false);
    expect(shareWords("mixture of experts", "routing")).toBe(false);
  });
});
