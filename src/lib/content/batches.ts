/**
 * `task` over `items`, a batch at a time, results in order: the file system works on several
 * files at once (10,000 one after another wait on each other), yet open files stay bounded
 * (50,000 at once run out of file descriptors: EMFILE). Used by the build's content check and
 * by the CLIs that read or write content.
 */
export async function mapInBatches<T, R>(items: readonly T[], task: (item: T, index: number) => Promise<R>, size = 64): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    out.push(...(await Promise.all(items.slice(start, start + size).map((item, offset) => task(item, start + offset)))));
  }
  return out;
}
