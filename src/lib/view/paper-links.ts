/**
 * Links built from the reviewer's bibliographic fields (arXiv id, DOI, URLs) and the "edit this
 * page" link. Everything a reviewer typed is checked before it becomes an href: only http(s)
 * links come out, so a `javascript:` URL in a frontmatter field stays inert.
 */

/** `2404.19756`, `arXiv:2404.19756v2`, `https://arxiv.org/abs/2404.19756` → `2404.19756(v2)`. */
export function arxivId(value: string | undefined): string | undefined {
  const id = value
    ?.trim()
    .replace(/^arxiv:\s*/i, "")
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, "")
    .replace(/\.pdf$/i, "");
  // New-style ids (2404.19756) and old-style ones (hep-th/9901001), with an optional version.
  return id && /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i.test(id) ? id : undefined;
}

export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

/** Hugging Face's page for an arXiv paper: its id without the version. */
export function huggingFaceUrl(id: string): string {
  return `https://huggingface.co/papers/${id.replace(/v\d+$/, "")}`;
}

/**
 * Where a reader can find a paper the review has no link for: searches by its title on arXiv,
 * Hugging Face Papers and Semantic Scholar, labelled as searches (they may find more than one).
 */
export function findLinks(title: string): { label: string; href: string }[] {
  const query = encodeURIComponent(title.trim());
  return [
    { label: "arXiv", href: `https://arxiv.org/search/?query=${query}&searchtype=title` },
    { label: "Hugging Face Papers", href: `https://huggingface.co/papers?q=${query}` },
    { label: "Semantic Scholar", href: `https://www.semanticscholar.org/search?q=${query}` },
  ];
}

/** `10.1000/xyz`, `doi:10.1000/xyz`, `https://doi.org/10.1000/xyz` → `10.1000/xyz`. */
export function doiName(value: string | undefined): string | undefined {
  const doi = value
    ?.trim()
    .replace(/^doi:\s*/i, "")
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "");
  return doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;
}

/** The value as an http(s) link, normalised; undefined for anything else. */
export function webUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where to edit `path` (relative to the repository root) on the repository's web host:
 * GitHub, GitLab, Bitbucket, or anything that copies GitHub's `/edit/<branch>/<path>`.
 * Accepts `https://host/owner/repo(.git)` and `git@host:owner/repo.git` (Netlify's
 * REPOSITORY_URL is the former). Undefined when no repository is configured.
 */
export function editUrl(repository: string | undefined, path: string, branch = "main"): string | undefined {
  if (!repository?.trim()) return undefined;
  const ssh = repository.trim().match(/^(?:ssh:\/\/)?git@([^:/]+)[:/](.+)$/);
  const base = webUrl(ssh ? `https://${ssh[1]}/${ssh[2]}` : repository);
  if (!base) return undefined;
  const url = new URL(base);
  const repo = url.pathname.replace(/\/+$/, "").replace(/\.git$/, "");
  const file = path.split("/").map(encodeURIComponent).join("/");
  const ref = encodeURIComponent(branch);
  const host = url.hostname.toLowerCase();
  const tail = host.includes("gitlab")
    ? `/-/edit/${ref}/${file}`
    : host.includes("bitbucket")
      ? `/src/${ref}/${file}?mode=edit`
      : `/edit/${ref}/${file}`;
  return `${url.origin}${repo}${tail}`;
}
