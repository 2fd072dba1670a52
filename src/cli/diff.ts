import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { diffArticle, type ArticleDiff } from '../diff/compare.js';
import { formatArticleDiff } from '../diff/report.js';
import { writeFileAtomic } from '../io/atomic.js';
import { diffPage } from '../html/diff-page.js';
import { mkdir } from 'node:fs/promises';
import { EXIT, fail, guard } from './common.js';

interface DiffArgs {
  actual: string;
  golden: string;
  update?: boolean;
  html?: string;
}

/** A golden folder holds `<id>.json` files or `<id>/expected.json` case folders. */
function goldenFileFor(goldenDir: string, id: string): string | null {
  const flat = join(goldenDir, `${id}.json`);
  if (existsSync(flat)) return flat;
  const nested = join(goldenDir, id, 'expected.json');
  return existsSync(nested) ? nested : null;
}

/** Pairs of (actual file, golden file) to compare; golden cases without output are reported. */
async function pairsOf(actual: string, golden: string): Promise<{ pairs: Array<[string, string, string]>; orphans: string[] }> {
  if (!statSync(actual).isDirectory()) return { pairs: [[basename(actual, '.json'), actual, golden]], orphans: [] };
  const ids = (await readdir(actual)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const pairs: Array<[string, string, string]> = [];
  const orphans: string[] = [];
  for (const id of ids) {
    const g = goldenFileFor(golden, id);
    if (g) pairs.push([id, join(actual, `${id}.json`), g]);
  }
  for (const entry of (await readdir(golden)).sort()) {
    const id = entry.endsWith('.json') ? entry.slice(0, -5) : entry;
    if (goldenFileFor(golden, id) && !ids.includes(id)) orphans.push(id);
  }
  return { pairs, orphans };
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw Object.assign(new Error(`${path}: ${(error as Error).message}`), { name: 'UsageError' });
  }
}

export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff <actual> <golden>',
  describe: 'compare output with golden files: items missing, added and changed, precision/recall per kind; exit 1 when different',
  builder: (yargs) =>
    (yargs as Argv<object>)
      .positional('actual', { type: 'string', describe: 'an output <id>.json file, or an output folder' })
      .positional('golden', { type: 'string', describe: 'a golden file, or a folder of <id>.json or <id>/expected.json' })
      .option('update', { type: 'boolean', default: false, describe: 'after showing the diff, write actual over golden' })
      .option('html', { type: 'string', describe: 'also write DIR/<id>.html per article: missing, added and changed items on its text, P/R per kind' })
      .example('$0 diff output/ tests/golden/', 'every article that has a golden file')
      .example('$0 diff output/ tests/golden/ --html diffs/', 'the same, and a page per article to see it on') as unknown as Argv<DiffArgs>,
  handler: (args) =>
    guard(async () => {
      for (const path of [args.actual, args.golden])
        if (!existsSync(path)) return fail(`${path}: no such file or directory`);
      const { pairs, orphans } = await pairsOf(args.actual, args.golden);
      if (pairs.length === 0) return fail(`nothing to compare: no output in ${args.actual} has a golden file in ${args.golden}`);
      const diffs: ArticleDiff[] = [];
      for (const [id, actualFile, goldenFile] of pairs) {
        const actual = await readJson(actualFile);
        const diff = diffArticle(id, await readJson(goldenFile), actual);
        diffs.push(diff);
        process.stdout.write(formatArticleDiff(diff) + '\n');
        if (args.html !== undefined) {
          await mkdir(args.html, { recursive: true });
          const page = join(args.html, `${id}.html`);
          await writeFileAtomic(page, diffPage(diff, String(actual.text ?? '')));
          process.stdout.write(`  page ${page}\n`);
        }
        if (args.update && !diff.equal) {
          await writeFileAtomic(goldenFile, JSON.stringify(actual, null, 2) + '\n');
          process.stdout.write(`  updated ${goldenFile}\n`);
        }
      }
      for (const id of orphans) process.stdout.write(`${id}: golden file has no output to compare\n`);
      const differing = diffs.filter((d) => !d.equal).length;
      process.stdout.write(`${diffs.length} compared, ${differing} differ${orphans.length ? `, ${orphans.length} without output` : ''}\n`);
      process.exitCode = differing > 0 && !args.update ? EXIT.failed : EXIT.ok;
    }),
};
