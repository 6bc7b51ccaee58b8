/**
 * The home page `npm run new` drafts for a review it starts: a title and a description from
 * the drafted topics, and a short introduction that names them. The introduction is MDX, so it
 * holds no text from the sources: topics appear as `[[topic:id]]` references (the build writes
 * their titles, escaped), and figures are numbers the ingest computed. A fingerprint of the
 * drafted text in the frontmatter tells a page still as drafted from one the reviewer rewrote.
 */

import { parseFrontmatter, splitFrontmatter, yamlQuote } from "../content/content-files.ts";
import { fnv1a } from "../content/hash.ts";
import { UNNAMED_TOPIC, type DraftTopic } from "./draft-topics.ts";

export const DRAFT_HOME_NOTE = "{/* Drafted by npm run new from the papers. Rewrite the title, the description and this introduction in your own words; then delete this note and the drafted: line. */}";

/** How many topic titles the review's title names. */
const TITLE_TOPICS = 2;

export interface DraftHome {
  title: string;
  description: string;
  body: string;
}

/**
 * No counts or dates: the review grows with every ingest, and a drafted sentence would soon
 * disagree with the numbers the home page computes.
 */
export function draftHome(topics: readonly DraftTopic[]): DraftHome {
  const named = [...topics]
    .filter((topic) => topic.title !== UNNAMED_TOPIC)
    .sort((a, b) => b.members.length - a.members.length || a.order - b.order)
    .slice(0, TITLE_TOPICS + 1);
  const subject = named.length > TITLE_TOPICS ? `${named.slice(0, TITLE_TOPICS).map((topic) => topic.title).join(", ")} and More` : listOf(named.map((topic) => topic.title));
  const title = subject === "" ? "A Topical Review" : `${subject}: A Topical Review`;
  const inOrder = [...topics].sort((a, b) => a.order - b.order);
  const description = topics.length === 0 ? "A topical review of research papers." : `A topical review of research papers on ${listOf(inOrder.map((topic) => topic.title))}.`;
  const topicLine = topics.length === 0 ? "" : ` Its ${topics.length === 1 ? "topic was" : "topics were"} drafted from the papers' abstracts: ${listOf(inOrder.map((topic) => `[[topic:${topic.id}]]`))}.`;
  const body = [
    DRAFT_HOME_NOTE,
    "",
    `This review gathers research papers and groups them by topic.${topicLine}`,
    "",
    "Each topic page lists its papers with the sentence that says what each one does and a table of the results they report. Every paper page links to the paper itself and to the papers nearest to it.",
    "",
  ].join("\n");
  return { title, description, body };
}

/** `content/index.mdx` as drafted, its fingerprint in the frontmatter. */
export function renderHomeFile(home: DraftHome): string {
  return `---\ntitle: ${yamlQuote(home.title)}\ndescription: ${yamlQuote(home.description)}\ndrafted: ${yamlQuote(fingerprint(home.title, home.description, home.body))}\n---\n\n${home.body}`;
}

/**
 * Whether a home page is still exactly as `npm run new` drafted it: its fingerprint matches its
 * title, description and body. A page without one, or edited since, is the reviewer's.
 */
export function isDraftedHome(text: string): boolean {
  try {
    const split = splitFrontmatter(text, "content/index.mdx");
    const data = (parseFrontmatter(split, "content/index.mdx").toJS() ?? {}) as Record<string, unknown>;
    const { title, description, drafted } = data;
    if (typeof title !== "string" || typeof description !== "string" || typeof drafted !== "string") return false;
    return drafted === fingerprint(title, description, split.body.replace(/^\n/, ""));
  } catch {
    // A page that does not even parse is the reviewer's to mend, not ours to replace.
    return false;
  }
}

function fingerprint(title: string, description: string, body: string): string {
  return fnv1a(`${title}\n${description}\n${body}`).toString(16).padStart(8, "0");
}


/** "A, B and C"; "A; B and C; D" when a name holds "and" or a comma itself, so the list still parses. */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const separator = items.some((item) => / and |,/.test(item)) ? "; " : ", ";
  return `${items.slice(0, -1).join(separator)}${separator === "; " ? "; and " : " and "}${items.at(-1)}`;
}
