import { UnrecoverableError } from 'bullmq';
import type { Article, ArticleInput } from '../types.js';

/** The BullMQ job name of every article job. */
export const ARTICLE_JOB = 'article';

/**
 * What one queued article carries: the article as `readInputs` read it. `warnings` are the
 * decoding notes ("not valid UTF-8: read as Windows-1252") so the output matches `run`'s.
 */
export interface ArticleJob {
  id: string;
  source: string;
  text: string;
  date: string | null;
  warnings?: string[];
}

/** What a finished article job returns (kept by BullMQ with the job). */
export interface ArticleJobResult {
  file: string;
  items: Record<'dates' | 'people' | 'organizations' | 'places' | 'money' | 'events', number>;
}

/**
 * The BullMQ job id of an article: its id, so adding the same article twice adds nothing.
 * BullMQ refuses ids that look like integers and ids with ":", so "%", ":" and "#" are escaped
 * and an integer-like (or empty) id gets a leading "#"; distinct article ids keep distinct job ids.
 */
export function jobIdOf(articleId: string): string {
  const escaped = articleId.replace(/[%:#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return escaped === '' || `${parseInt(escaped, 10)}` === escaped ? `#${escaped}` : escaped;
}

export const jobOfInput = (input: ArticleInput, warnings: readonly string[]): ArticleJob => ({
  id: input.id,
  source: input.source,
  text: input.text,
  date: input.date ?? null,
  ...(warnings.length > 0 ? { warnings: [...warnings] } : {}),
});

const describe = (v: unknown): string => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v);

/**
 * The article a job's payload stands for. A payload that is not one is bad input: it fails the
 * job at once (UnrecoverableError), since retrying cannot make it better.
 */
export function inputOfJob(data: unknown): { input: ArticleInput; warnings: string[] } {
  const bad = (reason: string): never => {
    throw new UnrecoverableError(`bad job: ${reason}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad(`the payload is ${describe(data)}, not an object`);
  const job = data as Record<string, unknown>;
  if (typeof job.id !== 'string') return bad(`"id" is ${describe(job.id)}, not a string`);
  if (typeof job.text !== 'string') return bad(`"text" is ${describe(job.text)}, not a string`);
  if (job.text.trim() === '') return bad('no text: the article is empty or only white space');
  if (job.date !== null && job.date !== undefined && (typeof job.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(job.date)))
    return bad(`"date" must be an ISO date (YYYY-MM-DD) or null, got ${JSON.stringify(job.date)}`);
  const warnings = job.warnings ?? [];
  if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === 'string')) return bad('"warnings" must be a list of strings');
  const source = typeof job.source === 'string' ? job.source : job.id;
  return { input: { id: job.id, source, text: job.text, date: (job.date as string | null | undefined) ?? null }, warnings };
}

/** An article whose messages hold errors failed by its content: the reason BullMQ keeps, or null. */
export function contentFailure(article: Article): string | null {
  const errors = article.messages.filter((m) => m.severity === 'error');
  return errors.length === 0 ? null : errors.map((m) => `${m.stage}: ${m.reason}`).join('; ');
}
