/**
 * Agreements in one article: named ones ("the 1963 Partial Test Ban Treaty", "Declaration
 * of Helsinki"), described ones ("a new agreement on military cooperation",
 * "the agreements reached at the summit in September 2023", "a new fundamental document"), and references
 * back to one ("the document", "it was a new fundamental document"). Each gets the status its sentence gives.
 */
import { CALENDAR_WORDS } from '../../lexicons/calendar.ts';
import type { AgreementStatus } from '../../schema.ts';
import type { Sentence } from '../text.ts';
import { lowerBound } from '../group.ts';
import type { AgreementMention, Block } from '../types.ts';

const HEAD = 'Agreement|Agreements|Treaty|Declaration|Pact|Accords?|Convention|Charter|Protocol|Memorandum(?: of Understanding)?|Communiqu[ée]|Joint Statement|Roadmap|Framework(?!\\s+\\p{Lu})';
const CAP = "[\\p{Lu}][\\p{L}\\d'’-]*";
const LINK = "(?:\\s+(?:and|of|on|for|in|&)\\s+(?:the\\s+)?|\\s+)";
/** Words that start a time, not a topic: "an agreement on Wednesday", "the Pact on Sunday evening". */
const WHEN = `${CALENDAR_WORDS}|the sidelines|\\d`;
/**
 * "Partial Test Ban Treaty", with an optional year before it. At most sixteen words before the head: from
 * each word of a long capitalised run the expression looked through the rest of it for a head.
 */
const YEAR_AFTER = "(?:,?\\s+(?:of|in|signed in|from)\\s+(?<after>(?:19|20)\\d\\d)\\b)?";
const TAIL_NAMED = new RegExp(`(?:\\b(?<year>\\d{4})(?:\\s+and\\s+\\d{4})?\\s+)?(?<name>(?:${CAP}${LINK}){0,15}?${CAP}\\s+(?:${HEAD}))\\b(?<tail>\\s+(?:of|on)\\s+(?!(?:${WHEN})\\b)(?:${CAP}(?:\\s+(?:and|of|&)\\s+|\\s+))*${CAP})?${YEAR_AFTER}`, 'gu');
/** "Declaration of Helsinki", "Treaty on Open Skies". */
const HEAD_NAMED = new RegExp(`(?:\\b(?<year>\\d{4})(?:\\s+and\\s+\\d{4})?\\s+)?\\b(?<name>(?:${HEAD})\\s+(?:of|on|[Bb]etween)\\s+(?!(?:${WHEN})\\b)(?:the\\s+)?(?:${CAP}(?:,?\\s+(?:and|of|&)\\s+|,\\s+|\\s+))*${CAP})${YEAR_AFTER}`, 'gu');
/** Spanish and Portuguese names, head first: "the Acuerdo Nacional de Garantías Electorales", "Pacto de Transición Ordenada". */
const ROMANCE_NAMED = new RegExp(`\\b(?<name>(?:Acuerdo|Pacto|Tratado|Convenio|Declaración|Protocolo|Memorando|Acordo|Convênio)(?:\\s+(?:(?:de|del|sobre|para|entre|y|e|do|da|dos|das)\\s+(?:(?:la|las|los|el|o|a|os|as)\\s+)?)?${CAP})+)`, 'gu');
/** What agreements are about: a described agreement must name one of these, or it is an idiom ("came to an agreement"). */
const TOPIC =
  'comprehensive|partnership|cooperation|co-operation|friendship|assistance|alliance|defen[cs]e|security|military|arms|weapons?|munitions?|ammunition|missiles?|trade|nuclear|peace|ceasefire|truce|border|visa|investment|supply|supplies|economic|strategic|mutual|technical|energy|gas|oil|grain|space|satellite|aid|intergovernmental|non-aggression|extradition|fisheries|tariffs?';
