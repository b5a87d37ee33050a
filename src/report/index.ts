export { csvForSpreadsheet, exportAggregates, type ExportOptions } from './export-aggregates.js';
export { DIGEST_LABELS, type DigestLabels, type SectionId } from './digest-labels.js';
export { readModelAccuracy, type ModelAccuracy, type MeasuredStage, type TestFigures } from './model-accuracy.js';
export { writeDigest, type DigestFiles, type DigestOptions } from './write-digest.js';
