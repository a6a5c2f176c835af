/** The analyse stage: rank conflicts, dates, durations, and the summary it draws from the seeds and from a made-up event. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { counts } from '../../src/pipeline/analyse/counts.ts';
import { amountDisagreements, countDisagreements, eventDisagreements, rankConflict } from '../../src/pipeline/analyse/disagreements.ts';
import { amounts, durations } from '../../src/pipeline/analyse/events.ts';
import { NUMBER_WORDS } from '../../src/lexicons/numbers.ts';
import { datesIn } from '../../src/pipeline/analyse/timeline.ts';
import { cosine, sentencesOf, STOPWORDS, terms, vectorOf, Vocabulary } from '../../src/pipeline/analyse/sentences.ts';
import { agreesWith, BACKS, corpusOf, figures, synopsis } from '../../src/pipeline/analyse/synopsis.ts';
import { analyseSource } from '../../src/pipeline/extract-all.ts';
import { decodeSource } from '../../src/pipeline/read.ts';
import { resolve } from '../../src/pipeline/resolve/index.ts';
import { SEEDS } from '../helpers.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import type { Summary } from '../../src/schema.ts';

const vocabulary = new Vocabulary();
/** A disagreement as the reader reads it: what it is about, and each source's value. */
const told = (d: Summary['disagreements'][number]) => `${d.about}: ${d.sides.map((x) => x.value).join(' | ')}`;
const sentence = (text: string) => ({ article: 'a', paragraph: 'p-1', kind: 'body' as const, order: 0, text, words: vocabulary.numbers(text), entities: [], published: '2024-06-19' });

