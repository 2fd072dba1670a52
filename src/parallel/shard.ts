/** A stable part of the articles: shard `index` of `count` (0-based, as Kubernetes and AWS Batch array indexes are). */
export interface Shard {
  index: number;
  count: number;
}

/** Parse "i/n" with 0 ≤ i < n. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count)
    throw Object.assign(new Error(`--shard ${text}: expected i/n with 0 ≤ i < n, for example 0/4`), { name: 'UsageError' });
  return { index, count };
}

/** FNV-1a over the id's UTF-16 units: the same id lands in the same shard on every machine. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const inShard = (id: string, shard: Shard | undefined): boolean => !shard || hashId(id) % shard.count === shard.index;
