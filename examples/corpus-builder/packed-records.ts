/** What a format writer produces: the file's content and where each text went in it. */
export interface PackedRecords {
  readonly content: string | Buffer;
  /** The id each record has in the file, in the order the records were given. */
  readonly recordIds: readonly string[];
  /** Posts the file holds beyond one per text: reposts that repeat another post's text. */
  readonly extraPosts: number;
}