const DESCRIBED = new RegExp(
  `(?:\\b(?:[Aa]n?|[Tt]he)|\\b[Ss]ign(?:s|ed)?|\\bsealed|\\binked)\\s+((?:(?:new|landmark|historic|bilateral|possible|potential|major|secret|alleged|so-called)\\s+)*(?:(?!(?:an?|the|signs?|signed|sealed|inked)\\s)["“]?[\\p{L}\\d][\\p{L}\\d-]*["”]?\\s+){0,4}?(?:agreements?|treaty|treaties|pacts?|deals?|accords?|arrangements?|memorand(?:um|ums|a)(?:\\s+of\\s+understanding)?)(?:\\s+(?:on|to|for|over)\\s+(?!(?:${WHEN})\\b)[^,.;:()]{3,80}?)?)(?=\\s+(?:between|with|that|which|who|was|were|is|are|will|would|has|had|and|from|during|at|in|after|before|by|as|amid|but|or|last|this|on|signed|reached|includes?|including|benefiting|covering|to|under|whereby|pledging|aimed|calling|committing|released|similar)\\b|[,.;:()"”]|$)`,
  'gu',
);
/** "an agreement was reached last year to supply missiles to X": a deal described by what it does. */
const DEAL_TO = /\b(?:a|an|the)\s+(?:secret\s+|new\s+|alleged\s+)?(agreement|deal|pact|accord)\s+(?:was|had been|has been|is)\s+(?:reached|struck|signed|concluded|made|agreed)(?:\s+[^,.;]{0,30}?)??\s+to\s+([^,.;]+?)(?=\s+(?:which|that|in exchange|in return)\b|[,.;]|$)/gu;
/** 'the signing of a "free trade pact"': what is signed is an agreement. */
const SIGNING = /\bsigning of (?:a|an|the)\s+((?:new\s+)?["“][^"”]{4,60}["”]|[a-z-]+(?:\s+[a-z-]+){1,4}?\s+(?:agreement|treaty|pact|accord))/gu;
/** "Resolution 2397": a numbered resolution (of the UN Security Council, say) binds as a treaty does. */
const RESOLUTION = /\b(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council\s+)?Resolution\s+\d{2,5}\b|\b(?:UN|U\.N\.|United Nations)\s+Security Council\s+resolutions?\b/gu;
/** "a joint statement": what two governments put their names to. */
const JOINT = /\b(?:a|an|the)\s+(joint\s+(?:statement|declaration|communiqu[ée]))\b/gu;
const REACHED = /\bthe\s+(agreements?\s+(?:reached|signed|concluded|made)\s+(?:at|during|in)\s+[^,.;]+?)(?=\s+and\s+(?:for|to|that)\b|[,.;]|$)/gu;
const DOCUMENT = /\b(?:a|the)\s+(new\s+(?:fundamental|basic|framework|landmark|strategic|major|historic|key|comprehensive|founding)\s+(?:document|treaty|agreement))\b/gu;
const ANAPHORA = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:new\s+)?(?:document|treaty|agreement|pact|deal)\b(?!\s+(?:on|to|for)\b)/gu;
const COPULA = /\b(?:it|this|that)\s+(?:was|is|would be|will be)\s+$/i;
/** A word every expression above needs: a sentence without one names no agreement, and is not searched. */
const GATE = /agreement|treat|pact|framework|deal|accord|arrangement|memorand|declaration|convention|charter|protocol|communiqu|statement|roadmap|resolution|document|signing of|acuerdo|tratado|convenio|declaraci|acordo|conv[eê]nio/i;
/** A head of an agreement's name other than "Framework", and what a framework between states is of. */
const OTHER_HEAD = new RegExp(`\\b(?:${HEAD.replace(/\|Framework.*$/, '')})\\b`);
const RELATION = /\b(?:Cooperation|Co-operation|Partnership|Trade|Peace|Investment|Ceasefire|Truce|Friendship|Alliance|Non-Aggression)\b/i;
/** What a described agreement must be about, or when it was made ("the 1961 treaty"). */
const ABOUT = new RegExp(`\\b(?:${TOPIC}|new)\\b|\\b(?:1[89]|20)\\d\\d\\b`, 'i');

/** Status cues, strongest first: a denial outranks an allegation, which outranks a plan, which outranks a signing. */
const STATUS: [AgreementStatus, RegExp][] = [
  ['denied', /\b(?:den(?:y|ies|ied)|rejected|refuted|dismissed)\b/i],
  ['alleged', /\b(?:accus\w*|alleg\w*|suspect\w*|reportedly|according to (?:information from )?(?:the )?(?:White House|Pentagon|State Department|US|U\.S\.|American|Western|intelligence|officials|observers))\b/i],
  ['expected', /\b(?:expect\w*|will be signed|would be signed|to be signed|to sign|intends? to|intended to|plans? to|planned|could be|may be|might|would (?:replace|involve|outline|form)|will (?:outline|form|replace|be)|being (?:worked on|prepared|drafted)|(?:has|have) been prepared|prepared|draft\w*|upcoming|proposed|not rule out|ready to sign)\b/i],
  ['signed', /\b(?:signed|signing|inked|concluded|sealed|struck|ratified|entered into force)\b/i],
];

function statusOf(sentence: string, year: number | null): { status: AgreementStatus; evidence: string } {
  for (const [status, re] of STATUS) {
    const m = re.exec(sentence);
    if (!m) continue;
    // An agreement known by its year is an old one; only a signing in the sentence makes it more.
    if (year !== null && status !== 'signed' && status !== 'denied' && status !== 'alleged') break;
    return { status, evidence: m[0] };
  }
  return { status: 'referenced', evidence: year !== null ? `dated ${year}` : '' };
}

const clean = (s: string): string => s.replace(/["“”]/g, '').replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '').trim();

export function extractAgreements(block: Block, sentences: Sentence[], previous: AgreementMention[], base: number): AgreementMention[] {
  const out: AgreementMention[] = [];
  // The spans already taken, in order and apart (each is added only where it is free), found by halving: a
  // sentence naming one agreement thousands of times was read again for each of them.
  const taken: [number, number][] = [];
  // (the last that starts before b, as the first one taken among those overlapping was as a rule: a name that
  // runs over an earlier one is cut where that one ends)
  const overlapping = (a: number, b: number): [number, number] | undefined => {
    const k = lowerBound(taken, b, ([x]) => x) - 1;
    return k >= 0 && taken[k]![1] > a ? taken[k] : undefined;
  };
  const titleCase = ['headline', 'related', 'subheading'].includes(block.kind) && !/[.!?]$/.test(block.text);
  const free = (a: number, b: number): boolean => !overlapping(a, b);
  // A reference back ("the new document") points at the latest agreement that is not an old, dated one.
  const last = (): number | null => {
    for (let i = out.length - 1; i >= 0; i--) if (!out[i]!.anaphora && out[i]!.year === null) return base + i;
    for (let i = previous.length - 1; i >= 0; i--) if (!previous[i]!.anaphora && previous[i]!.year === null) return i;
    return null;
  };
  for (const s of sentences) {
    const found: { start: number; end: number; name: string; named: boolean; year: number | null; anaphora: boolean }[] = [];
    const add = (start: number, end: number, name: string, named: boolean, year: number | null, anaphora = false): void => {
      if (!free(start, end)) return;
      taken.splice(lowerBound(taken, start, ([x]) => x), 0, [start, end]);
      found.push({ start, end, name, named, year, anaphora });
    };
    const searched = GATE.test(s.text);
    // Title-case headlines capitalise every word ("Leaders Sign Pact"): proper names cannot be told there.
    for (const re of titleCase || !searched ? [] : [HEAD_NAMED, ROMANCE_NAMED, TAIL_NAMED]) {
      for (const m of s.text.matchAll(re)) {
        const g = m.groups!;
        // "the Pacto Histórico coalition": a party or alliance named like an agreement.
        if (re === ROMANCE_NAMED && /^\s+(?:coalition|party|alliance|movement|bloc|list|front|secretariat|summit)\b/i.test(s.text.slice(m.index + m[0].length))) continue;
        // "the Open Skies Agreement between Valdoria and the EU": a head that ends a name is that name's (read
        // below, head last), not the start of one ("Agreement between Valdoria").
        if (re === HEAD_NAMED && /(?:^|\s)(?!(?:The|A|An|This|That)\s)\p{Lu}[\p{L}\d'’-]*\s+$/u.test(s.text.slice(Math.max(0, m.index + m[0].indexOf(g['name']!) - 40), m.index + m[0].indexOf(g['name']!)))) continue;
        // The span is the name as written (a leading article left out); the name shown has its spaces made
        // plain: scraped text has no-break and doubled spaces, and the shown name is not the source's text.
        const raw = g['name']! + (g['tail'] ?? '');
        const article = /^(?:the|a|an)\s+/i.exec(raw)?.[0].length ?? 0;
        let start = s.start + m.index + m[0].indexOf(g['name']!) + article;
        const end = start + raw.length - article;
        let name = clean(raw);
        // "the Treaty of Friendship and the Moscow Declaration": the second name starts where the first ends.
        const clash = overlapping(start, end);
        if (clash && clash[1] < end) {
          const rest = block.text.slice(clash[1], end);
          const lead = /^[\s,]*(?:(?:and|or|&)\s+)?(?:the\s+)?/.exec(rest)![0].length;
          name = rest.slice(lead).replace(/\s+/g, ' ');
          start = clash[1] + lead;
        }
        if (!/\p{Lu}/u.test(name.split(/\s+/)[0] ?? '')) continue;
        // A framework is an agreement when it says what between states it covers ("Copper Cooperation Framework"),
        // not a body of rules ("the EU Regulatory Framework", "the Inclusive Framework on BEPS"). (As a word of a
        // name with another head, it is no head: "Economic Cooperation Framework Agreement".)
        if (/\bFramework\b/.test(name) && !OTHER_HEAD.test(name) && !RELATION.test(name)) continue;
        // "North Atlantic Treaty Organization": a capitalised word after the name makes it something else.
        if (/^\s+\p{Lu}\p{Ll}/u.test(block.text.slice(end, end + 3)) && !g['after']) continue;
        const year = clash ? g['after'] : (g['year'] ?? g['after']); // a clipped match's leading year was the first name's
        add(start, end, name, true, year ? Number(year) : null);
      }
    }
    for (const m of searched ? s.text.matchAll(RESOLUTION) : []) add(s.start + m.index, s.start + m.index + m[0].length, m[0], true, null);
    for (const m of searched ? s.text.matchAll(DEAL_TO) : []) {
      const start = s.start + m.index + m[0].indexOf(m[1]!);
      add(start, s.start + m.index + m[0].length, `${m[1]} to ${m[2]}`, false, null);
    }
    for (const re of searched ? [SIGNING, JOINT, REACHED, DOCUMENT, DESCRIBED] : []) {
      for (const m of s.text.matchAll(re)) {
        const phrase = m[1]!.replace(/\s+$/, '').replace(/^(?:a|an|the)\s+/, '').replace(/["“”]/g, (q, at: number, all: string) => (at === 0 || at === all.length - 1 ? '' : q));
        // (a memorandum of understanding is one by its name, whatever it is about: "signed a memorandum of
        // understanding with Tirrenia")
        if (re === DESCRIBED && !ABOUT.test(phrase) && !/memorand(?:um|a) of understanding/i.test(phrase)) continue;
        const start = s.start + m.index + m[0].indexOf(phrase);
        const years = [...phrase.matchAll(/\b(1[89]\d\d|2[01]\d\d)\b/g)].map((y) => Number(y[1]));
        add(start, start + phrase.length, clean(phrase), false, years.length === 1 ? years[0]! : null);
      }
    }
    for (const m of searched ? s.text.matchAll(ANAPHORA) : []) add(s.start + m.index, s.start + m.index + m[0].length, m[0], false, null, true);
    found.sort((a, b) => a.start - b.start);
    // (the sentence's status once per year an agreement of it has, not once per agreement)
    const statuses = new Map<number | null, ReturnType<typeof statusOf>>();
    for (const f of found) {
      const prior = last();
      if (f.anaphora && prior === null) {
        // "the new treaty" with nothing before it to point at is the first mention of an agreement; "the deal",
        // "the pact" or "the agreement" alone says nothing of which ("EU leaders agree aid package ... the deal").
        if (/(?:document|deal|agreement|pact)$/.test(f.name) && !/\bnew\b/.test(f.name)) continue;
        f.anaphora = false;
        f.name = f.name.replace(/^(?:the|this|that)\s+/i, '');
        f.start = f.end - f.name.length;
      }
      let said = statuses.get(f.year);
      if (!said) statuses.set(f.year, (said = statusOf(s.text, f.year)));
      const { status, evidence } = said;
      const copula = COPULA.test(block.text.slice(Math.max(0, f.start - 30), f.start).replace(/\s*(?:a|an|the)\s+$/i, ' '));
      out.push({
        block: block.id,
        start: f.start,
        end: f.end,
        text: block.text.slice(f.start, f.end),
        name: f.name,
        named: f.named,
        year: f.year,
        status,
        statusEvidence: evidence,
        sameAs: f.anaphora || copula ? prior : null,
        anaphora: f.anaphora,
      });
    }
    // "Both countries have denied such cooperation": a denial with no agreement of its own answers the last one.
    if (!found.length && out.length && STATUS[0]![1].test(s.text) && /\b(?:such|this|that|these|the)\s+(?:cooperation|deal|agreement|claims?|reports?|allegations?|accusations?|supplies|transfers?)\b/i.test(s.text)) {
      const prior = out[out.length - 1]!;
      const verb = STATUS[0]![1].exec(s.text)!;
      const start = s.start + verb.index;
      const end = start + verb[0].length;
      out.push({ ...prior, block: block.id, start, end, text: verb[0], status: 'denied', statusEvidence: verb[0], sameAs: base + out.length - 1, anaphora: true });
    }
  }
  return out;
}
