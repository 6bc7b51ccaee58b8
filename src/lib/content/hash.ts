/**
 * FNV-1a, 32 bits, over UTF-16 code units: a short stable hash for slug suffixes and
 * citation keys. Not cryptographic; it only has to be deterministic and well spread.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Six hex digits of the title's hash. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0").slice(0, 6);
}
