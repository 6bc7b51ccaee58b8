import { describe, expect, it } from "vitest";
import { distinctPhrases } from "../../src/lib/model/phrase-keys.ts";
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