describe('synopsis', () => {
  it('shows a line without the dateline its sentence opens with, not without an acronym', () => {
    const lines = synopsis([sentence('JAKARTA - North Korean leader Jane Doe and the Russian president held talks on economic issues on Thursday.')], corpusOf([]), () => 0);
    expect(lines.map((l) => l.text)).toEqual(['North Korean leader Jane Doe and the Russian president held talks on economic issues on Thursday.']);
    const nato = "NATO - the world's largest military alliance - agreed on Thursday to raise spending on defence.";
    expect(synopsis([sentence(nato)], corpusOf([]), () => 0).map((l) => l.text)).toEqual([nato]);
    // Nor the bullet of a summary box's point.
    expect(synopsis([sentence('• A jet with 186 people on board overran the runway while landing in heavy rain.')], corpusOf([]), () => 0).map((l) => l.text)).toEqual(['A jet with 186 people on board overran the runway while landing in heavy rain.']);
  });

  it('cites no paragraph that gives other figures, or none, as backing a line with figures', () => {
    const at = (text: string, article: string, order: number) => ({ ...sentence(text), article, order, paragraph: `p-${article}` });
    const sentences = [
      at('European ministers agreed a €30 billion aid package for the region on June 19 in Brussels.', 'a', 0),
      at('European ministers agreed a €35 billion aid package for the region on June 19 in Brussels.', 'b', 0),
      at('European ministers agreed a €30 billion aid package for the region on June 19, 2024.', 'c', 0),
      at('European ministers agreed an aid package for the region on June 19 in Brussels.', 'd', 0),
    ];
    const lines = synopsis(sentences, corpusOf(sentences), () => 0);
    expect(lines[0]!.cites.map((c) => c.article)).toEqual(['a', 'c']);
    expect([...figures('On June 19, 2024, 1,250 people saw 30.5 billion at 10:30.')]).toEqual(['1250', '30.5', '10', '30']);
    expect([...figures('a state visit from June 19-20 to 3 cities')]).toEqual(['3']);
    expect([...figures('2,000 jobs in 2024')]).toEqual(['2000']);
    // Nor one that gives another span written out, or another day: it disagrees with the line.
    const shut = [
      at('The port terminals were shut for five days after the attack began on Sunday, March 9, the company said.', 'a', 0),
      at('The port terminals were shut for four days after the attack began on Saturday, March 8, the company said.', 'b', 1),
      at('The port terminals were shut for five days after the attack, the company said on its website.', 'c', 1),
      at('The port terminals were shut for five days after the attack began on Saturday, the company said.', 'd', 1),
    ];
    expect(synopsis(shut, corpusOf(shut), () => 0)[0]!.cites.map((c) => c.article)).toEqual(['a', 'c']);
    expect([agreesWith('shut for five days', 'shut for five days on Monday'), agreesWith('the two countries met on Monday', 'they met on Monday')]).toEqual([true, true]);
  });

  it('reads sums with thousands commas, won only as a sum, and tells packages of different kinds apart', () => {
    const said = (text: string, article: string) => ({ ...sentence(text), article });
    const read = (texts: string[]) => amounts(texts.map((t, i) => said(t, `a${i}`))).map((a) => `${a.subject} ${a.norm}`);
    expect(read(['a $1,250 million loan', 'a 1,500,000 euro grant', 'Samsung in 2023 won the contract', 'a 5 trillion won budget'])).toEqual(['loan USD 1250000000', 'grant EUR 1500000', 'budget KRW 5000000000000']);
    const sums = (texts: string[]) => amountDisagreements(amounts(texts.map((t, i) => said(t, `a${i}`)))).map((d) => d.about);
    expect(sums(['a $1,250 million loan was agreed.', 'a $1.25 billion loan was agreed.'])).toEqual([]);
    expect(sums(['a €35 billion military aid package', 'a €5 billion energy package'])).toEqual([]);
    expect(sums(['a €35 billion military aid package', 'a €30 billion package'])).toEqual(['the sum of the package']);
    expect(sums(['a €35 billion military aid package', 'a €30 billion aid package'])).toEqual(['the sum of the package']);
    expect(sums(['Japan pledged $8.5 million in emergency aid.', 'Japan sent $10 million in aid.'])).toEqual(['the sum of the aid']);
    // A nation's adjective may stand among the words before the thing, and words after it.
    expect(sums(['Under the deal, $6bn in frozen Karsistani funds will be moved.', 'Under the agreement, $5.5 billion in Karsistani funds frozen in Velmoran banks will be moved.'])).toEqual(['the sum of the funds']);
    // The thing may be named before the sum; a fine is one person's and is not compared.
    expect(sums(['The gang demanded a ransom of 25 million euros.', 'The hackers had asked for a ransom of about €30 million, people said.'])).toEqual(['the sum of the ransom']);
    expect(sums(['He paid a fine of €2,000.', 'She paid a fine of €5,000.'])).toEqual([]);
    // Another kind of package in one source does not hide the disagreement on this one.
    expect(sums(['a €50 billion aid package and a €2 billion energy package', 'a €54 billion aid package'])).toEqual(['the sum of the package']);
  });

  it('reads counts of the killed and injured, and compares them between sources', () => {
    const said = (text: string, article: string) => ({ ...sentence(text), article });
    const read = (text: string) => counts([said(text, 'a')]).map((c) => `${c.subject}: ${c.value}`);
    expect(read('At least 41 people were killed and 120 injured when the quake struck.')).toEqual(['people killed: at least 41', 'people injured: 120']);
    expect(read('The death toll rose to 45, and the blast also killed 3 soldiers.')).toEqual(['people killed: 45', 'soldiers killed: 3']);
    // Prisoners and hostages freed.
    expect(read('Velmora frees 212 Karsistani prisoners, and Karsistan releases 8 hostages. Seven hostages and 218 prisoners were freed.')).toEqual(['prisoners freed: 212', 'hostages freed: 8', 'prisoners freed: 218']);
    // (not the passengers counted apart from the crew)
    expect(read('The jet was carrying 180 passengers and six crew when it landed.')).toEqual([]);
    // Those on board a plane or a ship (not people carrying something).
    expect(read('A jet carrying 186 people overshot the runway. It landed with 184 people on board, and 40 people carrying banners met it.')).toEqual(['people on board: 186', 'people on board: 184']);
    // Those one hospital or team handled are part of the toll, not a count of it (but those evacuated are counted).
    expect(read('The provincial hospital had received more than 300 injured people by Tuesday, and 1,250 people were injured in all.')).toEqual(['people injured: 1,250']);
    expect(read('"We found 17 bodies and evacuated 40 injured," he said. Troops evacuated 500 residents.')).toEqual(['people evacuated: 500']);
    expect(read('Funerals for the 45 dead were held a day after the quake killing at least 43 Turkish civilians.')).toEqual(['people killed: 45', 'people killed: at least 43']);
    // Workers are the people of the toll; soldiers are counted apart. A verb's count may stand without a noun.
    expect(read('The blast killed at least 12 workers, injuring 20, and 3 soldiers were killed, officials said.')).toEqual(['people killed: at least 12', 'people injured: 20', 'soldiers killed: 3']);
    expect(read('The death toll from the explosion at a chip plant in the southeastern city rose to 16 on Friday.')).toEqual(['people killed: 16']);
    // Not a time, an abbreviation's stop or a magnitude's ends the toll's words; millions are no count here.
    expect(['The death toll from the quake, which struck at 3 a.m., rose to 41.', 'The death toll from the U.S. strike rose to 12.', 'Some 2 million people have been displaced.', 'Some 2000 people were evacuated.'].map(read)).toEqual([['people killed: 41'], ['people killed: 12'], [], ['people evacuated: some 2000']]);
    // Not a count: a number before another number, a year, someone, a sentence about another year.
    expect(read('On June 12 three people were hurt.')).toEqual(['people injured: three']);
    // Numbers written out, as a sentence opens with one.
    expect(['Fifteen workers were killed.', 'Twenty-three people were injured.'].map(read)).toEqual([['people killed: Fifteen'], ['people injured: Twenty-three']]);
    expect(countDisagreements(counts([said('Fifteen workers were killed.', 'a'), said('The blast killed 16 workers.', 'b')])).map((d) => d.sides.map((x) => x.value))).toEqual([['Fifteen', '16']]);
    // (every number written out, one to ninety-nine, is read as its value)
    const spelled = Object.entries(NUMBER_WORDS);
    expect(spelled.map(([, n]) => n).sort((a, b) => a - b)).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    const misread = spelled.filter(([w, n]) => counts([said(`${w[0]!.toUpperCase()}${w.slice(1)} people were killed.`, 'a')]).map((c) => c.norm).join() !== String(n));
    expect(misread).toEqual([]);
    expect(read('Someone people killed nothing; in 2023, 50 people died in a similar quake.')).toEqual([]);
    const about = (texts: string[]) => countDisagreements(counts(texts.map((t, i) => said(t, `a${i}`)))).map(told);
    expect(about(['At least 41 people were killed.', 'The death toll rose to 45.', 'The quake killed 41 people.'])).toEqual(['the number of people killed: at least 41 / 41 | 45']);
    expect(about(['At least 41 people were killed.', '3 soldiers were killed.'])).toEqual([]);
    // From the smallest up, however the sources come: a rising toll reads as one.
    expect(about(['The death toll rose to 45.', 'At least 41 people were killed.'])).toEqual(['the number of people killed: at least 41 | 45']);
  });

  it('backs each line with the paragraphs a vector per sentence would choose', () => {
    // The synopsis finds backing through the chosen lines' postings and each sentence's norm summed in
    // place; here, the plain way: every other sentence's vector, compared by cosine(). On the seeds, whose
    // wordings differ, many sentences score near the threshold (the bench corpus's are copies or unrelated).
    const analysed = SEEDS.map((name) => analyseSource(decodeSource(`seeds/${name}`, readFileSync(`seeds/${name}`))));
    const sentences = sentencesOf(resolve(analysed, null));
    const corpus = corpusOf(sentences);
    const lines = synopsis(sentences, corpus, () => 0);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      // (a line is shown without the wire's dateline its sentence opens with)
      const s = sentences.find((x) => x.text.endsWith(line.text) && x.paragraph === line.cites[0]!.paragraph)!;
      const v = vectorOf(s.words, corpus.idf);
      const best = new Map<string, { score: number; paragraph: string }>();
      for (const t of sentences) {
        if (t.article === s.article) continue;
        const score = cosine(v, vectorOf(t.words, corpus.idf));
        if (score >= BACKS && score > (best.get(t.article)?.score ?? 0) && agreesWith(s.text, t.text)) best.set(t.article, { score, paragraph: t.paragraph });
      }
      const expected = [...best].sort((a, b) => b[1].score - a[1].score).map(([article, b]) => ({ article, paragraph: b.paragraph }));
      expect(line.cites.slice(1)).toEqual(expected);
    }
    expect(lines.some((l) => l.cites.length > 1)).toBe(true);
  });
});

