import { describe, expect, it } from "vitest";
import { abstractView, claimId, namePieces } from "../../src/lib/view/abstract-view.ts";

describe("namePieces", () => {
  it("marks words with two or more capitals as names", () => {
    const names = namePieces("We propose KANs, unlike MLP-Mixer and HiFi-GAN; Transformers are not. NeRF is.")
      .filter((piece) => piece.kind === "name")
      .map((piece) => piece.text);
    expect(names).toEqual(["KANs", "MLP-Mixer", "HiFi-GAN", "NeRF"]);
  });

  it("joins back into the text", () => {
    const text = "γ-MoD and μ-Transfer, TTS (text-to-speech) 深度学习.";
    expect(namePieces(text).map((piece) => piece.text).join("")).toBe(text);
  });
});

describe("abstractView", () => {
  it("links web URLs, keeps everything else as text, and numbers the claims", () => {
    const text = "We propose KANs. Code: https://github.com/KindXiaoming/pykan. It is 2x faster. javascript:alert(1)";
    const parts = abstractView(text);
    const joined = parts.flatMap((part) => part.pieces.map((piece) => piece.text)).join("");
    expect(joined).toBe(text);
    const links = parts.flatMap((part) => part.pieces.filter((piece) => piece.kind === "link"));
    expect(links).toEqual([{ kind: "link", text: "https://github.com/KindXiaoming/pykan", href: "https://github.com/KindXiaoming/pykan" }]);
    expect(parts.filter((part) => part.claim).map((part) => claimId(part.sentence!))).toEqual(["claim-1", "claim-3"]);
  });
});
