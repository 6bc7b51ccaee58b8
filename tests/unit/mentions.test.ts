import { describe, expect, it } from "vitest";
import { abstractNames, acronymDefinitions, findMentions, titleName } from "../../src/lib/model/mentions.ts";

const lower = new Set(["scaling", "networks", "mixer"]);

describe("names learned from the collection", () => {
  it("takes a coined name from the start of a title", () => {
    expect(titleName("MLP-Mixer: An all-MLP Architecture for Vision", lower)).toBe("MLP-Mixer");
    expect(titleName("KAN: Kolmogorov-Arnold Networks", lower)).toBe("KAN");
    expect(titleName("TalkNet 2: Non-Autoregressive Speech Synthesis", lower)).toBe("TalkNet 2");
    expect(titleName("Adam: A Method for Stochastic Optimization", lower)).toBe("Adam");
    expect(titleName("Scaling: a study", lower)).toBeNull();
    expect(titleName("KAN or MLP: A Fairer Comparison", lower)).toBeNull();
    expect(titleName("One Model, Many Languages: Meta-learning", lower)).toBeNull();
  });

  it("takes the name after 'we propose', preferring an acronym defined there", () => {
    expect(abstractNames("In this paper we propose FastSpeech, a feed-forward network.", lower)).toEqual(["FastSpeech"]);
    expect(abstractNames("We propose Kolmogorov-Arnold Networks (KANs) as alternatives to MLPs.", lower)).toEqual(["KAN"]);
    expect(abstractNames("We propose a simple method. It works.", lower)).toEqual([]);
  });

  it("reads acronym definitions whose letters are the words' initials", () => {
    expect(acronymDefinitions("we study Kolmogorov-Arnold Networks (KANs) and text-to-speech (TTS) with a Mixture-of-Experts (MoE).")).toEqual([
      { short: "KAN", long: "Kolmogorov-Arnold Networks" },
      { short: "TTS", long: "text-to-speech" },
      { short: "MoE", long: "Mixture-of-Experts" },
    ]);
    expect(acronymDefinitions("results on the benchmark (ImageNet) are good")).toEqual([]);
  });
});

describe("findMentions", () => {
  const papers = [
    { title: "MLP-Mixer: An all-MLP Architecture for Vision", abstract: "We present MLP-Mixer, an architecture based exclusively on multi-layer perceptrons (MLPs)." },
    { title: "RaftMLP: Less Spatial Locality", abstract: "MLP-Mixer is a simple architecture. We improve MLP-Mixer with raft token mixing." },
    { title: "Sparse Mixers", abstract: "Unlike the MLP, KAN models, our mixers are sparse; we compare with RaftMLP." },
  ];

  it("links a paper to the papers whose names its abstract uses, both ways", () => {
    const { mentions, names } = findMentions(papers);
    expect(names).toEqual(["MLP-Mixer", "RaftMLP", null]);
    expect(mentions).toEqual([[], [{ index: 0, name: "MLP-Mixer" }], [{ index: 1, name: "RaftMLP" }]]);
  });

  it("keeps the acronyms the collection defines", () => {
    expect(findMentions(papers).acronyms.get("MLP")).toBe("multi-layer perceptrons");
  });
});
