/** A text taken from a public corpus, with what is needed to credit and trace it. */
export type UpstreamCorpus = 'RuSentNE' | 'KazSAnDRA';

export interface CorpusText {
  readonly corpus: UpstreamCorpus;
  /** The upstream file the text is in, e.g. `train_data.csv`. */
  readonly upstreamFile: string;
  /** The upstream's id of the text (KazSAnDRA `custom_id`), or its data row for RuSentNE. */
  readonly upstreamId: string;
  /** KazSAnDRA's domain: mapping (2GIS place reviews), appstore, market, bookstore. */
  readonly domain?: string;
  readonly text: string;
}
