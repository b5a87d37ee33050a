import type { CollectionVolume } from './store.js';

/**
 * The columns of `collections` added up per source, platform and format, named as
 * `CollectionVolume` names them, in SQL both stores accept. Runs recorded before the ledger told
 * new posts from stored ones (inserted is NULL) count every post they read as new, since nothing
 * tells which were.
 */
export const COLLECTION_VOLUME_COLUMNS = `source_label AS "sourceLabel", platform, format, count(*) AS runs,
  sum(coalesce(inserted, read)) AS posts, sum(read) AS read, sum(coalesce(existing, 0)) AS existing,
  sum(skipped) AS skipped, max(at) AS "lastAt"`;

/** A row of `COLLECTION_VOLUME_COLUMNS`; `At` is how the store's driver returns a time. */
export type CollectionVolumeRow<At> = Omit<CollectionVolume, 'lastAt'> & { readonly lastAt: At };

export function collectionVolumeOf<At>(row: CollectionVolumeRow<At>, lastAt: Date): CollectionVolume {
  return { ...row, lastAt };
}
