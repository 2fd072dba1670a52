import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { LABELS, LABEL_COUNT } from './labels.js';
import type { ChainWeights } from './perceptron.js';

/** The layout this loader reads; `npm run train` writes the same number. */
export const MODEL_FORMAT = 1;

/** Where `npm run train` writes the model: models/names.model.gz at the package root (from src/ and dist/ alike). */
export const shippedModelPath = fileURLToPath(new URL('../../models/names.model.gz', import.meta.url));

/** The model the pipeline reads: `NEWS_EXTRACT_NAME_MODEL` when set (a model trained on your own data), else the shipped one. */
export const defaultModelPath = process.env.NEWS_EXTRACT_NAME_MODEL || shippedModelPath;

/** The model file is missing, unreadable or not a model this version reads. */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
}

/** A trained tagger: feature name → row of the weights. */
export interface NameModel {
  features: ReadonlyMap<string, number>;
  weights: ChainWeights;
}

interface Header {
  format: number;
  labels: string[];
  features: number;
  /** Every weight in the file is an integer: multiply by `step` for the weight. */
  step: number;
  transition: number[];
}

/**
 * The model as a small file: weights quantized to integer multiples of one step (a thousandth of
 * the largest), zeros left out, and features whose every weight rounds below `minWeight` steps
 * pruned. A gzipped text file: a JSON header line, then one line per feature,
 * `name<TAB>label:weight,...`, in the order given (so the same model gives the same bytes).
 */
export function serializeModel(names: readonly string[], weights: ChainWeights, minWeight = 1): Buffer {
  let max = 0;
  for (const w of weights.emission) max = Math.max(max, Math.abs(w));
  for (const w of weights.transition) max = Math.max(max, Math.abs(w));
  const step = max / 1000 || 1;
  const lines: string[] = [];
  names.forEach((name, f) => {
    const cells: string[] = [];
    let strongest = 0;
    for (let y = 0; y < LABEL_COUNT; y++) {
      const q = Math.round(weights.emission[f * LABEL_COUNT + y]! / step);
      strongest = Math.max(strongest, Math.abs(q));
      if (q !== 0) cells.push(`${y}:${q}`);
    }
    if (strongest >= minWeight && !/[\t\n]/.test(name)) lines.push(`${name}\t${cells.join(',')}`);
  });
  const header: Header = {
    format: MODEL_FORMAT,
    labels: [...LABELS],
    features: lines.length,
    step: Number(step.toPrecision(9)),
    transition: Array.from(weights.transition, (w) => Math.round(w / step)),
  };
  return gzipSync(`${JSON.stringify(header)}\n${lines.join('\n')}\n`, { level: 9 });
}

const rebuild = 'rebuild it with `npm run train`';

/** Read a model file. Throws ModelFileError naming the file and how to rebuild it. */
export function loadModel(path: string = defaultModelPath): NameModel {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new ModelFileError(`name tagger model not found: ${path} is missing or unreadable; ${rebuild}`);
  }
  try {
    return parseModelFile(raw);
  } catch (error) {
    throw new ModelFileError(`name tagger model ${path} is corrupt (${error instanceof Error ? error.message : String(error)}); ${rebuild}`);
  }
}

/** The model in the bytes `serializeModel` writes; throws on anything out of shape. */
export function parseModelFile(file: Buffer): NameModel {
  return parseModel(gunzipSync(file).toString('utf8'));
}

/** The model in a file's text; throws on anything out of shape. */
function parseModel(text: string): NameModel {
  const lines = text.split('\n');
  const header = JSON.parse(lines[0]!) as Header;
  if (header.format !== MODEL_FORMAT) throw new Error(`format ${header.format}, expected ${MODEL_FORMAT}`);
  if (header.labels?.join() !== LABELS.join()) throw new Error('labels differ from this version');
  if (header.transition?.length !== (LABEL_COUNT + 1) * LABEL_COUNT) throw new Error('bad transition table');
  const count = header.features;
  if (lines.length !== count + 2 || lines[count + 1] !== '') throw new Error(`expected ${count} features, found ${lines.length - 2}`);
  const features = new Map<string, number>();
  const emission = new Float32Array(count * LABEL_COUNT);
  for (let f = 0; f < count; f++) {
    const line = lines[f + 1]!;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`line ${f + 2} has no weights`);
    features.set(line.slice(0, tab), f);
    if (tab + 1 === line.length) continue;
    for (const cell of line.slice(tab + 1).split(',')) {
      const colon = cell.indexOf(':');
      const y = Number(cell.slice(0, colon));
      const q = Number(cell.slice(colon + 1));
      if (!(y >= 0 && y < LABEL_COUNT) || !Number.isInteger(q)) throw new Error(`line ${f + 2}: bad weight "${cell}"`);
      emission[f * LABEL_COUNT + y] = q * header.step;
    }
  }
  const transition = Float32Array.from(header.transition, (q) => q * header.step);
  return { features, weights: { emission, transition } };
}
