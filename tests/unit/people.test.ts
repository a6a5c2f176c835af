/** People across the seeds: every spelling merged, nobody merged wrongly, no places or bodies among them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPANIES } from '../../src/lexicons/companies.ts';
import { calmCase, eastAsianFamily, isGivenName, isJapaneseFamily } from '../../src/pipeline/names.ts';
import { resolve, type Dossier } from '../../src/pipeline/resolve/index.ts';
import { ingestSeeds, madeUpArticle as article } from '../helpers.ts';

let d: Dossier;
beforeAll(async () => {
  d = (await ingestSeeds()).dossier;
});
const person = (name: string) => d.people.find((p) => p.data.aliases.some((a) => a.name === name) || p.data.name === name);
const A = {
  jakarta: 'president-putin-discusses-politics-to-the-economy-with',
} as const;

describe('people', () => {
  it.each([
    ['Choei Son-hui', 'Choe Son Hui'],
    ['Alexandr Nobak', 'Alexander Novak'],
    ['Denis Mantrov', 'Denis Manturov'],
    ['Andrei Beloussov', 'Andrei Belousov'],
    ['Yury Ushakov', 'Yuri Ushakov'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Kim Jong-un', 'Kim Jong Un'],
    ['Vladimir Vladimirovich Putin', 'Vladimir Putin'],
    ['Kim Tok-hun', 'Kim Tok Hun'],
  ])('merges %s with %s, with evidence', (a, b) => {
    const p = person(a);
    expect(p, a).toBeDefined();
    expect(person(b)?.id).toBe(p!.id);
    expect(p!.data.evidence.some((j) => [a, b].includes(j.alias) && j.reason.length > 10)).toBe(true);
  });

  it('keeps Kim Jong Un and Kim Jong Il apart', () => {
    expect(person('Kim Jong Il')).toBeDefined();
    expect(person('Kim Jong Il')!.id).not.toBe(person('Kim Jong Un')!.id);
  });

  it('finds the twenty people the seeds name, and nothing else', () => {
    const names = d.people.map((p) => p.data.name).sort();
    expect(names).toEqual(
      [
        'Alexander Novak', 'Alexandr Kozlov', 'Alexandr Matsegora', 'Andrei Belousov', 'Choe Son Hui', 'Denis Manturov',
        'Dmitry Peskov', 'Im Chon Il', 'Jo Yong-won', 'Kim Jong Il', 'Kim Jong Un', 'Kim Song Nam', 'Kim Tok Hun',
        'Pak Jong Chon', 'Sergey Lavrov', 'Vladimir Putin', 'Yuri Borisov', 'Yuri Ushakov', 'Yun Jong Ho',
      ].sort(),
    );
    for (const bad of ['Kim Il Sung', 'Kumsusan', 'Central Committee', 'Political News Team', 'Kim Il Sung Square']) {
      expect(d.people.some((p) => [p.data.name, ...p.data.aliases.map((a) => a.name)].some((n) => n.includes(bad))), bad).toBe(false);
    }
  });

  it('resolves short forms to the full name in their article', () => {
    const putin = person('Vladimir Putin')!;
    expect(putin.data.articles).toHaveLength(5);
    const kim = person('Kim Jong Un')!;
    expect(kim.data.evidence.some((j) => j.alias === 'Kim' && j.strength === 'short-form')).toBe(true);
    expect(kim.data.mentions.some((m) => m.article === A.jakarta && m.text === 'Kim')).toBe(true); // "Leader Kim"
    expect(person('Dmitry Peskov')!.data.mentions.map((m) => m.text)).toContain('Peskov');
  });

  it('records weak merges with the second piece of evidence', () => {
    const novak = person('Alexander Novak')!;
    const j = novak.data.evidence.find((e) => e.alias === 'Alexandr Nobak' || e.alias === 'Alexander Novak')!;
    expect(j.strength).toBe('weak');
    expect(j.reason).toMatch(/same (role|country)/);
  });

  it('gives the role each source states, in that sentence', () => {
    const roles = (name: string) => person(name)!.data.roles.map((r) => r.role);
    expect(roles('Sergey Lavrov')).toContain('Foreign Minister');
    expect(roles('Kim Tok Hun')).toEqual(expect.arrayContaining(['Prime Minister', 'premier of the DPRK Cabinet']));
    expect(roles('Denis Manturov')).toEqual(expect.arrayContaining(['Deputy Prime Minister', 'First Deputy Prime Minister']));
    expect(roles('Dmitry Peskov')).toContain('Kremlin spokesman');
    expect(roles('Yuri Borisov')).toContain('Roscosmos head');
    expect(roles('Pak Jong Chon')).toEqual(['vice-chairman of the Central Military Commission of the WPK', 'secretary of the WPK Central Committee']);
    expect(roles('Yuri Ushakov')).toContain('Aide to the President of Russia for Foreign Policy');
    expect(roles('Yuri Ushakov')).not.toContain('President');
  });

  it('gives each person the country or side the text states', () => {
    const country = (name: string) => person(name)!.data.country;
    for (const n of ['Vladimir Putin', 'Sergey Lavrov', 'Andrei Belousov', 'Alexander Novak', 'Yuri Borisov', 'Alexandr Kozlov', 'Alexandr Matsegora', 'Dmitry Peskov', 'Yuri Ushakov']) {
      expect(country(n), n).toBe('Russia');
    }
    for (const n of ['Kim Jong Un', 'Kim Tok Hun', 'Choe Son Hui', 'Pak Jong Chon', 'Kim Song Nam', 'Yun Jong Ho', 'Im Chon Il', 'Jo Yong-won']) {
      expect(country(n), n).toBe('North Korea');
    }
  });

  it('attributes quotes to their speakers', () => {
    const quotes = (name: string) => person(name)!.data.quotes.map((q) => q.text);
    expect(quotes('Yuri Ushakov').some((q) => q.startsWith('We thank them for their unwavering'))).toBe(true);
    expect(quotes('Yuri Ushakov').some((q) => q.startsWith('The approaches of the two countries'))).toBe(true);
    expect(quotes('Dmitry Peskov')).toContain('This document is also being worked on'); // (without the comma before "Peskov said")
    expect(quotes('Vladimir Putin').some((q) => q.startsWith('I am very glad about our new meeting'))).toBe(true); // "the Russian president told"
    expect(quotes('Vladimir Putin').some((q) => q.startsWith('jointly oppose illegitimate'))).toBe(true); // "he added"
    expect(quotes('Kim Jong Un').some((q) => q.startsWith('Relations between our countries'))).toBe(true);
  });
});

describe('names with particles, across articles', () => {
  /** Made-up articles (each a headline, a blank line, the text) resolved as one dossier. */
  const dossierOf = (...texts: string[]) => resolve(texts.map((text, i) => article(`${i}.txt`, text)), null);
  const dossier = () =>
    dossierOf(
      'Summit opens\n\nBrazilian President Luiz Inácio Lula da Silva met Ursula von der Leyen and Syrian President Bashar al-Assad in Rio de Janeiro. The talks will resume, Lula da Silva said.\n',
      'Summit ends\n\nPresident Lula said the summit went well. Von der Leyen said it did not. Assad left early, and al-Assad said nothing.\n',
      'Deals signed\n\nBrazil’s President Lula da Silva signed 15 agreements. Crown Prince Mohammed bin Salman chaired the meeting; King Salman approved it. Paulo Roberto da Costa, a former minister, came. Roberto, a driver, waited.\n',
    );

  it('takes a Spanish name without its second family name, or by its first alone, for the same person', () => {
    const d = dossierOf(
      'Run-off ends\n\nCandidate Joaquín Restrepo Uribe conceded. Former senator Ana Lucía de la Torre Villalobos won, and analyst Mariana Echeverri Gómez agreed.\n',
      'Colombia Elects Ana Lucía de la Torre\n\nCandidate Joaquín Restrepo spoke, and Restrepo left. De la Torre said she was ready. Mariana Echeverri, an analyst, agreed. Mary Ann Smith met Ann Smith.\n',
    );
    const people = d.people.map((p) => [p.data.name, p.data.articles.length]);
    expect(people).toEqual([
      ['Ana Lucía de la Torre', 2], // (the form more sources use, or the first in order)
      ['Ann Smith', 1],
      ['Joaquín Restrepo', 2],
      ['Mariana Echeverri Gómez', 2],
      ['Mary Ann Smith', 1],
    ]);
  });

  it('takes a middle word that is also a given name for the first family name, when another article names the person by it', () => {
    const d = dossierOf(
      'Talks\n\nPresident Julián Petro Aldana met rebel leaders on Monday. Petro said the talks would go on.\n',
      'Talks resume\n\nPresident Julián Petro said on Monday the talks would continue.\n',
      'Talks\n\nPetro Aldana met the rebels.\n',
    );
    expect(d.people.map((p) => [p.data.name, p.data.articles.length])).toEqual([['Julián Petro', 3]]);
    // Two given names are not a family name: nobody is "Carlos" alone, so "Juan Carlos" is not "Juan Carlos Varela".
    const e = dossierOf('Visit\n\nFormer King Juan Carlos arrived in Panama on Monday.\n', 'Visit\n\nFormer president Juan Carlos Varela met the delegation on Monday.\n');
    expect(e.people.map((p) => p.data.name)).toEqual(['Juan Carlos', 'Juan Carlos Varela']);
  });

  it('keeps apart fathers and sons, and Western names that begin with a Japanese family name', () => {
    const d = dossierOf(
      'Gulf talks\n\nKing Salman bin Abdulaziz Al Saud and Crown Prince Mohammed bin Salman Al Saud met. Abe Foxman spoke; Foxman said no.\n',
      'Gulf talks end\n\nPresident Mohamed bin Zayed Al Nahyan and Sheikh Khaled bin Mohamed bin Zayed Al Nahyan met. Senator Robert F. Kennedy and Robert F. Kennedy Jr. spoke.\n',
    );
    const names = d.people.map((p) => p.data.name);
    expect(names).toEqual(expect.arrayContaining(['Salman bin Abdulaziz Al Saud', 'Mohammed bin Salman Al Saud', 'Mohamed bin Zayed Al Nahyan', 'Khaled bin Mohamed bin Zayed Al Nahyan', 'Robert F. Kennedy', 'Robert F. Kennedy Jr', 'Abe Foxman']));
    expect(d.people.find((p) => p.data.name === 'Abe Foxman')!.data.mentions.length).toBe(2);
  });

  it('keeps apart the people that two family names could confuse', () => {
    const d = dossierOf(
      'Talks\n\nFormer president Carlos Lleras Restrepo spoke. Carlos Lleras agreed. Analyst Ana Torres Vega and lawyer Ana Vega Torres spoke. Prime Minister Mohammed Shia al-Sudani met Shia clerics.\n',
      'Talks end\n\nCarlos Lleras de la Fuente, his son, spoke. Senator Robert F. Kennedy Jr. met actor Robert Downey Jr.\n',
    );
    const people = d.people.map((p) => [p.data.name, p.data.mentions.length]);
    expect(people).toEqual([
      ['Ana Torres Vega', 1],
      ['Ana Vega Torres', 1],
      ['Carlos Lleras', 1],
      ['Carlos Lleras de la Fuente', 1],
      ['Carlos Lleras Restrepo', 1],
      ['Mohammed Shia al-Sudani', 1],
      ['Robert Downey Jr', 1],
      ['Robert F. Kennedy Jr', 1],
    ]);
  });

  it('takes a name without its first given name, or in Japanese order, for the same person', () => {
    const d = dossierOf(
      'Quake hits\n\nPresident Recep Tayyip Erdoğan and Prime Minister Fumio Kishida spoke.\n',
      'Aid arrives\n\nPresident Tayyip Erdogan thanked Prime Minister Kishida Fumio and Foreign Minister Hayashi Yoshimasa. Kishida said more would come. Foreign Minister Yoshimasa Hayashi agreed.\n',
    );
    expect(d.people.map((p) => [p.data.name, p.data.articles.length, p.data.mentions.length])).toEqual([
      ['Fumio Kishida', 2, 3],
      ['Hayashi Yoshimasa', 1, 2],
      ['Recep Tayyip Erdoğan', 2, 2],
    ]);
  });

  it('shows a name as written in running text rather than in a byline set in capitals', () => {
    const d = dossierOf('Quake\n\nBy JANE DOE\n\nRescuers worked.\n', 'Quake two\n\nRescuers worked, Jane Doe said.\n');
    expect(d.people.map((p) => p.data.name)).toEqual(['Jane Doe']);
    // Set in capitals only, it is shown as names are written; the capitals stay a spelling.
    const only = dossierOf("Quake\n\nBy SUZAN FRASER and LEE JAE-MYUNG\n\nRescuers worked.\n").people;
    expect(only.map((p) => [p.data.name, p.data.aliases.map((a) => a.name)])).toEqual([['Lee Jae-myung', ['LEE JAE-MYUNG']], ['Suzan Fraser', ['SUZAN FRASER']]]);
    expect(['DAVID MCHUGH', "CONAN O'BRIEN", 'URSULA VON DER LEYEN', 'BASHAR AL-ASSAD', 'JOHN F. KENNEDY', 'JOHN SMITH III', 'JD VANCE', 'LI YING', 'AL GORE', 'HENRY VIII'].map(calmCase)).toEqual(['David McHugh', "Conan O'Brien", 'Ursula von der Leyen', 'Bashar al-Assad', 'John F. Kennedy', 'John Smith III', 'JD Vance', 'Li Ying', 'Al Gore', 'Henry VIII']);
  });

  it('shows a name with its accents when as many sources drop them', () => {
    const d = dossierOf('Talks\n\nSpanish Prime Minister Pedro Sanchez spoke.\n', 'Talks end\n\nSpanish Prime Minister Pedro Sánchez left.\n');
    expect(d.people.map((p) => p.data.name)).toEqual(['Pedro Sánchez']);
  });

  it('is one person however each article shortens the name', () => {
    const people = dossier().people.map((p) => ({ name: p.data.name, mentions: p.data.mentions.length, articles: p.data.articles.length }));
    // Lula da Silva is one person in three articles; the king is not his son "bin Salman" (son of Salman);
    // "Roberto" is a middle name of Paulo Roberto da Costa, not a family name a short form may use.
    expect(people).toEqual([
      { name: 'Bashar al-Assad', mentions: 3, articles: 2 },
      { name: 'Luiz Inácio Lula da Silva', mentions: 4, articles: 3 },
      { name: 'Mohammed bin Salman', mentions: 1, articles: 1 },
      { name: 'Paulo Roberto da Costa', mentions: 1, articles: 1 },
      { name: 'Salman', mentions: 1, articles: 1 },
      { name: 'Ursula von der Leyen', mentions: 2, articles: 2 },
    ]);
  });
});

