import { describe, expect, it } from "vitest";
import { abstractParts, contributionSentence, keyResults, paperClaims, sentences, summarySentence } from "../../src/lib/model/claims.ts";
import { ruleEvidence, rulesChoice, shownForm } from "../../src/lib/model/contribution.ts";
import { comparatorsOf } from "../../src/lib/model/results.ts";
import { contentWords } from "../../src/lib/model/contribution-ranker.ts";

/**
 * The sentence the rules alone choose (contribution.ts), undefined when none speaks in words they
 * know. The short abstracts below test the rules' reading of phrasings; the ranker that weighs
 * the rules with place, section and title words is tested on whole abstracts (contribution-ranker.test.ts).
 */
function rulesSentence(abstract: string, title = "") {
  const all = sentences(abstract);
  const best = rulesChoice(ruleEvidence(all, title));
  return best === undefined ? undefined : all[best];
}

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

  it("ends a sentence at a list's 'etc.' before a capitalised word and before a name that opens lowercase, not at 'e.g.' or 'et al.'", () => {
    expect(sentences("It removes phenols, color etc. Practically, age of leachate matters.").map((sentence) => sentence.text)).toEqual([
      "It removes phenols, color etc.",
      "Practically, age of leachate matters.",
    ]);
    expect(sentences("Tasks (e.g. Translation) and work by Smith et al. Recently shown.").length).toBe(1);
    expect(sentences("We study linear attention. cosFormer achieves 2x. See e.g. mBERT.").map((sentence) => sentence.text)).toEqual([
      "We study linear attention.",
      "cosFormer achieves 2x.",
      "See e.g. mBERT.",
    ]);
  });

  it("goes on past a name that asks when its short form follows ('What's In My Big Data? (WIMBD), a platform'), and ends at a question otherwise", () => {
    expect(sentences("We propose What's In My Big Data? (WIMBD), a platform for corpora. It scales.").map((sentence) => sentence.text)).toEqual([
      "We propose What's In My Big Data? (WIMBD), a platform for corpora.",
      "It scales.",
    ]);
    expect(sentences("Can models count? (A) We test this. They can.").map((sentence) => sentence.text)).toEqual(["Can models count?", "(A) We test this.", "They can."]);
  });
});

describe("contributionSentence", () => {
  it("finds the sentence that says what the paper does", () => {
    expect(contributionSentence(FASTSPEECH)?.number).toBe(2);
    expect(contributionSentence("Background here. This paper introduces Xnet. We show it works.")?.text).toBe("This paper introduces Xnet.");
  });

  it("reads an enumerated proposal and 'we explain' as the paper's voice", () => {
    expect(contributionSentence("Grouped attention is popular. We (1) propose a recipe for uptraining checkpoints, and (2) introduce grouped-query attention. Uptrained models are fast.")?.text).toMatch(/^We \(1\) propose/);
    expect(contributionSentence("Two scaling laws disagree. We explain the discrepancy by reproducing the first law on two datasets. We find that warmup matters.")?.text).toMatch(/^We explain/);
  });

  it("reads 'The main contribution of this paper is …', 'In this contribution …' and 'The authors conduct …' as the paper's voice", () => {
    expect(rulesSentence("Matrix multiplication is central. We recall the laser method. The main contribution of this paper is a new variant of the laser method. We obtain ω ≤ 2.371552.")?.number).toBe(3);
    expect(rulesSentence("Imaging is fast. Speeds have grown. In this contribution the limits of time-domain detection are discussed.")?.number).toBe(3);
    expect(rulesSentence("Advertising matters. The authors conduct a meta-analysis of 751 advertising elasticities.")?.number).toBe(2);
  });

  it("prefers proposing over showing, whatever the order", () => {
    expect(rulesSentence("We show that A holds. We propose B.")?.text).toBe("We propose B.");
  });

  it("falls back to weaker phrasings, then to nothing the rules know", () => {
    expect(rulesSentence("Models are big. A new sampler is proposed for them.")?.number).toBe(2);
    expect(rulesSentence("The sky is blue. Grass is green.")).toBeUndefined();
    expect(rulesSentence("Models are big. Here, a new sampler helps.")?.number).toBe(2);
    expect(rulesSentence("Models are big. Files for the results reported here are available.")).toBeUndefined();
  });

  it("skips questions", () => {
    expect(contributionSentence("Can we propose better models? We introduce Y.")?.text).toBe("We introduce Y.");
  });
});

describe("summarySentence", () => {
  it("is the contribution as shown, else the first sentence, clipped", () => {
    expect(summarySentence(FASTSPEECH)).toBe("We propose FastSpeech, a feed-forward network.");
    expect(summarySentence("The sky is blue. Grass is green.")).toBe("The sky is blue.");
    expect(summarySentence(`We propose ${"x".repeat(400)}.`, 50)).toHaveLength(50);
    expect(summarySentence("")).toBe("");
  });
});

