/** Whether an MDX file's body holds the reviewer's words (commentary, an essay): anything but white space. */
export function hasBody(body: string | undefined): boolean {
  return (body ?? "").trim() !== "";
}

/**
 * The note the ingest leaves in a drafted topic's body: an MDX comment, so readers never see an
 * instruction meant for the reviewer; the dashboard (/review/) lists the topics that still hold it.
 */
export const DRAFT_TOPIC_NOTE =
  "{/* Drafted by the ingest. Rewrite this: say what the topic is, its main lines of work and how the papers relate; then delete this note. */}";

/** A topic body that is still only the ingest's draft note: no essay yet. */
export function isDraftNote(body: string | undefined): boolean {
  return (body ?? "").trim() === DRAFT_TOPIC_NOTE;
}
