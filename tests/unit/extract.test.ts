/** extract on small made-up texts: the general patterns behind the seeds' cases. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { parseSource } from '../../src/pipeline/parse.ts';
import { decodeSource } from '../../src/pipeline/read.ts';
import { sentenceAround } from '../../src/pipeline/text.ts';

const run = (text: string) => extract(parseSource(decodeSource('t.txt', new TextEncoder().encode(text))));
const people = (text: string) => run(text).people.filter((p) => p.cue !== 'none').map((p) => p.name);
/** Who each quote is given to: a person's name, or how the text describes the speaker. */
const speakersOf = (x: ReturnType<typeof run>) => x.quotes.map((q) => ('mention' in q.speaker ? x.people[q.speaker.mention]!.name : q.speaker.description));

describe('people extraction', () => {
  it('reads names with initials, titles and Korean order', () => {
    expect(people('Headline here\nMr. Lee met John F. Kennedy and Foreign Minister Cho Tae-yul in Seoul on Monday.')).toEqual(['Lee', 'John F. Kennedy', 'Cho Tae-yul']);
    expect(people('Headline here\nThe report was written by Hyo-Ju Son for the paper.')).toEqual(['Hyo-Ju Son']);
  });

  it('reads a name written with the spaces of scraped HTML as one name', () => {
    // &nbsp; and its kin become plain spaces when the source is read, and soft hyphens go; the ideographic
    // space of CJK text is kept.
    expect(decodeSource('t.txt', new TextEncoder().encode('Pyong\u00adyang,\u00a0June\u202f19\u3000x')).text).toBe('Pyongyang, June 19\u3000x');
    expect(people('Headline here\nPresident Jane\u00a0Doe met Ali\u2009Khan and Kim\u00a0Jong\u00a0Un.')).toEqual(['Jane Doe', 'Ali Khan', 'Kim Jong Un']);
  });

  it('reads every name of a byline list, and a name in apposition to a title', () => {
    expect(people('Headline here\nBy Jacopo Barigazzi, Nicholas Vinocur and Gregorio Sorgi\nBy Jane Doe and Ali Khan, Staff Writers\nThe talks ended.')).toEqual(['Jacopo Barigazzi', 'Nicholas Vinocur', 'Gregorio Sorgi', 'Jane Doe', 'Ali Khan']);
    const x = run('Headline here\nThe UK prime minister, Keir Starmer, who joined by video, spoke.');
    expect(x.people.filter((p) => p.cue !== 'none').map((p) => [p.name, p.roles, p.country])).toEqual([['Keir Starmer', ['prime minister'], 'United Kingdom']]);
  });

  it('keeps the particles of a name, which do not count among its words', () => {
    const text =
      'Headline here\nBrazilian President Luiz Inácio Lula da Silva met Ursula von der Leyen, Charles de Gaulle, Crown Prince Mohammed bin Salman and President Bashar al-Assad. Maria de la Cruz, a spokeswoman, agreed.';
    expect(people(text)).toEqual(['Luiz Inácio Lula da Silva', 'Ursula von der Leyen', 'Charles de Gaulle', 'Mohammed bin Salman', 'Bashar al-Assad', 'Maria de la Cruz']);
    const x = run(text);
    expect(x.people.find((p) => p.name === 'Mohammed bin Salman')?.roles).toEqual(['Crown Prince']);
    expect(x.people.find((p) => p.name === 'Bashar al-Assad')?.roles).toEqual(['President']);
    expect(x.people.find((p) => p.name === 'Maria de la Cruz')?.roles).toEqual(['spokeswoman']);
  });

  it('takes one particle group past the word limit, not a run of them', () => {
    expect(people('Headline here\nMaria de Bea de Cid de Sol de Paz de Luz de Mar spoke.')).toEqual(['Maria de Bea de Cid de Sol de Paz', 'Luz de Mar']);
  });

  it('reads no person into a place with particles, nor a name that begins with one', () => {
    const text =
      'Headline here\nThe summit opened in Rio de Janeiro, ships sailed the Strait of Juan de Fuca and delegates flew from Santiago de Chile and Santa Cruz de la Sierra to Andorra la Vella, Jane Doe said. Officials de facto in charge met de la Rosa, and de de de de de Jane Doe.';
    // (Lone capitalised words, "Vella" or "Rosa", are kept only when resolution knows a person by that name.)
    expect(people(text)).toEqual(['Jane Doe', 'Jane Doe']);
    expect(run(text).people.filter((p) => !p.short).map((p) => p.name)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('reads no person into a place a name with particles follows, and no group before "said"', () => {
    const text =
      'Headline here\nThey flew from San José del Cabo and São João da Barra to Marina del Rey. al-Shabaab said it carried out the attack, and the group’s rival al-Qaeda said nothing. Jane Doe’s plan and Ursula von der Leyen’s plan were read. Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met them.';
    expect(people(text)).toEqual(['Jane Doe', 'Ursula von der Leyen', 'Mohammed bin Abdulrahman bin Jassim Al Thani']);
  });

  it('takes the ending of a full name for a short form of it', () => {
    const x = run('Headline here\nPresident Luiz Inácio Lula da Silva spoke. Later, said Lula da Silva, the talks resume. Lula left, and al-Assad said no. Bashar al-Assad stayed.');
    const short = (name: string) => x.people.find((p) => p.name === name)?.short;
    expect(short('Luiz Inácio Lula da Silva')).toBe(false);
    expect(short('Lula da Silva')).toBe(true);
    expect(short('Lula')).toBe(true);
    expect(short('al-Assad')).toBe(true);
    // Not an ending that begins with a given name: "Ann Smith" may be someone else than "Mary Ann Smith".
    const y = run('Headline here\nMary Ann Smith, an analyst, said so, and Ann Smith, a banker, disagreed. Mexican President Andrés Manuel López Obrador said López Obrador would go. Marine Le Pen agreed. Le Pen said so.');
    const isShort = (name: string) => y.people.find((p) => p.name === name)?.short;
    expect(isShort('Ann Smith')).toBe(false);
    expect(isShort('López Obrador')).toBe(true);
    expect(isShort('Le Pen')).toBe(true);
  });

  it('takes no organisation named head first, and no party member, for a person', () => {
    const text =
      'Headline here\nThe Registraduría Nacional del Estado Civil said so, as did Universidad de los Andes and Centro Democrático. Commission President Ursula von der Leyen agreed, and the Christian Democrat Jane Doe too.';
    expect(people(text)).toEqual(['Ursula von der Leyen', 'Jane Doe']);
  });

  it('reads a title after an organisation named head first, and no party for an agreement', () => {
    const x = run('Headline here\nPartido Liberal Senator Juan Pérez and Centro Democrático Senator María Fernanda Cabal joined the Pacto Histórico coalition.');
    expect(x.people.filter((p) => p.cue !== 'none').map((p) => p.name)).toEqual(['Juan Pérez', 'María Fernanda Cabal']);
    expect(x.agreements).toEqual([]);
  });

  it('reads outlets after an acronym as parts of its name', () => {
    expect(run('Headline here\nThe US Express delivery service and NHS Insider said so.').outlets).toEqual([]);
  });

  it('takes no acronym before "said" and no Red Crescent for a person', () => {
    expect(people('Headline here\nThe country’s disaster agency AFAD said 5,000 were dead, and the Turkish Red Crescent sent food, Jane Doe said.')).toEqual(['Jane Doe']);
  });

  it('takes no capital city for a person, in capitals or not', () => {
    const x = run('Talks in Santo Domingo\nSANTO DOMINGO (Reuters) - Jane Doe met Ali Khan in Santo Domingo and later in Bandar Seri Begawan on Sunday.');
    expect(x.people.map((p) => p.name)).toEqual(['Jane Doe', 'Ali Khan']);
  });

  it('leaves places and bodies named after people out', () => {
    expect(people('Headline here\nCrowds filled Kim Il Sung Square and the Kim Il Sung square, said Jane Smith.')).toEqual(['Jane Smith']);
    expect(people('Headline here\nThe Central Committee of the Workers’ Party met at Lenin Palace, Ali Khan said.')).toEqual(['Ali Khan']);
  });

  it('takes no group of speakers for a person named by family name', () => {
    const text = 'Talks in Valletta\n\nAnalysts said the outcome would be watched closely. Diplomats told reporters that Jane Doe would return. Observers said little. Borg said the talks went well.\n';
    expect(people(text)).toEqual(['Jane Doe', 'Borg']);
  });

  it('gives roles from titles and appositions, not from relations', () => {
    const x = run('Headline here\nJohn Kirby, an aide to Joe Biden, met Deputy Prime Minister Anna Berg and Pak Il Nam, premier of the Cabinet, today.');
    const role = (n: string) => x.people.find((p) => p.name === n)?.roles;
    expect(role('Joe Biden')).toEqual([]);
    expect(role('Anna Berg')).toEqual(['Deputy Prime Minister']);
    expect(role('Pak Il Nam')).toEqual(['premier of the Cabinet']);
  });

  it('takes the country a role names with dots ("U.S."), but not across "and"', () => {
    const x = run(
      'Headline here\nU.S. Secretary of State Jane Doe met Ali Khan, the U.K. foreign secretary, after talks between the U.S. and Russian Foreign Minister Anna Berg. U.N. Secretary-General Olaf Berg and Washington, D.C. Mayor Ana Costa spoke.',
    );
    const of = (n: string) => x.people.filter((p) => p.name === n).map((p) => [p.roles, p.country]);
    expect(of('Jane Doe')).toEqual([[['Secretary of State'], 'United States']]);
    expect(of('Ali Khan')).toEqual([[['foreign secretary'], 'United Kingdom']]);
    expect(of('Anna Berg')).toEqual([[['Foreign Minister'], 'Russia']]);
    expect(of('Olaf Berg')).toEqual([[['Secretary-General'], null]]);
    expect(of('Ana Costa')).toEqual([[['Mayor'], null]]);
  });

  it('takes no body that a title names its holder by for part of someone else\'s title', () => {
    const x = run('Headline here\nThe opposition to President Jane Doe grew. The government of Prime Minister Ali Khan objected. The cabinet and Finance Minister Anna Berg met. The army of President Tom Weber marched.');
    expect(x.people.filter((p) => p.cue !== 'none').map((p) => p.roles)).toEqual([['President'], ['Prime Minister'], ['Finance Minister'], ['President']]);
  });

  it('reads an organisation before a role in apposition, and "government" inside a title', () => {
    const x = run(
      "Headline here\nKaja Kallas, the EU's foreign policy chief, said so. Ursula Von der Leyen, the European Commission president, agreed. Jane Doe, NATO's secretary general, spoke. Hungarian government spokesman Ali Khan said no. Tom Weber, the European Union, and others came. Anna Berg, a Koreas expert, spoke.",
    );
    const of = (n: string) => x.people.filter((p) => p.name === n).map((p) => [p.roles, p.country]);
    expect(of('Kaja Kallas')).toEqual([[["EU's foreign policy chief"], null]]);
    expect(of('Ursula Von der Leyen')).toEqual([[['European Commission president'], null]]);
    expect(of('Jane Doe')).toEqual([[["NATO's secretary general"], null]]);
    expect(of('Ali Khan')).toEqual([[['government spokesman'], 'Hungary']]);
    expect(of('Tom Weber')).toEqual([[[], null]]);
    expect(of('Anna Berg')).toEqual([[[], null]]);
  });

  it('takes the country a role names by possessive or demonym, before the name or in apposition', () => {
    const x = run('Headline here\nBrazil’s President Ana Costa met Robert Abela, Malta’s prime minister, and Olaf Berg, the German chancellor, today. South Korea\'s foreign minister Cho Tae-yul joined them.');
    const of = (n: string) => x.people.filter((p) => p.name === n).map((p) => [p.roles, p.country]);
    expect(of('Ana Costa')).toEqual([[['President'], 'Brazil']]);
    expect(of('Robert Abela')).toEqual([[['prime minister'], 'Malta']]);
    expect(of('Olaf Berg')).toEqual([[['chancellor'], 'Germany']]);
    expect(of('Cho Tae-yul')).toEqual([[['foreign minister'], 'South Korea']]);
    // A governor's Georgia is a state.
    expect(run("Headline here\nGeorgia's Governor Ali Khan spoke.").people.find((p) => p.name === 'Ali Khan')?.country).toBeNull();
    // A role and the place it serves in, then the name in commas; a title a body's name leads.
    const envoys = run("Headline here\nChina's ambassador in Port Selim, Chen Weiming, spoke. The EU mission chief Jan de Wit and union leader Paul Grech listened.");
    const roleOf = (n: string) => envoys.people.filter((p) => p.name === n).map((p) => [p.roles, p.country]);
    expect([roleOf('Chen Weiming'), roleOf('Jan de Wit'), roleOf('Paul Grech')]).toEqual([[[['ambassador in Port Selim'], 'China']], [[['EU mission chief'], null]], [[['union leader'], null]]]);
    // (not a speaker after a comma: "..., Jane Doe said"; nor where an envoy is sent, as their country)
    const said = run("Headline here\nHe met the ambassador in Paris, Jane Doe said. The UN envoy to Yemen, Hans Grundberg, spoke. Police chief Karl Brun agreed. China's ambassador to Canada, Ana Ruiz, left.");
    expect(said.people.filter((p) => p.cue !== 'none').map((p) => [p.name, p.roles, p.country])).toEqual([
      ['Jane Doe', [], null],
      ['Hans Grundberg', [], null],
      ['Karl Brun', ['Police chief'], null],
      ['Ana Ruiz', ['ambassador to Canada'], 'China'],
    ]);
    // An aid envoy, with the country whose envoy they are.
    expect(run("Headline here\nJapan's aid envoy Keiko Tanabe arrived.").people.filter((p) => p.cue !== 'none').map((p) => [p.name, p.roles, p.country])).toEqual([['Keiko Tanabe', ['aid envoy'], 'Japan']]);
    // A lawyer's role.
    const counsel = run('Headline here\nViktor Lanski, a lawyer for the defence, spoke. Defense lawyer Jan Horak and co-counsel Maria Ostrova agreed.');
    expect(counsel.people.filter((p) => p.cue !== 'none').map((p) => [p.name, p.roles])).toEqual([['Viktor Lanski', ['lawyer for the defence']], ['Jan Horak', ['Defense lawyer']], ['Maria Ostrova', ['co-counsel']]]);
    // A company officer's whole title, in words or in capitals, and a body before the title.
    const officers = run("Headline here\nMaria Ostrova, the chief financial officer, said so. CFO Jan Horak agreed, and Viktor Lanski, Acme's CISO, said no. \"Never,\" said works council chairman Ali Khan.");
    expect(officers.people.filter((p) => p.cue !== 'none').map((p) => [p.name, p.roles])).toEqual([['Maria Ostrova', ['chief financial officer']], ['Jan Horak', ['CFO']], ['Viktor Lanski', ["Acme's CISO"]], ['Ali Khan', ['council chairman']]]);
    // A body named in lower case after "of" goes on to its noun or its name (not into the rest of the sentence).
    const bodies = run("Headline here\nMaria Ostrova, the head of Taravia's disaster agency, said so. Jan Horak, then head of the state arms company Velor Holdings, agreed. Ali Khan, the head of state, arrived in the morning. Tom Reyes, a senior analyst at London-based consultancy Brightwater Partners, said so.");
    expect(bodies.people.filter((p) => p.cue !== 'none').map((p) => [p.name, p.roles])).toEqual([['Maria Ostrova', ["head of Taravia's disaster agency"]], ['Jan Horak', ['then head of the state arms company Velor Holdings']], ['Ali Khan', ['head of state']], ['Tom Reyes', ['senior analyst at London-based consultancy Brightwater Partners']]]);
    // "ex-" makes a role as "Former" does.
    expect(run('Headline here\nThey met ex-Prime Minister Ali Khan.').people.find((p) => p.name === 'Ali Khan')?.roles).toEqual(['ex-Prime Minister']);
    // A country-led title after a comma belongs to the next name in a list, or to someone else: not to the first.
    const list = run("Headline here\nPresent were Jane Doe, Russian leader Ali Khan and others. Anna Berg, the Russian foreign minister's counterpart, spoke.");
    expect(list.people.filter((p) => p.cue !== 'none').map((p) => [p.name, p.roles, p.country])).toEqual([
      ['Jane Doe', [], null],
      ['Ali Khan', ['leader'], 'Russia'],
      ['Anna Berg', [], null],
    ]);
  });

  it('attributes quotes to the speaker, not to the person spoken of', () => {
    const x = run('Headline here\nAnna Berg called Joe Biden the “best friend of our people” on Monday. “We will sign it soon,” Berg said. “That is all.” Joe Biden said nothing.');
    const who = speakersOf(x);
    expect(who).toEqual(['Anna Berg', 'Berg']);
  });

  it('gives "he" and "she" to the subject of the last sentence that names someone', () => {
    const text = [
      'Headline here',
      'Jane Doe spoke first. “We are ready,” she said.',
      'Commission President Anna Berg said the rules would change. “This is a once-in-a-generation moment,” she said.',
      'Ali Khan met Olaf Berg on Monday. “It is not only about tanks,” he said.',
      'President Tom Weber called the agreement "an important step". He said the army needed air defence "more than anything."',
      '“President Khan also received a rifle,” he explained, adding, “President Khan also gifted him a book.”',
    ].join('\n');
    const x = run(text);
    const who = speakersOf(x);
    // (the last two: nobody is named outside the quotes, so "he" is the previous quote's speaker)
    expect(who).toEqual(['Jane Doe', 'Anna Berg', 'Ali Khan', 'Tom Weber', 'Tom Weber', 'Tom Weber', 'Tom Weber']);
    // A sentence that opens with a pronoun has the earlier speaker for subject: the people it names are objects.
    const y = run('Headline here\n“We will not give up,” Jane Doe said. He thanked French President Ali Khan for the support. “We need more,” he added.');
    expect(speakersOf(y)).toEqual(['Jane Doe', 'Jane Doe']);
    // Not across another pronoun: "She met X. '...,' he said" is X.
    const z = run('Headline here\n“We will not give up,” Jane Doe said. She met Secretary of State Ali Khan on Tuesday. “We disagree on tariffs,” he said.');
    expect(speakersOf(z)).toEqual(['Jane Doe', 'Ali Khan']);
  });

  it('reads a quote that runs on into the next paragraph, without its closing mark, as its speaker\'s', () => {
    const x = run('Headline here\nIn a statement, Jane Doe said: "Two families have lost someone they loved. I cannot stay on.\n"I have informed the board that I am stepping down today," the statement ended.\nShe left at noon.');
    expect([x.quotes.map((q) => q.text), speakersOf(x)]).toEqual([['Two families have lost someone they loved. I cannot stay on.', 'I have informed the board that I am stepping down today'], ['Jane Doe', 'Jane Doe']]);
    // (a stray mark with nobody named before it is no quote; nor does the next paragraph's quote go to anyone)
    const y = run('Headline here\nThe 12" screen broke when the plane landed at the airport.\n"We are fine," the passenger said.');
    expect(speakersOf(y)).toEqual(["the passenger"]);
    // Nor a curly mark closed by a straight one, nor a scare quote left open: no quote goes on from them.
    const z = run('Headline here\nJane Doe, the minister, said: “We will rebuild." John Roe, the opposition leader, disagreed.\n"This is a disaster for the country," the statement from his party read.\nJane Doe called the plan a "betrayal of the people and more\n"Peace for our time" was how John Roe described it.');
    expect(speakersOf(z)).toEqual([]);
    // (but a quote after words of saying without a colon: 'told reporters “...')
    const w = run('Headline here\nOpposition leader Jane Doe told reporters “We will not accept this result and more\n“The count was rigged from the start,” she added.');
    expect(speakersOf(w)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('reads the speaker past words set off by commas, and gives "he" to whom the paragraph before was about', () => {
    const text = [
      'Headline here',
      '“The people have spoken,” Ana Ruiz Vega, a former central bank governor, told supporters.',
      'Tomas Berg, 63, said his party would challenge the result.',
      '“We will not accept it,” he said.',
      'Observers backed the count. Jan de Wit, who heads the EU mission, told reporters that "the count was clean and fair".',
      'The mission chief, Jan de Wit, called it "a model for the region."',
      'Ruiz called for calm. “Nobody will be punished for a vote,” she told AFP.',
    ].join('\n');
    const x = run(text);
    const who = speakersOf(x);
    // (the last: "Ruiz" alone is the article's Ana Ruiz Vega, not the last speaker)
    expect(who).toEqual(['Ana Ruiz Vega', 'Tomas Berg', 'Jan de Wit', 'Jan de Wit', 'Ruiz']);
    // The person next to the verb, not one the speaker is attached to; a described speaker is no one named in
    // the words about them; without a pronoun to go by, a paragraph about someone else keeps the speaker before.
    const speakers = (text: string) => speakersOf(run(`Headline here\n${text}`));
    expect(speakers('“The president will not back down,” President Tom Weber’s spokeswoman Karen Lind told reporters.')).toEqual(['Karen Lind']);
    expect(speakers('“We are ready to sign the deal,” the minister, after meeting Jane Doe, told reporters.')).toEqual(['the minister']);
    expect(speakers('A spokesman for Jane Doe, who leads the opposition, told Reuters: “We will not concede this election.”')).toEqual([]);
    // Someone's spokesman or office speaks for them, and is not them.
    expect(speakers('Jane Doe’s spokesman told reporters: “The talks will go on next week.”\n“Nothing has been decided,” said Jane Doe’s office.')).toEqual([]);
    // and "he added" after them is theirs too, until someone is named after
    expect(speakers('“The talks will go on next week,” Jane Doe’s spokesman told reporters. “Nothing has been decided,” he added.')).toEqual([]);
    expect(speakers('“The talks will go on,” the spokesman said.\nOpposition leader Jane Doe rejected the claims.\n“This is a lie and we will prove it,” she said.')).toEqual(['the spokesman', 'Jane Doe']);
    expect(speakers('“We will not back down,” opposition leader Jane Doe said.\nThe ruling party is led by Prime Minister John Roe, who won 48% of the vote in 2021.\n“The people have spoken and we will be heard,” she added.')).toEqual(['Jane Doe', 'Jane Doe']);
    // A name in commas after a title, or before more words in commas; the first named, not one the speaker talked with.
    expect(speakers('The head of the mission, Ambassador Jan de Wit, said: "We saw no fraud at all."\nIts chief observer, Jane Doe, a former Danish minister, said: "We saw no fraud at all."')).toEqual(['Jan de Wit', 'Jane Doe']);
    expect(speakers('Jane Doe in an interview with the BBC’s John Roe said: "We saw no fraud at all."')).toEqual(['Jane Doe']);
    // The person a paragraph opens with takes the next "she said" (not the speaker before).
    expect(speakers('"The count was clean and fair," Roe said.\nOpposition leader Jane Doe rejected the claims.\n"This is a lie and we will prove it," she said.')).toEqual(['Roe', 'Jane Doe']);
    // A name with initials for its given names, and its quote though the sentence holds its dots.
    const y = run('Headline here\nJ.P. Okonkwo of the Carter Center said the count was "done under very difficult conditions". The U.S. Navy and U.N. envoys agreed.');
    expect([y.people.filter((p) => p.cue !== 'none').map((p) => p.name), speakersOf(y)]).toEqual([['J.P. Okonkwo'], ['J.P. Okonkwo']]);
  });
});

describe('East Asian names', () => {
  it('reads family names that are also English words, and Vietnamese syllables', () => {
    expect(people('Headline here\nPresident To Lam met Prime Minister Pham Minh Chinh and Vice Premier He Lifeng on Monday.')).toEqual(['To Lam', 'Pham Minh Chinh', 'He Lifeng']);
    expect(people('Leaders Talk To The Press\nTo Europe they went.')).toEqual([]);
  });
});

describe('names announced by their place', () => {
  it('reads credit lines and names after a role phrase, but not lone words', () => {
    expect(people('Headline here\nThe Senior Official for Asia Jung Pak spoke on Monday, said Anna Berg.\n(Reporting by Hyunsu Yim; Editing by Sonali Paul)')).toEqual(['Jung Pak', 'Anna Berg', 'Hyunsu Yim', 'Sonali Paul']);
    expect(people('Headline here\nThe President of the State Affairs of the People met in Washington D.C. with Kim.')).toEqual([]);
    expect(people('Headline here\n"It is late," said Duyeon Kim, of the Center for Strategic and International Studies, said.')).toEqual(['Duyeon Kim']);
  });
});

describe('mention spans', () => {
  // Names, titles and agreement words joined by the spaces scraped text has (no-break, doubled, tab, thin).
  const WORDS = ['Paris', 'Agreement', 'Treaty', 'of', 'on', 'Friendship', 'the', 'The', 'Declaration', 'Moscow', '1963', 'signed', 'a', 'new', 'defence', 'pact', 'said', 'President', 'Jane', 'Doe', 'Kim', 'Jong', 'Un', '김정은', 'Reuters', 'reported', 'news agency', 'Yonhap', 'Foreign Minister', 'Lavrov', 'told', '“quoted words here”', 'document', 'Resolution 2397', 'and'];
  const SPACES = [' ', ' ', ' ', '\u00a0', '  ', '\t', '\u2009'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const sentence = () => Array.from({ length: 3 + Math.floor(random() * 10) }, () => pick(WORDS)).join('\u0000').replace(/\u0000/g, () => pick(SPACES)) + pick(['.', '.', '!', ',', '']);

  it('are the source characters at their offsets, inside one sentence, whatever the spacing', () => {
    let checked = 0;
    for (let doc = 0; doc < 300; doc++) {
      const lines = ['Headline here', ...Array.from({ length: 1 + Math.floor(random() * 3) }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(' '))];
      const a = parseSource(decodeSource('t.txt', new TextEncoder().encode(lines.join('\n'))));
      const x = extract(a);
      for (const m of [...x.people, ...x.agreements, ...x.outlets]) {
        const b = a.blocks.find((block) => block.id === m.block)!;
        const where = `${JSON.stringify(b.text)}: ${JSON.stringify(m.text)} at ${m.start}`;
        expect(m.start, where).toBeGreaterThanOrEqual(0);
        expect(b.text.slice(m.start, m.end), where).toBe(m.text);
        expect(sentenceAround(b.text, b.sentences, m.start, m.end), where).not.toBe('');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('agreement extraction', () => {
  it('marks a name written with no-break or doubled spaces where it stands, and shows it plainly spaced', () => {
    const a = parseSource(decodeSource('t.txt', new TextEncoder().encode('Headline here\nParis\u00a0Agreement was cited by both. They also named the Treaty  of\tFriendship.\n')));
    const x = extract(a);
    expect(x.agreements.map((m) => m.name)).toEqual(['Paris Agreement', 'Treaty of Friendship']);
    const block = a.blocks.find((b) => b.id === x.agreements[0]!.block)!;
    // The span is the source's own characters (it was one character early, before the sentence at the start
    // of a paragraph), so its sentence is found and the page marks the right words.
    for (const m of x.agreements) {
      expect(block.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text.replace(/\s+/g, ' ')).toBe(m.name);
      expect(sentenceAround(block.text, block.sentences, m.start, m.end)).toContain(m.text);
    }
  });

  it('does not take an organisation for a treaty', () => {
    expect(run('Headline here\nThe North Atlantic Treaty Organization met. The Warsaw Treaty was older.').agreements.map((a) => a.name)).toEqual(['Warsaw Treaty']);
  });

  it('finds named, dated and described agreements with their status', () => {
    const x = run('Headline here\nThe leaders signed a mutual defence pact. It replaces the 1963 Treaty of Friendship and the Moscow Declaration of 2001. Officials came to an agreement on the important issues.');
    expect(x.agreements.map((a) => [a.name, a.year, a.status])).toEqual([
      ['mutual defence pact', null, 'signed'],
      ['Treaty of Friendship', 1963, 'referenced'],
      ['Moscow Declaration', 2001, 'referenced'],
    ]);
  });

  it('takes no plea deal for an agreement between parties to the story (each defendant has their own)', () => {
    expect(run('Headline here\nKessel signed a plea agreement with prosecutors in October 2024.').agreements).toEqual([]);
  });

  it('cuts a name that runs over an earlier one where that one ends', () => {
    const x = run('Headline here\nThey cited the Acuerdo de Paz and the Treaty of Rome and the Paris Agreement. Ministers signed the Pacto Verde and the Declaration of Lisbon and the Porto Declaration on Monday.');
    expect(x.agreements.map((a) => a.name)).toEqual(['Acuerdo de Paz', 'Treaty of Rome', 'Paris Agreement', 'Pacto Verde', 'Declaration of Lisbon', 'Porto Declaration']);
  });

  it('takes a framework between states for an agreement, not a body of rules', () => {
    const x = run('Headline here\nThey discussed the 2022 Copper Cooperation Framework. The EU Regulatory Framework, the Nuclear Regulatory Framework and the Inclusive Framework on BEPS apply.');
    expect(x.agreements.map((a) => [a.name, a.year])).toEqual([['Copper Cooperation Framework', 2022]]);
    // (a framework that is a word of another head's name)
    const y = run('Headline here\nThey signed the Economic Cooperation Framework Agreement in 2010 and renewed the Security Framework Treaty.');
    expect(y.agreements.map((a) => [a.name, a.year])).toEqual([
      ['Economic Cooperation Framework Agreement', 2010],
      ['Security Framework Treaty', null],
    ]);
  });

  it('reads names in Spanish and Portuguese, head first, and no day for a name', () => {
    const x = run('Headline here\nThey signed an Orderly Transition Pact on Sunday evening. Both had signed the Acuerdo Nacional de Garantías Electorales in May, and the Pacto de Transición Ordenada on Sunday night.');
    expect(x.agreements.map((a) => a.name)).toEqual(['Orderly Transition Pact', 'Acuerdo Nacional de Garantías Electorales', 'Pacto de Transición Ordenada']);
  });

  it('takes a memorandum of understanding for an agreement, whatever it is about', () => {
    expect(run('Headline here\nElbstrand has signed a memorandum of understanding with Tirrenia that opens the way to a takeover.').agreements.map((a) => [a.name, a.status])).toEqual([['memorandum of understanding', 'signed']]);
  });

  it('takes no subject or verb into a described agreement', () => {
    const x = run('Headline here\nThe ministers signed a memorandum of understanding on trade. Two sides signed an agreement on fisheries.');
    expect(x.agreements.map((a) => a.name)).toEqual(['memorandum of understanding on trade', 'agreement on fisheries']);
  });

  it('reads a memorandum of understanding, and no agreement into a bare "the deal"', () => {
    const x = run('Headline here\nLeaders agreed an aid package. The deal still needs approval. They signed a memorandum of understanding on joint ammunition procurement, and the agreement was welcomed.');
    expect(x.agreements.map((a) => [a.name, a.status, a.anaphora])).toEqual([
      ['memorandum of understanding on joint ammunition procurement', 'signed', false],
      ['the agreement', 'signed', true], // (the status its sentence gives)
    ]);
  });

  it('takes a denial after an allegation as a status of the same agreement', () => {
    const x = run('Headline here\nAccording to the White House, a deal was reached to supply rockets to the army. Both countries have denied such cooperation.');
    expect(x.agreements.map((a) => [a.name, a.status])).toEqual([
      ['deal to supply rockets to the army', 'alleged'],
      ['deal to supply rockets to the army', 'denied'],
    ]);
  });
});

describe('quotes ending in a comma', () => {
  it('keeps a quote that ends "...," before its speaker, shown without the comma', () => {
    const x = run('Talks\n"We will wait and see...," Park Min-seo said on Thursday. "We will help the families ," Park added.');
    expect(x.quotes.map((q) => q.text)).toEqual(['We will wait and see...', 'We will help the families']);
  });
});

describe('outlet extraction', () => {
  it('needs a cue for a name that is also a word, and skips names inside longer names', () => {
    const x = run('Headline here\nThe Time was late on the Korean Peninsula, Reuters reported, citing Yonhap. The news agency Fars also wrote about it.');
    expect(x.outlets.map((o) => o.name)).toEqual(['Reuters', 'Yonhap', 'Fars News Agency']);
    expect(run('Headline here\nCopyright 2024 RTTNews.com. All Rights Reserved').outlets.map((o) => o.name)).toEqual(['RTTNews']);
    expect(run('Headline here\nLeaders met. Reuters-Yonhap\nWriting for The Hill, she said so.').outlets.map((o) => o.name)).toEqual(['Reuters', 'Yonhap', 'The Hill']);
    // A press-conference transcript: the questioner's outlet before a colon, never the spokesperson or a dateline.
    const qa = run('Briefing of the day\nauthor:Example.com\nHarbin Evening Post: What is your comment?\nWang Fei: No comment.\nSEOUL: (AFP) The talks ended.');
    expect(qa.outlets.map((o) => o.name)).toEqual(['Example.com', 'Harbin Evening Post', 'Agence France-Presse']);
    // A page's own label before a colon is no questioner's outlet; a share button is none at all.
    expect(run('Deal agreed\nWATCH: Veltrix chief on the deal\nBREAKING: Shares fall').outlets).toEqual([]);
    expect(run('Deal agreed\nShare\nEmail\nFacebook\nPrint\nThe deal was agreed on Monday.').outlets).toEqual([]);
    expect(run('Deal agreed\nShare: WeChat | Weibo | Facebook | X | Print\nShare  AA  Follow us\nThe deal was agreed on Monday.').outlets).toEqual([]);
  });

  it('reads outlets set in capitals, and after a name in capitals', () => {
    const x = run('Headline here\nBy JANE DOE and JOHN ROE Associated Press\nThe judge told EL PAÍS that the count was fair, and Ann Roe is the Guardian’s Andean correspondent.');
    // (the Guardian, a name that is also a word, needs a cue in running text: a bio gives the publisher in parse.ts)
    expect(x.outlets.map((o) => o.name)).toEqual(['Associated Press', 'El País']);
    expect(x.people.filter((p) => p.cue !== 'none').map((p) => p.name)).toEqual(['JANE DOE', 'JOHN ROE', 'Ann Roe']);
  });

  it('takes no two capitals after "daily" for an outlet, and no agency an update note credits for the publisher', () => {
    const x = run('Headline here\nThe spokesman told the daily UN briefing and a weekly EU call that the talks went on.\nThis article was updated with additional reporting from Reuters.');
    expect(x.outlets.map((o) => [o.name, o.role])).toEqual([['Reuters', 'cited']]);
  });

  it('reads a call sign after its kind, a regional edition, and the site naming itself in its boilerplate', () => {
    const x = run('Headline here\nThe Hungarian state broadcaster M1 said so. Politico Europe reported it, and M1 Finance rose.\nSign up for POLITICO Europe’s Brussels Playbook newsletter.');
    expect(x.outlets.map((o) => [o.name, o.role])).toEqual([
      ['M1', 'cited'],
      ['Politico Europe', 'cited'],
      ['Politico Europe', 'publisher'],
    ]);
  });

  it('ends a cued name where its capitals end, and tells another paper by "of" and a place', () => {
    const x = run(
      'Headline here\nThe minister told Malta Today News on Monday that the talks mattered. He told the Times of Malta on Tuesday that all was well. According to The Guardian of London, and as the Times of London reported, it was. The Times of June 19 said so, the Times of India reported.',
    );
    expect(x.outlets.map((o) => o.name)).toEqual(['Malta Today News', 'Times of Malta', 'The Guardian', 'The Times', 'The Times of India']);
  });
});