describe("the contribution a list shows (issue 12)", () => {
  // The rules' choice as a list shows it (see rulesChoice).
  const shown = (abstract: string, title = "") => {
    const chosen = rulesSentence(abstract, title);
    return chosen ? shownForm(chosen.text) : "";
  };

  it("shows a sentence that answers an earlier problem as what the paper does ('We address these limitations by utilizing X' → 'We utilize X')", () => {
    expect(shownForm("We address these limitations by re-deriving modern selective state-space techniques.")).toBe("We re-derive modern selective state-space techniques.");
    // An address is a link in the abstract; in a list it is noise ("… controller https://github.com/… that uses …").
    expect(shownForm("We introduce a parkour controller https://github.com/lab/mppc that plans paths in real time https://www.youtube.com/watch?v=x-1.")).toBe("We introduce a parkour controller that plans paths in real time.");
    expect(shownForm("We release Foo (https://foo.example.org/a_b), a benchmark.")).toBe("We release Foo, a benchmark.");
    expect(shownForm("We release the code (available at https://github.com/a/b).")).toBe("We release the code.");
    expect(shownForm("We propose X (code: https://x.io/y), a method that works.")).toBe("We propose X, a method that works.");
    expect(shownForm("Code is available at https://x.io.")).toBe("Code is available.");
    // Only before a name or "a"/"an" is the means what the paper brings in.
    expect(shownForm("We address these issues with careful analysis of the data.")).toBe("We address these issues with careful analysis of the data.");
    expect(shownForm("This paper aims to address this issue with careful analysis of the data.")).not.toMatch(/introduces/);
    expect(shownForm("We address these limitations by utilizing a two-stage coarse-to-fine optimization framework.")).toBe("We utilize a two-stage coarse-to-fine optimization framework.");
    expect(shownForm("We bridge this gap by presenting an explanation for how GPT-2 small performs a task.")).toBe("We present an explanation for how GPT-2 small performs a task.");
    expect(shownForm("We propose to bridge this gap with synthetic continued pretraining: using a small corpus to synthesize a large one.")).toBe("We propose synthetic continued pretraining: using a small corpus to synthesize a large one.");
    expect(shownForm("We address this challenge, and propose GPTQ, a new one-shot weight quantization method.")).toBe("We propose GPTQ, a new one-shot weight quantization method.");
    expect(shownForm("We address this portrait animation trilemma (speed, 3D consistency, and expressiveness) and propose a pipeline that converts an image.")).toBe("We propose a pipeline that converts an image.");
    expect(shownForm("We propose a novel acceleration framework, namely PPT, to adaptively tackle these two types of redundancy in different layers.")).toBe("We propose a novel acceleration framework, namely PPT.");
    expect(shownForm("As a result of this exploration, we introduce SWE-agent: a system that solves tasks.")).toBe("We introduce SWE-agent: a system that solves tasks.");
    expect(shownForm("In our paper, we address these questions using a unique dataset from a retailer.")).toBe("We use a unique dataset from a retailer.");
    expect(shownForm("We study how to bridge this gap and go beyond with a novel CNN-RNN-transducer architecture, which we call ContextNet.")).toBe("We introduce a novel CNN-RNN-transducer architecture, which we call ContextNet.");
    expect(shownForm("In an attempt to bridge this gap between theory and practice, we present a scalable second-order method.")).toBe("We present a scalable second-order method.");
    expect(shownForm("We aim to fill this gap: By analyzing 15 million mutants, we investigate how mutants influenced developers.")).toBe("By analyzing 15 million mutants, we investigate how mutants influenced developers.");
    expect(shownForm("We aim to fill this gap: by analyzing 15 million mutants, we investigate how mutants influenced developers.")).toBe("By analyzing 15 million mutants, we investigate how mutants influenced developers.");
    expect(shownForm("https://a.b/ We propose a study.")).toBe("We propose a study.");
    expect(shownForm("In this paper, we follow a similar approach and develop robot parkour on a small, low-cost robot.")).toBe("We develop robot parkour on a small, low-cost robot.");
    expect(shownForm("This paper aims to address this issue for Mandarin Chinese in the form of CMMLU, a comprehensive Chinese benchmark.")).toBe("This paper introduces CMMLU, a comprehensive Chinese benchmark.");
    expect(shownForm("In this paper, we aim to alleviate this issue by proposing and making publicly available the XTTS system.")).toBe("We propose and make publicly available the XTTS system.");
    expect(shownForm("We address this question by looking at the entry of Fox News in cable markets.")).toBe("We look at the entry of Fox News in cable markets.");
    expect(shownForm("We propose a novel approach to address these limitations in existing text-to-image diffusion models.")).toBe("We propose a novel approach to address the limitations in existing text-to-image diffusion models.");
  });

  it("drops an opener that points back and re-capitalises", () => {
    expect(shown("Models forget. To address this issue, we propose Recall, a replay buffer.")).toBe("We propose Recall, a replay buffer.");
    expect(shown("Data is scarce. Thus, we propose SynthX, a generator of training data.")).toBe("We propose SynthX, a generator of training data.");
    expect(shown("Search is slow. To this end, we introduce FastSearch.")).toBe("We introduce FastSearch.");
    expect(shown("X is hard. To help overcome such limitations in the context of brain MRI, we present NeuroSynth.")).toBe("We present NeuroSynth.");
    expect(shown("Splines are slow. We solve this issue by proposing MatrixKAN, a parallel algorithm.")).toBe("We propose MatrixKAN, a parallel algorithm.");
  });

  it("prefers a sentence that names the title's method over one that leans on the sentence before", () => {
    const abstract =
      "Singing voice synthesis lacks data. This study proposes a new approach to address this data scarcity. Our development of two extensive corpora, ACE-Opencpop and KiSing-v2, facilitates multi-singer synthesis.";
    expect(shown(abstract, "Singing Voice Data Scaling-up: An Introduction to ACE-Opencpop and KiSing-v2")).toMatch(/^Our development of two extensive corpora/);
  });

  it("never lets a side finding win over the main claim", () => {
    const kan =
      "This paper does not introduce a novel method. Instead, it offers a fairer and more comprehensive comparison of KAN and MLP models across various tasks. Specifically, we control the number of parameters and FLOPs. Our main observation is that MLP generally outperforms KAN. Furthermore, we find that KAN's forgetting issue is more severe than that of MLP in a standard class-incremental continual learning setting.";
    expect(shown(kan, "KAN or MLP: A Fairer Comparison")).not.toMatch(/forgetting/);
  });

  it("does not take a relative clause or a results report for the contribution", () => {
    const abstract =
      "LLMs can generate data. This work shows that useful data can be synthetically generated even for tasks the LLM cannot solve. The models we introduce, SynthIE, outperform existing baselines by 57 points in micro F1.";
    expect(shown(abstract)).toMatch(/^This work shows/);
  });

  it("prefers the approach to its evaluation, its results report or earlier work", () => {
    // "We evaluate our approach …" reports the experiments, even when it names the method.
    const rbr =
      "RAG helps ODQA. To do so, we propose a ranking-based approach to passage retrieval, where we first rank the candidate passages and then refine their scores with a Graph Attention Network. We evaluate our approach to ODQA, RBR (Ranking-Based Retrieval), on two commonly-used ODQA datasets, Natural Questions and TriviaQA.";
    expect(shown(rbr, "RBR: RAG-Based Open-Domain Question Answering Using a Ranking Approach")).toMatch(/^We propose a ranking-based approach/);
    // A finding with its margin is a results report, even with the title's name in it.
    const raptor =
      "Retrieval is shallow. We introduce the novel approach of recursively embedding, clustering, and summarizing chunks of text, constructing a tree. On question-answering tasks, we show state-of-the-art results; for example, by coupling RAPTOR retrieval with GPT-4, we can improve the best performance on the QuALITY benchmark by 20% in absolute accuracy.";
    expect(shown(raptor, "RAPTOR: Recursive Abstractive Processing for Tree-Organized Retrieval")).toMatch(/^We introduce the novel approach/);
    // "has been proposed recently in the literature" is someone else's; a sentence on "This 'randomized smoothing' technique" leans back.
    const smoothing =
      "We show how to turn any classifier that classifies well under Gaussian noise into a new classifier that is certifiably robust. This \"randomized smoothing\" technique has been proposed recently in the literature, but existing guarantees are loose. We prove a tight robustness guarantee.";
    expect(shown(smoothing, "Certified Adversarial Robustness via Randomized Smoothing")).toMatch(/^We show how to turn/);
    // Designing prompts and conducting experiments is the method of a study, not its contribution.
    const rankers =
      "LLMs are strong. Along this line of research, this work aims to investigate the capacity of LLMs that act as the ranking model for recommender systems. To solve the ranking task by LLMs, we carefully design the prompting template and conduct extensive experiments on two widely-used datasets.";
    expect(shown(rankers)).toMatch(/^Along this line of research, this work aims/);
  });

  it("reads the paper's voice after a participle, 'propose to' as a proposal, and steps as steps", () => {
    expect(shown("01 loss is robust. Motivated by these properties we present 01 loss dual layer networks as a defense. They resist attacks.")).toBe(
      "Motivated by these properties we present 01 loss dual layer networks as a defense.",
    );
    const decompose =
      "RL helps reasoning. To better understand these capabilities, we propose to decompose problem solving into fundamental capabilities: Plan, Execute, and Verify. To explore RL's impact more deeply, we construct a minimal, synthetic solution-tree navigation task.";
    expect(shown(decompose)).toMatch(/^We propose to decompose problem solving/);
    expect(shown("Pipelines are slow. Second, we develop budget forcing to control test-time compute.")).toBe("We develop budget forcing to control test-time compute.");
  });

  it("takes the title's method at work, a study's own voice, and leaves out release notes and definitions of the field", () => {
    const zero =
      "Large-scale model training has been a playing ground for a limited few. ZeRO-Offload changes the large model training landscape by making large model training accessible to nearly everyone. It can train models with over 13 billion parameters on a single GPU.";
    expect(shown(zero, "ZeRO-Offload: Democratizing Billion-Scale Model Training")).toMatch(/^ZeRO-Offload changes/);
    const federated =
      "Federated Learning is a machine learning setting where the goal is to train a centralized model while data remains distributed. In this paper, we propose two ways to reduce the uplink communication costs: structured updates and sketched updates.";
    expect(shown(federated, "Federated Learning: Strategies for Improving Communication Efficiency")).toBe("We propose two ways to reduce the uplink communication costs: structured updates and sketched updates.");
    const elsa = "Sparsity is hard. Elsa tackles this issue directly through ADMM. We propose Elsa, a method that reaches 90% sparsity.";
    expect(shown(elsa, "Elsa: Pushing the Limits of LLM Sparsity")).toMatch(/^We propose Elsa/);
    const meta =
      "Various meta-analysis studies were conducted to investigate ITSs. However, no study examined ITSs in social experiments. To cover this gap, this study conducts a meta-analysis of ITSs examined in social experiments.";
    expect(shown(meta)).toBe("This study conducts a meta-analysis of ITSs examined in social experiments.");
    const linear =
      "Big models dominate. We take the opposite position: most of the gap can be closed by tuning preprocessing. We provide an accompanying interactive online demonstration and the codebase.";
    expect(shown(linear)).toMatch(/^We take the opposite position/);
    expect(shown("Rendering is slow. To address these redundancies, we present 4DGS-1K, which runs at over 1000 FPS. For Q1, we introduce the Spatial-Temporal Variation Score, a new pruning criterion.")).toMatch(/^We present 4DGS-1K/);
    expect(shown("FL frameworks differ. To gain a deeper understanding of how these challenges can be addressed, this article conducts a comparative analysis of three frameworks.")).toBe(
      "This article conducts a comparative analysis of three frameworks.",
    );
  });

  it("does not take 'contributes to the understanding' or an act on 'both traps' for the contribution", () => {
    const skan =
      "KANs vary across tasks. To address this issue, we propose an activation space Selectable KAN (S-KAN). This work contributes to the understanding of the data-centric design of new AI paradigms.";
    expect(shown(skan, "Activation Space Selectable Kolmogorov-Arnold Networks")).toBe("We propose an activation space Selectable KAN (S-KAN).");
    const mirostat =
      "Decoding has traps. We use this analysis to design a feedback-based adaptive top-k text decoding algorithm called mirostat. Mirostat avoids both traps: experiments show that cross-entropy has a near-linear relation with repetition.";
    expect(shown(mirostat, "Mirostat: A Neural Text Decoding Algorithm that Directly Controls Perplexity")).toMatch(/^We use this analysis to design/);
  });

  it("reads a study that never says 'we': its stated purpose, its passive verbs", () => {
    const diabetes =
      "The prevalence of diabetes has been increasing in recent years. The purpose of this study was to compare the efficacy of five different machine-learning models for diabetes prediction. The 1999–2020 NHANES database yielded data on 17,833 individuals.";
    expect(shown(diabetes)).toMatch(/^The purpose of this study was to compare/);
    const cracks =
      "The surface crack of structure is an important sign to evaluate the safety of structure. Traditional inspections are time-consuming. Based on the basic framework of four deep convolution neural networks, their classifiers are reconstructed.";
    expect(shown(cracks)).toMatch(/^Based on the basic framework/);
    // With a "we" in the abstract, a passive sentence is someone else's work.
    const glioma =
      "Segmentation is costly. The best entry in the BraTS GLI 2023 competition was trained on supercomputers. To address this, we apply the Karhunen–Loève Expansion (KLE) as a feature-extraction step.";
    expect(shown(glioma)).toMatch(/^We apply the Karhunen/);
  });

  it("reads the sciences' passive; where no sentence speaks, the ranker picks the one that says what the title says", () => {
    const mgb2 = "MgB2 is a new superconductor. High-pressure resistivity experiments were performed on MgB2. Tc decreases with pressure.";
    expect(shown(mgb2, "Pressure dependence of Tc in the MgB2 superconductor")).toMatch(/^High-pressure resistivity experiments were performed/);
    // No sentence speaks for the paper: the rules are silent and results have no voice to start from.
    const zeolite =
      "Zeolites are widely used catalysts. Needlelike ferrierite zeolite nanoneedles proved much more efficient for the skeletal isomerization of 1-butene than platelike crystals. Acid sites matter.";
    const claims = paperClaims(zeolite, "Synthesis and Catalytic Behavior of Ferrierite Zeolite Nanoneedles");
    expect(claims.summary).toMatch(/^Needlelike ferrierite/);
    expect(claims.contribution?.voiceAt).toBeUndefined();
    // Hyphenated and short words count: "sea-ice" shares "sea" and "ice" with the title.
    expect(contentWords("a significant trend in September sea-ice extent")).toEqual(expect.arrayContaining(["sea", "ice"]));
  });

  it("reads a structured abstract: its objective and conclusion, a label glued to the first word, 'the aim of the study'", () => {
    const trial =
      "Objectives: To assess the effectiveness of home visits in reducing respiratory symptoms at 12 months. Methods: A randomized field trial was conducted with 500 mothers. Results: Symptoms fell. Conclusion: A nutrition education program has a positive impact on respiratory symptoms.";
    expect(shown(trial)).toBe("To assess the effectiveness of home visits in reducing respiratory symptoms at 12 months.");
    // An objective that states the background is no aim.
    expect(shown("Objective: Forecasting tuberculosis is important. In this study, we compared ARIMA and BPNN models. Conclusion: Both models can be used.")).toMatch(/^We compared ARIMA/);
    expect(shown("Skin cancer is common. MethodsUsing 11,444 images, a CNN was trained. InterpretationOur findings show that automated classification outperforms dermatologists.")).toBe(
      "Our findings show that automated classification outperforms dermatologists.",
    );
    expect(shown("Sepsis kills. The aim of the study was to estimate sepsis-related mortality rates. Rates rose.")).toMatch(/^The aim of the study was to estimate/);
  });

  it("passes over a preliminary step and the authors' earlier work; reads a name set off by a dash and 'proposed in this study'", () => {
    const bandGap =
      "Band gaps are hard to predict. To improve the predictions, we investigate techniques that combine several quality sources. As a preliminary step, we also introduce an extension of the MODNet model.";
    expect(shown(bandGap)).toMatch(/^To improve the predictions, we investigate|^We investigate/);
    const defects = "Solar cells lose fill factor. Recently, we proposed metastable defects to be the origin of the diode factor. We find that optical diode factors bound the electrical ones.";
    expect(shown(defects)).toMatch(/^We find that optical diode factors/);
    const matbench = "Machine learning may speed up materials discovery. Matbench Discovery simulates the deployment of ML energy models in a search for stable crystals. Ranked by F1 score, we find CHGNet > M3GNet.";
    expect(shown(matbench, "Matbench Discovery -- A framework to evaluate machine learning crystal stability predictions")).toMatch(/^Matbench Discovery simulates/);
    const capture = "Amine regeneration needs much energy. Various absorbents were applied to the process. Integration of absorption and mineralization was proposed in this study to cut the energy needed.";
    expect(shown(capture)).toMatch(/^Integration of absorption and mineralization was proposed in this study/);
  });

  it("reads more of the ways a study states its aim, and passes over a report of the authors' earlier trial, a release of codes and a margin", () => {
    expect(shown("Words compete. Our experiments aimed to replicate the anadrome effect. We also discuss design issues.")).toMatch(/^Our experiments aimed to replicate/);
    expect(shown("Speed cameras are common. Problem: To assess the impacts of mobile speed cameras on crashes. Method: Crashes were counted.")).toBe("To assess the impacts of mobile speed cameras on crashes.");
    expect(shown("Staffing varies. OBJECTIVES To determine whether nurse staffing differs between states. STUDY DESIGN Workloads are compared.")).toBe("To determine whether nurse staffing differs between states.");
    expect(shown("Chytrid fungus kills amphibians. This study assessed the occurrence of infection in Red List species. Prevalence was 14.8%.")).toMatch(/^This study assessed/);
    expect(shown("Follow-up matters. We previously reported a randomized trial on SMS reminders. Here the impacts of reminders are pooled in a meta-analysis.")).toMatch(/^The impacts of reminders are pooled/);
    expect(shown("This work aims to investigate fine-tuned LLMs for vulnerability detection. To better facilitate communities, we open-source all codes and resources.")).toMatch(/^This work aims/);
    expect(shown("Tests fail. To this end, we propose a technique for repairing incorrect tests.  YATE achieves 22% higher line coverage.", "YATE: The Role of Test Repair in LLM-Based Unit Test Generation")).toMatch(/^We propose a technique/);
  });

  it("prefers introducing the title's method to a finding about it", () => {
    const ani =
      "Potentials are costly. We introduce ANAKIN-ME (Accurate NeurAl networK engINe for Molecular Energies) or ANI in short. Through case studies, we show that ANI-1 is chemically accurate compared to DFT.";
    expect(shown(ani, "ANI-1: An extensible neural network potential with DFT accuracy")).toMatch(/^We introduce ANAKIN-ME/);
  });

  it("shows 'We address this by modeling X' as 'We model X', passes over 'We can also …', and keeps a final step that names the title's method", () => {
    expect(shown("Experts are loaded unevenly. We address this by introducing a novel load balancing loss.")).toBe("We introduce a novel load balancing loss.");
    expect(shown("Batches vary. We address this issue by modeling batch-aware expert selection as a modular optimization problem.")).toBe(
      "We model batch-aware expert selection as a modular optimization problem.",
    );
    const asMlp = "MLPs lack locality. An Axial Shifted MLP architecture (AS-MLP) is proposed in this paper. We can also design the receptive field size of AS-MLP.";
    expect(shown(asMlp, "AS-MLP: An Axial Shifted MLP Architecture for Vision")).toMatch(/^An Axial Shifted MLP architecture/);
    const completeP = "Depth is hard to scale. We develop theory on lazy learning. Finally, we identify and adopt the parameterization we call CompleteP that achieves depth-wise transfer.";
    expect(shown(completeP, "Don't be lazy: CompleteP enables compute-efficient deep transformers")).toMatch(/^We identify and adopt the parameterization we call CompleteP/);
  });

  it("trims 'In this context, ' and 'In this case, ' as openers that point back", () => {
    expect(shown("Remote work grew. In this context, our study explores the challenges of remote communication between developers and testers.")).toBe(
      "Our study explores the challenges of remote communication between developers and testers.",
    );
    expect(shown("Alignment is coarse. In this case, we introduce MolReFlect, a teacher-student framework.")).toBe("We introduce MolReFlect, a teacher-student framework.");
  });

  it("reads a purpose with no comma and a clause after a dash, trims two openers, and never cuts into 'Instead of'", () => {
    expect(shown("Splines are rigid. To address this issue we propose FunKAN – a novel framework, designed for images. We explore FunKAN on MRI.", "FunKAN: Functional KANs")).toBe(
      "We propose FunKAN – a novel framework, designed for images.",
    );
    expect(shown("In this paper, we present a novel perspective on this task. We notice that local geometry is not the key -- we introduce a pure residual MLP network, called PointMLP.")).toMatch(/^We notice that local geometry/);
    expect(shown("Codecs are slow. In this work, to address these challenges, we introduce a new variant of codec LM, namely TacoLM.")).toBe("We introduce a new variant of codec LM, namely TacoLM.");
    expect(shown("SAM fails on medical images. Instead of fine-tuning the SAM model, we propose the Medical SAM Adapter (Med-SA).")).toBe("Instead of fine-tuning the SAM model, we propose the Medical SAM Adapter (Med-SA).");
    expect(shown("Travel times vary. In this study, three machine learning algorithms were applied to predict travel times.")).toBe("Three machine learning algorithms were applied to predict travel times.");
  });

  it("reads more ways a study states its aim or finding: the following study, a bare objective, 'Study objective:', a study designed with an objective, a review paper, its findings, 'we perform'", () => {
    expect(shown("Welding varies. Nine joints were performed. The purpose of the following study was to compare the effect of tool shape.")).toBe("The purpose of the following study was to compare the effect of tool shape.");
    expect(shown("Classrooms are crowded. Carbon dioxide was measured with detectors. The objective was to determine whether ventilation rates were adequate.")).toBe(
      "The objective was to determine whether ventilation rates were adequate.",
    );
    expect(shown("Stars vary. We develop a classifier for variable stars. The goal is to apply the algorithm to LSST data.")).toBe("We develop a classifier for variable stars.");
    expect(shown("Renal colic hurts. Study objective: To study the efficacy of ketorolac and morphine. Methods: We conducted a randomized trial.")).toBe(
      "Study objective: To study the efficacy of ketorolac and morphine.",
    );
    expect(shown("Leachate is toxic. Photo-Fenton process was performed in a reactor. Therefore, this study was designed with the objective of treating leachate by Fenton processes.")).toMatch(
      /^This study was designed with the objective of treating leachate/,
    );
    expect(shown("MLPs are back. This review paper provides detailed discussions on whether MLP can be a new paradigm. We compare convolution and MLPs in detail.")).toBe(
      "This review paper provides detailed discussions on whether MLP can be a new paradigm.",
    );
    expect(shown("P300 needs trials. Data were recorded from 20 participants at three sites. The findings suggest that P300 amplitude stabilized with 20 trials.")).toBe(
      "The findings suggest that P300 amplitude stabilized with 20 trials.",
    );
    expect(shown("Debt is removed. On the one hand, we look at whether debt is removed. In this paper we perform an in-depth study of how debt is addressed.")).toBe(
      "We perform an in-depth study of how debt is addressed.",
    );
  });

  it("counts a dataset's or platform's name as no method of the paper's, reads 'we present results of a study', and knows a plural title name in the singular", () => {
    expect(shown("Scaling is studied. We identify scaling laws for the loss in four domains. We find additional laws: we finetune models for ImageNet classification.")).toBe(
      "We identify scaling laws for the loss in four domains.",
    );
    expect(shown("Snippets are copied. We present results of a large-scale study of snippets in GitHub projects. We found that at most 1.8% of them comply.")).toBe(
      "We present results of a large-scale study of snippets in GitHub projects.",
    );
    expect(shown("MoE is complex. We address these with the introduction of the Switch Transformer. We design models based off T5-Base.", "Switch Transformers: Scaling to Trillion Parameter Models")).toBe(
      "We introduce the Switch Transformer.",
    );
  });

  it("reads the applied sciences' statements of aim: 'was aimed at', a labelled goal, 'An attempt has been made', 'This paper determines'; presented results are a report", () => {
    expect(shown("Streams feed villages. The water samples were analyzed for 11 parameters. The present investigation was aimed at assessing the water quality index for Vishav stream.")).toBe(
      "The present investigation was aimed at assessing the water quality index for Vishav stream.",
    );
    expect(shown("Background: Our goal was to evaluate the 5-year sustainability of a hand hygiene intervention. Methods: We conducted an observational study in 3 hospitals.")).toBe(
      "Our goal was to evaluate the 5-year sustainability of a hand hygiene intervention.",
    );
    expect(shown("Snow feeds rivers. HEC-HMS and SRM models were chosen to estimate runoff. An attempt has been made in this study, to estimate the basin's daily discharge.")).toBe(
      "An attempt has been made in this study, to estimate the basin's daily discharge.",
    );
    expect(shown("EVs can regulate frequency. This paper determines the profitability of frequency regulation considering battery wear. Measurement results are presented.")).toBe(
      "This paper determines the profitability of frequency regulation considering battery wear.",
    );
  });

  it("reads 'In the present study, X is studied' as an announcement, a tool's name (MatLab) as no method, and a title's verbs in any form", () => {
    expect(shown("Aftershocks decay. In the present study, the temporal behavior of the Bhuj sequence is studied by the modified Omori law. The parameters are determined using ZMAP in MatLab.")).toBe(
      "The temporal behavior of the Bhuj sequence is studied by the modified Omori law.",
    );
    // No voice: the ranker's pick, which says most of what the title says.
    expect(
      paperClaims("Eye movements of participants were tracked as they looked at printed words and followed spoken instructions. These results confirm the method.", "Tracking recognition of spoken words by tracking looks to printed words").summary,
    ).toBe("Eye movements of participants were tracked as they looked at printed words and followed spoken instructions.");
  });

  it("reads 'X is proposed to minimize …' as a proposal ('was designed to prevent' only describes), and a so-called term as no name", () => {
    expect(shown("Picking is costly. A genetic algorithm-based solution is proposed to minimize the travel time of pickers. Conclusions: The study is expected to contribute to order picking.")).toBe(
      "A genetic algorithm-based solution is proposed to minimize the travel time of pickers.",
    );
    expect(shown('Retail is complex. We consider the so-called "middle mile" network of a retailer. As such, we formulate delivery coverage as an optimization problem.')).toBe(
      "We formulate delivery coverage as an optimization problem.",
    );
  });

  it("passes over a means of validating the contribution, or an evaluation of the named agent, for the contribution itself", () => {
    expect(shown("Agents get lost. To address this issue, we propose to model the task as state space exploration. We evaluate our proposed LLM Agent (LASER) on WebShop.", "LASER: LLM Agent with State-Space Exploration")).toBe(
      "We propose to model the task as state space exploration.",
    );
    expect(shown("Potentials need data. In this work, we present an automated approach for generating datasets. To provide validation of our approach, we develop the COMP6 benchmark.")).toBe(
      "We present an automated approach for generating datasets.",
    );
  });

  it("reads 'These insights motivate us to develop X' as 'We develop X'", () => {
    expect(shown("Scaling strategies differ. These insights motivate us to develop an architecture designed for scalability, EScAIP. EScAIP is fast.")).toBe(
      "We develop an architecture designed for scalability, EScAIP.",
    );
  });

  it("does not take a dataset the title's method is used on for the title's method", () => {
    const repair =
      "Defects4J is a large dataset of real-world Java bugs. In this paper, we report on an experiment to explore the effectiveness of automatic repair on Defects4J. Repair systems fixed 47 bugs.";
    expect(shown(repair, "Automatic Repair of Real Bugs in Java: A Large-Scale Experiment on the Defects4J Dataset")).toMatch(/^We report on an experiment/);
  });

  it("splits after a name that ends in a capital, and reads 'A new X is proposed to …' as a proposal", () => {
    expect(sentences("We propose a TTS model, which we refer to as Intelli-Z. Intelli-Z learns speaker embeddings.").map((sentence) => sentence.text)).toEqual([
      "We propose a TTS model, which we refer to as Intelli-Z.",
      "Intelli-Z learns speaker embeddings.",
    ]);
    expect(sentences("It was tested in the U.S. Army and by J. Smith.")).toHaveLength(1);
    // A unit after a number, or an element before a word that opens sentences, is no initial.
    expect(sentences("SnSe exhibits a ZT of 3.1 at 783 K. Its thermal conductivity is low.")).toHaveLength(2);
    expect(sentences("ANI-1 predicts energies of molecules with H, C, N, and O. To sample them, we propose NMS.")).toHaveLength(2);
    const kan = "KANs approximate functions. A new Kolmogorov-Arnold network (KAN) is proposed to approximate potentially irregular functions in high dimension. We show that it outperforms MLPs.";
    expect(shown(kan, "P1-KAN: an effective Kolmogorov Arnold Network for function approximation")).toMatch(/^A new Kolmogorov-Arnold network/);
  });

  it("drops a relative clause that points back, and never leaves a pronoun in front", () => {
    expect(shown("Sampling has drawbacks. In this work, we advocate adopting a feature-oriented sampling style which can overcome these drawbacks.")).toBe(
      "We advocate adopting a feature-oriented sampling style.",
    );
    expect(shown("SR is hard. To this end, we propose a novel Incremental Residual Learning (IRL) framework that addresses these issues.")).toBe(
      "We propose a novel Incremental Residual Learning (IRL) framework.",
    );
    expect(shown("LLMs recommend. In this study, it was proposed to improve LLM-based recommendation systems by replacing Llama2 with Llama3.")).toBe(
      "In this study, it was proposed to improve LLM-based recommendation systems by replacing Llama2 with Llama3.",
    );
    expect(shown("Indexes are static. To this end, this paper proposes GATE, a lightweight module.")).toBe("This paper proposes GATE, a lightweight module.");
  });
});

