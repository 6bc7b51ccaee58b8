/**
 * The labels of a structured abstract ("Background: … Methods: … Results: … Conclusions: …")
 * and the part of the abstract each one opens.
 */

export const SECTION_LABEL = String.raw`(?:Background|Methods?|Materials and Methods|Results?|Conclusions?|Objectives?|Purpose|Aims?|Findings|Interpretation|Significance|Design|Setting|Introduction|Motivation|Context|Problem|Approach|Contributions?)`;

export type SectionKind = "background" | "aim" | "methods" | "results" | "conclusion";

const KINDS: [RegExp, SectionKind][] = [
  [/^(?:Objectives?|Purpose|Aims?|Problem)$/i, "aim"],
  [/^(?:Methods?|Materials and Methods|Design|Setting|Approach)$/i, "methods"],
  [/^(?:Results?|Findings)$/i, "results"],
  [/^(?:Conclusions?|Interpretation|Significance|Contributions?)$/i, "conclusion"],
];

/** The same labels in capitals: "OBJECTIVES To determine …". */
export const SECTION_LABEL_CAPITALS = SECTION_LABEL.replace(/[a-z]+/g, (word) => word.toUpperCase());

/**
 * A label opening a sentence, with or without its colon, before a capital ("Methods: We …",
 * "RESULTS. The …", "MethodsUsing …"), or standing alone ("PURPOSE."); not "Results show …".
 */
const OPENING_LABEL = new RegExp(String.raw`^(${SECTION_LABEL}|${SECTION_LABEL_CAPITALS})(?=\s*:|\.?\s+\p{Lu}|\p{Lu}\p{Ll}|\s*[.:]?$)`, "u");

/**
 * The part of the abstract each sentence is in, carried forward from the last label; undefined
 * for every sentence when the abstract is not structured (fewer than two kinds of label).
 */
export function sectionsOf(texts: readonly string[]): (SectionKind | undefined)[] {
  let current: SectionKind | undefined;
  const kinds = texts.map((text) => (current = openingSection(text) ?? current));
  return new Set(kinds.filter((kind) => kind !== undefined)).size >= 2 ? kinds : kinds.map(() => undefined);
}

/** The kind of section a sentence's opening label starts ("Methods: We …" → "methods"), undefined when it opens with none. */
export function openingSection(text: string): SectionKind | undefined {
  const label = text.match(OPENING_LABEL)?.[1];
  return label === undefined ? undefined : (KINDS.find(([pattern]) => pattern.test(label))?.[1] ?? "background");
}

/** The sentence without the section label that opens it ("Objective: To assess …" → "To assess …"). */
export function withoutSectionLabel(text: string): string {
  const label = text.match(OPENING_LABEL)?.[0];
  return label === undefined ? text : text.slice(label.length).replace(/^\s*:?\s*/, "");
}
