import { describe, expect, it } from "vitest";
import { paperClaims } from "../../src/lib/model/claims.ts";
import { contributionFeatures, FEATURES } from "../../src/lib/model/contribution-ranker.ts";
import { CONTRIBUTION_WEIGHTS } from "../../src/lib/model/contribution-weights.ts";
import { rankerAccuracy, rankScores, trainRanker, type RankingExample } from "../../src/lib/model/ranker-training.ts";
import { sectionsOf, withoutSectionLabel } from "../../src/lib/model/section-labels.ts";
import { contributionExamples, TRAINING, tuningSets } from "../../scripts/lib/contribution-training.ts";
import { ruleEvidence } from "../../src/lib/model/contribution.ts";
import { sentences } from "../../src/lib/model/sentences.ts";

const NO_RULES = { score: undefined, spoken: 0, labelled: 0, leansBack: false };

describe("section labels", () => {
  it("carries a structured abstract's labels forward, a label alone included, and reads no label in 'Results show'", () => {
    expect(sectionsOf(["PURPOSE.", "To determine rates.", "METHODS.", "A cohort was followed.", "Children were seen.", "CONCLUSIONS. Rates are high."])).toEqual([
      "aim",
      "aim",
      "methods",
      "methods",
      "methods",
      "conclusion",
    ]);
    expect(sectionsOf(["Background: X is common.", "Methods: We counted.", "Results show Y."])).toEqual(["background", "methods", "methods"]);
    // One kind of label is no structure: "Results show …" opens an ordinary sentence.
    expect(sectionsOf(["We propose X.", "Results show that X is fast."])).toEqual([undefined, undefined]);
    expect(withoutSectionLabel("Objective: To assess X.")).toBe("To assess X.");
    expect(withoutSectionLabel("MethodsUsing X, we …")).toBe("Using X, we …");
    expect(withoutSectionLabel("Results show X.")).toBe("Results show X.");
  });
});

describe("the contribution ranker", () => {
  it("reads which sentences lean on the one before: not the paper named with its kind, not a placeholder 'it'", () => {
    const leaning = (abstract: string) => ruleEvidence(sentences(abstract)).map((rule) => rule.leansBack);
    expect(leaning("Arrays are noisy. This approach fixes it. This cross-sectional study aims to examine intake. This essay considers kinship.")).toEqual([false, true, false, false]);
    expect(leaning("Arrays are noisy. It is hypothesized that hybrid arrays improve the SNR. It improves the SNR.")).toEqual([false, false, true]);
  });

  it("knows where a sentence stands among its abstract's: the first to propose, the first the rules hear, its rank in title words", () => {
    const all = sentences("Arrays are noisy. We study arrays. We propose HyArray, a hybrid array. We also propose a second array.");
    const rows = contributionFeatures(all.map((sentence) => sentence.text), "HyArray: Hybrid Arrays", ruleEvidence(all, "HyArray: Hybrid Arrays"));
    const column = (name: string) => rows.map((row) => row[FEATURES.findIndex((feature) => feature.name === name)]);
    expect(column("firstToPropose")).toEqual([0, 0, 1, 0]);
    expect(column("firstHeard")).toEqual([0, 1, 0, 0]);
    expect(column("titleShareRank")![2]).toBe(1);
    expect(column("titleShareRank")![0]).toBeLessThan(1);
    // Background that tells the field's history: "Previously, …", "In 2006, …".
    expect(column("opensAsBackground")).toEqual([0, 0, 0, 0]);
    const history = sentences("Previously, arrays were studied. In 2006, two campaigns were launched. We propose HyArray.");
    const historyRows = contributionFeatures(history.map((sentence) => sentence.text), "HyArray", ruleEvidence(history, "HyArray"));
    expect(historyRows.map((row) => row[FEATURES.findIndex((feature) => feature.name === "opensAsBackground")])).toEqual([1, 1, 0]);
    // The ground the paper stands on, and the question before the answer.
    const ground = sentences("We build on NeRF, which models a scene. We study the problem of running MoE models on consumer hardware. We propose HyArray.");
    const groundRows = contributionFeatures(ground.map((sentence) => sentence.text), "HyArray", ruleEvidence(ground, "HyArray"));
    expect(groundRows.map((row) => row[FEATURES.findIndex((feature) => feature.name === "buildsOn")])).toEqual([1, 0, 0]);
    expect(groundRows.map((row) => row[FEATURES.findIndex((feature) => feature.name === "posesTheQuestion")])).toEqual([0, 1, 0]);
  });

  it("has one weight per feature", () => {
    expect(CONTRIBUTION_WEIGHTS).toHaveLength(FEATURES.length);
    expect(new Set(FEATURES.map((feature) => feature.name)).size).toBe(FEATURES.length);
  });

  it("reads the title's words, the place and the section of each sentence", () => {
    const texts = ["Background: Myopia is common.", "Objective: To determine the incidence of myopia in children.", "Results: Incidence was 47.7%."];
    const rows = contributionFeatures(texts, "Incidence of myopia in children", texts.map(() => NO_RULES));
    const value = (row: number, name: string) => rows[row]![FEATURES.findIndex((feature) => feature.name === name)];
    expect(value(1, "mostOfTitle")).toBe(1);
    expect(value(1, "inAim")).toBe(1);
    expect(value(1, "aimInfinitive")).toBe(1);
    expect(value(2, "inResults")).toBe(1);
    expect(value(2, "percent")).toBe(1);
    expect(value(0, "first")).toBe(1);
    expect(value(2, "position")).toBe(1);
    expect(rankScores(rows, CONTRIBUTION_WEIGHTS).indexOf(Math.max(...rankScores(rows, CONTRIBUTION_WEIGHTS)))).toBe(1);
  });

  it("chooses an aim or a study's own sentence over method detail where the rules alone chose a method sentence (tune-x, tune-v)", () => {
    // The rules alone chose "A prospective cohort study … was conducted …" and "Blood samples … were studied …".
    const myopia =
      "PURPOSE. To determine the incidence and progression rates of myopia in young Singaporean children. METHODS. A prospective cohort study, the Singapore Cohort Study of the Risk Factors for Myopia (SCORM), was conducted in two schools in Singapore (1999-2002). Children aged 7 to 9 years (n = 981) were followed up over a 3-year period. Cycloplegic autorefraction and biometry parameter measures were performed annually, according to the same protocol. RESULTS. The 3-year cumulative incidence rates were 47.7% (95% confidence interval [CI]: 42.2-53.3), 38.4% (95% CI: 31.4-45.4), and 32.4% (95% CI: 21.8-43.1) for 7-, 8-, and 9-year-old children, respectively. CONCLUSIONS. Both the incidence and progression rates of myopia are high in Singaporean children.";
    const claims = paperClaims(myopia, "Incidence and progression of myopia in Singaporean school children");
    expect(claims.contribution?.sentence.text).toMatch(/^To determine the incidence|^CONCLUSIONS\. Both the incidence/);
    expect(claims.contribution?.voiceAt).toBe(4);
    const brucellosis =
      "This study was conducted to determine the seroprevalence of human brucellosis and identify the potential risk factors in a rural area of Western Anatolia, Turkey. A simple random-sampling method was used for identifying 1,052 subjects for the study. Blood samples, collected from all the subjects, were studied following the methods of Rose Bengal slide agglutination and standard tube agglutination tests. One thousand and one samples (95.2%) were seronegative, and 51 (4.8%) were seropositive. It is concluded that pasteurization of milk and dairy products and education regarding eating habits must be pursued for eradication of human brucellosis from rural areas. The findings of the study suggest that human brucellosis is still an important public-health problem in the western Anatolia region of Turkey, especially in rural areas.";
    expect(paperClaims(brucellosis, "Seroprevalence of human brucellosis in a rural area of Western Anatolia, Turkey").summary).toMatch(/^This study was conducted to determine|^The findings of the study suggest/);
  });
});

