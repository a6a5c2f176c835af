/**
 * Scores a dossier export against hand annotations (gold.json): recall and precision of people, agreements
 * and outlets, counted per (article, entity) pair. Used by scripts/evaluate.ts and the held-out test.
 */
import anyAscii from 'any-ascii';

interface Named {
  name: string;
  aliases: string[];
  articles: string[];
}
export interface DossierLike {
  articles: { id: string; source: string }[];
  people: Named[];
  agreements: Named[];
  outlets: Named[];
}
export interface Gold {
  articles: Record<string, { people: string[][]; agreements: string[][]; outlets: string[][] }>;
}
export interface KindScore {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
  misses: string[];
  wrong: string[];
}
type Kind = 'people' | 'agreements' | 'outlets';

const fold = (s: string): string =>
  anyAscii(s).toLowerCase().replace(/['’`".,-]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');

// Words that carry an agreement's identity; two descriptions sharing two of them are taken as the same one.
const AGREEMENT_WORDS = new Set(
  'treaty agreement pact deal accord declaration partnership strategic comprehensive friendship defence defense mutual assistance arms arrangement cooperation bridge health border moscow pyongyang bilateral ties good neighborly neighbourly'.split(' '),
);
const shared = (a: string, b: string): number => {
  const x = new Set(a.split(' ').filter((w) => AGREEMENT_WORDS.has(w)));
  return [...new Set(b.split(' '))].filter((w) => x.has(w)).length;
};

/** Does a predicted surface form name the same thing as a gold one? Lenient for descriptions, exact for names. */
function matches(kind: Kind, predicted: string, gold: string): boolean {
  const p = fold(predicted);
  const g = fold(gold);
  if (p === g) return true;
  if (kind === 'people') {
    // "Mr. Putin" and "Vladimir V. Putin" name the man the dossier calls Vladimir Putin: the same family name
    // (last word, or first for Korean order) and no given name that disagrees. "Kim Jong Il" ≠ "Kim Jong Un".
    const a = p.replace(/^(?:mr|mrs|ms|dr|president|chairman|leader) /, '').split(' ');
    const b = g.replace(/^(?:mr|mrs|ms|dr|president|chairman|leader) /, '').split(' ');
    if (a.length === 1 || b.length === 1) return false;
    const [x, y] = a.length <= b.length ? [a, b] : [b, a];
    return x.at(-1) === y.at(-1) && x[0] === y[0] && x.slice(1, -1).every((w) => y.some((v) => v === w || v[0] === w[0]));
  }
  if (kind !== 'agreements') return false;
  // Agreements are described in many ways: containment, or two identity words in common.
  return p.includes(g) || g.includes(p) || shared(p, g) >= 2;
}

function scoreKind(kind: Kind, dossier: DossierLike, gold: Gold): KindScore {
  const s: KindScore = { gold: 0, found: 0, predicted: 0, correct: 0, recall: 0, precision: 0, misses: [], wrong: [] };
  for (const [file, want] of Object.entries(gold.articles)) {
    const article = dossier.articles.find((a) => a.source.endsWith(`/${file}`) || a.source === file);
    const predicted = article ? dossier[kind].filter((e) => e.articles.includes(article.id)) : [];
    const forms = (e: Named): string[] => [e.name, ...e.aliases];
    for (const entity of want[kind]) {
      s.gold++;
      if (predicted.some((e) => forms(e).some((f) => entity.some((g) => matches(kind, f, g))))) s.found++;
      else s.misses.push(`${file}: ${entity[0]}`);
    }
    for (const e of predicted) {
      s.predicted++;
      if (want[kind].some((entity) => forms(e).some((f) => entity.some((g) => matches(kind, f, g))))) s.correct++;
      else s.wrong.push(`${file}: ${e.name}`);
    }
  }
  s.recall = s.gold ? s.found / s.gold : 1;
  s.precision = s.predicted ? s.correct / s.predicted : 1;
  return s;
}

export function score(dossier: DossierLike, gold: Gold): { people: KindScore; agreements: KindScore; outlets: KindScore; overall: { recall: number; precision: number } } {
  const people = scoreKind('people', dossier, gold);
  const agreements = scoreKind('agreements', dossier, gold);
  const outlets = scoreKind('outlets', dossier, gold);
  const all = [people, agreements, outlets];
  const sum = (k: keyof Pick<KindScore, 'gold' | 'found' | 'predicted' | 'correct'>): number => all.reduce((n, x) => n + x[k], 0);
  return { people, agreements, outlets, overall: { recall: sum('found') / sum('gold'), precision: sum('correct') / sum('predicted') } };
}
