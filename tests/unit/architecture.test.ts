/**
 * The stages of src/lib import in one direction only (docs/architecture.md): the model uses
 * nothing else; the content rules may use the model; the ingest and the views may use both,
 * not each other; the workbench may use all of them. Nothing in src/lib imports Astro, the
 * pages, the components or the scripts.
 */

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const LIB = fileURLToPath(new URL("../../src/lib/", import.meta.url));

/** Which stages each stage may import from (its own always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  content: ["model"],
  ingest: ["model", "content"],
  view: ["model", "content"],
  workbench: ["model", "content", "view"],
};

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gm), ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!);
}

/** Imports against the direction, as readable lines; `file` is relative to src/lib. */
function violations(modulesAndImports: readonly { file: string; specifiers: readonly string[] }[]): string[] {
  const wrong: string[] = [];
  for (const { file, specifiers } of modulesAndImports) {
    const stage = file.split("/")[0]!;
    for (const specifier of specifiers) {
      if (!specifier.startsWith(".")) {
        // astro/zod is plain zod re-exported (the schemas must be the collections' zod); nothing else of Astro's.
        if (/^(astro|@astrojs\/)/.test(specifier) && specifier !== "astro/zod") wrong.push(`${file} imports ${specifier}: src/lib stays free of Astro`);
        continue;
      }
      const target = relative(LIB, resolve(LIB, dirname(file), specifier));
      const targetStage = target.split("/")[0]!;
      if (target.startsWith("..")) wrong.push(`${file} imports ${specifier}, outside src/lib`);
      else if (targetStage !== stage && !MAY_IMPORT[stage]?.includes(targetStage)) wrong.push(`${file} (${stage}) imports ${target} (${targetStage})`);
    }
  }
  return wrong;
}

describe("src/lib", () => {
  const files = modules(LIB).map((path) => ({ file: relative(LIB, path), specifiers: imports(path) }));

  it("is made of the stage folders, with no module left at the top", () => {
    const stages = new Set(files.map(({ file }) => file.split("/")[0]));
    expect([...stages].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    expect(files.length).toBeGreaterThan(20);
  });

  it("imports only in the direction of the data flow", () => {
    expect(violations(files)).toEqual([]);
  });

  it("reports an import against the direction, out of src/lib, or of Astro", () => {
    expect(
      violations([
        { file: "model/review.ts", specifiers: ["./text.ts", "../view/claims.ts"] },
        { file: "view/claims.ts", specifiers: ["../ingest/digest.ts", "../model/text.ts", "../../data/review.ts", "astro:content"] },
      ]),
    ).toEqual([
      "model/review.ts (model) imports view/claims.ts (view)",
      "view/claims.ts (view) imports ingest/digest.ts (ingest)",
      "view/claims.ts imports ../../data/review.ts, outside src/lib",
      "view/claims.ts imports astro:content: src/lib stays free of Astro",
    ]);
  });
});
