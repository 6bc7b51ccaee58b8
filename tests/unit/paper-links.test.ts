import { describe, expect, it } from "vitest";
import { arxivId, arxivPdfUrl, arxivUrl, doiName, doiUrl, editUrl, findLinks, huggingFaceUrl, webUrl } from "../../src/lib/view/paper-links.ts";

describe("links from reviewer fields", () => {
  it("reads arXiv ids however they are written", () => {
    for (const value of ["2404.19756", "arXiv:2404.19756", "https://arxiv.org/abs/2404.19756", "http://arxiv.org/pdf/2404.19756.pdf"]) {
      expect(arxivId(value), value).toBe("2404.19756");
    }
    expect(arxivId("2404.19756v2")).toBe("2404.19756v2");
    expect(arxivId("hep-th/9901001")).toBe("hep-th/9901001");
    expect(arxivId("javascript:alert(1)")).toBeUndefined();
    expect(arxivUrl("2404.19756")).toBe("https://arxiv.org/abs/2404.19756");
  });

  it("reads DOIs and links them through doi.org", () => {
    expect(doiName("doi:10.1000/xyz")).toBe("10.1000/xyz");
    expect(doiName("https://dx.doi.org/10.1000/xyz")).toBe("10.1000/xyz");
    expect(doiName("xyz")).toBeUndefined();
    expect(doiUrl("10.1002/(SICI)1097-4571#x")).toBe("https://doi.org/10.1002/(SICI)1097-4571%23x");
  });

  it("keeps only web links", () => {
    expect(webUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(webUrl("javascript:alert(1)")).toBeUndefined();
    expect(webUrl("data:text/html,<script>")).toBeUndefined();
    expect(webUrl("not a url")).toBeUndefined();
  });
});

describe("editUrl", () => {
  it("points at the file's editor on GitHub, GitLab and Bitbucket", () => {
    expect(editUrl("https://github.com/owner/repo", "content/papers/kan.mdx")).toBe("https://github.com/owner/repo/edit/main/content/papers/kan.mdx");
    expect(editUrl("https://github.com/owner/repo.git/", "content/topics/t.mdx", "draft")).toBe("https://github.com/owner/repo/edit/draft/content/topics/t.mdx");
    expect(editUrl("git@github.com:owner/repo.git", "a.mdx")).toBe("https://github.com/owner/repo/edit/main/a.mdx");
    expect(editUrl("https://gitlab.com/group/repo", "a.mdx")).toBe("https://gitlab.com/group/repo/-/edit/main/a.mdx");
    expect(editUrl("https://bitbucket.org/team/repo", "a.mdx")).toBe("https://bitbucket.org/team/repo/src/main/a.mdx?mode=edit");
  });

  it("gives nothing without a usable repository", () => {
    expect(editUrl(undefined, "a.mdx")).toBeUndefined();
    expect(editUrl("", "a.mdx")).toBeUndefined();
    expect(editUrl("javascript:alert(1)", "a.mdx")).toBeUndefined();
  });
});

describe("links to a paper's source", () => {
  it("goes from an arXiv id to its abstract, PDF and Hugging Face page", () => {
    expect(arxivPdfUrl("2404.19756v2")).toBe("https://arxiv.org/pdf/2404.19756v2");
    expect(huggingFaceUrl("2404.19756v2")).toBe("https://huggingface.co/papers/2404.19756");
  });

  it("searches by title, escaped, on arXiv, Hugging Face Papers and Semantic Scholar when the paper has no link", () => {
    const links = findLinks(` KAN & "MLP" <b>#1</b>?`);
    expect(links.map((link) => link.label)).toEqual(["arXiv", "Hugging Face Papers", "Semantic Scholar"]);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.href).toContain("KAN%20%26%20%22MLP%22%20%3Cb%3E%231%3C%2Fb%3E%3F");
    }
  });
});
