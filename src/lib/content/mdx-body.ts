/** Whether an MDX file's body holds the reviewer's words (commentary, an essay): anything but white space. */
export function hasBody(body: string | undefined): boolean {
  return (body ?? "").trim() !== "";
}
