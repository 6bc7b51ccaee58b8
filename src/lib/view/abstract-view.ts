/**
 * An abstract as a page shows it: sentences (claims marked), inside them web links, named
 * things (acronyms and method names such as KAN, TTS, HiFi-GAN) that search weighs above plain
 * words, emphasis as the authors wrote it, and inline math. Sentences and claims are found in
 * the abstract's plain text (`plainAbstract`: `89.7%`, `1.65×`, `O(n²)`), then mapped back to
 * its tokens. Only a structure of strings: the page renders every piece through Astro's
 * escaping; a math piece is a MathML tree `texToMathTree` rebuilt from an allow-list, rendered element by element.
 */

import { abstractTokens, type InlineToken } from "../model/abstract-text.ts";
import { abstractParts, type ClaimKind, type ClaimMarks } from "../model/claims.ts";
import { linkify } from "./linkify.ts";
import { texToMathTree, type MathNode } from "./math.ts";

/** Text, a link or a name: what a sentence and an emphasis hold. */
export type InlinePiece = { kind: "text"; text: string } | { kind: "name"; text: string } | { kind: "link"; text: string; href: string };

/**
 * What a page renders. Every piece's `text` is its plain text: joined, a part's pieces are the
 * plain text of the abstract (a math piece cut by a sentence end is in the first sentence, whole).
 */
export type Piece =
  | InlinePiece
  /** `tree` (MathML, rebuilt from an allow-list) is undefined when the TeX does not render: the page shows `plain`. */
  | { kind: "math"; text: string; plain: string; tex: string; tree: MathNode | undefined }
  | { kind: "emphasis"; strong: boolean; text: string; pieces: InlinePiece[] };

export interface ViewPart {
  /** 1-based sentence number; absent for the space between sentences. */
  sentence?: number;
  claim?: ClaimKind;
  pieces: Piece[];
}

/**
 * A word with two or more capitals (KAN, KANs, MLP-Mixer, HiFi-GAN, NeRF) is a name a reader
 * searches for; plain words and sentence-initial capitals are not.
 */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function namePieces(text: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if ((word.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    if (match.index > last) pieces.push({ kind: "text", text: text.slice(last, match.index) });
    pieces.push({ kind: "name", text: word });
    last = match.index + word.length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}

/** Links, then names in the text between them. */
function inlinePieces(text: string): InlinePiece[] {
  return linkify(text).flatMap((segment): InlinePiece[] => (segment.kind === "link" ? [segment] : namePieces(segment.text)));
}

/** The plain text a token stands for. */
const plainOf = (token: InlineToken) => (token.kind === "math" ? token.plain : token.text);

/** The abstract, as written in the digest, cut into sentences and pieces. */
export function abstractView(abstract: string, marks?: ClaimMarks): ViewPart[] {
  const tokens = abstractTokens(abstract);
  const plain = tokens.map(plainOf).join("");
  const starts: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    starts.push(offset);
    offset += plainOf(token).length;
  }
  let first = 0; // the first token that may still overlap the next part
  let partStart = 0;
  return abstractParts(plain, marks).map((part) => {
    const partEnd = partStart + part.text.length;
    const pieces: Piece[] = [];
    while (first < tokens.length && starts[first]! + plainOf(tokens[first]!).length <= partStart) first++;
    for (let k = first; k < tokens.length && starts[k]! < partEnd; k++) {
      const token = tokens[k]!;
      const start = starts[k]!;
      if (token.kind === "math") {
        // Whole, in the part where it starts.
        if (start >= partStart) pieces.push({ kind: "math", text: token.plain, plain: token.plain, tex: token.tex, tree: texToMathTree(token.tex) });
        continue;
      }
      const text = token.text.slice(Math.max(0, partStart - start), partEnd - start);
      if (text === "") continue;
      if (token.kind === "text") pieces.push(...inlinePieces(text));
      else pieces.push({ kind: "emphasis", strong: token.strong, text, pieces: inlinePieces(text) });
    }
    partStart = partEnd;
    return {
      ...(part.sentence !== undefined ? { sentence: part.sentence } : {}),
      ...(part.claim ? { claim: part.claim } : {}),
      pieces,
    };
  });
}

/** The id of a sentence on its paper's page, for links from key-results tables. */
export const claimId = (sentence: number) => `claim-${sentence}`;
