export { FeatureBuffer } from './feature-buffer.js';
export { LinearModel, softmaxInPlace } from './linear-model.js';
export { loadModelFile, shippedModelPath, shippedModelsFolder } from './load-model-file.js';
export {
  decodeModelFile,
  encodeModelFile,
  weightsChecksum,
  type FeatureKind,
  type ModelFile,
  type ModelMetadata,
} from './model-file.js';
export { MENTION_MARK, TargetFeatureHasher, type EntityKind } from './target-features.js';
export { TextFeatureHasher, type TextFeatureConfig } from './text-features.js';
