import { describe, expect, it } from "vitest";
import { runIngest } from "../../scripts/ingest.ts";
import { PROJECT } from "../site/fixture-site.ts";

describe("the committed content", () => {
  it("is up to date with content/digest.txt (npm run ingest -- --check)", async () => {
    const log: string[] = [];
    expect(await runIngest({ root: PROJECT, check: true, log: (line) => log.push(line) })).toBe(0);
    expect(log.at(-1)).toBe("would be: added 0, updated 0, unchanged 216, removed 0, kept 0");
  });
});
