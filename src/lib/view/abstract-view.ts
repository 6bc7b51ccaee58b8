/**
 * An abstract as a page shows it: sentences (claims marked), inside them web links and named
 * things (acronyms and method names such as KAN, TTS, HiFi-GAN) that search weighs above plain
 * words. Only a structure of strings: the page renders every piece through Astro's escaping.
 */

import { abstractParts, type ClaimKind } from "../model/claims.ts";
import { linkify } from "./linkify.ts";

export type Piece = { kind: "text"; text: string } | { kind: "name"; text: string } | { kind: "link"; text: string; href: string };

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

export function namePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
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

export function abstractView(abstract: string): ViewPart[] {
  return abstractParts(abstract).map((part) => ({
    ...(part.sentence !== undefined ? { sentence: part.sentence } : {}),
    ...(part.claim ? { claim: part.claim } : {}),
    pieces: linkify(part.text).flatMap((segment): Piece[] => (segment.kind === "link" ? [segment] : namePieces(segment.text))),
  }));
}

/** The id of a sentence on its paper's page, for links from key-results tables. */
export const claimId = (sentence: number) => `claim-${sentence}`;
