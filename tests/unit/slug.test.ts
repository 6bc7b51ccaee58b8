import { describe, expect, it } from "vitest";
import { assignSlugs, baseSlug, MAX_SLUG_LENGTH } from "../../src/lib/content/slug.ts";

describe("baseSlug", () => {
  it("is readable and transliterated", () => {
    expect(baseSlug("γ-MoD: Exploring Mixture-of-Depth Adaptation")).toBe("gamma-mod-exploring-mixture-of-depth-adaptation");
    expect(baseSlug("A Large-Scale Exploration of μ-Transfer")).toBe("a-large-scale-exploration-of-mu-transfer");
    expect(baseSlug("Café Straße Œuvre")).toBe("cafe-strasse-oeuvre");
    expect(baseSlug("4+3 Phases of Compute-Optimal Neural Scaling Laws")).toBe("4-3-phases-of-compute-optimal-neural-scaling-laws");
  });

  it("never takes a page number's name", () => {
    expect(baseSlug("2")).toBe("paper-2");
    expect(baseSlug("1984?")).toBe("paper-1984");
  });

  it("stays short, cutting at a word", () => {
    const slug = baseSlug("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("names titles with no Latin letters by a stable hash", () => {
    expect(baseSlug("深度学习")).toMatch(/^paper-[0-9a-f]{6}$/);
    expect(baseSlug("深度学习")).toBe(baseSlug("深度学习"));
    expect(baseSlug("???")).not.toBe(baseSlug("---"));
  });
});

describe("assignSlugs", () => {
  it("does not depend on the order titles arrive in", () => {
    const titles = ["KAN Networks", "Kan networks", "KAN: Networks", "Other"];
    const forward = assignSlugs(titles, new Set());
    const backward = assignSlugs([...titles].reverse(), new Set());
    expect([...forward].sort()).toEqual([...backward].sort());
    expect(new Set(forward.values()).size).toBe(4);
  });

  it("never takes a slug already in use, and suffixes deterministically", () => {
    const slugs = assignSlugs(["KAN Networks"], new Set(["kan-networks"]));
    expect(slugs.get("KAN Networks")).toMatch(/^kan-networks-[0-9a-f]{6}$/);
    expect(assignSlugs(["KAN Networks"], new Set(["kan-networks"]))).toEqual(slugs);
  });
});
