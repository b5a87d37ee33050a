/**
 * Rounds float weights to int8 with one scale per class. The scale maps a high quantile of the
 * class's absolute weights (not the maximum) to 127, so that a few outliers do not flatten
 * every other weight to zero; the outliers are clipped.
 */
export function quantiseWeights(
  weights: Float32Array,
  classes: number,
  quantile = 0.9999,
): { quantised: Int8Array; scales: number[] } {
  const scales: number[] = [];
  const quantised = new Int8Array(weights.length);

  for (let cls = 0; cls < classes; cls++) {
    const magnitudes: number[] = [];
    for (let slot = cls; slot < weights.length; slot += classes) {
      if (weights[slot] !== 0) magnitudes.push(Math.abs(weights[slot]!));
    }
    magnitudes.sort((a, b) => a - b);
    const reference =
      magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * quantile))] ?? 1;
    const scale = reference > 0 ? reference / 127 : 1;
    scales.push(scale);

    for (let slot = cls; slot < weights.length; slot += classes) {
      quantised[slot] = Math.max(-127, Math.min(127, Math.round(weights[slot]! / scale)));
    }
  }
  return { quantised, scales };
}
