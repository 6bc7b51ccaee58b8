import { describe, expect, it } from "vitest";
import { pageUrl, paginate } from "../../src/lib/view/pagination.ts";

describe("paginate", () => {
  it("splits a list into pages of the given size, the last one shorter", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[2]).toMatchObject({ number: 3, count: 3, start: 4, total: 5 });
  });

  it("always gives one page, even for an empty list", () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], start: 0, total: 0 }]);
  });

  it("keeps the plain URL for the first page", () => {
    expect(pageUrl("/topics/kan/", 1)).toBe("/topics/kan/");
    expect(pageUrl("/topics/kan/", 3)).toBe("/topics/kan/3/");
  });
});
