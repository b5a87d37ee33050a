/**
 * Bucket indices of the features of one input, reused from post to post. A feature that occurs
 * twice is listed twice: its weight counts twice.
 */
export class FeatureBuffer {
  indices = new Int32Array(1024);
  count = 0;

  clear(): void {
    this.count = 0;
  }

  push(index: number): void {
    if (this.count === this.indices.length) {
      const grown = new Int32Array(this.indices.length * 2);
      grown.set(this.indices);
      this.indices = grown;
    }
    this.indices[this.count++] = index;
  }

  /** A copy of the current indices, for training sets that keep every example's features. */
  snapshot(): Int32Array {
    return this.indices.slice(0, this.count);
  }
}
