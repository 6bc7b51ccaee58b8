import { describe, expect, it } from "vitest";
import { pageUrl } from "../../src/lib/view/pagination.ts";

// Astro's paginate() cuts the lists; the pages' own URLs must match what it generates.
describe("pageUrl", () => {
  it("keeps the plain URL for the first page", () => {
    expect(pageUrl("/topics/kan/", 1)).toBe("/topics/kan/");
    expect(pageUrl("/topics/kan/", 3)).toBe("/topics/kan/3/");
  });
});
