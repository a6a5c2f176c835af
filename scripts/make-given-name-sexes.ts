/**
 * Regenerates src/lexicons/given-name-sexes.ts from the faker locales' first-name lists (MIT):
 *   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
 *   node scripts/make-given-name-sexes.ts package --without <names> > src/lexicons/given-name-sexes.ts
 * (--without: comma-separated names to leave out as well, such as a family name the no-seed-names test forbids
 * in bundled data; the file in the repository was made with the one it lists that is also a given name)
 * A name is one sex's when no locale gives it to the other, or one locale against five or more; names given to
 * both across languages ("Andrea", "Simone", "Michele" are men's names in Italian) are left out, and so are the
 * syllable-named languages, whose given names either sex bears.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import path from 'node:path';
import anyAscii from 'any-ascii';

const { values, positionals } = parseArgs({ options: { without: { type: 'string', default: '' } }, allowPositionals: true });
const dir = positionals[0];
if (!dir) {
  console.error('usage: node scripts/make-given-name-sexes.ts <unpacked @faker-js/faker package folder> [--without a,b]');
  process.exit(1);
}
const { allLocales } = (await import(pathToFileURL(path.resolve(dir, 'dist/index.js')).href)) as { allLocales: Record<string, { person?: { first_name?: { female?: string[]; male?: string[] } } }> };
const SKIP = new Set(['ko', 'zh_CN', 'zh_TW', 'vi', 'ja', 'th', 'base', 'en_BORK', 'en_AU_ocker']);
/** Names either sex bears in languages the lists do not cover, and those asked to be left out. */
const LEFT_OUT = new Set(['andrea', 'simone', 'michele', 'nicola', 'sasha', 'jean', 'kim', 'robin', 'alexis', ...values.without.toLowerCase().split(',').filter(Boolean)]);
const female = new Map<string, number>();
const male = new Map<string, number>();
for (const [locale, def] of Object.entries(allLocales)) {
  const names = def.person?.first_name;
  if (SKIP.has(locale) || !names) continue;
  for (const [list, counts] of [[names.female ?? [], female], [names.male ?? [], male]] as const) {
    for (const n of new Set(list.map((x) => anyAscii(x).toLowerCase().trim()))) if (/^[a-z][a-z'-]+$/.test(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
}
const F: string[] = [];
const M: string[] = [];
for (const n of new Set([...female.keys(), ...male.keys()])) {
  const [f, m] = [female.get(n) ?? 0, male.get(n) ?? 0];
  if (LEFT_OUT.has(n)) continue;
  if (f > 0 && (m === 0 || (m === 1 && f >= 5))) F.push(n);
  else if (m > 0 && (f === 0 || (f === 1 && m >= 5))) M.push(n);
}
const wrap = (list: string[]): string => {
  const lines: string[] = [];
  let line = '';
  for (const n of list.sort()) {
    if (`${line} ${n}`.length > 116) (lines.push(`  ${line.trim()}`), (line = ''));
    line += ` ${n}`;
  }
  return [...lines, `  ${line.trim()}`].join('\n');
};
const set = (doc: string, name: string, list: string[]): string => `/** ${doc} */\nexport const ${name}: ReadonlySet<string> = new Set(\n  \`\n${wrap(list)}\`\n    .trim()\n    .split(/\\s+/),\n);\n`;
console.log(`/**
 * Given names that one sex bears, lower-case ASCII, for telling whom "he" or "she" stands for. General data:
 * the female and male first-name lists of the faker locales (@faker-js/faker 10.6, MIT), transliterated with
 * any-ascii, without the syllable-named languages (Chinese, Japanese, Korean, Thai, Vietnamese). A name is
 * listed for one sex when no locale, or only one against five or more, gives it to the other; names that are
 * given to both across languages are left out ("Andrea", "Simone" and "Michele" are men's names in Italian).
 * Made by scripts/make-given-name-sexes.ts.
 */

${set('Given names borne by women.', 'FEMALE_NAMES', F)}
${set('Given names borne by men.', 'MALE_NAMES', M)}`);
