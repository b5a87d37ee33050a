/** Per-label counts of a multi-label prediction against gold labels. */
export interface LabelScore {
  readonly label: string;
  readonly support: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface MultiLabelScores {
  readonly perLabel: readonly LabelScore[];
  readonly microPrecision: number;
  readonly microRecall: number;
  readonly microF1: number;
  /** Mean F1 over the labels that occur in the gold labels. */
  readonly macroF1: number;
}

function f1Of(truePositives: number, falsePositives: number, falseNegatives: number): number {
  const denominator = 2 * truePositives + falsePositives + falseNegatives;
  return denominator === 0 ? 0 : (2 * truePositives) / denominator;
}

/** Scores `predicted[i]` against `gold[i]` for every label in `labels`. */
export function multiLabelScores(
  labels: readonly string[],
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): MultiLabelScores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;

  const perLabel = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((goldLabels, index) => {
      const isGold = goldLabels.includes(label);
      const isPredicted = predicted[index]!.includes(label);
      if (isGold && isPredicted) tp++;
      else if (isPredicted) fp++;
      else if (isGold) fn++;
    });
    truePositives += tp;
    falsePositives += fp;
    falseNegatives += fn;
    return {
      label,
      support: tp + fn,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 0 : tp / (tp + fp),
      recall: tp + fn === 0 ? 0 : tp / (tp + fn),
      f1: f1Of(tp, fp, fn),
    };
  });

  const present = perLabel.filter((score) => score.support > 0);
  return {
    perLabel,
    microPrecision: truePositives / Math.max(1, truePositives + falsePositives),
    microRecall: truePositives / Math.max(1, truePositives + falseNegatives),
    microF1: f1Of(truePositives, falsePositives, falseNegatives),
    macroF1: present.reduce((sum, score) => sum + score.f1, 0) / Math.max(1, present.length),
  };
}