describe('shouted lines', () => {
  const people = (text: string) => article('shout.txt', text).extraction.people;

  it('reads no role from a run of capitalised words longer than any title', () => {
    // Each word of such a run scanned back through all of it: 8,000 words took 6 s.
    const shout = Array.from({ length: 50 }, (_, i) => ['Trade', 'Economy', 'Science', 'Industry', 'Energy'][i % 5]).join(' ');
    const found = people(`Talks end\n\nThe Minister ${shout} Jane Doe said no.\n`);
    expect(found.find((p) => p.text === 'Jane Doe')?.roles).toEqual([]);
    // A real title of a dozen words is still read.
    const long = people("Talks end\n\nDeputy Chairman of the Standing Committee of the Supreme People's Assembly Jane Doe said no.\n");
    expect(long.find((p) => p.text === 'Jane Doe')?.roles).toEqual(["Deputy Chairman of the Standing Committee of the Supreme People's Assembly"]);
  });
});

describe('companies', () => {
  const peopleOf = (...texts: string[]) => resolve(texts.map((text, i) => article(`${i}.txt`, text)), null).people.map((p) => p.data.name).sort();

  it('reads no person in a company named before a verb of speech', () => {
    const names = peopleOf(
      'Carmakers halt output\n\nToyota said it would halt output. Honda said it had no damage. Goldman Sachs said rates would rise, and Morgan Stanley said the same. General Motors said sales fell. Lockheed Martin said it was not involved. Procter & Gamble said sales rose. AT&T said the network was fine.\n\n"We are assessing it," Toyota President Koji Sato said. Mike Honda, a former congressman, spoke. Analyst Kim Min-jae of Samsung Securities said the deal was big.\n',
    );
    expect(names).toEqual(['Kim Min-jae', 'Koji Sato', 'Mike Honda']);
  });

  it('takes a company the directory lacks from its formal name or ticker, in every article', () => {
    const names = peopleOf(
      'Order won\n\nZyntrax Holdings Ltd said it won an order. Velorin Aerospace Co Ltd (012450.KS) said the same, and Jane Doe, its chief executive, agreed. Koch Industries rose; Koch said so.\n',
      'Order confirmed\n\nVelorin said the first tanks would ship in 2025. Zyntrax said nothing. Velorin Aerospace said more.\n',
    );
    // (a name ending in "Industries" or "Group" is a company's, but its first word alone may be a family's)
    expect(names).toEqual(['Jane Doe', 'Koch']);
    // A word a title stands before is a person's, though a company bears it: then so is that word before "said".
    expect(peopleOf('Shares jump\n\nShares of Velorin Media Co Ltd (VLM.O) rose. President Velorin said he was pleased.\n', 'Rally\n\nVelorin said the company would grow.\n')).toEqual(['Velorin']);
  });

  it('lists no brand in the directory that the name lexicons know, but the few a person is rarely called by', () => {
    const names = COMPANIES.filter((c) => !c.includes(' ') && (isGivenName(c) || eastAsianFamily(c) || isJapaneseFamily(c)));
    expect(names.sort()).toEqual(['LVMH', 'Mercedes-Benz', 'Meta', 'Nikon']);
  });

  it('leaves people their names when a company is named after them, or a directory brand is a name', () => {
    const names = peopleOf(
      'Fashion\n\nRalph Lauren Corp (RL.N) rose. Ralph Lauren said it was good. Rafael Grossi, head of the IAEA, said no. Suzuki said yes.\n',
      'Media\n\nTrump Media & Technology Group (DJT.O) fell. Trump said it was fine.\n',
      'Politics\n\nDonald Trump spoke.\n',
    );
    expect(names).toEqual(['Donald Trump', 'Rafael Grossi', 'Ralph Lauren', 'Suzuki']);
  });
});

