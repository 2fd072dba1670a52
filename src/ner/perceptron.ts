import { LABEL_COUNT, allowedAfter } from './labels.js';

/**
 * Weights of a linear-chain model: one row of LABEL_COUNT weights per feature, and transition
 * weights from each label (row LABEL_COUNT: the sequence start) to each label.
 */
export interface ChainWeights {
  /** features × labels, row-major. */
  emission: Float32Array | Float64Array;
  /** (labels + 1) × labels: row `prev` (LABEL_COUNT = start), column `next`. */
  transition: Float32Array | Float64Array;
}

/** One sequence to tag: for each token, the ids of its known features. */
export type FeatureSequence = readonly (readonly number[])[];

const L = LABEL_COUNT;

/**
 * The transitions with BIO's forbidden steps (an I- label after anything but its own B- or I-) as
 * −Infinity: (labels + 1) × labels, row LABEL_COUNT the sequence start.
 */
export function allowedTransitions(transition: ArrayLike<number>): Float64Array {
  const allowed = new Float64Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) allowed[p * L + y] = allowedAfter(p === L ? -1 : p, y) ? transition[p * L + y]! : -Infinity;
  return allowed;
}

/**
 * The best label sequence under the weights (Viterbi), with BIO's constraints as hard rules.
 * `breaks[i]` set: no name runs on from token i − 1 into token i (a comma, a possessive between them).
 */
export function viterbi(weights: ChainWeights, tokens: FeatureSequence, breaks?: ArrayLike<number>): Uint8Array {
  const n = tokens.length;
  const { emission } = weights;
  const scores = new Float64Array(n * L);
  for (let i = 0; i < n; i++)
    for (const f of tokens[i]!) {
      const row = f * L;
      for (let y = 0; y < L; y++) scores[i * L + y]! += emission[row + y]!;
    }
  return decodeRange(allowedTransitions(weights.transition), scores, 0, n - 1, breaks ?? new Uint8Array(n));
}

/**
 * The best label sequence of tokens [first, last] (Viterbi) under each token's score for each label
 * (`scores`, tokens × labels) and `transition` as allowedTransitions makes it: `breaks[i]` set
 * forbids an I- label at token i.
 */
export function decodeRange(transition: Float64Array, scores: Float64Array, first: number, last: number, breaks: ArrayLike<number>): Uint8Array {
  const n = last - first + 1;
  const out = new Uint8Array(Math.max(n, 0));
  if (n <= 0) return out;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  const start = L * L;
  for (let y = 0; y < L; y++) score[y] = scores[first * L + y]! + transition[start + y]!;
  for (let i = 1; i < n; i++) {
    const local = (first + i) * L;
    const broken = breaks[first + i];
    for (let y = 0; y < L; y++) {
      if (broken && y !== 0 && y % 2 === 0) {
        score[i * L + y] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      const from = (i - 1) * L;
      for (let p = 0; p < L; p++) {
        const s = score[from + p]! + transition[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + scores[local + y]!;
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k]! > score[(n - 1) * L + y]!) y = k;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y]!;
  }
  return out;
}

/** A labelled sequence for training. */
export interface TrainingSequence {
  tokens: FeatureSequence;
  labels: Uint8Array;
  breaks?: Uint8Array;
}

/** Options of `trainPerceptron`. */
export interface PerceptronOptions {
  epochs: number;
  /** Seed of the shuffle before each epoch: the same seed and data give the same weights. */
  seed: number;
}

/** A small, fixed PRNG (mulberry32), so that training is reproducible byte for byte. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An averaged structured perceptron (Collins 2002): decode each sequence with the current weights,
 * move the weights toward the gold labels where they differ, and return the average of the
 * weights over every step (which generalizes far better than the last weights).
 */
export function trainPerceptron(featureCount: number, data: readonly TrainingSequence[], options: PerceptronOptions): ChainWeights {
  const w: ChainWeights = { emission: new Float64Array(featureCount * L), transition: new Float64Array((L + 1) * L) };
  // Σ step × update, so that the average is w − u / steps without summing every step.
  const u: ChainWeights = { emission: new Float64Array(featureCount * L), transition: new Float64Array((L + 1) * L) };
  const next = random(options.seed);
  const order = data.map((_, i) => i);
  let step = 1;
  const bump = (target: 'emission' | 'transition', index: number, delta: number): void => {
    w[target][index]! += delta;
    u[target][index]! += step * delta;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { tokens, labels, breaks } = data[k]!;
      const guess = viterbi(w, tokens, breaks);
      for (let i = 0; i < tokens.length; i++) {
        const gold = labels[i]!;
        const got = guess[i]!;
        const goldPrev = i === 0 ? L : labels[i - 1]!;
        const gotPrev = i === 0 ? L : guess[i - 1]!;
        if (gold !== got) {
          for (const f of tokens[i]!) {
            bump('emission', f * L + gold, 1);
            bump('emission', f * L + got, -1);
          }
        }
        if (gold !== got || goldPrev !== gotPrev) {
          bump('transition', goldPrev * L + gold, 1);
          bump('transition', gotPrev * L + got, -1);
        }
      }
      step++;
    }
  }
  for (const target of ['emission', 'transition'] as const) {
    const weights = w[target];
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! - u[target][i]! / step;
  }
  return w;
}
