/**
 * Synthetic corpora for the benchmark: n news articles of about 600 words about one long-running story, so
 * extraction and resolution do real work. A pool of people whose names come in transliteration variants
 * (Aleksandr/Alexander, Kim Jong-un/Kim Jong Un) and short forms, roles and countries, agreements with
 * statuses, outlets as publishers and as cited sources, datelines, dates, captions, time stamps and quotes.
 * Seeded: the same n and seed give the same corpus on every machine.
 */
import { COUNTRIES } from '../src/lexicons/countries.ts';
import { GIVEN_NAME_VARIANTS } from '../src/lexicons/given-names.ts';
import { OUTLETS } from '../src/lexicons/outlets.ts';
import { KOREAN_SURNAMES, KOREAN_SYLLABLE_VARIANTS } from '../src/lexicons/surnames.ts';

/** mulberry32: a small, fast, seeded generator (public domain). */
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

const cap = (s: string): string => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const FAMILIES = `Petrov Ivanov Morozov Volkov Sokolov Lebedev Kozlov Novikov Popov Orlov Fischer Weber Schneider Keller Dubois
  Moreau Laurent Rossi Bianchi Romano Garcia Fernandez Lopez Martins Silva Costa Nowak Kowalski Horvath Novak Jensen Larsen
  Lindqvist Virtanen Kaya Demir Yilmaz Haddad Mansour Okafor Mensah Adeyemi Banda Mwangi Otieno Tan Lim Santos Reyes Cruz`.split(/\s+/);
const ROLES = ['Foreign Minister', 'Defense Minister', 'Deputy Prime Minister', 'First Deputy Prime Minister', 'Finance Minister', 'Trade Minister', 'Energy Minister', 'President', 'Prime Minister', 'ambassador', 'presidential aide', 'spokesman', 'Interior Minister'];
const TOPICS = ['Energy Cooperation', 'Trade and Investment', 'Maritime Security', 'Grain Exports', 'Visa-Free Travel', 'Nuclear Safety', 'Space Research', 'Fisheries', 'Cultural Exchange', 'Border Demarcation', 'Rail Transport', 'Health Cooperation'];
const KINDS = ['Agreement on', 'Treaty on', 'Memorandum on', 'Accord on'];
const FILLER = [
  'Officials on both sides described the atmosphere of the meeting as constructive and businesslike.',
  'Analysts said the outcome would be watched closely by neighbouring governments and by markets in the region.',
  'The delegations also discussed logistics, financing and the timetable for the next round of consultations.',
  'Several ministers attended the plenary session, which was held behind closed doors in the government complex.',
  'Observers noted that the tone of the statements had softened compared with earlier rounds of negotiations.',
  'Business leaders welcomed the talks but warned that details on tariffs and guarantees were still missing.',
  'The talks covered regional security, transport corridors and the supply of energy over the coming winter.',
  'Diplomats said working groups would meet again within weeks to settle the remaining technical questions.',
  'Local media broadcast the arrival ceremony live, showing honour guards and a military band at the airport.',
  'Opposition politicians criticised the government for a lack of transparency about the terms under discussion.',
];
const QUOTES = [
  'We have made real progress and we intend to keep working at every level',
  'Our partnership serves the interests of both our peoples and of stability in the region',
  'There are still difficult questions, but nobody at this table wants the talks to fail',
  'This document opens a new chapter in our relations',
  'We will not accept conditions that harm our sovereignty',
];

export interface Corpus {
  files: { name: string; text: string }[];
}

export function generateCorpus(n: number, seed = 20240619): Corpus {
  const rnd = random(seed + n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const countries = COUNTRIES.filter((c) => c.capital && c.demonyms[0] && /^[A-Za-z ]+$/.test(c.capital)).slice(0, 60);
  const variants = GIVEN_NAME_VARIANTS.filter((g) => g.length >= 2 && g.every((v) => /^[a-z]+$/.test(v)));
  // The people of the story: western names with transliteration variants of the given name, Korean names
  // with hyphenated and spaced syllables. Their number grows with the corpus, as a long story's cast does.
  const people = Array.from({ length: Math.max(30, Math.round(n / 6)) }, (_, i) => {
    const country = pick(countries);
    if (i % 5 === 4) {
      const family = cap(pick(KOREAN_SURNAMES)[0]!);
      const [a, b] = [pick(KOREAN_SYLLABLE_VARIANTS)[0]!, pick(KOREAN_SYLLABLE_VARIANTS)[0]!];
      return { forms: [`${family} ${cap(a)}-${b}`, `${family} ${cap(a)} ${cap(b)}`], family, role: pick(ROLES), country };
    }
    const given = pick(variants).map(cap);
    const family = `${pick(FAMILIES)}${i >= FAMILIES.length ? ['', 'a', 'enko', 'ski'][i % 4] : ''}`;
    return { forms: given.slice(0, 3).map((g) => `${g} ${family}`), family, role: pick(ROLES), country };
  });
  const agreements = Array.from({ length: Math.max(8, Math.round(n / 40)) }, (_, i) => `${pick(KINDS)} ${TOPICS[i % TOPICS.length]}${i >= TOPICS.length ? ` ${['II', 'III', 'IV', 'V'][Math.floor(i / TOPICS.length) % 4]}` : ''}`);
  const outlets = OUTLETS.filter((o) => o.kind === 'agency' || o.kind === 'newspaper').slice(0, 40);
  const start = Date.UTC(2024, 0, 1);
  const files = Array.from({ length: n }, (_, i) => {
    const date = new Date(start + Math.floor(i / 3) * 86_400_000);
    const dateText = date.toISOString().slice(0, 10);
    const [a, b, c] = [pick(people), pick(people), pick(people)];
    const place = pick(countries);
    const publisher = pick(outlets);
    const cited = pick(outlets);
    const agreement = pick(agreements);
    const name = (p: typeof a): string => pick(p.forms);
    const weekday = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
    const lines = [
      `${a.family} and ${b.family} discuss ${agreement.replace(/^\w+ on /, '').toLowerCase()} in ${place.capital}`,
      dateText,
      `${place.capital!.toUpperCase()} (${cited.name}) - ${a.country.demonyms[0]} ${a.role} ${name(a)} met ${b.country.demonyms[0]} ${b.role} ${name(b)} in ${place.capital} on ${weekday}, ${cited.name} reported.`,
      `© ${publisher.name} / ${pick(FAMILIES)}`,
    ];
    let words = lines.join(' ').split(/\s+/).length;
    while (words < 600) {
      const roll = rnd();
      let paragraph: string;
      if (roll < 0.2) paragraph = `"${pick(QUOTES)}," ${a.family} said. ${pick(FILLER)} ${pick(FILLER)}`;
      else if (roll < 0.35) paragraph = `The two sides ${pick(['signed', 'are expected to sign', 'discussed'])} the ${agreement}, according to ${c.role} ${name(c)}. ${pick(FILLER)}`;
      else if (roll < 0.5) paragraph = `Mr ${b.family} told reporters that talks with ${name(a)} had lasted ${pick(['two', 'three', 'over four'])} hours. ${pick(FILLER)} ${pick(FILLER)}`;
      else if (roll < 0.55) paragraph = `- ${String(8 + Math.floor(rnd() * 12)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')} GMT`;
      else paragraph = `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`;
      lines.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    lines.push(`Source: ${publisher.name}`);
    return { name: `${String(i).padStart(5, '0')}.txt`, text: `${lines.join('\n')}\n` };
  });
  return { files };
}