describe('short forms that are also words of places', () => {
  it('takes "Park said" for Park Min-seo, and no park for a person', () => {
    const a = article('park.txt', 'Blast\n\nChief executive Park Min-seo apologised. "We will help the families," Park said. Gorky Park was closed. Crowds gathered near the Park later.\n');
    const d = resolve([a], null);
    expect(d.people.map((p) => [p.data.name, p.data.mentions.map((m) => m.text), p.data.quotes.length])).toEqual([['Park Min-seo', ['Park Min-seo', 'Park'], 1]]);
  });

  it('takes no body named by an acronym for a person, and writes out an umlaut', () => {
    const d = resolve(
      [
        article('1.txt', 'Deal\n\nIG Metall, the union, said it would seek guarantees. Union official Sabine Krämer said no.\n'),
        article('2.txt', 'Deal\n\n"No plants will close," said Sabine Kraemer, a union leader at IG Metall.\n'),
      ],
      null,
    );
    expect(d.people.map((p) => [p.data.name, p.data.articles.length])).toEqual([['Sabine Krämer', 2]]);
    // Two capitals after a title are initials.
    const t = resolve([article('3.txt', 'Talks\n\nVice President JD Vance said no. Governor JB Pritzker said yes. Vance left.\n')], null);
    expect(t.people.map((p) => [p.data.name, p.data.mentions.length])).toEqual([['JB Pritzker', 1], ['JD Vance', 2]]);
  });

  it('reads portfolios in titles: competition, climate, housing', () => {
    const a = article('roles.txt', 'Deal\n\nCompetition commissioner Jane Roe said no. Ann Lee, the EU\'s climate commissioner, said yes.\n');
    expect(a.extraction.people.filter((p) => p.roles.length).map((p) => [p.name, p.roles])).toEqual([['Jane Roe', ['Competition commissioner']], ['Ann Lee', ["EU's climate commissioner"]]]);
  });

  it('takes a lone word after "in" or "from" before "said" for a place', () => {
    const a = article('boston.txt', 'Deal\n\nVeltrix Systems Inc., based in Boston, said it would keep the sites. Analysts from Frankfurt said little. Ellery said more.\n');
    expect(resolve([a], null).people.map((p) => p.data.name)).toEqual(['Ellery']);
  });

  it("takes a byline's author, or a name after a title, for a person though the given name is a place's", () => {
    const text = (byline: string) => `Ports pact signed\n\n${byline}\n\nThe pact was signed in the Jordan Valley.\n`;
    const names = (byline: string) => resolve([article('byline.txt', text(byline))], null).people.map((p) => p.data.name);
    expect(names('By Jordan Ruiz')).toEqual(['Jordan Ruiz']);
    expect(names('By Georgia Today')).toEqual([]);
    expect(names('Jordan Ruiz\n\n@JORDANRUIZCNBC')).toEqual(['Jordan Ruiz']);
    // after a title too: "Labour Minister Sofia Lind" (Sofia is a capital)
    expect(names('By Jordan Ruiz\n\nLabour Minister Sofia Lind said inspectors would visit Sofia.')).toEqual(['Jordan Ruiz', 'Sofia Lind']);
  });

  it('takes no place named with "Puerto", "Santa" or "Lake", and no body a noun names, for a person', () => {
    const names = (text: string) => resolve([article('places.txt', `Run-off\n\n${text}\n`)], null).people.map((p) => p.data.name);
    expect(names("China's ambassador in Puerto Alcázar, Chen Weiming, met her. Protests spread to the provinces of Santa Inés and Río Claro, and the rights group Observatorio Ciudadano said 40 were held.")).toEqual(['Chen Weiming']);
    // (the run goes on past the place: "Cape Verdean Prime Minister Jane Doe")
    expect(names('Cape Verdean Prime Minister Ana Duarte met fishermen in Lake Victoria.')).toEqual(['Ana Duarte']);
    // People named so, and people after a body's noun with a title or a given name.
    expect(names('Santa Ono, the university president, resigned. Union President Shawn Fain said no, and the platform Elon Musk bought fell.')).toEqual(['Elon Musk', 'Santa Ono', 'Shawn Fain']);
    expect(names('Santa Inés was hit hardest, officials said. Mount Elgon and Santa Rosa were evacuated after the resignation of Santa Ono.')).toEqual(['Santa Ono']);
    // Initials of places and a bank's name are no person's.
    expect(names('The N.J. Transit strike ended, and J.P. Morgan analysts said fares would rise.')).toEqual([]);
    // Nor a directorate or a secretariat, an authority, the United Nations, a dam named before its noun, a
    // wire photo's licensing link.
    expect(names('The head of the National Anti-Corruption Directorate said so, and the Climate Secretariat agreed.')).toEqual([]);
    expect(names('The chief of the Disaster Risk Reduction and Management Authority spoke. The United Nations says 50,000 lost their homes when the Kali Tharpa dam gave way. REUTERS/Bikash Karki Purchase Licensing Rights')).toEqual(['Bikash Karki']);
    // (but people named Dam, or before a state visit; and a temple or a festival named for a god is no person)
    expect(names('Belgian bass-baritone José van Dam sang. They met ahead of the Donald Trump state visit. Pilgrims visited the Ram Mandir during Ram Navami.')).toEqual(['Donald Trump', 'José van Dam']);
    expect(names('Police sealed off the Ram Nagar area. Water rose behind the Indira Sagar Dam. Jayanti Natarajan said the plan was sound.')).toEqual(['Jayanti Natarajan']);
  });

  it('takes no firm named after "of" or "at" before "said", nor a picture library in a credit, for a person', () => {
    const names = (text: string) => resolve([article('firms.txt', `Bid\n\n${text}\n`)], null).people.map((p) => p.data.name);
    expect(names('Analyst Jane Doe of Halvern Brightwater said the offer was low.')).toEqual(['Jane Doe']);
    expect(names('Tom Reyes, a ransomware expert at Sable Meridian, said the group was new. Sable Meridian has tracked it.')).toEqual(['Tom Reyes']);
    expect(names('Image: the terminal at night. Credit: Wikimedia Commons / CC BY-SA 4.0')).toEqual([]);
    // (a speaker with no title is still read before "said")
    expect(names('The strike went on. Halvern Brightwater said he would not resign.')).toEqual(['Halvern Brightwater']);
  });

  it('takes no body named before its noun, head first or for its members, and no place opening with its article, for a person', () => {
    const names = (...texts: string[]) => resolve(texts.map((t, i) => article(`${i}.txt`, `Crash\n\n${t}\n`)), null).people.map((p) => p.data.name).sort();
    expect(names("The Valdorian Air Accident Investigation Board said so. Jane Doe, the president of the Valdorian Airline Pilots' Association, agreed.")).toEqual(['Jane Doe']);
    expect(names('Tom Reyes of the consultancy Brightwater Partners said so. The recorders were read at Le Bourget.')).toEqual(['Tom Reyes']);
    // (a company named head first, and in another article without its head)
    expect(names('PORTO ALVARES, Oct 13 (Reuters) - An Aerolinea Marvola Sunvale passenger jet overshot the runway, officials said.', 'Two killed as Marvola Sunvale jet overshoots runway. Marvola Sunvale said it would help.')).toEqual([]);
    // (nor a body whose name reads like a person's, a place named before its noun, there and elsewhere, or a
    // noun after a region's name that is a verb of speech too)
    expect(names('The Red Cross said it would help, and Save the Children said so too. Doctors Without Borders agreed.')).toEqual([]);
    expect(names('Buses pass through the Tal Ashur crossing on the border.', 'Swap at Tal Ashur ends months of talks.')).toEqual([]);
    expect(names('Foreign Minister Timur Rashidov thanked both Gulf states. Jane Cross states that the deal holds.')).toEqual(['Jane Cross', 'Timur Rashidov']);
    // (but a person named like them, or like a place before its noun; and one whose name is a group's)
    expect(names('Fred Cross, a fisherman, said so. Senator Jared Cross agreed.')).toEqual(['Fred Cross', 'Jared Cross']);
    expect(names('A spokesman for the Kamala Harris camp said so. Kamala Harris told reporters.', "Kamala Harris' Party Faces Tough Fight. Kamala Harris said so.")).toEqual(['Kamala Harris']);
    expect(names('Flights left from the John Smith airport. They had support from Le Duan.', 'John Smith said so.')).toEqual(['John Smith', 'Le Duan']);
    // (a camp, a field, a dam: the place, there and elsewhere, when no one is named so)
    expect(names('Troops raided the Nur Shams camp. Production at the Johan Sverdrup field rose.', 'Water was released from the Indira Sagar dam. Villages below Indira Sagar flooded.')).toEqual([]);
    const bollore = resolve([article('g.txt', 'Bid\n\nGroupe Bolloré, controlled by Vincent Bolloré, agreed. "It is a good deal," Bolloré said.\n')], null);
    expect([bollore.people.map((p) => p.data.name), bollore.people[0]?.data.quotes.length]).toEqual([['Vincent Bolloré'], 1]);
    // But a person whose given name is a capital's, with an age.
    expect(names('Sofia Marchetti, a 34-year-old tourist from Bologna, was sitting near the back. Victoria Lund, 41, was not.')).toEqual(['Sofia Marchetti', 'Victoria Lund']);
  });

  it('reads South Asian given names, and their spellings for the same person', () => {
    const d = resolve([article('a.txt', 'Quake\n\nRam Bahadur Magar, a farmer, and Sita Kumari Bhandari, 41, spoke. Major General Hemanta Khadka led the rescue.\n'), article('b.txt', 'Quake toll\n\nMajor General Hemant Khadka said the rescue went on.\n')], null);
    expect(d.people.map((p) => p.data.aliases.map((a) => a.name).sort()).sort()).toEqual([['Hemant Khadka', 'Hemanta Khadka'], ['Ram Bahadur Magar'], ['Sita Kumari Bhandari']]);
  });

  it('takes two names one letter apart for one person with a post in the same body', () => {
    const d = resolve(
      [
        article('a.txt', 'Quake\n\nAnil Bahadur Thapaliya, chief executive of the National Disaster Risk Reduction and Management Authority, spoke.\n'),
        article('b.txt', 'Quake toll\n\nAnil Thapalia, head of the National Disaster Risk Reduction and Management Authority, spoke.\n'),
        article('c.txt', 'Quake aid\n\nAnil Thapalio, head of the Port Authority of Kathmandu, spoke.\n'),
      ],
      null,
    );
    expect(d.people.map((p) => p.data.aliases.map((a) => a.name).sort()).sort()).toEqual([['Anil Bahadur Thapaliya', 'Anil Thapalia'], ['Anil Thapalio']]);
  });

  it('takes a body named before the title for a post in it, but not the title words themselves', () => {
    const aliases = (one: string, two: string) =>
      resolve([article('a.txt', `Bid\n\n${one} said so.\n`), article('b.txt', `Bid raised\n\n${two} said so.\n`)], null).people.map((p) => p.data.aliases.map((a) => a.name).sort()).sort();
    expect(aliases('Marvola chief Pietro Castellarri', 'Marvola Chief Executive Officer Pietro Castellari')).toEqual([['Pietro Castellari', 'Pietro Castellarri']]);
    expect(aliases("Marvola's chief executive Pietro Castellarri", 'Marvola chief Pietro Castellari')).toEqual([['Pietro Castellari', 'Pietro Castellarri']]);
    // (a post in another company; a title's own words are no body, and two of its holders one letter apart stay two)
    expect(aliases('Marvola chief Pietro Castellarri', 'Dunmore chief Pietro Castellari')).toEqual([['Pietro Castellari'], ['Pietro Castellarri']]);
    expect(aliases('Foreign Minister Pietro Castellarri', 'Foreign Secretary Pietro Castellari')).toEqual([['Pietro Castellari'], ['Pietro Castellarri']]);
  });

  it('takes a name spelt with a space where another article has a hyphen, and given names spelt with an "h" or a letter doubled, for one person', () => {
    const d = resolve(
      [
        article('a.txt', 'Attack\n\nChief Executive Katrin Albers-Kolding said the port was shut.\n'),
        article('b.txt', 'Bid\n\nKathrin Albers-Kolding, the chief executive, said the board would look at it.\n'),
        article('c.txt', 'Deal\n\nThe memorandum was signed by Katrin Albers Kolding on Sunday. Albers Kolding said it was right.\n'),
        article('d.txt', 'Deal done\n\nFinance Minister Matthias Oberlin said so.\n'),
        article('e.txt', 'Deal signed\n\nFinance Minister Mathias Oberlin agreed.\n'),
      ],
      null,
    );
    const people = d.people.map((p) => p.data.aliases.map((a) => a.name).sort()).sort();
    expect(people).toEqual([['Kathrin Albers-Kolding', 'Katrin Albers Kolding', 'Katrin Albers-Kolding'], ['Mathias Oberlin', 'Matthias Oberlin']]);
    const evidence = d.people.find((p) => p.data.name.includes('Albers'))!.data.evidence.map((e) => e.reason);
    expect(evidence).toContain('same name, spelt alike up to case, hyphens and accents');
    expect(evidence.some((r) => r.includes('(spelling variants)'))).toBe(true);
    // (other given names stay apart: a letter more is not a spelling; nor, with nothing more in common, names
    // that may be two, "Hamad" and "Hammad", "Ana" and "Anna")
    expect(resolve([article('e.txt', 'Trial\n\nMarta Lind and Maria Lind testified.\n')], null).people).toHaveLength(2);
    const two = resolve([article('f.txt', 'Match\n\nHamad Khan, the team captain, said so. Anna Costa, a voter in Lisbon, agreed.\n'), article('g.txt', 'Budget\n\nHammad Khan, a finance ministry official, said so. Ana Costa, a nurse in Porto, agreed.\n')], null);
    expect(two.people.map((p) => p.data.name).sort()).toEqual(['Ana Costa', 'Anna Costa', 'Hamad Khan', 'Hammad Khan']);
    // (a longer one is one name without more: "Matthias", "Mathias")
    const one = resolve([article('h.txt', 'Talks\n\nOECD Secretary-General Mathias Cormann said so.\n'), article('i.txt', 'Talks go on\n\nMatthias Cormann told reporters.\n')], null);
    expect(one.people.map((p) => p.data.aliases.map((a) => a.name).sort())).toEqual([['Mathias Cormann', 'Matthias Cormann']]);
  });

  it('takes a family name with a letter doubled for the same person when both hold the same title', () => {
    const aliases = (one: string, two: string) =>
      resolve([article('a.txt', `Union\n\n${one}\n`), article('b.txt', `Union again\n\n${two}\n`)], null).people.map((p) => p.data.aliases.map((a) => a.name).sort()).sort();
    expect(aliases('APAV president Duarte Vilela told AFP so.', 'The union pressed on. Its president, Duarte Villela, said so.')).toEqual([['Duarte Vilela', 'Duarte Villela']]);
    // (not another letter, nor another title)
    expect(aliases('APAV president Duarte Vilela told AFP so.', 'The union pressed on. Its president, Duarte Vilena, said so.')).toEqual([['Duarte Vilela'], ['Duarte Vilena']]);
    expect(aliases('APAV president Duarte Vilela told AFP so.', 'The union pressed on. Its spokesman, Duarte Villela, said so.')).toEqual([['Duarte Vilela'], ['Duarte Villela']]);
    // (nor a title many hold, nor the same title in two countries)
    expect(aliases('Mohammed Hassan, a spokesman for the interior ministry, said so.', 'Mohammed Hasan, a spokesman for the health ministry, agreed.')).toEqual([['Mohammed Hasan'], ['Mohammed Hassan']]);
    expect(aliases('John Elliott, chief executive officer of the bank, said so.', 'Police officer John Elliot agreed.')).toEqual([['John Elliot'], ['John Elliott']]);
    expect(aliases("Iraq's President Karim Sallem said so.", "Egypt's President Karim Salem agreed.")).toEqual([['Karim Salem'], ['Karim Sallem']]);
    // (a title is all its words: "chief economist" is not "chief executive"; a post's place is no country of
    // the person's, "Ambassador to France")
    expect(aliases('Chief economist Marta Villela said so.', 'Chief executive Marta Vilela agreed.')).toEqual([['Marta Vilela'], ['Marta Villela']]);
    expect(aliases('Lieutenant General Ahmed Hassanein said so.', 'Lieutenant Colonel Ahmed Hasanein agreed.')).toEqual([['Ahmed Hasanein'], ['Ahmed Hassanein']]);
    expect(aliases('Ambassador to France Alaa Youssef said so.', 'Egyptian Ambassador Alaa Yousef agreed.')).toEqual([['Alaa Yousef', 'Alaa Youssef']]);
  });

  it('reads Arabic given names and their spellings, "Abdul Rahman" as one name, and a capitalised "Al" as no given name', () => {
    const d = resolve(
      [
        article('a.txt', 'Swap\n\nAbdulrahman Ferzali, a 61-year-old journalist, was freed. Ghassan Mattar, a senior fellow, said so.\n'),
        article('b.txt', 'Swap done\n\nAmong those freed was Abdel-Rahman Ferzali, 61. Ghassan Matar, a senior fellow, agreed.\n'),
        article('c.txt', "Swap ends\n\nAmong the prisoners was Abdul Rahman Ferzali, 61. Oman's Foreign Minister Hamood bin Saif Al Rawas spoke, and Foreign Minister Hamoud al-Rawas left.\n"),
      ],
      null,
    );
    expect(d.people.map((p) => p.data.aliases.map((a) => a.name).sort()).sort()).toEqual([
      ['Abdel-Rahman Ferzali', 'Abdul Rahman Ferzali', 'Abdulrahman Ferzali'],
      ['Ghassan Matar', 'Ghassan Mattar'],
      ['Hamood bin Saif Al Rawas', 'Hamoud al-Rawas'],
    ]);
  });

  it('reads Greek given names and their spellings, and a family name with "Ch" or "H" as one, with the same post', () => {
    const d = resolve(
      [
        article('a.txt', 'Fire\n\nThe island\'s mayor, Giorgos Christodoulou, said so. Regional governor Dimitris Alexandrakis agreed. Villagers fled from Pyrgaki, Kato Lakki and Agia Varvara.\n'),
        article('b.txt', 'Fire spreads\n\nMayor Yiorgos Hristodoulou said so. Regional governor Dimitrios Alexandrakis agreed.\n'),
      ],
      null,
    );
    expect(d.people.map((p) => p.data.aliases.map((a) => a.name).sort()).sort()).toEqual([['Dimitrios Alexandrakis', 'Dimitris Alexandrakis'], ['Giorgos Christodoulou', 'Yiorgos Hristodoulou']]);
  });

  it('takes a Serbian spelling of a given name for the same person', () => {
    const d = resolve([article('a.txt', 'Verdict\n\nFormer minister Alexander Petrakov was jailed.\n'), article('b.txt', 'Verdict given\n\nFormer minister Aleksandar Petrakov was jailed.\n')], null);
    expect(d.people.map((p) => p.data.aliases.map((a) => a.name).sort())).toEqual([['Aleksandar Petrakov', 'Alexander Petrakov']]);
  });
});