describe("where the paper's voice begins", () => {
  it("is the rules' choice, or the ranker's where it chose an earlier sentence the rules also heard: results after it are the paper's (tune-ab)", () => {
    const stocks =
      "A debate about whether firms with superior customer satisfaction earn superior stock returns has been persistent in the literature. Using 15 years of audited returns, the authors find convincing empirical evidence that stock returns on customer satisfaction do beat the market. The recorded cumulative returns were 518% over the years studied (2000–2014), compared with a 31% increase for the S&P 500. In addition, the authors examine the effect of stock returns from earnings on stock returns from customer satisfaction. The authors provide reasons why irregularities may occur from time to time.";
    const claims = paperClaims(stocks, "Stock Returns on Customer Satisfaction Do Beat the Market");
    expect(claims.contribution?.sentence.number).toBe(2);
    expect(claims.contribution?.voiceAt).toBe(2);
    expect(claims.results.map((result) => result.figure)).toContain("518%");
  });
});

describe("training the ranker", () => {
  // Feature 0 marks the accepted item; feature 1 is noise that favours the wrong one half the time.
  const groups: RankingExample[] = Array.from({ length: 40 }, (_, g) => ({
    features: [
      [1, g % 2],
      [0, 1 - (g % 2)],
      [0, 0.5],
    ],
    accepted: [true, false, false],
  }));

  it("learns the feature that marks the accepted item, and always the same weights", () => {
    const weights = trainRanker(groups, 2, { iterations: 200, learningRate: 1, l2: 0.001 });
    expect(weights[0]).toBeGreaterThan(1);
    expect(Math.abs(weights[1]!)).toBeLessThan(0.5);
    expect(rankerAccuracy(groups, weights)).toBe(1);
    expect(trainRanker(groups, 2, { iterations: 200, learningRate: 1, l2: 0.001 })).toEqual(weights);
    // A group nobody accepted anything in teaches nothing.
    expect(trainRanker([{ features: [[1, 0]], accepted: [false] }], 2, { iterations: 10, learningRate: 1, l2: 0 })).toEqual([0, 0]);
  });

  it("gave the committed weights: training on the tuning sets' labels reproduces contribution-weights.ts (else run npm run train:contribution)", async () => {
    const examples = (await contributionExamples(tuningSets())).map(({ example }) => example);
    const weights = trainRanker(examples, FEATURES.length, TRAINING);
    // The committed weights are rounded to three places.
    for (const [i, weight] of weights.entries()) expect(Math.abs(weight - CONTRIBUTION_WEIGHTS[i]!), FEATURES[i]!.name).toBeLessThan(0.0015);
  }, 60_000);
});
