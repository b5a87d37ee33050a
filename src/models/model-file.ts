import { createHash } from 'node:crypto';

import { LinearModel } from './linear-model.js';
import type { TextFeatureConfig } from './text-features.js';

/**
 * The shipped model file: 8 bytes of magic, a 4-byte little-endian length, that many bytes of
 * JSON metadata, then the int8 weights. The metadata carries what the runtime needs (labels,
 * feature settings, scales, bias, a checksum of the weights) and what a reader of the model card
 * wants to check (training data, measured figures).
 */
const MAGIC = 'TYNDLM01';

export type FeatureKind = 'text' | 'target' | 'name-token';

export interface ModelMetadata {
  readonly format: 1;
  /** 'text' scores a whole post; 'target' scores a sentence as seen from one mention. */
  readonly featureKind: FeatureKind;
  readonly labels: readonly string[];
  readonly features: TextFeatureConfig;
  readonly scales: readonly number[];
  readonly bias: readonly number[];
  readonly weightsSha256: string;
  /** Free-form facts about training and evaluation, shown by the model card and reports. */
  readonly about: Readonly<Record<string, unknown>>;
}

export interface ModelFile {
  readonly metadata: ModelMetadata;
  readonly model: LinearModel;
}

export function weightsChecksum(weights: Int8Array): string {
  return createHash('sha256')
    .update(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength))
    .digest('hex');
}

export function encodeModelFile(
  metadata: Omit<ModelMetadata, 'weightsSha256'>,
  weights: Int8Array,
): Buffer {
  const complete: ModelMetadata = { ...metadata, weightsSha256: weightsChecksum(weights) };
  const json = Buffer.from(JSON.stringify(complete), 'utf8');
  const header = Buffer.alloc(12);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(json.length, 8);
  return Buffer.concat([
    header,
    json,
    new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength),
  ]);
}

/** Reads a model file's bytes; `name` (a path) only serves error messages. */
export function decodeModelFile(bytes: Uint8Array, name: string): ModelFile {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 12 || buffer.toString('latin1', 0, 8) !== MAGIC) {
    throw new Error(
      `model file ${name}: not a tyndau linear model (bad magic); rebuild it with the training command`,
    );
  }

  const jsonLength = buffer.readUInt32LE(8);
  if (12 + jsonLength > buffer.length) {
    throw new Error(
      `model file ${name}: truncated metadata; the file is damaged, restore or retrain it`,
    );
  }
  const metadata = JSON.parse(buffer.toString('utf8', 12, 12 + jsonLength)) as ModelMetadata;
  if (metadata.format !== 1) {
    throw new Error(
      `model file ${name}: format ${String(metadata.format)} is not supported by this tyndau`,
    );
  }

  const expected = metadata.labels.length << metadata.features.bucketBits;
  const start = 12 + jsonLength;
  if (buffer.length - start !== expected) {
    throw new Error(
      `model file ${name}: ${buffer.length - start} weight bytes, expected ${expected}; the file is damaged`,
    );
  }
  // A copy, so that the weights are aligned and independent of the read buffer.
  const weights = new Int8Array(expected);
  weights.set(new Int8Array(buffer.buffer, buffer.byteOffset + start, expected));
  if (weightsChecksum(weights) !== metadata.weightsSha256) {
    throw new Error(
      `model file ${name}: weights checksum mismatch; the file is damaged, restore or retrain it`,
    );
  }

  const model = new LinearModel(
    metadata.labels,
    metadata.features.bucketBits,
    weights,
    metadata.scales,
    metadata.bias,
  );
  return { metadata, model };
}