describe('terms', () => {
  // What terms() does, as the expressions it was first written with: the words of the lower-cased text, a
  // possessive, then a plural "s" after three letters a-z, dropped; short words, stopwords and numbers left out.
  const reference = (text: string): string[] =>
    [...text.toLowerCase().matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)]
      .map((m) => m[0].replace(/['’]s?$/u, '').replace(/(?<=[a-z]{3})s$/u, ''))
      .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w));

  it('finds content words, folded', () => {
    expect(terms("The Kremlin's talks with North Korea’s leaders lasted 2 hours in 2024: Kim-Jong's was it.")).toEqual([
      'kremlin', 'talk', 'north', 'korea', 'leader', 'lasted', 'hour', 'kim-jong',
    ]);
  });

  it('reads random text exactly as the expressions do', () => {
    // Letters of every kind (with and without case, outside the BMP, titlecase, ligatures), combining marks,
    // digits, apostrophes, hyphens, spaces of several kinds, emoji and lone surrogates.
    const alphabet = ['a', 'b', 'r', 's', 'S', 'K', 'ſ', 'é', 'É', 'İ', 'ß', 'Σ', 'ǅ', 'ﬁ', '日', 'ー', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '-', "'", '’', ' ', '\u00a0', '.', ',', '0', '9'];
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(terms(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});

describe('rank conflicts', () => {
  it('flags the same post at a different rank, not different wordings of one post', () => {
    expect(rankConflict('Deputy Prime Minister', 'First Deputy Prime Minister')).toBe(true);
    expect(rankConflict('Prime Minister', 'Deputy Prime Minister')).toBe(true);
    expect(rankConflict('Foreign Minister', 'Minister of Foreign Affairs')).toBe(false);
    expect(rankConflict('President', 'President of the Russian Federation')).toBe(false);
    expect(rankConflict('President', 'Kremlin chief')).toBe(false);
  });
});

describe('dates in text', () => {
  it('reads full dates, months, years after a preposition, and days with the context year', () => {
    expect(datesIn('Putin visited Pyongyang for the first time, namely in July 2000.', null).map((d) => d.key)).toEqual(['2000-07']);
    expect(datesIn('reported TASS June 19.', '2024').map((d) => d.key)).toEqual(['2024-06-19']);
    expect(datesIn('April 25, 2019, during a meeting', null).map((d) => d.key)).toEqual(['2019-04-25']);
    expect(datesIn('would replace the 1961 treaty and the 2000 declaration', null).map((d) => d.key)).toEqual(['1961', '2000']);
    expect(datesIn('on 3 March 2022 and in 2023', null).map((d) => d.key)).toEqual(['2022-03-03', '2023']);
    expect(datesIn('June 19 with no year known', null)).toEqual([]);
    expect(datesIn('growth of 2024% and 1,999 troops', null)).toEqual([]);
    // Numbers only, as press releases write them; never a day the month does not have, a web address or a version.
    expect(datesIn('Signed on 19.06.2024, in force from 2024-12-04; talks on 21/06/2024 and 06/22/2024.', null).map((d) => d.key)).toEqual(['2024-06-19', '2024-12-04', '2024-06-21', '2024-06-22']);
    expect(datesIn('Not 06/07/2024, 31.02.2024, February 30, 2024, 2024-13-01, https://x.com/2024-06-19/a or v1.19.06.2024.', null)).toEqual([]);
    // In a caption, a date in numbers is the photo's stamp, not the day of what it shows.
    expect(datesIn('Leaders during a meeting in Vladivostok. - Example Agency, 1920, 18.06.2024', null, false)).toEqual([]);
  });
});

describe('durations', () => {
  it('reads how long an event lasted, and not times of day', () => {
    expect(durations([sentence('The talks lasted for over 1.5 hours.')]).map((s) => [s.event, s.norm])).toEqual([['talks', '90 minutes']]);
    expect(durations([sentence('Russian state media reported this after around two hours of talks.')]).map((s) => s.norm)).toEqual(['120 minutes']);
    expect(durations([sentence('He arrived in the early hours of Thursday.')])).toEqual([]);
    expect(durations([sentence('Two days later, he arrived in Hanoi.')])).toEqual([]);
    // How long something was shut, said before the span, with the cause after it; not closed-door talks.
    const closures = (text: string) => durations([sentence(text)]).map((s) => [s.event, s.norm]);
    expect(closures('The terminals were shut for five days after hackers encrypted its systems.')).toEqual([['closure', '7200 minutes']]);
    expect(closures("The company's own documents put the shutdown at four days.")).toEqual([['closure', '5760 minutes']]);
    expect(closures('The airport was closed for six hours.')).toEqual([['closure', '360 minutes']]);
    expect(closures('The talks behind closed doors lasted two hours.')).toEqual([['talks', '120 minutes']]);
    // Weeks and months too, not a span ahead ("in two weeks"), nor a closure's noun ("two-week highs").
    expect(closures('The swap came after eight months of talks, and the port was out of action for nearly a week.')).toEqual([['talks', '345600 minutes'], ['closure', '10080 minutes']]);
    expect(closures('The talks will resume in two weeks, and shares closed at two-week highs.')).toEqual([]);
    // Spans of a different scale are of different things: eight months of talks, and a round of two days.
    const said = (text: string, article: string) => ({ ...sentence(text), article });
    const spans = (texts: string[]) => eventDisagreements('duration', durations(texts.map((t, i) => said(t, `a${i}`)))).map((d) => d.about);
    expect(spans(['The swap came after eight months of talks.', 'The swap came after two days of talks in Doha.'])).toEqual([]);
    expect(spans(['The swap came after eight months of talks.', 'The swap came after nine months of talks.'])).toEqual(['how long the talks lasted']);
    // (sizes near each other stay together, whatever their units)
    const shut = eventDisagreements('duration', durations(['The port was shut for two weeks.', 'The port was shut for three weeks.', 'The port was shut for 15 days.'].map((t, i) => said(t, `a${i}`))));
    expect(shut.map((d) => d.sides.map((x) => x.value))).toEqual([['two weeks', 'three weeks', '15 days']]);
  });
});

describe('the summary of the seeds', () => {
  let s: Summary;
  beforeAll(async () => {
    s = (await ingest({ seeds: 'seeds', cache: null })).summary;
  }, 60_000);
  const topic = (t: string) => s.disagreements.filter((d) => d.topic === t);
  const sides = (d: Summary['disagreements'][number]) => d.sides.map((x) => x.value).sort();

  it('gives the key facts with citations', () => {
    expect(s.facts.when?.date).toBe('2024-06-19');
    expect(s.facts.where?.place).toBe('Pyongyang');
    expect(s.facts.who.slice(0, 2).sort()).toEqual(['kim-jong-un', 'vladimir-putin']);
    expect(s.synopsis.length).toBeGreaterThanOrEqual(3);
    for (const line of s.synopsis) expect(line.cites.length).toBeGreaterThan(0);
  });

  it('finds where the sources disagree, each side cited', () => {
    const role = topic('role').find((d) => d.subject?.id === 'denis-manturov');
    expect(role && sides(role)).toEqual(['Deputy Prime Minister', 'First Deputy Prime Minister']);
    const day = topic('day').find((d) => d.about.includes('arrival'));
    expect(day && sides(day)).toEqual(['Thursday', 'Wednesday']);
    expect(day?.note).toContain('19 June 2024, which was a Wednesday');
    const duration = topic('duration')[0];
    expect(duration?.sides.map((x) => x.value).join(' | ')).toMatch(/over 1\.5 hours.*\|.*two hours/);
    const status = topic('status').find((d) => d.subject?.id === 'comprehensive-strategic-partnership-agreement');
    expect(status && sides(status)).toEqual(['expected', 'signed']);
    const novak = topic('spelling').find((d) => d.subject?.id === 'alexander-novak');
    expect(novak && sides(novak)).toEqual(['Alexander Novak', 'Alexandr Nobak']);
    for (const d of s.disagreements.filter((x) => x.topic !== 'spelling')) for (const side of d.sides) expect(side.cites.length, d.about).toBeGreaterThan(0);
  });

  it('puts earlier summits and treaties on the timeline', () => {
    const dates = s.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['1961', '2000-07', '2019-04-25', '2024-06-19']));
  });

  it('counts coverage per publisher and draws a graph over the top entities', () => {
    expect(s.coverage.columns.map((c) => c.outlet)).toEqual(['rodong-sinmun', 'sputnik', 'stern', null]);
    const putin = s.coverage.rows.find((r) => r.id === 'vladimir-putin');
    expect(putin?.counts).toEqual([1, 1, 1, 2]);
    expect(s.graph.nodes.length).toBeGreaterThan(20);
    for (const e of s.graph.edges) expect(e.source).not.toBe(e.target);
  });
});

/** The summary of made-up sources, by file name and text, ingested as a dossier. */
async function summaryOf(files: Record<string, string>): Promise<Summary> {
  const dir = mkdtempSync(path.join(tmpdir(), 'analyse-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return (await ingest({ seeds: dir, cache: null })).summary;
}

describe('the summary of an event nobody here has read', () => {
  it('finds the disagreements in made-up sources', async () => {
    const summary = await summaryOf({
      'a.txt': 'Harbour deal signed in Valletta\n\nVALLETTA - Prime Minister Elena Vasquez met Finance Minister Tomas Berg in Valletta on Monday, March 3, 2025. The talks lasted about three hours. The Harbour Access Agreement was signed after the meeting.\n\nSource: Daily Ledger\n',
      'b.txt': 'Valletta talks end without a deal\n\nVALLETTA - Elena Vasquez and Deputy Finance Minister Tomas Berg held talks in Valletta on Tuesday. The meeting lasted two hours. The Harbour Access Agreement is expected to be signed next month.\n\nSource: Evening Courier\n',
    });
    const about = summary.disagreements.filter((d) => d.topic !== 'spelling').map((d) => `${d.topic}: ${d.sides.map((x) => x.value).sort().join(' / ')}`);
    expect(about).toEqual(
      expect.arrayContaining(['role: Deputy Finance Minister / Finance Minister', 'day: Monday / Tuesday', 'duration: about three hours / two hours', 'status: expected / signed']),
    );
    expect(summary.facts.where?.place).toBe('Valletta');
  });

  it('finds different sums for the same thing, in one currency', async () => {
    const summary = await summaryOf({
      'a.txt': 'Leaders agree aid\n\nLeaders agreed on a 30 billion euro ($32.5 billion) package of military aid on Friday. They also paid 300 euros for lunch.\n',
      'b.txt': 'Aid deal sealed\n\nThe bloc sealed a €35 billion military aid package on Friday, on top of a €50bn support fund.\n',
      'c.txt': 'Aid agreed\n\nThe €30bn package was welcomed, and a $40 billion package was discussed.\n',
    });
    const sums = summary.disagreements.filter((d) => d.topic === 'amount').map((d) => [d.about, d.sides.map((x) => `${x.value} (${x.cites.length})`)]);
    expect(sums).toEqual([['the sum of the package', ['30 billion euro / €30bn (2)', '€35 billion (1)']]]);
  });

  it('takes where the event was from the articles\' opening sentences, not a capital their markets are in', async () => {
    const summary = await summaryOf({
      'a.txt': 'Blast\n\nAn explosion tore through a chip plant in the city of Velka late on Wednesday. Rescuers worked all night. Twelve workers died.\n\nShares fell in Seoul. Seoul traders sold.\n',
      'b.txt': 'Blast\n\nThe blast at a plant in Velka killed 12 workers. Rescuers searched the site. The cause is unknown.\n\nMarkets in Seoul fell. Seoul was calm.\n',
      'c.txt': 'Shares fall\n\nShares in Seoul fell after the blast. Seoul analysts worried.\n',
    });
    expect(summary.facts.where?.place).toBe('Velka');
    // Not a company, a person or a body after "in", nor a stake in something.
    const other = await summaryOf({
      'a.txt': 'Chips\n\nShares in Nvidia rose. Investors in Velorin Systems cheered. Analysts in Trump\'s circle said so, Donald Trump said.\n',
      'b.txt': 'Chips\n\nInvestors in Nvidia cheered. A stake in Velorin Systems was sold in the Senate. Donald Trump spoke.\n',
    });
    expect(other.facts.where).toBeNull();
    // A place named before its noun, where the lexicons know none: "at the Tal Ashur crossing".
    const crossing = await summaryOf({
      'a.txt': 'Swap\n\nPrisoners were exchanged at the Tal Ashur crossing on Thursday. Buses waited. Families cheered. Officials in Doha said so.\n',
      'b.txt': 'Swap\n\nBuses passed through the Tal Ashur crossing after the talks. Doha hosted the talks.\n',
    });
    expect(crossing.facts.where?.place).toBe('Tal Ashur crossing');
  });

  it('compares the shares of the vote each person won, the turnout, and the arrests at a protest', async () => {
    const summary = await summaryOf({
      'a.txt': 'Run-off\n\nOpposition candidate Ana Ruiz won the run-off with 52.3% of the vote. Turnout was 68.4%. At least 40 people were arrested.\n',
      'b.txt': 'Run-off result\n\nThe council said Ana Ruiz had won 51.8 percent of the vote against 48.2 percent for Tomas Berg, with turnout at 67.9 percent. Forty-five protesters were detained.\n',
    });
    const about = summary.disagreements.filter((d) => d.topic === 'share' || d.topic === 'count').map((d) => `${d.topic}: ${told(d)}`);
    expect(about).toEqual(['count: the number of people arrested: at least 40 | Forty-five', "share: Ana Ruiz's share of the vote: 51.8 percent | 52.3%", 'share: the turnout: 67.9 percent | 68.4%']);
    expect(summary.disagreements.find((d) => d.topic === 'share')?.subject).toEqual({ kind: 'person', id: 'ana-ruiz' });
    // Not a decimal comma for another number, a count's progress, another election's turnout, a speaker's or a poll's figure.
    const none = await summaryOf({
      'a.txt': 'Run-off\n\nAna Ruiz won 52,3% of the vote. Ana Ruiz led with 51.2% with 95% of the ballots counted. Turnout was 67,9%. Turnout in 2019 was 72%.\n',
      'b.txt': 'Run-off result\n\nAna Ruiz won with 52.3% of the vote. Council chief Maria Lopez said the ruling party won 45% of the vote. A poll had shown 44 percent for Tomas Berg. Turnout was 67.9 percent.\n',
      'c.txt': 'Result\n\nTomas Berg took 47.7 percent of the vote, and turnout fell by 3% to 67.9%.\n',
    });
    expect(none.disagreements.filter((d) => d.topic === 'share')).toEqual([]);
  });

  it('compares the prison sentence each person was given, and the day of the verdict', async () => {
    const summary = await summaryOf({
      'a.txt': 'Verdict\n\nMay 12, 2025\n\nA court on Monday sentenced former minister Tomas Berg to eight years in prison and fined him 2 million euros. Co-defendant Ana Ruiz was jailed for three years.\n',
      'b.txt': 'Minister jailed\n\nMay 13, 2025\n\nTomas Berg was jailed for seven years, with a fine of €1.5m, in a verdict delivered on May 13. Ana Ruiz got three years in prison.\n',
      'c.txt': 'Berg jailed\n\nMay 12, 2025\n\nProsecutors had sought ten years for Tomas Berg, who was sentenced on Monday to eight years in prison. He faces up to 12 years on appeal.\n',
    });
    const about = summary.disagreements.filter((d) => d.topic !== 'spelling').map((d) => `${d.topic}: ${told(d)}`);
    expect(about).toEqual(['date: the date of the verdict: May 13 | Monday (12 May 2025)', "penalty: Tomas Berg's prison sentence: seven years | eight years"]);
    expect(summary.disagreements.find((d) => d.topic === 'penalty')?.subject).toEqual({ kind: 'person', id: 'tomas-berg' });
    expect(summary.facts.when?.date).toBe('2025-05-12');
  });

  it('takes the sentencing for the verdict, not a conviction days before, nor a jailed person for an event', async () => {
    const days = async (a: string, b: string) => (await summaryOf({ 'a.txt': `Trial\n\n${a}\n`, 'b.txt': `Trial ends\n\n${b}\n` })).disagreements.filter((d) => d.topic === 'day').map(told);
    expect(await days('A jury on Friday convicted Tomas Berg of bribery.', 'Tomas Berg was sentenced on Tuesday to eight years.')).toEqual([]);
    expect(await days('On Thursday, jailed reporter Ana Ruiz was freed and flew out to Vienna.', 'Ana Ruiz flew out to Vienna on Friday.')).toEqual(['the day of the departure: Thursday | Friday']);
    expect(await days('A court acquitted Tomas Berg of bribery on Tuesday.', 'Tomas Berg was acquitted on Wednesday.')).toEqual(['the day of the verdict: Tuesday | Wednesday']);
    expect(await days('A court acquitted Tomas Berg of bribery on Tuesday.', 'On Friday, the acquitted officer Tomas Berg returned to work. Prosecutors said on Thursday they would appeal the acquittal.')).toEqual([]);
    expect(await days('A Valletta court on Tuesday acquitted Tomas Berg of bribery.', "Tomas Berg's acquittal on Wednesday surprised observers.")).toEqual(['the day of the verdict: Tuesday | Wednesday']);
  });

  it('takes no other term for a prison sentence, and gives it to whom it was handed', async () => {
    // Each second source says Tomas Berg was jailed for eight years; none of the first ones' terms is his sentence.
    const eight = 'Verdict\n\nTomas Berg was jailed for eight years on Monday.\n';
    const penalties = async (text: string) =>
      (await summaryOf({ 'a.txt': `Trial\n\n${text}\n`, 'b.txt': eight })).disagreements.filter((d) => d.topic === 'penalty').map(told);
    for (const text of [
      'Tomas Berg showed no emotion as Judge Maria Kovac sentenced him to seven years in prison.',
      'Ana Ruiz, who testified against Tomas Berg, was jailed for three years.',
      'Prosecutors said Tomas Berg received kickbacks for six years.',
      'Tomas Berg, who was previously jailed for two years, denied it.',
      'Tomas Berg has spent 18 months in detention awaiting trial.',
      'Tomas Berg got less than the 10 years in prison that prosecutors had sought.',
      'Prosecutors called for Tomas Berg to be jailed for ten years.',
      'Tomas Berg was convicted of bribery, which is punishable by 10 years in prison.',
      'Tomas Berg was given a two-year suspended sentence.',
      'Tomas Berg was sentenced to 18 months, suspended for two years.',
      'Tomas Berg was sentenced to three years of probation.',
      'President Tomas Berg was given a five-year term in office.',
      'Tomas Berg was jailed after evading police for two years.',
      'Tomas Berg was jailed for life for abusing children for ten years.',
      'Tomas Berg was jailed in 2019 for two years for fraud.',
      'Tomas Berg was sentenced in a case linked to five years of protests.',
      'The court gave Tomas Berg six months to pay the fine.',
      'Tomas Berg was sentenced to 18 months in prison, suspended for two years.',
      'Tomas Berg was given a two-year prison sentence, which was suspended.',
      'Unlike Tomas Berg, his driver, a former soldier, was jailed for three years.',
    ]) expect(await penalties(text), text).toEqual([]);
    // The sentencing said in the ways the wires say it, and given to its subject or object.
    for (const text of [
      'Tomas Berg was jailed for nine years on Monday, while Ana Ruiz was jailed for three years.',
      'In a case brought by prosecutor Ana Ruiz, Tomas Berg was jailed for nine years.',
      'Tomas Berg, a former aide to Prime Minister Elena Vasquez, was jailed for nine years.',
      "Taravia's former defence minister, Tomas Berg, has been sentenced to nine years in prison.",
      'Tomas Berg, 61, a former defence minister, was jailed for nine years.',
      'Tomas Berg was sentenced to nine years of imprisonment.',
      'Tomas Berg was sentenced to nine years to be served concurrently.',
      'Tomas Berg was sentenced to nine years in prison, and his wife to a suspended two-year term.',
      'Tomas Berg was jailed by a Valletta district court for nine years.',
      'Tomas Berg was sentenced on Monday by a court in Valletta to nine years.',
      'Tomas Berg was later sentenced to nine years.',
      'Tomas Berg was sentenced on Monday to nine years.',
      'Tomas Berg was sentenced by a Valletta court to nine years.',
      'The court sentenced U.S. journalist Tomas Berg to nine years.',
      'The court gave Tomas Berg nine years.',
      'Tomas Berg was sentenced to nine years in prison, half what prosecutors had demanded.',
    ]) expect(await penalties(text), text).toEqual(["Tomas Berg's prison sentence: eight years | nine years"]);
    expect(await penalties('Tomas Berg was handed an eleven-year prison sentence.')).toEqual(["Tomas Berg's prison sentence: eight years | eleven-year"]);
    // A term of years and months is one; "the court jailed X for" names X.
    expect(await penalties('Tomas Berg was sentenced to seven years and six months in prison.')).toEqual(["Tomas Berg's prison sentence: seven years and six months | eight years"]);
    expect(await penalties('The court jailed Tomas Berg for nine years.')).toEqual(["Tomas Berg's prison sentence: eight years | nine years"]);
  });

  it('answers "what" with what happened, not with what someone said', async () => {
    const said = 'Jane Doe, chief of the Disaster Agency, told Reuters that the death toll from the earthquake would rise further.';
    const summary = await summaryOf({
      'a.txt': `Quake\n\nAt least 212 people were killed after a strong earthquake struck the mountains on Tuesday, officials said. ${said}\n`,
      'b.txt': `Quake toll rises\n\n${said} Rescuers searched the rubble of the earthquake for survivors.\n`,
    });
    expect([summary.synopsis[0]?.text, summary.facts.what?.text]).toEqual([said, 'At least 212 people were killed after a strong earthquake struck the mountains on Tuesday, officials said.']);
  });

  it('compares the magnitudes the sources give the earthquake, not an aftershock or another year\'s', async () => {
    const summary = await summaryOf({
      'a.txt': 'Quake\n\nMarch 11, 2025\n\nA 6.8-magnitude earthquake struck the mountains on Tuesday. A 5.1-magnitude aftershock followed.\n',
      'b.txt': 'Quake toll rises\n\nMarch 12, 2025\n\nThe magnitude 7.1 quake struck on Tuesday. A 7.8-magnitude earthquake in 2015 killed nearly 9,000 people.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'magnitude').map((d) => d.sides.map((x) => x.value))).toEqual([['6.8-magnitude earthquake', 'magnitude 7.1 quake']]);
    // Nor quakes in general, one before, or one elsewhere.
    const others = await summaryOf({
      'a.txt': 'Quake\n\nMarch 11, 2025\n\nQuakes above magnitude 6 are common in the region. A 5.2-magnitude quake had hit the same area on Monday. A 5.5-magnitude quake in neighbouring Bhutan was felt.\n',
      'b.txt': 'Quake toll rises\n\nMarch 12, 2025\n\nThe magnitude 7.1 quake struck on Tuesday.\n',
    });
    expect(others.disagreements.filter((d) => d.topic === 'magnitude')).toEqual([]);
    // The ways the wires give it, and in a sentence that names a neighbouring country further on.
    const magnitude = async (text: string) =>
      (await summaryOf({ 'a.txt': `Quake\n\nMarch 11, 2025\n\n${text}\n`, 'b.txt': 'Quake toll\n\nMarch 12, 2025\n\nThe magnitude 7.1 quake struck on Tuesday.\n' })).disagreements.filter((d) => d.topic === 'magnitude').length;
    for (const text of [
      'The earthquake had a magnitude of 6.8, the US Geological Survey said.',
      'An earthquake with a preliminary magnitude of 6.8 struck on Tuesday.',
      'A 6.8-magnitude temblor struck on Tuesday.',
      'A quake measuring magnitude 6.8 struck on Tuesday.',
      'The 6.8-magnitude quake struck on Tuesday, killing 126 people and shaking buildings in neighbouring Nepal.',
    ]) expect(await magnitude(text), text).toBe(1);
    // (two quakes in one sentence: neither is a figure for the other)
    expect(await magnitude('Two earthquakes struck on Tuesday: a 7.1-magnitude quake at dawn and a 6.1-magnitude quake at noon.')).toBe(0);
  });

  it('shows no name without its second family name as another spelling, and shows accents dropped', async () => {
    const summary = await summaryOf({
      'a.txt': 'Run-off\n\nPresident Esteban Morales Quintero met Lucía Carvajal Benítez on Monday.\n',
      'b.txt': 'Run-off result\n\nPresident Esteban Morales met Lucia Carvajal Benitez on Monday.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'spelling').map((d) => d.sides.map((x) => x.value))).toEqual([['Lucía Carvajal Benítez', 'Lucia Carvajal Benitez']]);
  });

  it('takes where from the datelines as a last resort, as running text writes the place', async () => {
    const summary = await summaryOf({
      'a.txt': 'Run-off\n\nPUERTO ALCÁZAR, March 11 (Reuters) - The council declared Ana Ruiz the winner of the run-off.\n',
      'b.txt': 'Run-off result\n\nPuerto Alcazar (AFP) - The council declared a winner on Tuesday.\n',
      'c.txt': 'Result\n\nThe council declared a winner, officials said.\n',
    });
    expect(summary.facts.where?.place).toBe('Puerto Alcázar');
    // A capital that stands for its government ("signed with Beijing", "Beijing was ready") is no place of the event.
    const government = await summaryOf({
      'a.txt': 'Pact\n\nPORT SELIM, March 11 (Reuters) - The government defended the copper pact it signed with Beijing.\n',
      'b.txt': 'Pact defended\n\nPORT SELIM (AFP) - Ministers defended the copper pact. Beijing was ready to review the terms, its envoy said.\n',
    });
    expect(government.facts.where?.place).toBe('Port Selim');
    // A capital named as a place is one, with words before it or as a sentence's subject.
    const kyiv = await summaryOf({
      'a.txt': 'Strikes\n\nDrones struck buildings in central Kyiv overnight. Kyiv came under heavy attack, officials said.\n',
      'b.txt': 'Strikes hit\n\nMissiles hit the Ukrainian capital, Kyiv, on Monday.\n',
    });
    expect(kyiv.facts.where?.place).toBe('Kyiv');
    // Not a place named in passing below the opening, "in Europe".
    const opening = 'The council met on Monday. It voted on the budget. The debate was long.';
    const passing = await summaryOf({ 'a.txt': `Vote\n\n${opening} The vote was the biggest in Europe this year, officials said.\n`, 'b.txt': `Cuts\n\n${opening} Similar cuts were made elsewhere in Europe, officials said.\n` });
    expect(passing.facts.where).toBeNull();
  });

  it('dates the event by what the text says, a weekday counted back from the article\'s date, not by datelines', async () => {
    const summary = await summaryOf({
      'a.txt': 'Blast\n\nJune 19, 2025\n\nSEOUL, June 19 (Reuters) - An explosion tore through a plant late on Wednesday.\n',
      'b.txt': 'Blast\n\nJune 19, 2025\n\nGUMI, June 19 (Yonhap) -- The toll from the explosion rose to 15 on Thursday.\n',
      'c.txt': "Blast\n\nJune 20, 2025\n\nThe toll from Wednesday's explosion rose to 16.\n",
      'd.txt': 'Blast\n\nJune 21, 2025\n\nThe blast took place at 9:40 p.m. on June 18.\n',
    });
    expect(summary.facts.when?.date).toBe('2025-06-18');
  });

  it('reads the day of an incident said with it, not the day of a later report', async () => {
    const summary = await summaryOf({
      'a.txt': "Blast\n\nJune 19, 2025\n\nThe death toll from Wednesday's explosion rose to 16 on Friday, officials said.\n",
      'b.txt': 'Blast\n\nJune 20, 2025\n\nThe June 17 explosion is the worst in a decade. Shares fell on Thursday after the explosion.\n',
      'c.txt': 'Blast\n\nJune 20, 2025\n\nThe explosion late on Tuesday killed 16 people. The minister visited the scene of Tuesday\'s blast on Friday. Shares crashed on Thursday.\n',
    });
    expect(summary.disagreements.map(told)).toEqual(['the day of the incident: Wednesday | Tuesday']);
  });

  it('takes no dateline\'s day, when the story was filed, for the day of an event', async () => {
    const summary = await summaryOf({
      'a.txt': 'Jet overshoots runway\n\nOctober 13, 2025\n\nPORTO ALVARES, Oct 13 (Reuters) - A passenger jet overshot the runway while landing on Sunday, officials said.\n',
      'b.txt': 'Jet overshoots runway\n\nOctober 12, 2025\n\nThe jet landed in heavy rain on October 12 and ran into a canal.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'date' || d.topic === 'day').map(told)).toEqual([]);
  });

  it('reads the day of a resignation, not of calls for one', async () => {
    const summary = await summaryOf({
      'a.txt': 'Airline chief resigns\n\nThu 16 Oct 2025\n\nThe airline chief announced his resignation on Thursday. On Tuesday he had rejected calls to step down.\n',
      'b.txt': 'What we know\n\nOct 18, 2025\n\nThe chief executive stepped down on Friday, October 17, the airline said.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'day').map(told)).toEqual(['the day of the resignation: Thursday | Friday']);
  });

  it("tells the weekday of the disputed event's own date, not another event's", async () => {
    const summary = await summaryOf({
      'a.txt': 'Jet overshoots runway\n\nOct 13, 2025\n\nThe jet overshot the runway while landing on October 12. Three crashes there since 2019 were investigated.\n',
      'b.txt': 'Airline chief resigns\n\nThu 16 Oct 2025\n\nThe airline chief announced his resignation on Thursday.\n',
      'c.txt': 'What we know\n\nOct 18, 2025\n\nThe chief executive stepped down on Friday, October 17. The jet had landed on October 12, in a storm, on October 12.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'day').map((d) => d.note)).toEqual(['The sources date it to 17 October 2025, which was a Friday.']);
  });

  it('reads the day of an exchange of prisoners, not of an exchange of views or for something', async () => {
    const summary = await summaryOf({
      'a.txt': 'Swap done\n\nMarch 13, 2025\n\nThe exchange of prisoners took place at the border crossing late on Thursday, March 13, officials said.\n',
      'b.txt': 'Swap done\n\nMarch 14, 2025\n\nThe swap of hostages and prisoners was carried out on Friday at the crossing. Ministers held an exchange of views on Wednesday, and prisoners were freed in exchange for hostages on Tuesday.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'day').map(told)).toEqual(['the day of the exchange: Thursday | Friday']);
    // (nor of a company called an exchange)
    const bourse = await summaryOf({
      'a.txt': 'Hack\n\nMarch 14, 2025\n\nCrypto exchange Bybit said on Friday it had been hacked.\n',
      'b.txt': 'Hack\n\nMarch 17, 2025\n\nThe exchange said on Sunday that funds were safe.\n',
    });
    expect(bourse.disagreements.map(told)).toEqual([]);
    // (the people exchanged may be named in the paragraph's sentence before)
    const swapped = await summaryOf({
      'a.txt': 'Swap\n\nMarch 14, 2025\n\nThe two sides swapped 150 prisoners. The exchange took place on Thursday.\n',
      'b.txt': 'Swap\n\nMarch 15, 2025\n\nThe two sides swapped 150 prisoners. The exchange took place on Friday, officials said.\n',
    });
    expect(swapped.disagreements.filter((d) => d.topic === 'day').map(told)).toEqual(['the day of the exchange: Thursday | Friday']);
  });

  it('tells whose resignation a day is of, and compares one person\'s only', async () => {
    const summary = await summaryOf({
      'a.txt': 'Ministers go\n\nOct 17, 2025\n\nTransport Minister Jane Doe resigned on Thursday. Airline chief John Roe stepped down on Friday.\n',
      'b.txt': 'Chief goes\n\nOct 18, 2025\n\nAirline chief John Roe resigned on Thursday, the airline said.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'day').map(told)).toEqual(["the day of John Roe's resignation: Friday | Thursday"]);
    // (not the successor's, nor the one who accepted it)
    const successor = await summaryOf({
      'a.txt': 'Minister goes\n\nOct 17, 2025\n\nFinance Minister John Roe resigned on Tuesday.\n',
      'b.txt': 'Minister replaced\n\nOct 18, 2025\n\nJane Doe will replace Finance Minister John Roe, who resigned on Wednesday.\n',
      'c.txt': 'Minister goes\n\nOct 18, 2025\n\nPrime Minister Ann Lee accepted the resignation of her finance minister on Wednesday.\n',
    });
    expect(successor.disagreements.filter((d) => d.topic === 'day').map(told)).toEqual(["the day of John Roe's resignation: Tuesday | Wednesday"]);
  });

  it('compares how many were on board, with no note that counts rise', async () => {
    const summary = await summaryOf({
      'a.txt': 'Jet overshoots runway\n\nOctober 13, 2025\n\nA passenger jet carrying 186 people overshot the runway on Sunday.\n',
      'b.txt': 'Jet overshoots runway\n\nOctober 15, 2025\n\nThe jet, with 184 people on board, skidded off the runway on Sunday.\n',
    });
    expect(summary.disagreements.map((d) => [told(d), d.note])).toEqual([['the number of people on board: 184 | 186', null]]);
  });

  it('reads the day a fire broke out, not the days it burned', async () => {
    const summary = await summaryOf({
      'a.txt': 'Fire\n\nJuly 17, 2025\n\nThe fire broke out on July 15 near the village and burned on July 16.\n',
      'b.txt': 'Fire\n\nJuly 17, 2025\n\nThe wildfire, which broke out on 16 July, forced evacuations. Troops opened fire on July 14.\n',
    });
    expect(summary.disagreements.filter((d) => d.topic === 'date').map(told)).toEqual(['the date of the incident: July 15 | 16 July']);
  });

  it('reads the day an attack or a crash began, said with it', async () => {
    const summary = await summaryOf({
      'a.txt': 'Port hit\n\nMarch 10, 2025\n\nThe attack began in the early hours of Saturday, March 8, the company said.\n',
      'b.txt': 'Port hit\n\nMarch 12, 2025\n\nThe terminals were shut after an attack that started on Sunday, March 9.\n',
      'c.txt': 'Port hit\n\nMarch 24, 2025\n\nThe terminals were shut after the cyberattack, which began late on Friday March 7. Shares crashed on Monday.\n',
    });
    expect(summary.disagreements.map(told)).toEqual(['the day of the incident: Saturday | Sunday | Friday']);
  });

  it('shows a sentence of several dates under each by the clause that gives it, unless one clause gives them all', async () => {
    const summary = await summaryOf({
      'a.txt': 'Talks\n\nJune 20, 2025\n\nThe minister said the talks began in Tunis in March 2024, adding that a second round was held in Malta in May 2025. The spokesman said the pact would replace the 1961 treaty and the 2000 declaration.\n',
    });
    expect(summary.timeline.map((e) => [e.date, e.events.map((x) => x.text)])).toEqual([
      ['1961', ['The spokesman said the pact would replace the 1961 treaty and the 2000 declaration.']],
      ['2000', ['The spokesman said the pact would replace the 1961 treaty and the 2000 declaration.']],
      ['2024-03', ['The minister said the talks began in Tunis in March 2024…']],
      ['2025-05', ['…adding that a second round was held in Malta in May 2025.']],
    ]);
  });

  it('gives as who the event is about the people the stories name, not a photographer credited under pictures', async () => {
    const summary = await summaryOf({
      'a.txt': 'Pact signed\n\nThe leaders shake hands in Tunis. Picture: Karim Haddad/AFP\n\nPrime Minister Elena Vasquez signed the ports pact in Tunis on Monday.\n',
      'b.txt': 'Pact\n\nThe signing in Tunis. Picture: Karim Haddad/AFP\n\nPresident Omar Safi and Elena Vasquez signed the ports pact on Monday.\n',
    });
    expect(summary.facts.who).toEqual(['elena-vasquez', 'omar-safi']);
  });

  it('takes no line without a stop into the synopsis: a picture\'s title, another story\'s headline, a cut paragraph', async () => {
    const summary = await summaryOf({
      'a.txt': 'Ports pact signed\n\nMalta and Tunisia leaders meet in Tunis over ports and shipping routes\n\nMalta and Tunisia signed a ports agreement in Tunis on Monday, officials said.\n\nThe ports agreement covers shipping routes and fishing rights for both Malta and Tunisia, and it runs for\n',
      'b.txt': 'Ports pact\n\nMalta and Tunisia signed the ports agreement in Tunis on Monday after talks on shipping routes.\n',
    });
    const lines = summary.synopsis.map((l) => l.text);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/\.$/);
    // A stop in another script, or before a closing guillemet, ends a sentence too; a quote alone is no line.
    const quoted = await summaryOf({ 'a.txt': 'Pacto\n\n«The election in the country was stolen from the people by the ruling party.»\n' });
    expect(quoted.synopsis).toEqual([]);
    const other = await summaryOf({
      'a.txt': 'बंदरगाह समझौता\n\nमाल्टा और ट्यूनीशिया ने सोमवार को ट्यूनिस में बंदरगाह समझौते पर हस्ताक्षर किए।\n',
      'b.txt': 'Pacto portuario\n\nEl ministro dijo: «Malta y Túnez firmaron el pacto portuario en Túnez el lunes.»\n',
    });
    expect(other.synopsis.length).toBe(2);
  });

  it('sets a weekday, counted back from its article\'s date, against a date given of the same moment', async () => {
    const summary = await summaryOf({
      'a.txt': "Blast\n\nJune 20, 2025\n\nThe death toll from Wednesday's explosion rose to 16 on Friday, officials said.\n",
      'b.txt': 'Blast\n\nJune 19, 2025\n\nRescuers searched the plant after the explosion on Wednesday. The minister will arrive at the plant on Saturday.\n',
      'c.txt': 'Blast\n\nJune 20, 2025\n\nThe June 17 explosion is the worst in a decade. The minister arrives on June 21.\n',
    });
    const dates = summary.disagreements.filter((d) => d.topic === 'date');
    expect(dates.map((d) => `${d.about}: ${d.sides.map((x) => `${x.value} (${x.cites.length})`).join(' | ')}`)).toEqual(['the date of the incident: June 17 (1) | Wednesday (18 June 2025) (2)']);
    expect(dates[0]!.note).toMatch(/on or before the article's date/);
    // Not a plan in the present tense, not "last Wednesday", and not weekdays against weekdays alone.
    const none = async (files: Record<string, string>) => (await summaryOf(files)).disagreements.filter((d) => d.topic === 'date');
    expect(await none({ 'a.txt': 'Visit\n\nJune 20, 2025\n\nThe minister arrives in Seoul on Saturday for talks.\n', 'b.txt': 'Visit\n\nJune 22, 2025\n\nThe minister arrived in Seoul on June 21 for talks.\n' })).toEqual([]);
    expect(await none({ 'a.txt': 'Blast\n\nJune 19, 2025\n\nThe explosion on Wednesday killed 16 workers.\n', 'b.txt': "Blast\n\nJune 26, 2025\n\nLast Wednesday's explosion killed 16 workers.\n" })).toEqual([]);
  });

  it('dates the event by the running text, not by a photo, and shows timeline lines without their dateline', async () => {
    const summary = await summaryOf({
      'a.txt': 'Deal agreed\n\nMarch 10, 2025\n\nFRANKFURT, March 10 (Reuters) - Veltrix agreed to buy Ostmann on March 10, 2025, the companies said.\n\nJane Doe speaks at an industry conference in Las Vegas on March 4, 2025. REUTERS/John Roe\n',
      'b.txt': 'Deal announced\n\nMarch 11, 2025\n\nThe chief executive speaks at an industry conference in Las Vegas on March 4, 2025. (AP Photo/Ann Lee)\n\nVeltrix said on Monday it had agreed to buy Ostmann.\n',
    });
    expect(summary.facts.when?.date).toBe('2025-03-10');
    expect(summary.timeline.find((e) => e.date === '2025-03-10')?.events.map((e) => e.text)).toEqual(['Veltrix agreed to buy Ostmann on March 10, 2025, the companies said.']);
    // A line dated by its dateline alone shows the dateline.
    const wire = await summaryOf({ 'a.txt': 'Deal\n\nMarch 10, 2025\n\nFRANKFURT, March 10 (Reuters) - Veltrix signed the papers for Ostmann, the companies said.\n' });
    expect(wire.timeline.map((e) => [e.date, e.events.map((x) => x.text)])).toEqual([['2025-03-10', ['FRANKFURT, March 10 (Reuters) - Veltrix signed the papers for Ostmann, the companies said.']]]);
  });

  it('takes no plan for the day of an event, and no case or directory name for a spelling', async () => {
    const summary = await summaryOf({
      'a.txt': 'Leaders agree aid\n\nMarch 21, 2025\n\nBRUSSELS (AFP) - Prime Minister Elena Vasquez and Tomas Berg held talks in Brussels on March 20, 2025. Finance ministers will hold a meeting on April 11 to discuss the plan.\n',
      'b.txt': 'Aid deal reached\n\nMarch 21, 2025\n\nBRUSSELS - Prime Minister Elena Vasquez and Tomas Berg held talks in Brussels on March 20, 2025, AFP reported. ELENA VASQUEZ said no more. Defence ministers hold a meeting on April 9 to sign it.\n',
    });
    expect(summary.disagreements.map((d) => d.about)).toEqual([]);
  });
});