describe("keyResults", () => {
  const rows = (abstract: string) => keyResults(abstract).map(({ figure, measured, on }) => [figure, measured, on]);

  it("takes figures with what they measure and on what", () => {
    expect(keyResults(FASTSPEECH)).toEqual([{ sentence: 3, text: expect.stringContaining("270x"), figure: "270x", measured: "speed", on: "LJSpeech" }]);
    expect(rows("Strip-MLP models achieve higher Top-1 accuracy by +2.44\\% on Caltech-101.")).toEqual([["+2.44%", "top-1 accuracy", "Caltech-101"]]);
    expect(rows("Our model achieves a mean opinion score (MOS) of 4.53 on VCTK.")).toEqual([["4.53", "mean opinion score", "VCTK"]]);
    expect(rows("It generates samples 13.4 times faster than real-time on CPU.")).toEqual([["13.4 times", "speed", "CPU"]]);
  });

  it("pairs each figure with its own metric from the sentence's structure (BigGAN: 166.5 is the IS, 7.4 the FID)", () => {
    const biggan =
      "We train GANs at scale. When trained on ImageNet at 128x128 resolution, our models (BigGANs) achieve an Inception Score (IS) of 166.5 and Frechet Inception Distance (FID) of 7.4, improving over the previous best IS of 52.52 and FID of 18.6.";
    expect(rows(biggan)).toEqual([
      ["166.5", "inception score", "ImageNet"],
      ["7.4", "frechet inception distance", "ImageNet"],
    ]);
    expect(rows("We propose XNet. We show that the accuracy of MLPs drastically improves with scale (93% on CIFAR10, 79% on CIFAR100, 69% on TinyImageNet).")).toEqual([
      ["93%", "accuracy", "CIFAR10"],
      ["79%", "accuracy", "CIFAR100"],
      ["69%", "accuracy", "TinyImageNet"],
    ]);
    expect(rows("We propose XNet. PoolFormer surpasses DeiT-B/ResMLP-B24 by 0.3%/1.1% accuracy with 35%/52% fewer parameters.").map((row) => row.slice(0, 2))).toEqual([
      ["0.3%", "accuracy"],
      ["1.1%", "accuracy"],
      ["35%", "fewer parameters"],
      ["52%", "fewer parameters"],
    ]);
  });

  it("reads from-to results on the benchmark the clause names (Darwin Gödel Machine: 20% to 50% is SWE-bench)", () => {
    expect(rows("We propose the DGM. Empirically, the DGM automatically improves its coding capabilities, increasing performance on SWE-bench from 20.0% to 50.0%, and on Polyglot from 14.2% to 30.7%.")).toEqual([
      ["20.0% to 50.0%", "performance", "SWE-bench"],
      ["14.2% to 30.7%", "performance", "Polyglot"],
    ]);
  });

  it("splits 'respectively' between the metrics it pairs", () => {
    expect(rows("We propose XNet. X can reduce the training and inference time of LLaVA-HR by 31.0% and 53.2%, respectively.").map((row) => row.slice(0, 2))).toEqual([
      ["31.0%", "training time"],
      ["53.2%", "inference time"],
    ]);
    // A list of measures as the subject, and a verb that says how the figures were arrived at.
    expect(rows("We assess MRI. The sensitivity, specificity, and accuracy of the MRI evaluation were found as 85.71%, 93% and 89.15%, respectively.").map((row) => row.slice(0, 2))).toEqual([
      ["85.71%", "sensitivity"],
      ["93%", "specificity"],
      ["89.15%", "accuracy"],
    ]);
    expect(rows("We assess MRI. The accuracy for tears of the medial, lateral meniscus, anterior and posterior cruciate ligaments and articular cartilage was 81% and 77%, respectively.").map((row) => row.slice(0, 2))).toEqual([
      ["81%", "accuracy"],
      ["77%", "accuracy"],
    ]);
    // A range written "between approximately X and Y GPa", the unit once; "amounts to values of".
    expect(rows("We coat Ti6Al4V. The universal hardness (HU) amounts to values of between approximately 12.8 and 22.2 GPa and the Young's modulus of between nearly 133 and 213 GPa.").map((row) => row.slice(0, 2))).toEqual([
      ["12.8–22.2 GPa", "universal hardness"],
      ["133–213 GPa", "Young's modulus"],
    ]);
    // Not a list begun mid-list (two figures would be dealt the last two of three measures), nor an adverb as a measure.
    expect(rows("We propose XNet. The overall accuracy, RE, and Cohen's Kappa of our model are 95.7%, 95.19% and 0.91, respectively.").map((row) => row[1])).not.toContain("RE");
    expect(rows("We compare models. Similarly, the NSE for HEC-HMS in daily and monthly time steps are 0.69 and 0.79 respectively.").map((row) => row.slice(0, 2))).toEqual([
      ["0.69", "NSE"],
      ["0.79", "NSE"],
    ]);
  });

  it("leaves out settings, sizes, positions, baselines and the problem statement", () => {
    // A temperature range; a model size; a position in training; the problem statement (DMoERM).
    expect(rows("We study quantization. Quantized models exhibit higher sensitivity to temperature in the range of 0.5 to 0.8.")).toEqual([]);
    expect(rows("We study protein models. Training a 35M model on a reduced token set, we attained perplexity results comparable to larger models.")).toEqual([]);
    expect(rows("We find that nearly all layers in larger models stabilise early in training - within the first 20% - whereas layers in smaller models converge slower.")).toEqual([]);
    expect(rows("Reward models matter. The human annotation consistency rate is generally only 60% to 75%, causing noise. We propose the Double-Layer MoE RM (DMoERM).")).toEqual([]);
    expect(rows("We propose XNet. On GSM8K, our model reaches 82.4% accuracy, outperforming GPT-3.5 (57.1%).")).toEqual([["82.4%", "accuracy", "GSM8K"]]);
    expect(rows("We propose XNet. Compared to the baseline with 62.3% accuracy, our model achieves 71.8%.")).toEqual([]);
    expect(rows("We propose XNet. The model has 350M parameters and is trained on 100B tokens for 300 epochs.")).toEqual([]);
  });

  it("ignores years, names with numbers, enumerations and units of a setting", () => {
    expect(keyResults("Since its inception in 1995, LSTM has been studied.")).toEqual([]);
    expect(keyResults("We evaluate GPT-4, Llama3-8B and ResNet-50 on CIFAR-10 in 3D.")).toEqual([]);
    expect(keyResults("We find that (1) depth helps and (2) width helps.")).toEqual([]);
    expect(keyResults("We model waveforms at 44.1 kHz.")).toEqual([]);
    expect(keyResults("We use high-dimensional Wav2Vec 2.0 embeddings.")).toEqual([]);
  });

  it("shows no figure whose metric it cannot find, and each figure once", () => {
    expect(rows("We propose XNet. TSMixer outperforms other models in forecasting by 8-60%.")).toEqual([]);
    expect(rows("We propose XNet. X achieves 92.1% on FooBench.")).toEqual([]);
    expect(rows("We propose XNet. X achieves 4.1 on GSM8K.")).toEqual([]);
    expect(rows("We propose XNet. X reaches 90% accuracy on A and 90% accuracy on B.")).toHaveLength(1);
    // "Performance" alone, on nothing named, says nothing of what was measured; on a benchmark it is the benchmark's score.
    expect(rows("We propose XNet. Our approach yields strong improvements in supervised learning performance (up to 7%).")).toEqual([]);
    expect(rows("We propose XNet. We improve performance on ARC-Challenge from 29.1 to 32.0 with the same FLOPs.")).toEqual([["29.1 to 32.0", "performance", "ARC-Challenge"]]);
  });

  it("reads durations, frame rates and comparisons as what they measure", () => {
    expect(rows("We propose XNet. Our model reaches 79.2% top-1 accuracy with only 1.6 ms inference latency on iPhone 12.").map((row) => row.slice(0, 2))).toEqual([
      ["79.2%", "top-1 accuracy"],
      ["1.6 ms", "inference latency"],
    ]);
    expect(rows("We propose XNet. GaussianDreamer can generate a high-quality 3D instance within 15 minutes on one GPU.").map((row) => row.slice(0, 2))).toEqual([["15 minutes", "generation time"]]);
    expect(rows("We propose XNet. It renders in real time (401 FPS) on dynamic scenes.").map((row) => row.slice(0, 2))).toEqual([["401 FPS", "speed"]]);
    expect(rows("We propose XNet. Nexus achieves up to 2.2x higher throughput, 20x lower TTFT, and 2.5x lower TBT than vLLM.").map((row) => row.slice(0, 2))).toEqual([
      ["2.2x", "higher throughput"],
      ["20x", "lower TTFT"],
      ["2.5x", "lower TBT"],
    ]);
    expect(rows("We propose XNet. On BraTS 2020, it yields dice scores of 95%, 92%, and 90% for the three regions.").map((row) => row.slice(0, 2))).toEqual([
      ["95%", "dice scores"],
      ["92%", "dice scores"],
      ["90%", "dice scores"],
    ]);
  });

  it("leaves out operating points, confidence intervals, thresholds and rivals' figures", () => {
    expect(rows("We propose XNet. At 95% recall, it achieves 1.5x-4.5x the QPS of the baselines.").map((row) => row.slice(0, 2))).toEqual([["1.5x-4.5x", "QPS"]]);
    expect(rows("We propose XNet. On OPT-30B with 70% sparsity, it achieves a 13% reduction in test perplexity.").map((row) => row.slice(0, 2))).toEqual([["13%", "reduction in test perplexity"]]);
    expect(rows("We propose XNet. It achieved an accuracy of 99.24% (95% CI: 98.8%-99.5%).").map((row) => row.slice(0, 2))).toEqual([["99.24%", "accuracy"]]);
    expect(rows("We propose XNet. The first step keeps judges with strong alignment (r ≥ 0.80).")).toEqual([]);
    expect(rows("We propose XNet. It reaches a 77.55% pass rate, outperforming ChatGPT-CoT (26.00%), ToolLLaMA-DFS (30.18%), and ToolLLaMA-CoT (16.27%).").map((row) => row.slice(0, 2))).toEqual([["77.55%", "pass rate"]]);
    expect(rows("We propose XNet. Tacotron 2 achieves a MOS of 4.53 comparable to a MOS of 4.58 for professionally recorded speech.").map((row) => row.slice(0, 2))).toEqual([["4.53", "MOS"]]);
    expect(rows("We propose XNet. It outperforms all alternatives, including a SegFormer with 3.8x more parameters.")).toEqual([]);
    expect(rows("We propose XNet. The corresponding state-of-the-art dice scores were 94%, 93%, and 88%.")).toEqual([]);
  });

  it("reads metric lists, ranges, ratings and the measures of medicine, retrieval and ranking", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    // Three metrics, three figures, "respectively": each its own.
    expect(two("We propose XNet. For DR diagnosis, our model reaches an area-under-the-curve, sensitivity and specificity of 0.948, 0.886 and 0.875, respectively.")).toEqual([
      ["0.948", "area-under-the-curve"],
      ["0.886", "sensitivity"],
      ["0.875", "specificity"],
    ]);
    expect(two("We propose XNet. It reaches a mean area under the curve (AUC) of 0.940 on the validation set.")).toEqual([["0.940", "mean area under the curve"]]);
    expect(two("We propose XNet. Its structural similarity index measure (SSIM) averages 97%.")).toEqual([["97%", "structural similarity index measure"]]);
    expect(two("We propose XNet. It obtains the highest accuracy (82.2%) and TPR (78.9%).")).toEqual([
      ["82.2%", "accuracy"],
      ["78.9%", "TPR"],
    ]);
    // A resolution inside a benchmark's name is not a figure; the list goes on past it.
    expect(rows("We propose XNet. It sets new FID scores of 1.70 on ImageNet 256 × 256 and 2.89 on ImageNet 512 × 512.")).toEqual([
      ["1.70", "FID scores", "ImageNet 256"],
      ["2.89", "FID scores", "ImageNet 512"],
    ]);
    expect(two("We propose XNet. The relative reduction of the error rate ranges between 23.1% and 26.6%.")).toEqual([["23.1%–26.6%", "relative reduction of the error rate"]]);
    expect(two("We propose XNet. It gives a relative word error rate (WER) improvement of up to 13% over Wav2Vec 2.0.")).toEqual([["13%", "relative word error rate (WER) improvement"]]);
    expect(two("We propose XNet. It achieves 13.7% / 12.7% relative WER reduction on test_other.")).toEqual([
      ["13.7%", "relative WER reduction"],
      ["12.7%", "relative WER reduction"],
    ]);
    // A rating keeps its scale; the rival's figure in brackets is left out.
    expect(two("We propose XNet. Listeners gave an overall quality rated at 2.83 out of 5 (2.36 for the non-hybrid Demucs).")).toEqual([["2.83 out of 5", "overall quality"]]);
    expect(two("We propose XNet. GaLNets are more than three orders of magnitude faster than standard methods.")).toEqual([["three orders of magnitude", "speed"]]);
    expect(two("We propose XNet. It reduces the number of distance computations by up to 41.5% and boosts queries per second by up to 1.48x.")).toEqual([
      ["41.5%", "number of distance computations"],
      ["1.48x", "queries per second"],
    ]);
    expect(two("We propose XNet. Online, it increases CTR by 2.81% and CPM by 1.69%.")).toEqual([
      ["2.81%", "CTR"],
      ["1.69%", "CPM"],
    ]);
    expect(two("We propose XNet. RECGAN-GR improves PSNR by 4 dB over GAN-based methods and by 2 dB over conventional CNN methods.")).toEqual([
      ["4 dB", "PSNR"],
      ["2 dB", "PSNR"],
    ]);
    // The comparison names what the margin is in.
    expect(rows("We propose XNet. Strip-MLP models achieve higher average Top-1 accuracy than existing MLP-based models by +2.44% on Caltech-101 and +2.16% on CIFAR-100.")).toEqual([
      ["+2.44%", "higher average top-1 accuracy", "Caltech-101"],
      ["+2.16%", "higher average top-1 accuracy", "CIFAR-100"],
    ]);
    // Growing a count of things built is a size, not a result.
    expect(rows("We propose XNet. Our method increases the number of theorems in Mathlib by an order of magnitude.")).toEqual([]);
  });

  it("takes a benchmark's conventional measure when the sentence names none", () => {
    expect(rows("We propose XNet. Applied to a small LLM, our method reaches 50.0% on AIME24, 89.2% on Math500 and 77.1% on AMC.")).toEqual([
      ["50.0%", "accuracy", "AIME24"],
      ["89.2%", "accuracy", "Math500"],
      ["77.1%", "accuracy", "AMC"],
    ]);
    expect(rows("We propose XNet. Our agent resolves 62.3% on SWE-bench Verified and 48% on OSWorld.")).toEqual([
      ["62.3%", "resolve rate", "SWE-bench Verified"],
      ["48%", "success rate", "OSWorld"],
    ]);
    expect(rows("We propose XNet. It reaches 72.8% on GAIA.")).toEqual([["72.8%", "accuracy", "GAIA"]]);
    // "Scaling MLPs": "93% | performance" says less than the convention does.
    expect(rows("We propose XNet. The performance of MLPs drastically improves with scale (93% on CIFAR10, 79% on CIFAR100).")).toEqual([
      ["93%", "accuracy", "CIFAR10"],
      ["79%", "accuracy", "CIFAR100"],
    ]);
    expect(rows("We propose XNet. Fine-tuning improves the model by 5.2% on MMLU.")).toEqual([["5.2%", "accuracy gain", "MMLU"]]);
    expect(rows("We propose XNet. Fine-tuning gives +5.2% on MMLU.")).toEqual([["+5.2%", "accuracy gain", "MMLU"]]);
    // A rival's figure stays out.
    expect(rows("We propose XNet. It reaches 50.0% on AIME24, outperforming o1-preview (44.6%).")).toEqual([["50.0%", "accuracy", "AIME24"]]);
  });

  it("keeps the reference's and the counterpart's figures out, and thresholds that define what is counted", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    expect(two("We propose XNet. On MNLI we achieve an accuracy of 87.8%. In comparison, absent privacy constraints, RoBERTa-Large achieves an accuracy of 90.2%.")).toEqual([["87.8%", "accuracy"]]);
    expect(two("We propose XNet. Our network has an adversarial accuracy of 66.2% and 58% on MNIST and CIFAR10 respectively whereas the logistic loss counterpart has accuracies of 63.5% and 19.3%.")).toEqual([
      ["66.2%", "adversarial accuracy"],
      ["58%", "adversarial accuracy"],
    ]);
    expect(rows("We propose XNet. We define noisy views as the last 20% of the views with a cosine similarity value less than 0.1 to the original view.")).toEqual([]);
    expect(rows("We propose XNet. LIMO outperforms models trained on 100x more data.")).toEqual([]);
  });

  it("names the measure a name, a learned metric or a vague word stands for", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    expect(two("We propose XNet. It outperforms BART, improving up to 4% in ROUGE and 0.3% in BERTScore on average.")).toEqual([
      ["4%", "ROUGE"],
      ["0.3%", "BERTScore"],
    ]);
    expect(two("We propose XNet. This new loss function yields a total of 1.87 point improvements in terms of BLEU score.")).toEqual([["1.87 point", "BLEU score"]]);
    expect(two("We propose XNet. DecipherGuard improves DSR by 36% to 65% and Overall Guardrail Performance (OGP) by 20% to 50%.")).toEqual([
      ["36% to 65%", "DSR"],
      ["20% to 50%", "overall guardrail performance"],
    ]);
    expect(rows("We propose XNet. We identify a single example that elevates model performance on MATH500 from 36.0% to 73.6%.")).toEqual([["36.0% to 73.6%", "accuracy", "MATH500"]]);
    expect(two("We propose XNet. DeepSeekMath 7B has achieved an impressive score of 51.7% on the competition-level MATH benchmark.")).toEqual([["51.7%", "score"]]);
  });

  it("reads shares of things done, bare figures that share a unit, and margins over rivals", () => {
    expect(rows("We propose XNet. On the USA Math Olympiad (AIME), rStar-Math solves an average of 53.3% (8/15) of problems, ranking among the top 20%.").map((row) => row.slice(0, 2))).toEqual([
      ["53.3%", "problems solved"],
    ]);
    expect(rows("We propose XNet. MoJE is capable of detecting 90% of the attacks without compromising benign prompts.")).toEqual([["90%", "attacks detected", ""]]);
    expect(rows("We propose XNet. It surpasses strong baselines by 11.9 and 8.5 points in F1 scores, respectively.")).toEqual([
      ["11.9 points", "F1 scores", ""],
      ["8.5 points", "F1 scores", ""],
    ]);
    expect(rows("We propose XNet. On average, BLEU and COMET scores rise by 13 and 25 points, respectively.")).toEqual([
      ["13 points", "BLEU scores", ""],
      ["25 points", "COMET scores", ""],
    ]);
    expect(rows("We propose XNet. On MNLI we achieve an accuracy of 87.8% using RoBERTa-Large and 83.5% using RoBERTa-Base.").map((row) => row.slice(0, 2))).toEqual([
      ["87.8%", "accuracy"],
      ["83.5%", "accuracy"],
    ]);
    expect(rows("We propose XNet. We improve nDCG@10 by up to 13.23% and recall by 28.02%.")).toEqual([
      ["13.23%", "nDCG@10", ""],
      ["28.02%", "recall", ""],
    ]);
    expect(rows("We propose XNet.\nOn the MATH benchmark, it improves Qwen2.5-Math-7B from 58.8% to 90.0%, surpassing o1-preview by +4.5%.")).toEqual([
      ["58.8% to 90.0%", "accuracy", "MATH"],
      ["+4.5%", "accuracy gain", "MATH"],
    ]);
  });

  it("knows the measures of molecule generation, neural decoding and correlation", () => {
    expect(rows("We propose XNet. It generates 98.5% valid, 100% unique and 95% novel molecules.").map((row) => row.slice(0, 2))).toEqual([
      ["98.5%", "validity"],
      ["100%", "uniqueness"],
      ["95%", "novelty"],
    ]);
    expect(rows("We propose XNet. The decoder reaches 62 words per minute with a word error rate of 25.6%.").map((row) => row.slice(0, 2))).toEqual([
      ["62", "words per minute"],
      ["25.6%", "word error rate"],
    ]);
    expect(rows("We propose XNet. It achieves a correlation of r = 0.81 with human ratings.").map((row) => row.slice(0, 2))).toEqual([["0.81", "correlation"]]);
    expect(rows("We propose XNet. We use k = 5 neighbours.")).toEqual([]);
  });

  it("leaves out deviations, folds of cross-validation and marks crossed; pairs metric lists in order", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    expect(two("We propose XNet. Clay shows better performance across all sensors (mIoU: 0.72(0.04), 0.66(0.07)).")).toEqual([
      ["0.72", "mIoU"],
      ["0.66", "mIoU"],
    ]);
    expect(two("We propose XNet. It reaches 74.9% mean IoU on S3DIS (6-fold cross-validation).")).toEqual([["74.9%", "mean IoU"]]);
    expect(two("We propose XNet. It attains an mIoU of 70.4%, crossing the 70% mIoU threshold for the first time.")).toEqual([["70.4%", "mIoU"]]);
    expect(two("We propose XNet. TSNN-ESTD reduces the MSE and MAE by 9.17% and 2.3% on five benchmark datasets.")).toEqual([
      ["9.17%", "MSE"],
      ["2.3%", "MAE"],
    ]);
    expect(two("We propose XNet. The multiclass classifier achieved 64.5% test accuracy, 64.6% weighted precision, and 64.5% recall.")).toEqual([
      ["64.5%", "test accuracy"],
      ["64.6%", "weighted precision"],
      ["64.5%", "recall"],
    ]);
  });

  it("reads effect sizes, variance explained, times cut and counts of a named measure", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    expect(two("We propose XNet. Overall, there was a significant positive effect of ITS on learning outcomes (g=0.271, SE=0.011, p=0.001).")).toEqual([["0.271", "effect size (g)"]]);
    expect(rows("We propose XNet. We use an embedding with d = 512.")).toEqual([]);
    expect(two("We propose XNet. A linear regression model explains between 49 and 61 percent of the variation in average expected log consumption.")).toEqual([["49–61 percent", "variation explained"]]);
    expect(two("We propose XNet. Participants misclassified 18% of the AI-based continuations.")).toEqual([["18%", "AI-based continuations misclassified"]]);
    expect(two("We propose XNet. BERT training time can be reduced from 3 days to 76 minutes.")).toEqual([["3 days to 76 minutes", "BERT training time"]]);
    expect(two("We propose XNet. Experiments show reductions of 29%--46% in convergence time.")).toEqual([["29%--46%", "convergence time"]]);
    expect(two("We propose XNet. LightGaussian boosts FPS from 144 to 237 within the 3D-GS framework.")).toEqual([["144 to 237", "FPS"]]);
    expect(rows("We propose XNet. It increases the number of layers from 12 to 24.")).toEqual([]);
    expect(two("We propose XNet. Gaussian splat outputs achieve a 16.6 ELO advantage over meshes.")).toEqual([["16.6", "ELO"]]);
  });

  it("reads science-style statistics: metric lists with asides, middle-dot decimals, CIs, rivals' bracketed figures, the size of the thing built", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    expect(two("We propose XNet. The approach achieves the correlation coefficient, mean absolute error, and root mean square error of 99.85%, 0.3769 (1.09% of the average experimental CCS), and 0.6755 (1.96% of the average experimental CCS), respectively.")).toEqual([
      ["99.85%", "correlation coefficient"],
      ["0.3769", "mean absolute error"],
      ["0.6755", "root mean square error"],
    ]);
    expect(two("We propose XNet. The winner model achieved accurate predictions (MAPE, RMSE, NRMSE, and R 2 are 0.509, 458.12, 0.001624, and 0.99997, respectively).")).toEqual([
      ["0.509", "MAPE"],
      ["458.12", "RMSE"],
      ["0.001624", "NRMSE"],
      ["0.99997", "R 2"],
    ]);
    expect(two("We propose XNet. Models achieved strong discrimination (AUROC 0·79–0·86).")).toEqual([["0.79–0.86", "AUROC"]]);
    expect(two("We propose XNet. A multivariate Cox regression model improved discrimination (AUC 0.751, 95% CI 0.748–0.767).")).toEqual([["0.751", "AUC"]]);
    expect(two("We propose XNet. The LSTM achieves RMSE of 14.93, outperforming the deep LSTM reported by Zheng et al. (RMSE 16.14 and 16.18).")).toEqual([["14.93", "RMSE"]]);
    expect(two("We propose XNet. It consistently outperforms (from 1.71 to 2.48 BLEU points) NMT learning embeddings of sub-word units.")).toEqual([["1.71 to 2.48", "BLEU"]]);
    expect(rows("We propose XNet. This is achieved under a moderate computational load (9.4 GFLOPs).")).toEqual([]);
  });

  it("reads the statistics of applied-science abstracts", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    expect(two("We propose XNet. The three models achieved good precision, with R2 and RMSE values of 0.70–0.80 and 6.87–8.13, respectively.")).toEqual([
      ["0.70–0.80", "R2"],
      ["6.87–8.13", "RMSE"],
    ]);
    expect(two("We propose XNet. The proposed model has the lowest root mean square value (RMSE) of 0.484 for HL.")).toEqual([["0.484", "RMSE"]]);
    expect(two("We propose XNet. The model's coefficient of determination (R²) stands at an impressive 0.9657, signifying that it captures a substantial 96.57% of the variance.")).toEqual([
      ["0.9657", "coefficient of determination"],
      ["96.57%", "variance captured"],
    ]);
    expect(two("We propose XNet. Specificity exceeded 96% at a default threshold of 0·5.")).toEqual([["96%", "specificity"]]);
    expect(two("We propose XNet. The random forest model showed fair agreement (Cohen's κ = 0.23).")).toEqual([["0.23", "Cohen's κ"]]);
    expect(two("We propose XNet. The proposed method delivers superior forecasting accuracy (12-13% RMSE and 15-18% MAE reductions), compared to benchmark models.")).toEqual([
      ["12-13%", "RMSE"],
      ["15-18%", "MAE reductions"],
    ]);
    // "MAE" inside "Scale-MAE" is a name, not a metric.
    expect(rows("We propose XNet. Scale-MAE achieves an average of a 2.4 - 5.6% non-parametric improvement.")).toEqual([["2.4 - 5.6%", "non-parametric improvement", ""]]);
    expect(two("We propose XNet. RLVR improves MATH-500 accuracy by 21.4% (random reward), 13.8% (format reward) and 24.1% (incorrect label).")).toEqual([
      ["21.4%", "MATH-500 accuracy"],
      ["13.8%", "MATH-500 accuracy"],
      ["24.1%", "MATH-500 accuracy"],
    ]);
  });

  it("reads a correlation coefficient and a fraction of a resource, never a coefficient that is a setting", () => {
    expect(rows("We propose XNet. ETVA reaches a Spearman's correlation coefficient of 58.47, correlating far better with human judgment.")).toEqual([["58.47", "Spearman's correlation coefficient", ""]]);
    expect(rows("We propose XNet. We weight the loss with a coefficient of 0.5.")).toEqual([]);
    expect(rows("We propose XNet. HiFTNet matches BigVGAN while being four times faster with only 1/6 of the parameters.")).toEqual([
      ["four times", "speed", ""],
      ["1/6", "parameters", ""],
    ]);
  });

  it("keeps gains as gains, prior work and references out, and brackets to their own phrase", () => {
    const two = (abstract: string) => rows(abstract).map((row) => row.slice(0, 2));
    // After "a 29.2% absolute improvement", "8.7% on MATH" is not MATH's accuracy.
    expect(two("We propose XNet. It achieves a 29.2% absolute improvement over the base model on GSM8K (+2.9 pp vs. instruction-tuned), 8.7% on MATH.").map((row) => row[1])).not.toContain("accuracy");
    expect(rows("We propose XNet. Strong weight decay reduces this coefficient by approximately 70%.")).toEqual([]);
    expect(two("We propose XNet. MixRT attains better rendering quality (0.2 PSNR higher in indoor scenes), and a smaller storage size (less than 80% compared to state-of-the-art methods).")).toEqual([["0.2", "PSNR"]]);
    expect(two("Voice conversion streams. The recently proposed DualVC 2 has achieved streaming voice conversion with a latency of about 180ms. We propose DualVC 3, with a latency of only 50 ms.")).toEqual([["50 ms", "latency"]]);
    expect(two("We propose XNet. The duo can achieve 81.5% accuracy. This also rivals the performance of the GPT-3.5 teacher model (77.4%).")).toEqual([["81.5%", "accuracy"]]);
    expect(rows("We propose XNet. Our quantized model achieves 99.4% the performance of mBERT on MTOP, while using 170x fewer parameters.")).toEqual([
      ["99.4%", "performance of mBERT", "MTOP"],
      ["170x", "fewer parameters", ""],
    ]);
  });

  it("goes on to a margin over rivals after a list, and reads '∼3x'", () => {
    expect(rows("We propose XNet. Our model achieves 66.5% on GSM8K and 19.8% on MATH, exceeding the state-of-the-art models of the same size by 11.5% and 8.7%.")).toEqual([
      ["66.5%", "accuracy", "GSM8K"],
      ["19.8%", "accuracy", "MATH"],
      ["11.5%", "accuracy gain", ""],
      ["8.7%", "accuracy gain", ""],
    ]);
    expect(rows("We propose XNet. Using WRAP on the noisy C4 dataset speeds up pre-training by ∼3x.")).toEqual([["3x", "speed", ""]]);
  });

  it("reads the measures of chemistry and materials, with their units, and leaves the conditions out", () => {
    expect(rows("We propose XCat. The catalyst delivers a Faradaic efficiency of 92% for CO at −0.8 V.")).toEqual([["92%", "faradaic efficiency", "CO"]]);
    expect(rows("We propose XCell. The device achieves a power conversion efficiency of 23.5% and retains 95% of its initial efficiency after 1000 hours.")).toEqual([
      ["23.5%", "power conversion efficiency", ""],
      ["95%", "efficiency retention", ""],
    ]);
    expect(rows("We propose XCathode. It delivers a specific capacity of 210 mAh g−1 with 91% capacity retention after 500 cycles.")).toEqual([
      ["210 mAh g−1", "specific capacity", ""],
      ["91%", "capacity retention", ""],
    ]);
    expect(rows("We propose a coupling. It proceeds smoothly, affording the products in up to 92% isolated yield.")).toEqual([["92%", "isolated yield", ""]]);
    expect(rows("We propose XNet. It predicts band gaps with a mean absolute error of 0.25 eV.")).toEqual([["0.25 eV", "mean absolute error", ""]]);
    // "yield" the verb is no measure; a quantity is shown only with what it measures.
    expect(rows("We propose XNet. These methods yield 5% gains, and the films are 150 nm thick.")).toEqual([["5%", "gains", ""]]);
  });

  it("knows more of the sciences' measures: figure of merit, conversion, removal, mobility, lifetime", () => {
    expect(rows("We report SnSe crystals. They reach a ZT of 2.6 ± 0.3 along the b axis.")).toEqual([["2.6 ± 0.3", "ZT", ""]]);
    expect(rows("We report a Mn2O3 catalyst. It gave 96.2% selectivity of imine and a methane conversion of 17.3%.")).toEqual([
      ["96.2%", "selectivity", ""],
      ["17.3%", "conversion", ""],
    ]);
    // "at 100% conversion" is the point the selectivity is had at.
    expect(rows("We report a Mn2O3 catalyst. It gave 96.2% selectivity of imine at 100% conversion of benzylamine.")).toEqual([["96.2%", "selectivity", ""]]);
    expect(rows("We report an adsorbent. It reached a removal efficiency of 95% at pH 7.")).toEqual([["95%", "removal efficiency", ""]]);
    expect(rows("We report TlP5. Its electron mobility reaches 7560 cm2 V−1 s−1.")).toEqual([["7560 cm2 V−1 s−1", "electron mobility", ""]]);
    // A temperature or a flow rate is a condition, not a result.
    expect(rows("We report a catalyst for enhanced methanol productivity at mild temperature (70°C).")).toEqual([]);
    expect(rows("We report an adsorbent. The breakthrough time was shorter in higher flow rates (24 mL/min and 27 mL/min).")).toEqual([]);
  });

  it("leaves out the conditions a quantity is measured at, and what is assumed or set", () => {
    expect(rows("We propose XLED. The device shows 14.0% external quantum efficiency at a current density of 300 mA cm−2.")).toEqual([["14.0%", "external quantum efficiency", ""]]);
    expect(rows("We propose XCell. It delivers an areal capacity of 5.29 mAh cm−2 at current density of 0.58 mA cm−2.")).toEqual([["5.29 mAh cm−2", "areal capacity", ""]]);
    expect(rows("We propose XOpt. Such runs can be skipped, even when assuming a 100% yield.")).toEqual([]);
    expect(rows("We propose XFilter. If we set the risk of missing a true error 3 times greater than a false alarm, 74.83% of false alarms are filtered.")).not.toContainEqual(["3 times", "error", ""]);
    expect(rows("We propose XSeg. Probability maps had a mean Dice score of 0.603, and 60.0% of them had Dice score greater than 0.5.")).toEqual([["0.603", "mean dice score", ""]]);
  });

  it("reads a quantity once, not again in another unit, and a range written with a minus sign", () => {
    expect(rows("We propose XCell. The electrode delivered an areal capacity of 5.29 mAh cm−2 (1509 mAh g−1) over 200 cycles.")).toEqual([["5.29 mAh cm−2", "areal capacity", ""]]);
    expect(rows("We propose XScrub. It provides a working capacity 1.3−3 times higher than thermal scrubbing.")).toEqual([["1.3−3 times", "capacity", ""]]);
  });

  it("reads a structured abstract's results, and a measure that is the clause's subject", () => {
    // A "Results"/"Findings" label speaks for the paper, even when "we" comes only later.
    expect(rows("Dermatologists were compared with a CNN. FindingsAt equal sensitivity, the algorithm achieved a specificity of 91.3% (95% CI: 85.5–97.1%). InterpretationOur CNN is better.")).toEqual([["91.3%", "specificity", ""]]);
    expect(rows("Pneumonia is common. Results For detection of pneumonia, AUC on frontal radiographs was 0.854.")).toEqual([["0.854", "AUC", ""]]);
    expect(rows("We built a nomogram. The C-index regarding 1- and 3-year OS were 0.830 and 0.859 in the primary cohort, respectively.")).toEqual([
      ["0.830", "c-index", ""],
      ["0.859", "c-index", ""],
    ]);
    expect(rows("We trained models. The AUC of the regression models for the two hospitals ranged from 0.61 to 0.64.")).toEqual([["0.61 to 0.64", "AUC", ""]]);
    expect(rows("We ran a trial. The incidence of diarrhoea in the test group was 14.7%.")).toEqual([["14.7%", "incidence", ""]]);
    // One word may name the kind of a metric after its figure.
    expect(rows("We propose XRepair. It achieves 44.93% repair accuracy on Codeflaws.")).toEqual([["44.93%", "repair accuracy", "Codeflaws"]]);
  });

  it("reads 'twice as fast', tokens per second, the measures a rival was beaten in, and LaTeX echoed after '×'", () => {
    expect(rows("We propose XDiff. Our latents allow inference over twice as fast.")).toEqual([["twice", "speed", ""]]);
    expect(rows("We propose Imp. It runs on a mobile chip with an inference speed of about 13 tokens/s.")).toEqual([["13 tokens/s", "speed", ""]]);
    expect(rows("We propose CTEFM-VC. It surpasses state-of-the-art VC methods in both speaker similarity and naturalness by at least 18.5% and 7.0%.")).toEqual([
      ["18.5%", "speaker similarity", ""],
      ["7.0%", "naturalness", ""],
    ]);
    expect(rows("We propose FastSR. Our pipeline can be trained up to 23×\\times faster.")).toEqual([["23×", "speed", ""]]);
  });

  it("pairs figures with the measures listed after them, and leaves out chance and what previous methods or the state of the art reach", () => {
    expect(rows("We propose RevAgent. It outperforms baselines, with improvements of 12.90%, 10.87% and 8.57% on BLEU, ROUGE-L and SBERT, respectively.")).toEqual([
      ["12.90%", "BLEU", ""],
      ["10.87%", "ROUGE-L", ""],
      ["8.57%", "SBERT", ""],
    ]);
    // A list of settings after the measure is not a list of measures.
    expect(rows("We propose DyLAN. DyLAN obtains 13.0% and 13.3% improvement on MATH and HumanEval, respectively.").map((row) => row[1])).not.toContain("HumanEval");
    expect(rows("We propose XDecode. Word decoding achieves 92%–100% accuracy (chance level is 8%).")).toEqual([["92%–100%", "accuracy", ""]]);
    expect(rows("We propose DiffDock. While previous methods are not able to dock on folded structures (maximum accuracy 10.4%), DiffDock maintains a precision of 21.7%.")).toEqual([["21.7%", "precision", ""]]);
    expect(rows("We propose XSearch. It reaches an MRR of 0.750 as opposed to the previous state of the art result of 0.713 MRR.")).toEqual([["0.750", "MRR", ""]]);
  });

  it("leaves out a rival's figure after 'over … with', p-values, and the rate a policy was set at", () => {
    expect(rows("We propose EPick. EPick achieves 98.80% accuracy in earthquake detection over the STA/LTA with 80% accuracy.")).toEqual([["98.80%", "accuracy", ""]]);
    expect(rows("We propose XNet. It improves recall (p value <0.001).")).toEqual([]);
    expect(rows("This paper evaluates Paid Family Leave, which ensured mothers six weeks of leave at a 55 percent wage replacement rate.")).toEqual([]);
    expect(rows("We propose PVD. A NeRF model can be distilled at a 10X~20X faster speed than training from scratch.")).toEqual([["10X~20X", "speed", ""]]);
  });

  it("reads declines, as a measure or as what a population did", () => {
    expect(rows("We analysed 63 sites. Our analysis estimates a seasonal decline of 76% in flying insect biomass.")).toEqual([["76%", "decline", ""]]);
    expect(rows("We compiled counts. We found the monitored seabird population to have declined overall by 69.7% between 1950 and 2010.")).toEqual([["69.7%", "decline in monitored seabird population", ""]]);
    expect(rows("We surveyed bats. With the onset of white-nose syndrome, the species exhibited a 10.3% annual decline (95% CI = −21.1, 2.0%).")).toEqual([["10.3%", "annual decline", ""]]);
  });

  it("names a change or a share by what changed or what it is of: the verb's subject, past a phrase that places it", () => {
    expect(rows("We studied cameras. At the camera sites, crashes decreased by 19% and fatal and serious crashes by 44%.")).toEqual([
      ["19%", "decrease in crashes", ""],
      ["44%", "decrease in crashes", ""],
    ]);
    expect(rows("We studied a tax. Average SSB consumption in the sample declined by 34.1% from baseline.")).toEqual([["34.1%", "decline in average SSB consumption", ""]]);
    expect(rows("We propose XNet. Accuracy increased by 3%.")).toEqual([["3%", "increase in accuracy", ""]]);
    // A share or a change as the subject: named by what it is of.
    expect(rows("We ran a trial. The proportion of no-shows in the intervention was 18.0% vs. 19.8% in control (p = .106).")).toEqual([["18.0%", "proportion of no-shows", ""]]);
    expect(rows("We pooled studies. The reduction in risk following a ban was estimated as 4.2% (95% confidence interval 1.8–6.5%).")).toEqual([["4.2%", "reduction in risk", ""]]);
    // A pronoun names nothing: a fall is a decline, a rise with no subject is not shown.
    expect(rows("We propose XNet. It fell by 12%. It increased by 5%.")).toEqual([["12%", "decline", ""]]);
  });

  it("reads the psychologist's '.75', an effect size d, and 'correlate around'", () => {
    expect(rows("We built norms. The response times correlate around .75 with those of the English Lexicon Project.")).toEqual([[".75", "correlation", ""]]);
    expect(rows("We trained children. The intervention had a large effect (d = .62).")).toEqual([[".62", "effect size (d)", ""]]);
    // A dimension "d = 128" stays a setting.
    expect(rows("We propose XNet. With d = 128 it reaches 80% accuracy.")).toEqual([["80%", "accuracy", ""]]);
  });

  it("reads a head two figures share, bits per minute, Cohen's Kappa and AUC ROC", () => {
    expect(rows("We propose XRetro. Our model achieved 90.6% top-1 and 96.1% top-5 accuracy for the mixed set.")).toEqual([
      ["90.6%", "top-1 accuracy", ""],
      ["96.1%", "top-5 accuracy", ""],
    ]);
    expect(rows("We propose XBCI. The accuracy reached 87.9%, which resulted in an ITR of 23.8 bits/min.")).toEqual([
      ["87.9%", "accuracy", ""],
      ["23.8 bits/min", "ITR", ""],
    ]);
    expect(rows("We propose XSleep. It reaches a macro F1-score of 79.66% and Cohen's Kappa coefficient = 0.79.")).toContainEqual(["0.79", "Cohen's kappa coefficient", ""]);
    expect(rows("We propose DeepVS. DeepVS achieves an AUC ROC of 0.81.")).toEqual([["0.81", "AUC ROC", ""]]);
  });

  it("reads a margin over the baselines a method improves on, and leaves out the range a scaling law holds over", () => {
    expect(rows("We propose XMoE. Our method improves classic MoE baselines with auxiliary loss by up to 23.79%.")).toEqual([["23.79%", "improvement", ""]]);
    expect(rows("We fit scaling laws. They match model performance over two orders of magnitude in both model size and training set size.")).toEqual([]);
  });

  it("reads odds and hazard ratios", () => {
    expect(rows("We analysed 2,000 records. Treatment improved survival (OR 2.86, 95% CI 0.46 to 5.26, p = 0.02).")).toEqual([["2.86", "OR", ""]]);
    expect(rows("We followed 5,000 patients. Statins were associated with lower mortality (hazard ratio 0.79).")).toEqual([["0.79", "hazard ratio", ""]]);
    // Confidence intervals, however written, are not results; the subject names the measure of a list.
    expect(rows("We followed mothers. Teenage mothers faced a higher risk of death (rate ratio 1.6, 95% CI 1.4,1.9).")).toEqual([["1.6", "rate ratio", ""]]);
    expect(rows("We followed users. Mortality fell in statin users (hazard ratio: 0.72, 95% confidence interval: 0.66–0.76).")).toEqual([["0.72", "hazard ratio", ""]]);
    expect(rows("We ran a trial. The risk was lower but not significantly so (RR = 0.77 [0.37 to 1.6], p = 0.5088).")).toEqual([["0.77", "RR", ""]]);
    expect(rows("We followed patients. The adjusted HRs of mortality at ages 65, 70 and 75 years were 0.76 (95% CI 0.71 to 0.81), 0.71 (95% CI 0.68 to 0.75) and 0.68 (95% CI 0.65 to 0.72), respectively.")).toEqual([
      ["0.76", "adjusted HRs", ""],
      ["0.71", "adjusted HRs", ""],
      ["0.68", "adjusted HRs", ""],
    ]);
    expect(rows("We built a nomogram. The bootstrap-corrected c-indices were 0.87 and 0.84 in the test and validation sets, respectively.")).toEqual([
      ["0.87", "c-indices", ""],
      ["0.84", "c-indices", ""],
    ]);
    expect(rows("We pooled 12 studies. The areas under the summary receiver operating characteristic curves were 0.96 and 0.94 for smartphones and smartwatches.")).toHaveLength(2);
    // A rival's measure as the subject stays out.
    expect(rows("We propose XNet. The accuracy of the baseline was 80%.")).toEqual([]);
  });

  it("counts the bugs or vulnerabilities a tool finds or fixes, not what it runs on", () => {
    expect(rows("We propose XRepair. Our tool correctly fixes 67 bugs on Defects4J.")).toEqual([["67", "bugs fixed", "Defects4J"]]);
    expect(rows("We propose XFuzz. We found 25 previously unknown bugs in 12 popular libraries.")).toEqual([["25", "bugs found", ""]]);
    expect(rows("We propose XFuzz. It detects 31 new vulnerabilities.")).toEqual([["31", "vulnerabilities detected", ""]]);
    expect(rows("We propose XFuzz. It detects 31 file formats.")).toEqual([]);
  });

  it("names a rate or score by its whole noun compound, never by the verb before it", () => {
    expect(rows("We find that voucher use reduces quarterly labor force participation rates by 4 percentage points and increases social program participation rates by 2 percentage points.")).toEqual([
      ["4 percentage points", "labor force participation rates", ""],
      ["2 percentage points", "social program participation rates", ""],
    ]);
    expect(rows("We propose XSeg. The model obtains dice scores of 92.19 and 87.75.")).toEqual([
      ["92.19", "dice scores", ""],
      ["87.75", "dice scores", ""],
    ]);
  });

  it("reads the measures of materials and trials, and leaves out process settings, doses, alternatives studied and time points", () => {
    expect(rows("We designed an alloy. The tailored microstructure achieved a 46.5% higher yield strength (YS) accompanied by a 99.3% higher elongation.")).toEqual([
      ["46.5%", "higher yield strength", ""],
      ["99.3%", "higher elongation", ""],
    ]);
    expect(rows("We pooled trials. Sleep quality improved with melatonin (standardized mean difference = 0.22 [95% CI: 0.12 to 0.32], p<0.001).")).toEqual([["0.22", "standardized mean difference", ""]]);
    expect(rows("We welded joints. Seven joints with a welding speed of 300 mm/min and a rotational speed of 475 rpm were made.")).toEqual([]);
    expect(rows("We dosed rats. Bioavailability was determined after single oral (12.5, 25 and 50 mg kg−1) doses.")).toEqual([]);
    expect(rows("We tested beams. The concrete compressive strength (40 MPa, 60 MPa, or 80 MPa) was the main test variable.")).toEqual([]);
    expect(rows("We made biochar. The maximum adsorption was recorded at 6 hours contact time.")).toEqual([]);
    // Measures that are the subject, their verb after a participle; a list of them split "respectively"; "r =" a correlation.
    expect(rows("We grew films. Hardness and Young's modulus determined by nanoindentation are about 17–26 GPa and 355–430 GPa, respectively.")).toEqual([
      ["17–26 GPa", "hardness", ""],
      ["355–430 GPa", "Young's modulus", ""],
    ]);
    expect(rows("We stimulated cortex. TEP and MEP amplitude changes were significantly correlated (r=0.69; p < 0.01).")).toEqual([["0.69", "correlation (r)", ""]]);
  });

  it("leaves out requirements, bracketed criteria and a leading clause's condition; names a rate or a bare score by what it is of", () => {
    expect(rows("We build ClassEval-Pro. Every task must pass test suites with over 90% line coverage.")).toEqual([]);
    expect(rows("We analysed GRACE data. Linear trends adequately (R2>0.5, p value <0.001) explain variability in only two aquifer systems.")).toEqual([]);
    expect(rows("We surveyed grasslands. At the mean nitrogen deposition rate of central Europe (17 kg Nha-1 year-1), there is a 23% species reduction.")).not.toContainEqual(
      expect.arrayContaining(["17 kg"]),
    );
    expect(rows("We pooled 190 studies. We estimate that the average silent reading rate for adults in English is 238 words per minute.")).toEqual([["238", "average silent reading rate", "English"]]);
    expect(rows("We propose XSearch. Our approach achieves a mean reciprocal ranking (MRR) score of 0.750 on CodeSearchNet.")).toEqual([["0.750", "MRR score", "CodeSearchNet"]]);
  });

  it("never shows the start of a change ('from an average of about 1.0 …') as a result, and never fails when a setting stands between its start and end", () => {
    expect(rows("We studied terns. Predation cut productivity from an average of about 1.0 chicks/pair for the 10 years before to as low as about 0.2 chicks/pair.")).toEqual([]);
    expect(() => keyResults("We studied terns. Predation cut productivity from 1.0 chicks/pair for the 10 years before to 0.2 chicks/pair.")).not.toThrow();
  });

  it("reads a structured abstract's glued label, a confidence interval after a percentage, two measures named as one subject, 'testing acc' and '(NSE) scores'", () => {
    expect(rows("We compared readers. FindingsSensitivity and specificity of dermatologists were 74.4% (95% confidence interval [CI]: 67.0–81.8%) and 59.8% (95% CI: 49.8–69.8%), respectively.")).toEqual([
      ["74.4%", "sensitivity", ""],
      ["59.8%", "specificity", ""],
    ]);
    expect(rows("We compared trees. The Decision Tree model was best (R2 = 0.957 and RMSE = 0.297, NSE = 0.95 and testing acc = 0.907).")).toContainEqual(["0.907", "acc", ""]);
    expect(rows("We predicted DO. The forest was best, with Nash–Sutcliffe model efficiency coefficient (NSE) scores > 0.9 at three sites.")).toContainEqual(expect.arrayContaining(["0.9", "NSE scores"]));
    expect(rows("We ran repairs. The experiment was done on a grid, totaling 17.6 days of computation time.")).toEqual([]);
  });

  it("reads applied sciences' statistics: intervals with no level, heterogeneity, levels studied, the size of a thing studied, an acronym measure, a score out of a scale", () => {
    expect(rows("We ran a trial. Intervention mothers were more likely to practice EBF (aOR: 5.10, CI [2.89, 9.01], p < .001).")).toEqual([["5.10", "aOR", ""]]);
    expect(rows("We pooled trials. Reminders improved uptake (I2 = 76%).")).toEqual([]);
    expect(rows("We grew wheat. We examined salt stress at different concentration levels (0, 50, 100 and 150 mM) on seed germination rate.")).toEqual([]);
    expect(rows("We studied EVs. Degradation adds 1–2% to the capacity reduction of a 40 kWh Lithium-ion battery pack over 5 years.")).not.toContainEqual(expect.arrayContaining(["40 kWh"]));
    expect(rows("We merged products. It estimates soil moisture with an average correlation coefficient of 0.64 and a ubRMSD of 0.069 m3/m3.")).toEqual([
      ["0.64", "average correlation coefficient", ""],
      ["0.069 m3/m3", "ubRMSD", ""],
    ]);
    expect(rows("We ran an initiative. The HHSAF score was 117.5 (out of 500) before and 267.5 to 445 after.")).toContainEqual(["117.5 (out of 500)", "HHSAF score", ""]);
    expect(rows("We propose FedAvg. We show a reduction in required communication rounds by 10-100x.")).toEqual([["10-100x", "reduction in required communication rounds", ""]]);
    expect(rows("We mixed doughs. Resistance increased for samples with up to 25% acid whey.")).toEqual([]);
  });

  it("reads a ratio set against the comparator as the paper's, 'N% accurate', a fall with no 'by', and the contents food science measures", () => {
    expect(rows("We pooled trials. Reminders improved uptake compared to usual care (RR = 1.09 [95%CI: 1.06, 1.13], I2 = 76%).")).toEqual([["1.09", "RR", ""]]);
    expect(rows("We ran a trial. Adding nicotine replacement produced a trend toward efficacy over counseling alone (OR 1.47, 95% CI 0.92-2.35).")).toEqual([["1.47", "OR", ""]]);
    expect(rows("We propose a CNN. The proposed CNN model is superior to SVM and is 85.31% accurate.")).toEqual([["85.31%", "accuracy", ""]]);
    expect(rows("We studied speed limits. Citywide casualties dropped 17% (95% CI 13% to 22%) 3 years post implementation.")).toEqual([["17%", "decline in citywide casualties", ""]]);
    expect(rows("We dried leaves. Air drying resulted in the highest total phenolic content (27.4 g GAE/100 g).")).toEqual([["27.4", "total phenolic content", ""]]);
  });

  it("names a loss by its compound ('postoperative blood loss'), and leaves out a bound in brackets ('(more than 0.60 percent)')", () => {
    expect(rows("We ran a trial. The TXA group had lower postoperative blood loss of 1100.9 ± 367.4 mL.")).toEqual([["1100.9 ± 367.4 mL", "postoperative blood loss", ""]]);
    expect(rows("We cast concrete. By adding more fibers (more than 0.60 present), the compressive strengths will be decreased.")).toEqual([]);
  });

  it("reads the first of a bracketed pair '(A vs. B)' as the paper's arm, named by the clause's subject", () => {
    expect(rows("We ran a trial. EIBF rate was higher in the intervention group than in the control group (89.1% vs. 77.4%, p = .005).")).toEqual([["89.1%", "EIBF rate", ""]]);
    // A subject that names no measure ("Our model") gives none.
    expect(rows("We propose XNet. Our model is faster than the baseline (12% vs 30%).")).toEqual([]);
  });

  it("names a figure by the subject of its verb when the abstract names a measure no list here knows, but not who was studied, a list of measures or the comparator", () => {
    expect(rows("We surveyed rides. The average vehicle occupancy is 1.4 passengers per ride.")).toEqual([["1.4", "average vehicle occupancy", ""]]);
    expect(rows("We reviewed intercropping. Total LER observed, ranged from 1.11 to 2.60.")).toEqual([["1.11 to 2.60", "total LER", ""]]);
    expect(rows("We ran a trial. Median ΔBMI was +0.2 (−2.9 to 1.3) kg m−2 with metformin.")).toEqual([["+0.2", "median ΔBMI", ""]]);
    expect(rows("We ran a trial. The mean age of participants was 45.2 years.")).toEqual([]);
    expect(rows("We compared forecasts. After bias correction, the ECMWF ensemble is about 3.5% better at 4 weeks.")).toEqual([]);
    expect(rows("We ran a trial. Participation was 11.9% in the control arm.")).toEqual([]);
    // A data set is never the measure; a measure keeps its bracketed acronym ("The errors (RMSEs) of … are").
    expect(rows("We propose XBind. The errors (RMSEs) of blind predictions on the v2007 core set and the v2015 core set of 195 complexes are 1.99, 2.02 and 1.92 kcal/mol, respectively.")).toEqual([
      ["1.99", "errors", ""],
      ["2.02", "errors", ""],
      ["1.92", "errors", ""],
    ]);
    expect(rows("We propose XBind. The v2015 core set of 195 complexes is 1.92.")).toEqual([]);
    // Nor a multiple said of a group ("were 3.7 times more likely"), a vague subject ("The estimates of … ranged") or "there were".
    expect(rows("We surveyed horses. Horses racing below expectation were 3.7 times (95% CI: 1.1-16.7) more likely to have EGGD.")).toEqual([]);
    expect(rows("We mapped seagrass. The estimates of annual carbon accumulation ranged from 0.093 to 6.15 Mt.")).toEqual([]);
    expect(rows("We simulated schedules. Results: Each day there were 0.24 +/- 0.11 simulated cases per room.")).toEqual([]);
    expect(rows("We propose XNet. Its R² values are 0.56 and 0.79.")).toEqual([
      ["0.56", "R²", ""],
      ["0.79", "R²", ""],
    ]);
  });

  it("reads clinical abstracts (tune-v): a label before the subject, a bare rate with what it is of, a pair of rates sharing a head; leaves out thresholds and subjects after a preposition", () => {
    expect(rows("We followed surgery patients. Results The rate of POAF was 44%.")).toEqual([["44%", "rate of POAF", ""]]);
    expect(rows("We treated patients. The objective response and disease control rates were 22.8% and 54.9%, respectively.")).toEqual([
      ["22.8%", "objective response rates", ""],
      ["54.9%", "disease control rates", ""],
    ]);
    expect(rows("We treated patients. Survival was longer with a PD-L1 tumor proportion score ≥50%.")).toEqual([]);
    expect(rows("We trained an ECG model. The values obtained for sensitivity and specificity for the algorithm were 0.690 and 0.976, respectively.")).not.toContainEqual(
      expect.arrayContaining(["algorithm"]),
    );
    expect(rows("We studied dengue. The proportion of cases which were admitted also increased by 32%.")).toEqual([]);
    // The pair's first figure is the paper's arm only when the clause sets an intervention against its comparator.
    expect(rows("We ran a case-control study. Vaccination rate was lower in cases than in control subjects (38.6% vs 59.1%).")).toEqual([]);
  });

  it("leaves out what an experiment put in or swept, a category and a quantile", () => {
    expect(rows("We tuned a resonator. Then, 40 mW electronic power was applied on the microheater.")).toEqual([]);
    expect(rows("We pressed crystals. Tc rises without saturation upon increasing pressure to 12.1 GPa.")).toEqual([]);
    expect(rows("We scored cows. Only 1.47% of cows had locomotion score = 4.")).not.toContainEqual(expect.arrayContaining(["4"]));
    expect(rows("We surveyed farms. The prevalence was 0.26 (2.5–97.5% quantile: 0–0.56).")).not.toContainEqual(expect.arrayContaining(["2.5–97.5%"]));
  });

  it("leaves out how a study was run: a survey's response rate, participation and retention, a definition, baseline values, a comparator arm, an interval's level, a range or latency considered", () => {
    expect(rows("We surveyed students. Results: Out of 815 students, 482 completed the questionnaire with a response rate of 59.14%.")).toEqual([]);
    expect(rows("We screened teenagers. Methods A cross sectional study of 628 participants (participation rate 99.8%) was conducted in two schools.")).toEqual([]);
    expect(rows("We compared diets. Thirty-one subjects completed all 10 wk of the diet intervention (retention, 78%).")).toEqual([]);
    expect(rows("We gave DHA. Response was defined a priori as a > or =50% reduction in the score on the Montgomery-Asberg Depression Rating Scale.")).toEqual([]);
    expect(rows("We applied varnish. Results: At baseline, the mean age of the participants was 2.4 years (SD 0.9) and the mean d3mfs was 0.8 (SD 1.9).")).toEqual([]);
    expect(rows("We followed children. Age at baseline alone had an AUC of 0.65.")).toEqual([["0.65", "AUC", ""]]);
    expect(rows("We screened students. Prevalence was assessed using a validated questionnaire with a cut-off score of 19.")).toEqual([]);
    expect(rows("We applied varnish. Two trained pediatric dentists performed the clinical examinations (kappa = 0.85).")).toEqual([]);
    expect(rows("We pooled studies. Studies with at least the score of 5 from Newcastle-Ottawa Scale were considered as low risk of bias.")).toEqual([]);
    // A test statistic is not the paper's figure; a rate's bracketed interval is not a second rate.
    expect(rows("We imaged strokes. Images were negative in eight patients (100% sensitivity, 100% specificity, chi 2 = 23.00, P < .0001).").map((row) => row[0])).toEqual(["100%", "100%"]);
    expect(rows("We screened patients. Using a PASQ cutoff of 7, the estimated prevalence (95% CI) of PsA was 40.9% (29.0-52.8%).").map((row) => row[0])).toEqual(["40.9%"]);
    // Agreement that is the finding stays a result.
    expect(rows("We built a classifier. Its agreement with the reference standard was high (kappa = 0.85).").map((row) => row[0])).toContain("0.85");
    expect(rows("We tested LLMs. Inter-rater agreement on explanation scoring was high (weighted kappa 0.773).").map((row) => row[0])).toContain("0.773");
    // A treatment's response rate is an outcome; the placebo arm's is the comparator's.
    expect(rows("We gave DHA. Results: Response rates were 27.8% in the DHA group and 23.5% in the placebo group.")).toEqual([["27.8%", "response rates", "DHA"]]);
    expect(rows("We pooled surveys. East Asians showed the highest prevalence, reaching 69% (95% credible intervals (CrI) 61% to 77%) at 15 years of age.").map((row) => row[0])).not.toContain("95%");
    expect(rows("We built an index. In large-batch query throughput in the 90% to 95% recall range, our method is 33~77x faster than HNSW.").map((row) => row[0])).not.toContain("90% to 95%");
    expect(rows("We coded speech. If we consider a latency of 256 ms for supra-segmental structures, the rate of 250 − 350 bps is achieved.").map((row) => row[0])).not.toContain("256 ms");
  });

  it("leaves out a structured abstract's methods, a prescribed intensity, a discount rate, a sowing density, a trial's completion rate, a spread and the field's history", () => {
    expect(rows("We surveyed adults. Methods: Prevalence estimates of hypertension (systolic blood pressure of 130 mm Hg or above) were obtained. Results: The prevalence of hypertension was 47.7%.")).toEqual([["47.7%", "prevalence", ""]]);
    expect(rows("We trained patients. The group walked at low to moderate intensity (50%–70% of maximum heart rate), for 20 minutes.")).toEqual([]);
    expect(rows("We irrigated maize. Plants were irrigated at 60%, 80% and 100% of field capacity.")).toEqual([]);
    expect(rows("We costed a policy. The incremental cost per event-free year gained was £1166 (costs and effects discounted at 6% a year).").map((row) => row[0])).not.toContain("6%");
    expect(rows("We sowed maize. Density of 5.3 plants/ m² led to a significant increase in stem width.")).toEqual([]);
    expect(rows("We compared insulins. Completion rates were 79% (IDeg) and 77% (IGlar).")).toEqual([]);
    expect(rows("We pooled trials. There was a significant positive effect size of ITS (g=0.271, SE=0.011, p=0.001).").map((row) => row[0])).toEqual(["0.271"]);
    expect(rows("We review perovskites. By 2018, PSC achieved an encouraging PCE of 23.3%.")).toEqual([]);
  });

  it("leaves out the conditions a process was run at, a comparator 'that showed' its figure, and 'P <or= 0.01'", () => {
    expect(rows("We treat wastewater. Results show that the optimum operational conditions are reaction time of 120 min, voltage of 30 V, and pH of 7, which reduces COD, TSS, and dye by 87%, 91%, and 98%, respectively.").map((row) => row.slice(0, 2))).toEqual([
      ["87%", "COD reduction"],
      ["91%", "TSS reduction"],
      ["98%", "dye reduction"],
    ]);
    expect(rows("We immobilized lipase. The optimal immobilization conditions observed were 150 min incubation time, pH 4.76, and an enzyme/support ratio of 1282 U/g support.")).toEqual([]);
    expect(rows("We extracted oil. We used RSM to investigate the extraction conditions: temperature (45–65 °C), time (30–50 min), and solvent/solid ratio (5–15 mL/g).")).toEqual([]);
    expect(rows("We tested an extract. Results: The extract exhibited a weak cytotoxic activity against HepG2 cells, with an IC50 value of 167.81 µg/mL compared with the standard drug vinblastine sulfate that showed an IC50 value of 3.04 µg/mL.").map((row) => row[0])).toEqual(["167.81 µg/mL"]);
    expect(rows("We surveyed wards. The prevalence rate considerably decreased down to 16.2% in 2006.").map((row) => row[1])).not.toContain("down");
    expect(rows("We surveyed wards. A significant relation was found between pressure ulcers and Braden score (P <or= 0.01).")).toEqual([]);
    expect(rows("We treated effluent. Under the optimal experimental conditions (initial pH 6.9, current density of 10 mA/cm2, and electrolysis time of 10 min), the EC process led to a COD removal of 78%.").map((row) => row[0])).toEqual(["78%"]);
    expect(rows("We validated PASE. A PASE total score of 44 was able to distinguish PsA from non-PsA participants with 76% sensitivity.").map((row) => row[0])).toEqual(["76%"]);
    expect(rows("We tested CAD. The mean sensitivity of readers before CAD was 49% while following CAD this improved to 72% (p<0.001).").map((row) => row[0])).not.toContain("49%");
    expect(rows("We surveyed dentists. Results: The response rate was 18.3%.")).toEqual([]);
    expect(rows("We propose LRM. LRM predicts the 3D model of an object from a single input image within just 5 seconds.")).toEqual([["5 seconds", "prediction time", ""]]);
    expect(rows("We propose Magic3D. Our method can create a 3D mesh model in 40 minutes.")).toEqual([["40 minutes", "creation time", ""]]);
    expect(rows("We simulate metals. This study employed simulation to predict distribution patterns of heavy metals within 50 days.")).toEqual([]);
    expect(rows("We propose code cleaning. Fine-tuning on our programs improves performance by up to 30% compared with the original dataset.")).toEqual([["30%", "performance improvement", ""]]);
    expect(rows("We scale vocabularies. We improve performance on ARC-Challenge from 29.1 to 32.0 with the same FLOPs.").map((row) => row[1])).toEqual(["performance"]);
    expect(rows("We detect breakage. The results show that our CNN approach can detect tool breakage with an accuracy of 93%, while the best performance of BP is 80%.").map((row) => row[0])).toEqual(["93%"]);
    expect(rows("We propose Mip-NeRF. Mip-NeRF matches the accuracy of a supersampled NeRF while being 22x faster.").map((row) => row[0])).toEqual(["22x"]);
    expect(rows("We check bounds. Our code incurs about 36% performance overhead, a significant reduction over the baseline compiler which incurs about a 73% overhead.")).toEqual([["36%", "performance overhead", ""]]);
    expect(rows("We studied adults. The analysis revealed that only 24.3% of US adults met both guidelines.").map((row) => row[1])).not.toContain("US");
    expect(rows("We costed surgery. Results: Patients with gastric bypass result in a lifetime increase of 5.63 quality-adjusted life years (QALYs).").map((row) => row[1])).not.toContain("quality");
    expect(rows("We monitored glucose. Results: Time in range decreased after discontinuing CGM to 50% at 14 months.").map((row) => row[1])).not.toContain("after discontinuing CGM");
    expect(rows("We promoted hand hygiene. The HHSAF score was 117.5 (out of 500) in the pre-implementation period and 267.5 to 445 in the implementation period.")).toEqual([["267.5 to 445", "HHSAF score", ""]]);
    expect(rows("We amended soil. Biochar reduced soil loss by 73.5%, whereas there was an increase of 2.7% soil loss in the control plot.").map((row) => row[0])).toEqual(["73.5%"]);
    expect(rows("We screened ECGs. Results In the sample, the prevalence of LVEF <40% was 1.13% (29 individuals).").map((row) => row[0])).toEqual(["1.13%"]);
    expect(rows("We propose a code search model. It yields more relevant results (with absolute gains up to 20.6% in mean reciprocal rank).")).toEqual([["20.6%", "mean reciprocal rank", ""]]);
    expect(rows("We propose DGC. It achieves a gradient compression ratio from 270x to 600x without losing accuracy.").map((row) => row[1])).not.toContain("without losing accuracy");
    expect(rows("We studied PND. Main Outcome Measures Prevalence, Odds ratio (OR) and adjusted (adj) OR of PND Results Prevalence of PND was 31.4% (95% CI 22.7–41.4%).")).toEqual([["31.4%", "prevalence", "PND"]]);
    expect(rows("We find that from 1925 to 2016, global average marine heatwave frequency and duration increased by 34% and 17%, respectively.").map((row) => row[1])).toEqual(["increase in marine heatwave frequency", "increase in duration"]);
    expect(rows("We gave creatine. The mean power output and mean running speed increased by 4.5% (p = 0.005) and 4.2% to 7.0%, respectively.").map((row) => row.slice(0, 2))).toContainEqual(["4.5%", "increase in mean power output"]);
    expect(rows("We built DLAD. Results: The performance of DLAD (AUC = 0.920) was significantly higher than that of pulmonologists (AUC = 0.756) and radiologists (AUC = 0.782).").map((row) => row[0])).toEqual(["0.920"]);
  });

  it("leaves out a rival's figure in a 'while' clause, a reference's after 'lower than the … of', and the start of an arrow", () => {
    expect(rows("We propose ToT. For instance, in Game of 24, while GPT-4 with chain-of-thought prompting only solved 4% of tasks, our method achieved a success rate of 74%.").map((row) => row[0])).toEqual(["74%"]);
    expect(rows("We coat cathodes. Our coated cathode retains 88.4% of its original capacity, while the non-coated one retains only 80.4% of its original capacity.").map((row) => row[0])).toEqual(["88.4%"]);
    expect(rows("We built WebArena. Our best GPT-4-based agent only achieves an end-to-end task success rate of 14.41%, significantly lower than the human performance of 78.24%.").map((row) => row[0])).toEqual(["14.41%"]);
    expect(rows("We show that our approach improves the reasoning ability of a 540B-parameter LLM (74.4%→82.1% on GSM8K, 78.2%→83.0% on DROP).")).toEqual([
      ["82.1%", "accuracy", "GSM8K"],
      ["83.0%", "accuracy", "DROP"],
    ]);
  });

  it("gives each figure of a 'respectively' list its own benchmark, and a vague 'scores' the benchmark's measure", () => {
    expect(rows("We propose Step-DPO. Notably, Step-DPO, when applied to Qwen2-72B-Instruct, achieves scores of 70.8% and 94.0% on the test sets of MATH and GSM8K, respectively.")).toEqual([
      ["70.8%", "accuracy", "MATH"],
      ["94.0%", "accuracy", "GSM8K"],
    ]);
    expect(rows("We propose FastSVC. The inference speed of FastSVC is 3x and 70x faster than the baseline system on GPUs and CPUs, respectively.").map((row) => row[2])).toEqual(["GPUs", "CPUs"]);
    // Without "respectively", only a list of benchmarks right after the figures.
    expect(rows("We propose pNLP-Mixer. Our quantized model achieves 99.4% and 97.8% the performance of mBERT on MTOP and multi-ATIS, while using 170x fewer parameters.").map((row) => row[2])).toEqual(["MTOP", "multi-ATIS", ""]);
  });

  it("names a figure's measure from its own words: an acronym in a list, 'points of lift', 'the baseline accuracy', 'code quality'", () => {
    expect(rows("We gave metformin. The effect was greater for women with prior GDM (HR 0.59, RD −4.57 cases/100 person-years).")).toEqual([
      ["0.59", "HR", ""],
      ["−4.57", "RD", ""],
    ]);
    expect(rows("We propose FlashAttention. It yields higher quality models (0.7 better perplexity on GPT-2 and 6.4 points of lift on long-document classification).").map((row) => row.slice(0, 2))).toContainEqual(["6.4 points", "lift"]);
    expect(rows("We propose Self-Debugging. On MBPP, Self-Debugging improves the baseline accuracy by up to 12%.")).toContainEqual(["12%", "accuracy improvement", "MBPP"]);
    expect(rows("We propose Co-Saving. Our method improves the overall code quality by 10.06%.")).toEqual([["10.06%", "code quality", ""]]);
    expect(rows("We propose ORPO. It surpasses models with more than 7B and 13B parameters: achieving up to 12.20% on AlpacaEval 2.0.").map((row) => row[1])).not.toContain("parameters");
  });

  it("keeps 'point' with the percentage it follows ('7.7% point absolute improvement')", () => {
    expect(rows("We propose BERT. It pushes the GLUE score to 80.5% (7.7% point absolute improvement).")).toContainEqual(["7.7% point", "absolute improvement", ""]);
  });

  it("names a share of people by what sets them apart, and a change by the acronym its capitalised name ends in", () => {
    expect(rows("The proportion of the population with a preference for sedation or GA was 7.2% for cleaning and 18% for fillings.").map((row) => row[1])).toEqual([
      "proportion with preference for sedation or GA",
      "proportion with preference for sedation or GA",
    ]);
    expect(rows("We propose LVPruning. It results in a 62.1% decrease in inference Tera Floating-Point Operations Per Second (TFLOPs).")).toEqual([["62.1%", "decrease in inference TFLOPs", ""]]);
  });

  it("keeps a food scientist's and an agronomist's units whole, and reads a bracketed quantity after an acronym the samples had", () => {
    expect(rows("The oven-dried samples had TPC (23.37 ± 0.70 mg GAE g–1 dry extract) higher than the sun-dried samples.")).toEqual([["23.37 ± 0.70 mg GAE g–1", "TPC", ""]]);
    expect(rows("Fertilizer application resulted in high grain yield of 4392 kg ha− 1.")).toEqual([["4392 kg ha− 1", "grain yield", ""]]);
    // Combined with a drug at a concentration: a setting, not the drug's measure.
    expect(rows("Synergisms were observed when Pae was combined with CDDP (0.31-2.5 mg/L).")).toEqual([]);
  });

  it("leaves out the levels a trial varied, a protocol's condition, a power calculation, the setting a best outcome was had at, and rivals a 'while … only' clause sets against", () => {
    expect(rows("Factorial combinations of four rates of N (0, 23, 46 and 69 kg Nha−1) were laid out in a randomized complete block design.")).toEqual([]);
    expect(rows("Muscles assisted push-off using three power levels (average power over a stride, summed for both legs, of 0.2, 0.4 and 0.5 W∙kg−1).")).toEqual([]);
    expect(rows("If the NRS score was 3 or higher, intravenous metoclopramide 10 mg was administered.")).toEqual([]);
    expect(rows("The study had at least 80% power to detect a 50% increase in the rate of exclusive breastfeeding.")).toEqual([]);
    expect(rows("All three cultivars achieved highest total yields at the narrowest (8 cm) spacing.")).toEqual([]);
    expect(rows("Our quantization enables 2.4x throughput improvement, with a 60% power reduction.").map((row) => row[0])).toContain("60%");
    expect(rows("Results show that while the Scanner and Locator models achieve only 2.0% and 3.7% accuracy respectively, their integration yields an overall accuracy of 35.7%.").map((row) => row[0])).toEqual(["35.7%"]);
    expect(rows("We propose NestedFP. It delivers 1.55× throughput, while introducing only 3.9% performance overhead.").map((row) => row[0])).toContain("3.9%");
  });

  it("keeps what a rate is per, names a change by a measure's acronym, and leaves out a named rival's figures after ours", () => {
    expect(rows("The incidence of all LRI was 48.4 per 100 child-years.")).toEqual([["48.4 per 100 child-years", "incidence", ""]]);
    expect(rows("We propose a strategy, leading up to 9.4% absolute improvements in ROC-AUC over non-pre-trained models.")).toEqual([["9.4%", "improvements in ROC-AUC", ""]]);
    expect(rows("On HumanEval, our model solves 28.8% of the problems, while GPT-3 solves 0% and GPT-J solves 11.4%.").map((row) => row[0])).toEqual(["28.8%"]);
    expect(rows("Our RT-DETR-L achieves 53.0% AP on COCO, while RT-DETR-X achieves 54.8% AP.").map((row) => row[0])).toEqual(["53.0%", "54.8%"]);
  });

  it("leaves out electrocatalysis's reference current density, the number of things studied and the share of labels a model was tuned on", () => {
    expect(rows("Ni foam exhibits an onset potential of −84 mV and a high current density of 10 mA cm−2 at −210 mV.").map((row) => row[0])).not.toContain("10 mA cm−2");
    expect(rows("This study assessed the accuracy of 22 published pedotransfer functions for estimating soil saturation.")).toEqual([]);
    expect(rows("When fine-tuned on only 1% of the labels, we achieve 85.8% top-5 accuracy.")).toEqual([["85.8%", "top-5 accuracy", ""]]);
    expect(rows("We propose X. This procedure achieves 73.9% ImageNet top-1 accuracy with just 1% of the labels using ResNet-50.").map((row) => row[0])).toEqual(["73.9%"]);
    expect(rows("We propose X. With 1% of ImageNet-1K labels, we achieve 75.1% top-1 accuracy.").map((row) => row[0])).toEqual(["75.1%"]);
    // A change named with what changed before it: a decrease, a drop, a gain too.
    expect(rows("We study voter ID. We show that the law caused a 1 percentage point turnout decrease for voters without an ID.")).toEqual([["1 percentage point", "turnout decrease", ""]]);
    expect(rows("We propose ToMe. ToMe doubles the throughput, with only a 0.2-0.3% accuracy drop in each case.").map((row) => row[1])).toContain("accuracy drop");
    // An effect in standard deviations keeps its unit: 0.23 alone says nothing.
    expect(rows("We study AI tutors. AI tutor access raises test performance by 0.23 standard deviations relative to control.")).toEqual([["0.23 standard deviations", "test performance", ""]]);
    // A measured time is no process time; a sentence opening with its purpose may go on to its result; "SDS" is no unit;
    // a bracket that compares two figures is no bare p-value.
    expect(rows("We study attention. Mean reaction time was 520 ms in the Stroop task.")).toEqual([["520 ms", "mean reaction time", "Stroop"]]);
    expect(rows("To assess generalization, we run XNet on COCO and obtain 52.1 AP.")).toEqual([["52.1", "AP", "COCO"]]);
    expect(rows("We run gels. Proteins were separated in 0.5 SDS buffer.")).toEqual([]);
    expect(rows("We test X. Accuracy was not different between groups (0.85 vs 0.87).").map((row) => row[0])).toEqual(["0.85"]);
    // What a study set out to do reports nothing yet.
    expect(rows("Our purpose was to evaluate the diagnostic accuracy of an MR protocol for detection of small (10 mm or less) lesions. The accuracy was 0.94.")).toEqual([["0.94", "accuracy", ""]]);
    // An effect size is a measure, its interval not a result.
    expect(rows("We pooled trials. There was moderate quality evidence for a small effect size of −0.27 (−0.54 to −0.05) in favour of painful exercises.")).toEqual([["−0.27", "effect size", ""]]);
    // "+/-" is "±", and the spread may drop its leading zero.
    expect(rows("We compare imaging. The areas under the ROC curves were (0.940 +/- .018 for MR, 0.951 +/- .013 for CT).").map((row) => row.slice(0, 1))).toEqual([["0.940 ± .018"], ["0.951 ± .013"]]);
    // Seroprevalence and seropositivity are measures; a null finding's bare p-value is not a result.
    expect(rows("We surveyed herds. The overall seroprevalence was 2.4 %, and herd level seroprevalence was 45.9 %.").map((row) => row.slice(0, 2))).toEqual([
      ["2.4%", "overall seroprevalence"],
      ["45.9%", "seroprevalence"],
    ]);
    expect(rows("We surveyed villages. Seropositivity was not related to educational level (0.270).")).toEqual([]);
    // The change an elasticity supposes is not the change found.
    expect(rows("We study immigration. A 10 percent increase in the fraction of immigrants in the population reduces native wages by 0-1 percent.")).toEqual([["0-1 percent", "native wages", ""]]);
    // How long a process was let run is a condition; how a measure was arrived at is no part of it.
    expect(rows("We adsorb fluoride. More than 85% removal of fluoride was achieved at a contact time of 120 min.").map((row) => row[0])).toEqual(["85%"]);
    expect(rows("We test heaters. Moreover, the maximum efficiency values obtained for the 0.012 and 0.016 kg s−1 with and without fins were 40.02%, 51.50% and 34.92%, 43.94%, respectively.")[0]).toEqual(["40.02%", "maximum efficiency", ""]);
    // Doing as well as a rival with fewer labels is the result.
    expect(rows("We propose X. It outperforms discriminative verifiers using only 1% of the process labels in PRM800K.").map((row) => row[0])).toEqual(["1%"]);
    expect(rows("We propose DCLM. Our model gives a 6.6 percentage point improvement on MMLU while being trained with 40% less compute.")).toContainEqual(["40%", "less compute", ""]);
    // The figures of models ours is comparable to are theirs.
    expect(rows("We propose DCLM. Our baseline model is also comparable to Mistral-7B-v0.3 and Llama 3 8B on MMLU (63% & 66%).")).toEqual([]);
  });

  it("reads a benchmark's own score after a percentage on another, a measure whose change word is its verb, and leaves out an interval, a spread, a scale and a group named by an acronym", () => {
    expect(rows("We introduce phi-3-mini (e.g., phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench), despite being small.")).toEqual([
      ["69%", "accuracy", "MMLU"],
      ["8.38", "MT-bench score", "MT-bench"],
    ]);
    expect(rows("Notably, our model's performance increases from 11% to 36.7% on MATH.")).toEqual([["11% to 36.7%", "accuracy", "MATH"]]);
    expect(rows("There was no effect (mean difference in Oswestry disability index scores at 12 months -1.0%, 95% confidence interval -3.7% to 1.6%).").map((row) => row[0])).toEqual(["-1.0%"]);
    expect(rows("The average self-reported HH performance was 87.58 (12.03) out of 100.")).toEqual([["87.58", "HH performance", ""]]);
    expect(rows("Complications were 48% in the control group and 21% in the IS group.").map((row) => row[1])).not.toContain("IS");
  });

  it("names a share by what it is of past its own 'of', reads a hyphenated error rate, and leaves out the figures of the comparators a title names", () => {
    const abstract = "Proportions of treatment-related adverse events of grades 3 to 5 were 19.5% with pembrolizumab, 71.2% with IFNα-2b, and 49.2% with ipilimumab.";
    expect(keyResults(abstract, "Adjuvant Pembrolizumab versus IFNα2b or Ipilimumab in Resected High-Risk Melanoma").map(({ figure, measured }) => [figure, measured])).toEqual([
      ["19.5%", "proportions of treatment-related adverse events of grades 3 to 5"],
    ]);
    expect(comparatorsOf("Spinal versus general anesthesia for elective cesarean delivery: a prospective comparative study")).toEqual(["generalanesthesia"]);
    expect(comparatorsOf("KAN: Kolmogorov-Arnold Networks")).toEqual([]);
    expect(rows("We propose X. X achieves 7.5% and 6.0% word-error-rate (WER) on LibriSpeech.").map((row) => row[1])).toEqual(["word error rate", "word error rate"]);
    expect(rows("We propose SA. The throughput of our approach exceeds FlashAttention2 by 2.1 times.")).toEqual([["2.1 times", "throughput", ""]]);
    // An acronym equated to the figure names its measure; an estimate's interval after a comma is no second result.
    expect(rows("Results: Values lay in the A+B region of the consensus error grid (MARD = 10.56% (fingertip) and 13.17% (forearm)).").map((row) => row.slice(0, 2))).toEqual([
      ["10.56%", "MARD"],
      ["13.17%", "MARD"],
    ]);
    expect(rows("Results: Predictors were hypertension (AOR = 15.47, 7.74–30.89) and butter (AOR = 2.66, 1.25–5.67).").map((row) => row[0])).toEqual(["15.47", "2.66"]);
    expect(rows("Results: The maximum scores differed among the curves (level I=96.8, level II=89.3).").map((row) => row[1])).not.toContain("II");
    expect(rows("Specifically, our ISS achieves ACR=0.958 on ImageNet in 250 minutes, compared to ACR=0.917 by IAS.").map((row) => row[0])).toEqual(["0.958"]);
    // A list goes on past a condition with its acronym: "… without external language model (LM), 1.9%/4.1% with LM".
    expect(rows("We propose ContextNet. It achieves a word error rate (WER) of 2.1% without external language model (LM), 1.9% with LM.").map((row) => row.slice(0, 2))).toEqual([
      ["2.1%", "word error rate"],
      ["1.9%", "word error rate"],
    ]);
  });

  it("names a bare change by the measure said after its rivals, keeps a gerund that says which performance, and leaves out a time point in months", () => {
    expect(rows("On Synapse, the proposed method achieves an absolute 3.82% gain over the state-of-the-art approaches in terms of HD95 evaluation metrics.").map((row) => row.slice(0, 2))).toEqual([["3.82%", "gain in HD95"]]);
    expect(rows("We show that our method improves the steering performance of three LLMs by 52.52% compared to the best criterion.").map((row) => row.slice(0, 2))).toEqual([["52.52%", "steering performance"]]);
    expect(rows("We show that our method improves the existing performance by 5%.").map((row) => row[1])).toEqual(["performance improvement"]);
    expect(rows("However, TTA led to better OA scores up to 6 months postoperatively, while TPLO had fewer infections.")).toEqual([]);
  });

  it("reads a figure said against a rival inside a list as the margin, and keeps a benchmark's convention away from a margin said against a rival", () => {
    expect(rows("MobileBERT achieves a GLUE score of 77.7 (0.6 lower than BERTBASE).").map((row) => row.slice(0, 2))).toEqual([
      ["77.7", "GLUE score"],
      ["0.6", "GLUE score drop"],
    ]);
    expect(rows("On SQuAD, it achieves a dev F1 score of 90.0/79.2 (1.5/2.1 higher than BERTBASE).").map((row) => row[1])).toEqual(["dev F1 score", "dev F1 score", "dev F1 score gain", "dev F1 score gain"]);
    expect(rows("On CIFAR-10, we achieve an error rate of 1.48%, which is 0.65% better than the previous state-of-the-art.").map((row) => row.slice(0, 2))).toEqual([["1.48%", "error rate"]]);
  });

  it("leaves out the figure of a rival surpassed, names a change by what changed before it, and gives no benchmark convention to a measure the sentence names", () => {
    expect(rows("On the GSM8K benchmark, Mistral-7B fine-tuned with PiSSA achieves an accuracy of 72.86%, surpassing LoRA's 67.7% by 5.16%.").map((row) => row[0])).toEqual(["72.86%", "5.16%"]);
    expect(rows("It achieves an average Character Error Rate (CER) of 3.05%, surpassing the latest SOTA of 3.33%.").map((row) => row[0])).toEqual(["3.05%"]);
    expect(rows("Hymba outperforms Llama-3.2-3B with 1.32% higher average accuracy, an 11.67x cache size reduction, and 3.49x throughput.").map((row) => row.slice(0, 2))).toEqual([
      ["1.32%", "higher average accuracy"],
      ["11.67x", "cache size reduction"],
      ["3.49x", "throughput"],
    ]);
    expect(rows("We found a 20% citywide reduction in casualties compared with control zones.").map((row) => row[1])).toEqual(["citywide reduction in casualties"]);
    expect(rows("An image tokenizer with reconstruction quality of 0.94 rFID and codebook usage of 97% on ImageNet benchmark.").map((row) => row[0])).toEqual(["0.94"]);
    expect(rows("It reaches 85% on ImageNet.")).toEqual([["85%", "top-1 accuracy", "ImageNet"]]);
    expect(rows("LLaMA-Omni gives better responses, with a response latency as low as 226ms.").map((row) => row.slice(0, 2))).toEqual([["226ms", "response latency"]]);
    expect(rows("We report the highest ImageNet-1k single-crop, top-1 accuracy to date: 85.4% (97.6% top-5).").map((row) => row.slice(0, 2))).toEqual([
      ["85.4%", "top-1 accuracy"],
      ["97.6%", "top-5 accuracy"],
    ]);
    expect(rows("GameNGen runs at 20 frames per second on a single TPU.").map((row) => row.slice(0, 2))).toEqual([["20", "frames per second"]]);
    expect(rows("It enables fast streaming generation of high-quality videos at 9.4 FPS on a single GPU.").map((row) => row.slice(0, 2))).toEqual([["9.4 FPS", "speed"]]);
    expect(rows("We evaluate SWE-agent on SWE-bench, achieving a pass@1 rate of 12.5%.").map((row) => row.slice(0, 2))).toEqual([["12.5%", "pass@1 rate"]]);
    // Language modelling's units, in lower case.
    expect(rows("The Compressive Transformer obtains state-of-the-art results, achieving 17.1 ppl and 0.97 bpc.").map((row) => row.slice(0, 2))).toEqual([["17.1", "ppl"], ["0.97", "bpc"]]);
  });

  it("counts a size as a result only as a comparison", () => {
    expect(rows("We evaluate models at the scale of 125M to 1.3B parameters.")).toEqual([]);
    expect(rows("We propose XNet. Our 1.3B model matches a 13B baseline, a 10x reduction in parameters.")).toEqual([["10x", "reduction in parameters", ""]]);
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
