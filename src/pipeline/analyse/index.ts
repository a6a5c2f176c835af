/**
 * analyse: cross-source facts from the resolved dossier, computed once: the summary (synopsis, key facts,
 * timeline, disagreements, coverage, relationship graph) and, on every entity, what it is mentioned alongside.
 * Pure: the same dossier gives the same summary; nothing reads the clock.
 */
import type { Cite, Summary } from '../../schema.ts';
import { COUNTRIES } from '../../lexicons/countries.ts';
import { longDate, weekdayOf } from '../dates.ts';
import { addTo } from '../group.ts';
import type { Dossier } from '../resolve/index.ts';
import { amountDisagreements, countDisagreements, eventDisagreements, roleDisagreements, spellingVariants, statusDisagreements } from './disagreements.ts';
import { counts } from './counts.ts';
import { amounts, days, durations, weekdays, type Statement } from './events.ts';
import { alongside, coMentions, coverage, graph, keyOf } from './network.ts';
import { sentencesOf, type Sentence } from './sentences.ts';
import { corpusOf, synopsis } from './synopsis.ts';
import { timeline } from './timeline.ts';

export interface Analysis {
  dossier: Dossier;
  summary: Summary;
}

export function analyse(dossier: Dossier): Analysis {
  const sentences = sentencesOf(dossier);
  const corpus = corpusOf(sentences);
  const total = Math.max(dossier.articles.length, 1);
  const spread = new Map<string, number>([
    ...dossier.people.map((e) => [keyOf('person', e.id), e.data.articles.length] as const),
    ...dossier.agreements.map((e) => [keyOf('agreement', e.id), e.data.articles.length] as const),
  ]);
  const brief = synopsis(sentences, corpus, (key) => (spread.get(key) ?? 0) / total);
  const { entries: dated, told } = timeline(sentences, corpus);
  const dayStatements = days(sentences);
  const pairs = coMentions(dossier);
  const near = alongside(pairs);
  const withAlongside = <T extends { alongside: unknown }>(kind: 'person' | 'agreement' | 'outlet', list: { id: string; data: T }[]) =>
    list.map((e) => ({ id: e.id, data: { ...e.data, alongside: near.get(keyOf(kind, e.id)) ?? [] } }));

  const summary: Summary = {
    synopsis: brief,
    facts: {
      what: brief[0] ?? null,
      when: eventDay(dated, told),
      published: publishedRange(dossier),
      where: place(sentences, dossier),
      who: [...dossier.people]
        .sort((a, b) => b.data.articles.length - a.data.articles.length || b.data.mentions.length - a.data.mentions.length || (a.id < b.id ? -1 : 1))
        .slice(0, 4)
        .map((p) => p.id),
    },
    timeline: dated,
    disagreements: [
      ...roleDisagreements(dossier.people),
      ...eventDisagreements('day', weekdays(sentences), (sides) => weekdayNote(sides, dayStatements)),
      ...eventDisagreements('date', dayStatements),
      ...eventDisagreements('duration', durations(sentences)),
      ...amountDisagreements(amounts(sentences)),
      ...countDisagreements(counts(sentences)),
      ...statusDisagreements(dossier.agreements),
      ...spellingVariants('person', dossier.people),
      ...spellingVariants('agreement', dossier.agreements),
      // (not an outlet's names, "AP" and "Associated Press", "Reuters" and "Thomson Reuters": the directory
      // knows them as one outlet's, and they say nothing the sources disagree on; its page lists them)
    ],
    coverage: coverage(dossier),
    graph: graph(dossier, pairs),
  };
  return {
    dossier: {
      ...dossier,
      people: withAlongside('person', dossier.people),
      agreements: withAlongside('agreement', dossier.agreements),
      outlets: withAlongside('outlet', dossier.outlets),
    },
    summary,
  };
}

/** The calendar day the running text of the most articles gives: the day the dossier is about. */
function eventDay(dated: Summary['timeline'], told: Set<string>): Summary['facts']['when'] {
  let best: { date: string; cites: Cite[]; articles: number } | null = null;
  for (const entry of dated) {
    // (a day only captions give is when a photo was taken)
    if (entry.date.length !== 10 || !told.has(entry.date)) continue;
    const cites = entry.events.flatMap((e) => e.cites);
    const articles = new Set(cites.map((c) => c.article)).size;
    if (!best || articles > best.articles) best = { date: entry.date, cites, articles };
  }
  return best && { date: best.date, cites: best.cites };
}

function publishedRange(dossier: Dossier): Summary['facts']['published'] {
  const dates = dossier.articles.flatMap((a) => (a.data.date ? [a.data.date] : [])).sort();
  return dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null;
}

// Capitals by their first word, longest first: each capitalised word of a sentence is looked up, instead of
// trying two hundred names at every position (one expression of them all was a sixth of the analysis).
const CAPITALS = new Map<string, string[]>();
for (const c of new Set(COUNTRIES.map((x) => x.capital).filter((x): x is string => !!x))) addTo(CAPITALS, /^\p{Lu}[\p{L}\p{M}]*/u.exec(c)?.[0] ?? c, c);
for (const list of CAPITALS.values()) list.sort((a, b) => b.length - a.length);
const isWordChar = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{M}\d_]/u.test(ch);

/** The capitals a sentence names, each where it stands as a whole word. */
function capitalsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}]*/gu)) {
    if (isWordChar(text[m.index - 1])) continue;
    const name = CAPITALS.get(m[0])?.find((c) => text.startsWith(c, m.index) && !isWordChar(text[m.index + c.length]));
    if (name) out.push(name);
  }
  return out;
}

/** The capital city most articles name in their running text (datelines say where the reporter was, not the event). */
function place(sentences: Sentence[], dossier: Dossier): Summary['facts']['where'] {
  const found = new Map<string, Map<string, Cite>>();
  for (const s of sentences) {
    if (s.kind === 'caption') continue;
    for (const name of capitalsIn(s.text)) {
      let byArticle = found.get(name);
      if (!byArticle) found.set(name, (byArticle = new Map()));
      if (!byArticle.has(s.article)) byArticle.set(s.article, { article: s.article, paragraph: s.paragraph });
    }
  }
  const ranked = [...found].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0];
  if (!top || top[1].size < Math.min(2, dossier.articles.length)) return null;
  return { place: top[0], cites: [...top[1].values()] };
}


/** When the sources disagree on a weekday, the calendar says which day the most-cited date was. */
function weekdayNote(sides: { value: string }[], dayStatements: Statement[]): string | null {
  const counts = new Map<string, number>();
  for (const s of dayStatements) counts.set(s.norm, (counts.get(s.norm) ?? 0) + 1);
  const date = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!date || !sides.length) return null;
  return `The sources date these events to ${longDate(date)}, which was a ${weekdayOf(date)}.`;
}
