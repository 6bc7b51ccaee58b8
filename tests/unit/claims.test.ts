import { describe, expect, it } from "vitest";
import { abstractParts, contributionSentence, keyResults, sentences, summarySentence } from "../../src/lib/model/claims.ts";

const FASTSPEECH =
  "Neural text to speech (TTS) models generate mel-spectrograms autoregressively. In this work, we propose FastSpeech, a feed-forward network. Experiments on the LJSpeech dataset show that our model speeds up mel-spectrogram generation by 270x. It was first released in 2019.";

describe("sentences", () => {
  it("numbers sentences from 1 and keeps their offsets into the abstract", () => {
    const all = sentences(FASTSPEECH);
    expect(all.map((sentence) => sentence.number)).toEqual([1, 2, 3, 4]);
    for (const sentence of all) expect(FASTSPEECH.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("has no sentences for an empty abstract", () => {
    expect(sentences("")).toEqual([]);
  });
});

describe("contributionSentence", () => {
  it("finds the sentence that says what the paper does", () => {
    expect(contributionSentence(FASTSPEECH)?.number).toBe(2);
    expect(contributionSentence("Background here. This paper introduces Xnet. We show it works.")?.text).toBe("This paper introduces Xnet.");
  });

  it("prefers proposing over showing, whatever the order", () => {
    expect(contributionSentence("We show that A holds. We propose B.")?.text).toBe("We propose B.");
  });

  it("falls back to weaker phrasings, then to nothing", () => {
    expect(contributionSentence("Models are big. A new sampler is proposed for them.")?.number).toBe(2);
    expect(contributionSentence("The sky is blue. Grass is green.")).toBeUndefined();
    expect(contributionSentence("Models are big. Here, a new sampler helps.")?.number).toBe(2);
    expect(contributionSentence("Models are big. Files for the results reported here are available.")).toBeUndefined();
  });

  it("skips questions", () => {
    expect(contributionSentence("Can we propose better models? We introduce Y.")?.text).toBe("We introduce Y.");
  });
});

describe("summarySentence", () => {
  it("is the contribution, else the first sentence, clipped", () => {
    expect(summarySentence(FASTSPEECH)).toBe("In this work, we propose FastSpeech, a feed-forward network.");
    expect(summarySentence("The sky is blue. Grass is green.")).toBe("The sky is blue.");
    expect(summarySentence(`We propose ${"x".repeat(400)}.`, 50)).toHaveLength(50);
    expect(summarySentence("")).toBe("");
  });
});

describe("keyResults", () => {
  it("takes sentences with figures, with what they measure and on what", () => {
    expect(keyResults(FASTSPEECH)).toEqual([
      { sentence: 3, text: expect.stringContaining("270x"), figure: "270x", measured: "speed", on: "LJSpeech" },
    ]);
  });

  it("reads percentages, LaTeX percentages, factors and scores", () => {
    const [first] = keyResults("Strip-MLP models achieve higher Top-1 accuracy by +2.44\\% on Caltech-101.");
    expect(first).toMatchObject({ figure: "+2.44%", measured: "top-1 accuracy", on: "Caltech-101" });
    expect(keyResults("Our model achieves a mean opinion score (MOS) of 4.53 on VCTK.")[0]).toMatchObject({ figure: "4.53", measured: "MOS", on: "VCTK" });
    expect(keyResults("It generates samples 13.4 times faster than real-time on CPU.")[0]).toMatchObject({ figure: "13.4 times", measured: "speed", on: "CPU" });
    expect(keyResults("MoEfication uses 10% to 30% of FFN parameters.")[0]!.figure).toBe("10% to 30%");
  });

  it("ignores years, names with numbers, enumerations and settings", () => {
    expect(keyResults("Since its inception in 1995, LSTM has been studied.")).toEqual([]);
    expect(keyResults("We evaluate GPT-4, Llama3-8B and ResNet-50 on CIFAR-10 in 3D.")).toEqual([]);
    expect(keyResults("We find that (1) depth helps and (2) width helps.")).toEqual([]);
    expect(keyResults("We model waveforms at 44.1 kHz.")).toEqual([]);
    expect(keyResults("We use high-dimensional Wav2Vec 2.0 embeddings.")).toEqual([]);
  });

  it("counts a bare size only when the sentence is about being small", () => {
    expect(keyResults("We evaluate models at the scale of 125M to 1.3B parameters.")).toEqual([]);
    expect(keyResults("With only 1.91M parameters, our model reduces the computation.")[0]!.figure).toBe("1.91M");
  });

  it("leaves out what it cannot find", () => {
    expect(keyResults("TSMixer outperforms other models in forecasting by 8-60%.")[0]).toMatchObject({ figure: "8-60%", on: "" });
  });
});

describe("abstractParts", () => {
  it("joins back into the abstract, with the claims marked", () => {
    const parts = abstractParts(`  ${FASTSPEECH}  `);
    expect(parts.map((part) => part.text).join("")).toBe(`  ${FASTSPEECH}  `);
    expect(parts.filter((part) => part.claim).map((part) => [part.sentence, part.claim])).toEqual([
      [2, "contribution"],
      [3, "result"],
    ]);
  });

  it("keeps hostile text as text", () => {
    const text = "<script>alert(1)</script> — We propose {x}. It improves accuracy by 4.2% over `code`.";
    expect(abstractParts(text).map((part) => part.text).join("")).toBe(text);
  });
});
