/**
 * npm run evaluate -- <folder> <gold.json> [--json out.json]: builds a dossier from a folder of articles
 * (no cache; an editorial file there is used if present) and scores it against hand annotations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dossierExport } from '../src/lib/dossier-export.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { score, type Gold } from '../tests/eval/score.ts';
import { readOptions } from './cli.ts';

const USAGE = `Usage: npm run evaluate -- [<folder> [<gold.json>]] [options]

Builds a dossier from a folder of articles (default: tests/fixtures/heldout) and scores its people, agreements
and outlets against hand annotations (default: <folder>/gold.json).

Options:
  --json <file>   also write the scores as JSON
  -v, --verbose   list what was missed and what was wrong
  -h, --help      show this help`;
const { positionals, values } = readOptions({ allowPositionals: true, options: { json: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } }, USAGE);
const [folder = 'tests/fixtures/heldout', goldFile = `${folder}/gold.json`] = positionals;
const { dossier } = await ingest({ seeds: folder, cache: null });
const exported = dossierExport({ title: dossier.meta.title, ...dossier }, (kind, id) => `/${kind}/${id}/`);
const result = score(exported, JSON.parse(readFileSync(goldFile, 'utf8')) as Gold);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log(`${folder}: ${dossier.articles.length} articles`);
console.log('kind        gold  found  recall  predicted  correct  precision');
for (const kind of ['people', 'agreements', 'outlets'] as const) {
  const k = result[kind];
  console.log(`${kind.padEnd(10)} ${String(k.gold).padStart(5)} ${String(k.found).padStart(6)} ${pct(k.recall).padStart(7)} ${String(k.predicted).padStart(10)} ${String(k.correct).padStart(8)} ${pct(k.precision).padStart(10)}`);
  if (values.verbose) {
    for (const m of k.misses) console.log(`    missed  ${m}`);
    for (const w of k.wrong) console.log(`    wrong   ${w}`);
  }
}
console.log(`overall    recall ${pct(result.overall.recall)}, precision ${pct(result.overall.precision)}`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
