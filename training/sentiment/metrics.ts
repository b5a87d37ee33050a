/** A confusion matrix: `counts[gold * classes + predicted]`. */
export class Confusion {
  readonly classes: number;
  readonly counts: Uint32Array;

  constructor(classes: number) {
    this.classes = classes;
    this.counts = new Uint32Array(classes * classes);
  }

  add(gold: number, predicted: number): void {
    this.counts[gold * this.classes + predicted]! += 1;
  }

  get total(): number {
    return this.counts.reduce((sum, count) => sum + count, 0);
  }

  accuracy(): number {
    let correct = 0;
    for (let cls = 0; cls < this.classes; cls++) correct += this.counts[cls * this.classes + cls]!;
    return correct / Math.max(1, this.total);
  }

  f1(cls: number): number {
    let truePositive = 0;
    let predicted = 0;
    let gold = 0;
    for (let other = 0; other < this.classes; other++) {
      predicted += this.counts[other * this.classes + cls]!;
      gold += this.counts[cls * this.classes + other]!;
    }
    truePositive = this.counts[cls * this.classes + cls]!;
    return predicted + gold === 0 ? 0 : (2 * truePositive) / (predicted + gold);
  }

  /** Mean F1 over the given classes; Russian shared tasks average positive and negative only. */
  macroF1(over: readonly number[]): number {
    return over.reduce((sum, cls) => sum + this.f1(cls), 0) / over.length;
  }
}
