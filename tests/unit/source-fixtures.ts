/** What the format parsers' tests share: the fixtures of tests/fixtures/sources/, and the error a parse throws. */

import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { SourceError } from "../../src/lib/ingest/source.ts";

export const fixture = (name: string) => readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url), "utf8");

/** The error `parse` throws, to assert its line and message together. */
export function failure(parse: () => unknown): { line: number | undefined; message: string } {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return { line: (error as SourceError).line, message: (error as SourceError).message };
  }
  throw new Error("expected a SourceError");
}
