import { describe, expect, it } from "vitest";
import { metricMatches, numbersOf, parseLabels, rowMatches, sameSentence, scoreClaims, standsAlone } from "../../scripts/lib/evaluate-claims.ts";

// The judge behind `npm run eval:claims`: if it is wrong, every figure it prints is.
describe("the claims judge", () => {
  it("reads a value's figures, without its uncertainty", () => {
    expect(numbersOf("20.0% to 50.0%")).toEqual([20, 50]);
    expect(numbersOf("1,024x")).toEqual([1024]);
    expect(numbersOf("0.910 ± 0.008")).toEqual([0.91]);
    expect(numbersOf("0.940 +/- .018")).toEqual([0.94]);
    expect(numbersOf("−3.1 (−4.8 to 0.3)")).toEqual([3.1]);
    expect(numbersOf("0.72(0.04)")).toEqual([0.72]);
    expect(numbersOf("three orders of magnitude")).toEqual([3]);
    expect(numbersOf("an order-of-magnitude")).toEqual([1]);
    expect(numbersOf("state of the art")).toEqual([]);
    expect(numbersOf("0·79–0·86")).toEqual([0.79, 0.86]);
    expect(numbersOf("74.34 W/m2")).toEqual([74.34]);
    // A unit's exponents are not figures.
    expect(numbersOf("0.23 ± 0.03 W m−1 K−1")).toEqual([0.23]);
    expect(numbersOf("0.07 eVatom-1")).toEqual([0.07]);
    expect(numbersOf("120.10 ± 9.23 mg AE g–1")).toEqual([120.1]);
    expect(numbersOf("4392 kg ha− 1")).toEqual([4392]);
    expect(numbersOf("48.4 per 100 child-years")).toEqual([48.4]);
    expect(numbersOf("0.5-1.0")).toEqual([0.5, 1]);
    expect(numbersOf(".75")).toEqual([0.75]);
  });

  it("matches a metric by its words, but never on generic words alone", () => {
    expect(metricMatches("top-1 accuracy", ["accuracy"])).toBe(true);
    expect(metricMatches("Speedups", ["faster"])).toBe(true);
    expect(metricMatches("accuracy", ["accurate"])).toBe(true);
    expect(metricMatches("frames per second", ["frame rate", "FPS"])).toBe(true);
    expect(metricMatches("FPS", ["rendering frame rate"])).toBe(true);
    expect(metricMatches("performance", ["model performance", "accuracy"])).toBe(false);
    expect(metricMatches("maximum relative improvement", ["relative improvement"])).toBe(false);
    expect(metricMatches("improvement", ["improvement"])).toBe(true);
    expect(metricMatches("FID", ["IS", "Inception Score"])).toBe(false);
    expect(metricMatches("R 2", ["R2"])).toBe(true);
    expect(metricMatches("quantum efficiencies", ["quantum efficiency"])).toBe(true);
    expect(metricMatches("adjusted HRs", ["adjusted hazard ratio", "HR"])).toBe(true);
    expect(metricMatches("c-indices", ["c-index"])).toBe(true);
  });

  it("takes a row as right when its last figure and its metric agree", () => {
    const label = { value: "20.0% to 50.0%", metric: ["performance", "resolve rate"], on: "SWE-bench", sentence: "" };
    expect(rowMatches({ value: "50.0%", metric: "resolve rate", on: "" }, label)).toBe(true);
    expect(rowMatches({ value: "20.0%", metric: "resolve rate", on: "" }, label)).toBe(false);
    expect(rowMatches({ value: "50.0%", metric: "accuracy", on: "" }, label)).toBe(false);
  });

  it("judges standing alone more broadly than the site trims", () => {
    expect(standsAlone("We propose X.")).toBe(true);
    expect(standsAlone("This paper proposes X.")).toBe(true);
    expect(standsAlone("This meta-analysis evaluated X.")).toBe(true);
    expect(standsAlone("This investigation is aimed at studying the influence of drying temperature on thyme leaves.")).toBe(true);
    expect(standsAlone("This approach outperforms X.")).toBe(false);
    expect(standsAlone("This in vitro study evaluated the influence of two devices on bond strength.")).toBe(true);
    expect(standsAlone("This 52-wk randomized, open-label, treat-to-target trial compared IDeg to IGlar.")).toBe(true);
    expect(standsAlone("It was established by 30 open-ended interviews that patients experience much anxiety.")).toBe(true);
    expect(standsAlone("It was shown to be faster than the methods that use caching.")).toBe(false);
    // The paper named with its kind still points at itself; a verb's object is not its kind.
    expect(standsAlone("This multicenter study aimed to identify risk factors.")).toBe(true);
    expect(standsAlone("This cross-sectional study aims to examine intake.")).toBe(true);
    expect(standsAlone("This approach outperforms the study of X.")).toBe(false);
    expect(standsAlone("This essay considers kinship in the contexts of migration.")).toBe(true);
    expect(standsAlone("It is hypothesized that hybrid arrays improve the SNR.")).toBe(true);
    expect(standsAlone("It improves the SNR.")).toBe(false);
    // "Instead of X, we …" sets the paper against X; "Instead, we …" answers a sentence before.
    expect(standsAlone("Instead of fine-tuning SAM, we propose X.")).toBe(true);
    expect(standsAlone("Instead, we propose X.")).toBe(false);
    expect(standsAlone("Thus, we propose X.")).toBe(false);
    expect(standsAlone("We propose X to address this data scarcity.")).toBe(false);
  });

  it("scores a labelled paper and lists what it got wrong", () => {
    const labels = parseLabels(
      JSON.stringify({
        title: "T",
        contribution: ["We propose XNet, a network."],
        results: [
          { value: "93%", metric: ["accuracy"], on: "", sentence: "" },
          { value: "2x", metric: ["speed"], on: "", sentence: "" },
        ],
      }),
      "labels.jsonl",
    );
    const mistakes: Parameters<typeof scoreClaims>[2] = [];
    const scores = scoreClaims(
      labels,
      () => ({ source: "We propose XNet, a network!", shown: "We propose XNet, a network!", results: [{ value: "93%", metric: "accuracy", on: "" }, { value: "35M", metric: "parameters", on: "" }] }),
      mistakes,
    );
    expect(scores).toMatchObject({ papers: 1, acceptable: 1, standsAlone: 1, rowsShown: 2, rowsRight: 1, labelledResults: 2, resultsFound: 1 });
    expect(mistakes.map((mistake) => mistake.kind).sort()).toEqual(["missed result", "wrong row"]);
    expect(sameSentence("We propose $X$-Net [3].", "We propose X-Net.")).toBe(true);
    expect(() => parseLabels("{not json", "labels.jsonl")).toThrow(/labels\.jsonl:1/);
  });
});
