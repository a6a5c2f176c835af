/** parse: structure read off the seeds as scraped, and boilerplate classified but kept. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { parseSource } from '../../src/pipeline/parse.ts';
import { sentenceAround, sentenceBounds, sentencesAt, snippetAround, splitSentences } from '../../src/pipeline/text.ts';
import { decodeSource } from '../../src/pipeline/read.ts';
import { parseSeed } from '../helpers.ts';

const kinds = (name: string) => parseSeed(name).blocks.map((b) => [b.kind, b.text.slice(0, 30)]);
/** A made-up page: its lines, a blank line between each. */
const page = (lines: string[]) => parseSource(decodeSource('t.txt', new TextEncoder().encode(lines.join('\n\n'))));

describe('parse', () => {
  it('splits a date header run into the headline', () => {
    const a = parseSeed('001_e7590b586cafdacd.txt');
    expect(a.title).toBe('Putin’s state visit to North Korea: LIVE UPDATES');
    expect(a.date).toBe('2024-06-19');
    expect(a.blocks[0]!.kind).toBe('headline');
  });

  it('reads a date line and masthead ahead of the headline', () => {
    const a = parseSeed('003_9a756836283dcb94.txt');
    expect(a.blocks.slice(0, 3).map((b) => b.kind)).toEqual(['date', 'masthead', 'headline']);
    expect(a.date).toBe('2024-11-28');
    expect(a.title).toBe('Respected Comrade Kim Jong Un Has Talks with President Vladimir Vladimirovich Putin');
    expect(a.publisherCue?.name).toBe('Rodong Sinmun');
    expect(a.byline).toBe('Political News Team');
  });

  it('reads datelines with and without an agency', () => {
    expect(parseSeed('000_a464e586ecffd183.txt').dateline).toEqual({ place: 'JAKARTA', agency: null });
    const sputnik = parseSeed('002_74ca050b70102d80.txt');
    expect(sputnik.dateline).toEqual({ place: 'PYONGYANG', agency: 'Sputnik' });
    expect(sputnik.publisherCue?.name).toBe('Sputnik');
  });

  it('reads the datelines of the wires, with the day, and their colons, full stops and slashes', () => {
    const dateline = (line: string) => parseSource(decodeSource('t.txt', new TextEncoder().encode(`A headline for the story\n${line} More words of the story follow here.\n`))).dateline;
    expect(dateline('VALLETTA, June 3 (Reuters) - President Maria Borg met.')).toEqual({ place: 'VALLETTA', agency: 'Reuters' });
    // (a known place and a colon, as Indian papers write it; not a label)
    expect([dateline('NEW DELHI: More than 300 people are feared dead.'), dateline('UPDATE: More dead.'), dateline('NATO: The alliance met.')]).toEqual([{ place: 'NEW DELHI', agency: null }, null, null]);
    // (a capital: not a country's name labelling a roundup's item, nor a speaker's in a transcript)
    expect([dateline('JAPAN: The foreign ministry said it was ready to send rescuers.'), dateline('JORDAN: Mr. Garland, will you answer the question?')]).toEqual([null, null]);
    expect(dateline('SEOUL, June 19, 2024 (Yonhap) -- North Korea said.')).toEqual({ place: 'SEOUL', agency: 'Yonhap' });
    expect(dateline('MOSCOW, Sept. 4 (AFP): Russia said.')).toEqual({ place: 'MOSCOW', agency: 'AFP' });
    expect(dateline('PYONGYANG, June 18. /TASS/. Russia said.')).toEqual({ place: 'PYONGYANG', agency: 'TASS' });
    expect(dateline('PYONGYANG, June 19. Russia said.')).toEqual({ place: 'PYONGYANG', agency: null });
    expect(dateline('SEOUL: (Reuters) Russia said.')).toEqual({ place: 'SEOUL', agency: 'Reuters' });
    expect(dateline('SEOUL, South Korea (AP) — Lee said.')).toEqual({ place: 'SEOUL, South Korea', agency: 'AP' });
    expect(dateline('GENEVA, June 3 (Reuters) - Talks resumed.')).toEqual({ place: 'GENEVA', agency: 'Reuters' });
    // A time zone or a time in brackets is no agency.
    expect(dateline('SEOUL, June 19 (KST) -- North Korea said.')).toEqual({ place: 'SEOUL', agency: null });
    // Notes, links and sentences open with capitals too: without a known place (or a dash, a day and a known
    // agency), they are no dateline.
    for (const line of ['NATO: The alliance said.', 'WARNING (graphic): images follow.', 'BREAKING: Leaders meet.', 'UN. The body said.', 'UPDATE, June 20: This story was updated.', 'UPDATED, June 20 (10:30 GMT): x', 'WATCH (Reuters): Kim meets Putin.', 'ALSO READ (Yonhap): Kim meets Putin.', 'VIDEO: (Reuters) Kim meets Putin.', 'GENEVA, June 3 - Talks resumed.', "NATO - the world's largest military alliance - agreed to spend more."])
      expect(dateline(line), line).toBeNull();
    // A place the lexicon lacks, alone before a dash, is a dateline when a sentence follows it.
    expect(dateline('MARSAXLOKK - Dockers ended a strike.')).toEqual({ place: 'MARSAXLOKK', agency: null });
    // In title case, with an agency the directory knows or a known country after it; not a name set off by dashes.
    expect(dateline('Puerto Alcazar (AFP) - The council declared a winner.')).toEqual({ place: 'Puerto Alcazar', agency: 'AFP' });
    expect(dateline('Santa Clara, Cuba - The council declared a winner.')).toEqual({ place: 'Santa Clara, Cuba', agency: null });
    expect(dateline('Jane Doe - The minister said so.')).toBeNull();
    expect(dateline('Israel - Hamas ceasefire talks resumed in Cairo on Monday.')).toBeNull();
  });

  it('classifies captions, credits, time stamps, related headlines, source lines and bios', () => {
    const sputnik = kinds('002_74ca050b70102d80.txt');
    expect(sputnik.filter(([k]) => k === 'caption')).toHaveLength(3);
    expect(sputnik.find(([, t]) => t!.startsWith('Putin Says North Korea'))?.[0]).toBe('related');
    expect(parseSeed('002_74ca050b70102d80.txt').date).toBe('2024-06-19');
    const live = kinds('001_e7590b586cafdacd.txt');
    expect(live.filter(([k]) => k === 'timestamp').map(([, t]) => t)).toEqual(['19 June 202402:21 GMT', '- 01:57 GMT', '- 01:53 GMT']);
    const stern = parseSeed('004_73dbb3b888fae9b8.txt');
    expect(stern.blocks.find((b) => b.text === 'Source: Stern')?.kind).toBe('source-line');
    expect(stern.blocks.at(-1)?.kind).toBe('bio');
    expect(stern.blocks.find((b) => b.text === 'The program')?.kind).toBe('subheading');
    expect(stern.publisherCue?.name).toBe('Stern');
  });

  it('reads the page furniture of other sites: issue dates, "Name in Place" and "Edited by:" bylines, links, boilerplate', () => {
    const afp = page(['Leaders back aid at summit', 'Issued on: 21/03/2025 - 09:12 Modified: 21/03/2025 - 11:40', 'Leaders agreed on aid on Thursday.', 'Read more: Jane Doe urges Europe to "stop counting"', '© 2025 AFP']);
    expect(afp.date).toBe('2025-03-21');
    expect(afp.blocks.map((b) => b.kind)).toEqual(['headline', 'date', 'body', 'related', 'boilerplate']);
    expect(afp.publisherCue?.name).toBe('Agence France-Presse');
    // A link to another story names nobody in this one.
    expect(extract(afp).people).toEqual([]);
    const paper = page(['Leaders strike aid deal', 'Jane Doe in Brussels', 'Fri 21 Mar 2025 06.45 GMT', 'Leaders agreed on aid.', 'Sign up for POLITICO Europe’s Brussels Playbook newsletter.', 'This article has been updated.', 'Send us your feedback.']);
    expect([paper.byline, paper.date]).toEqual(['Jane Doe', '2025-03-21']);
    expect(paper.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'date', 'body', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(paper.publisherCue?.name).toBe('Politico Europe');
    const edited = page(['Leaders strike aid deal', 'Leaders agreed on aid on Thursday.', 'Edited by: John Roe']);
    expect(edited.byline).toBe('John Roe');
    expect(extract(edited).people.map((p) => p.name)).toEqual(['John Roe']);
    // Neither order of "03/04/2025" is sure, and no line that merely names a place is a byline.
    expect(page(['Leaders meet', '03/04/2025', 'Leaders Gather in Brussels', 'Talks began.']).date).toBeNull();
    expect(page(['Leaders meet', 'Talks began.', 'Leaders Gather in Brussels']).byline).toBeNull();
  });

  it('reads the page furniture of more sites: links under "Read more:", paywalls, credits, bios, dates with a place', () => {
    const a = page([
      'Colombia elects a president',
      'By JANE DOE and JOHN ROE Associated Press',
      'June 21, 2026 9:58 PM GMT-5 Updated 2 hours ago',
      'The count ended on Sunday.',
      'Read more:',
      'Colombia heads to a run-off as no candidate clears 50%',
      'Explainer: Who is Jane Doe?',
      'Subscribe to continue reading',
      'Jane Doe, in Bogotá, on June 21. MAURICIO ROE (EFE)',
      'Associated Press writer Ann Roe in Lima contributed to this report.',
      'Follow AP’s coverage of Latin America at https://apnews.com/hub/latin-america',
    ]);
    expect(a.date).toBe('2026-06-21');
    expect(a.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'date', 'body', 'related', 'related', 'related', 'boilerplate', 'caption', 'byline', 'boilerplate']);
    const b = page(['Run-off result backed', 'Bogotá - 22 JUN 2026 - 10:15 CEST', 'MercoPress', 'Observers backed the count.', 'Ann Roe is the Guardian’s Andean correspondent']);
    expect([b.date, b.blocks[1]!.kind, b.blocks[2]!.kind, b.blocks.at(-1)!.kind, b.publisherCue?.name]).toEqual(['2026-06-22', 'date', 'masthead', 'bio', 'MercoPress']);
    expect(page(['Run-off result backed', 'Observers backed the count.', 'Ann Roe is the Guardian’s Andean correspondent']).publisherCue?.name).toBe('The Guardian');
  });

  it('reads the furniture of wire, broadcaster and Asian sites', () => {
    const a = page([
      'Quake toll rises',
      'JANE DOE, Nikkei staff writer',
      'Feb. 8, 2023 14:05 JST',
      '[1/5] Rescuers search the rubble in Hatay, February 7, 2023. REUTERS/Jane Roe',
      'Rescuers worked through the night.',
      'Members of the team prepare to depart. (Photo by Jane Doe)',
      'Hot meals are handed out. (AA Photo)',
      'RELATED COVERAGE',
      'Photos: Scenes of devastation after the quake',
      'Share',
      'Keep up to date with what’s happening in Turkey.',
      '#EARTHQUAKE #AFAD #JAPAN',
      'Sign up to our newsletters to get our best stories.',
      'Copyright © 2023 Nikkei Inc. All rights reserved.',
    ]);
    expect(a.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'date', 'caption', 'body', 'caption', 'caption', 'related', 'related', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect([a.byline, a.publisherCue?.name]).toEqual(['JANE DOE', 'Nikkei']);
    expect(page(['Quake toll rises', 'DAILY SABAH WITH AA', 'Rescuers worked through the night.']).publisherCue?.name).toBe('Daily Sabah');
    expect(page(['Quake toll rises', 'BBC News, Gaziantep', 'Rescuers worked through the night.']).publisherCue?.name).toBe('BBC');
  });

  it('reads the furniture of business and regional sites: labelled dates, credits at the end, share buttons, bylines with outlets', () => {
    const a = page([
      'Blast toll rises to 15',
      'All News 16:42 June 19, 2025',
      'By RYO NAKAMURA, Nikkei staff writer',
      'Firefighters work at the site of the explosion on June 19, 2025. (Yonhap)',
      'Save',
      'Translate',
      'LinkedIn',
      'Share Article via Facebook',
      '@JANEROECNBC',
      'Rescue workers at the plant on June 19. © Reuters',
      'Jane Doe, the chief executive, speaks in Seoul. Photographer: Ann Lee/Bloomberg',
      'The death toll rose to 15 on Thursday, officials said.',
      'By continuing, I agree to the Privacy Policy and Terms of Service.',
      '-- With assistance from Sohee Kim and Yoolim Lee',
      'ⓒ The Korea Herald. All rights reserved. Unauthorized reproduction and redistribution prohibited.',
    ]);
    expect(a.blocks.map((b) => b.kind)).toEqual(['headline', 'date', 'byline', 'caption', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'caption', 'caption', 'body', 'boilerplate', 'byline', 'boilerplate']);
    expect([a.date, a.byline, a.publisherCue?.name]).toEqual(['2025-06-19', 'RYO NAKAMURA', 'Korea Herald']);
    const b = page(['Deal agreed', 'Olaf Brenner in Frankfurt and Kate Lindqvist in London', 'March 14, 2025 at 11:05 AM GMT+1', 'The deal was agreed.', 'Copyright The Financial Times Limited 2025. All rights reserved.']);
    expect([b.blocks.map((x) => x.kind), b.byline, b.date, b.publisherCue?.name]).toEqual([['headline', 'byline', 'date', 'body', 'boilerplate'], 'Olaf Brenner and Kate Lindqvist', '2025-03-14', 'Financial Times']);
    expect(page(['Deal agreed', 'By DAVID MCHUGH and MARIA KOWALSKI Associated Press', 'The deal was agreed.']).byline).toBe('DAVID MCHUGH and MARIA KOWALSKI');
    // A name whose last word is also an outlet's keeps it; "By" goes before reporters in their places.
    const byline = (line: string) => page(['Deal agreed', line, 'The deal was agreed.']).byline;
    expect(['By Jonathan Stern', 'By Sarah Time', 'By Jane Doe, Reuters', 'By Olaf Brenner in Frankfurt and Kate Lindqvist in London'].map(byline)).toEqual(['Jonathan Stern', 'Sarah Time', 'Jane Doe', 'Olaf Brenner and Kate Lindqvist']);
    // Others' help is no byline; a wire brief's one paragraph, ending with its agency, is the story; an author
    // before a time is no date line's label; a notice with its year alone names the publisher.
    expect(page(['Blast', '-- With assistance from Jane Doe and John Roe', 'The blast hit.']).byline).toBeNull();
    expect(page(['Brief', 'SEOUL, June 19 (Yonhap) -- North Korea fired a missile on Thursday, the military said. (Yonhap)']).blocks.map((x) => x.kind)).toEqual(['headline', 'body']);
    expect(page(['Brief', 'SEOUL, June 19 (Yonhap) -- The won closed at 1,380.5 against the dollar. (Yonhap)']).blocks.map((x) => x.kind)).toEqual(['headline', 'body']);
    expect(page(['Brief', 'The won closed at 1,380.5 against the dollar in the session. (Yonhap)']).blocks.map((x) => x.kind)).toEqual(['headline', 'body']);
    expect(page(['Brief', 'Wang Xu | 09:15, June 19, 2025', 'The blast hit.']).blocks[1]!.kind).not.toBe('date');
    expect(page(['Deal', 'Deal agreed.', 'Copyright The Financial Times Limited 2025']).publisherCue?.name).toBe('Financial Times');
    // A caption that says what it is: "In this pool photograph distributed by ...".
    expect(page(['Pact signed', 'Tunis : In this pool photograph distributed by the state agency, the two leaders shake hands after the signing. — AFP', 'The pact was signed.']).blocks[1]!.kind).toBe('caption');
    expect(page(['Pact signed', 'This handout picture taken on June 3 shows the two leaders.', 'In this case the pact was signed.', 'A photo released by state media showed the leaders at the signing.', 'This photo taken in 2019 shows the same building, and analyst Jane Doe said it was doctored.']).blocks.map((b) => b.kind)).toEqual(['headline', 'caption', 'body', 'body', 'body']);
    // A name alone above the author's handle or the time of publication is the byline; above the story, a heading.
    expect(page(['Ports pact signed', 'Jordan Ruiz', '@JORDANRUIZCNBC', 'The pact was signed.']).byline).toBe('Jordan Ruiz');
    expect(page(['Ports pact signed', 'Jane Doe', 'Published Thu, Jun 12 2025 10:15 AM EDT', 'The pact was signed.']).byline).toBe('Jane Doe');
    expect(page(['Ports pact signed', 'Jane Doe', 'The pact was signed.']).blocks[1]!.kind).toBe('subheading');
    // with what the author is between, or the place the story was filed from with its date; that line is no byline
    const bbc = page(['Ports pact signed', 'Jane Doe', 'Latin America correspondent', '@JaneDoeBBC', 'The pact was signed.']);
    expect([bbc.byline, bbc.blocks.slice(1, 4).map((b) => b.kind)]).toEqual(['Jane Doe', ['byline', 'byline', 'boilerplate']]);
    const filed = page(['Ports pact signed', 'JANE ROE DOE', 'Puerto Alcázar - MAR 12, 2025 - 06:30 CET', 'The pact was signed.']);
    expect([filed.byline, filed.blocks[2]!.kind, filed.date]).toEqual(['JANE ROE DOE', 'date', '2025-03-12']);
    expect(page(['Ports pact signed', 'By Jane Doe', 'More words', 'Los Angeles - March 12, 2025', 'The pact was signed.']).byline).toBe('Jane Doe');
    // A byline that carries the time of publication dates the article, and the byline is the names alone.
    const dated = (line: string) => (({ byline, date }) => [byline, date])(page(['Ports pact signed', line, 'The pact was signed.']));
    expect(dated('By Jane Doe | Published: March 14, 2025')).toEqual(['Jane Doe', '2025-03-14']);
    expect(dated('by Jane Doe and The Daily news desk June 20, 2024 11:25 AM 2 min read')).toEqual(['Jane Doe and The Daily news desk', '2024-06-20']);
    expect(dated('By Jane Doe Jun 20, 2024 | 10:35 PM')).toEqual(['Jane Doe', '2024-06-20']);
    expect(dated('Wang Xu | 09:15, June 19, 2025')).toEqual(['Wang Xu', '2025-06-19']);
    expect(dated('By Jane Doe, CNN Published 3:45 PM EDT, Fri March 14, 2025')).toEqual(['Jane Doe', '2025-03-14']);
    expect(dated('By Jane Doe | Last updated: June 21, 2025')).toEqual(['Jane Doe', '2025-06-21']);
    // (the date it was published, not of its update; an update's only when nothing else dates the page)
    expect(dated('By Jane Doe | Updated March 16, 2025, first published March 14, 2025')).toEqual(['Jane Doe', '2025-03-14']);
    expect(page(['Ports pact signed', 'By Jane Doe | Updated: June 21, 2025', 'Published: June 19, 2025 at 10:00 a.m.', 'The pact was signed.']).date).toBe('2025-06-19');
    // (a live blog's entry heading with its time is no byline)
    expect(page(['Live: harbour strike', 'Dockers walk out', 'Talks resume', 'Port closed', 'More news', 'Vote Delayed 09:15, June 19, 2025', 'The pact was signed.']).byline).toBeNull();
    // Below a long menu: the author's name over their role and where they report from; a wire photo's credit
    // with its licensing link; a short question heading a section; an agency writer who contributed; a
    // newsletter's promotion at the foot.
    const story2 = 'The pact was signed on Monday by both governments after a long night of talks in the capital.';
    const longMenu = page(['BBC', ...'Home News Sport Business Innovation Culture Travel Earth Video Live Europe'.split(' '), 'Harbour pact signed after long night of talks', '13 May 2025', 'Share', 'Save', 'Anna Lindqvist', 'Legal affairs correspondent', 'Reporting from Valletta', 'Dockers arrive at the port in Valletta, May 12, 2025. REUTERS/Marko Petrov Purchase Licensing Rights', story2, 'What happens next?', 'The port reopens on Tuesday.', 'Associated Press writer Jovan Mirić contributed from Gozo.', 'Sign up for Harbour News', "Catch up on the region's biggest stories every week.", 'Follow Harbour News English:']);
    expect([longMenu.byline, longMenu.blocks.slice(16).map((b) => b.kind)]).toEqual(['Anna Lindqvist', ['byline', 'byline', 'subheading', 'caption', 'body', 'subheading', 'body', 'byline', 'boilerplate', 'boilerplate', 'boilerplate']]);
    // A site's name in its own script is its masthead; a date on a short line above the story, a source line's
    // or an agency's, dates it; a slashed date below the standfirst is read as the publisher's country writes it.
    const quake = 'At least 212 people were killed after a strong earthquake struck the mountains on Tuesday, officials said.';
    const xinhua = page(['Xinhua | 新华网', 'Home', 'China', 'World', 'Business', 'At least 212 killed as earthquake jolts the mountains', 'Source: Xinhua | 2025-03-11 21:46:05 | Editor: Zhang Lei', quake]);
    expect([xinhua.title, xinhua.date]).toEqual(['At least 212 killed as earthquake jolts the mountains', '2025-03-11']);
    expect(page(['Quake kills 212 in the mountains', 'TNN / Updated: Mar 13, 2025, 09:12 IST', quake]).date).toBe('2025-03-13');
    expect(page(['Quake kills 212 in the mountains', 'Ahmet Yildiz   |13.03.2025 - Update : 13.03.2025', quake]).date).toBe('2025-03-13');
    const doha = page(['Al Jazeera', 'Quake kills 212 in the mountains', 'Rescuers race to reach remote mountain villages after the strong earthquake struck on Tuesday.', 'By Al Jazeera Staff', 'Published On 12/03/2025', quake]);
    expect(doha.date).toBe('2025-03-12');
    // Share bars and agency credits are the page's; a wire's long credits and "Writing by" are bylines.
    const credits = page(['Quake kills 212 in the mountains', 'Font size: A A A     Share: WeChat | Weibo | Facebook | X | Print', 'Share  AA  Follow us', quake, '(With inputs from agencies)', 'Reporting by Sanjeev Giri and Aditi Lama in Kathmandu; Additional reporting by Devika Nair in New Delhi and Tom Roe in Geneva; Editing by Martin Pettersen', 'Writing by Zeynep Kara']);
    expect(credits.blocks.slice(1).map((b) => b.kind)).toEqual(['boilerplate', 'boilerplate', 'body', 'boilerplate', 'byline', 'byline']);
    // A wire photo's credit with its link in the forms the wire writes it; a short question heads a section only
    // when it asks what, why or how and not "you": an interviewer's or a questioner's is the story.
    const asked = page(['Court rules on the case', 'A court ruled on the case on Monday after a long trial, officials said in the capital.', 'Rescuers work at the site, May 12, 2025. REUTERS/Marko Petrov/File Photo Purchase Licensing Rights, opens new tab', 'What’s next for the port?', 'Did Veltrix pay you?', 'Reuters: Will the talks resume?', 'What did you see?']);
    expect(asked.blocks.slice(2).map((b) => b.kind)).toEqual(['caption', 'subheading', 'body', 'body', 'body']);
    expect(page(['Quake', 'Item 1 of 3 A woman sits next to the ruins of her house after an earthquake, March 12, 2025.', quake]).blocks[1]!.kind).toBe('caption');
    expect(page(['Quake', quake, 'Is the government doing enough?', 'Yes, it says so.']).blocks[2]!.kind).toBe('body');
    // A picture a scraper marked in brackets, and a wire's credit in capitals; not a poll named for two firms.
    for (const line of ['[Photo: Rescuers search the rubble in Tharpakot, March 12, 2025. REUTERS/Jane Doe/File Photo]', "Oman's Foreign Minister Jane Doe speaks to reporters in Muscat on Friday. Reuters", '[Foto: Rescuers at work. Photo: dpa / Jane Doe]', 'Rescuers search the rubble. REUTERS/Jane Doe', 'Cranes stand idle at the port. Photographer: Jane Doe/Bloomberg'])
      expect(page(['Quake', line, quake]).blocks[1]!.kind).toBe('caption');
    expect(page(['Quake', quake, 'A Reuters/Ipsos poll taken on March 12 found that most voters backed the rescue effort.']).blocks[2]!.kind).toBe('body');
    // (nor a story's long last paragraph that ends with its agency)
    const last = 'Officials said more releases would follow in the coming weeks, once the two governments agree on the lists of names and the Red Cross has interviewed each detainee in private, as it did this time at the border crossing and in the camps on both sides. Reuters';
    expect(page(['Quake', quake, last]).blocks[2]!.kind).toBe('body');
    // A time stamp below the story does not outrank a date above it; a wire's credits with a stop are credits.
    expect(page(['Quake kills 212 in the mountains', 'Source: Xinhua | 2025-03-11 21:46:05 | Editor: Liu', quake, 'More from the region', '14 March 2025 10:04 GMT']).date).toBe('2025-03-11');
    expect(page(['Quake', quake, 'Reporting by Gopal Sharma in Kathmandu and Sudipto Ganguly in Mumbai and Krishn Kaushik in New Delhi. Editing by Jane Doe and Alex Richardson.']).blocks[2]!.kind).toBe('byline');
    expect(page(['Quake', quake, 'Reporting by The Guardian in 2023 found that the ministry had paid the contractors twice.']).blocks[2]!.kind).toBe('body');
    // Not a date of a link's story, or of the story's first short lines, where a time stamp dates the page; not a
    // sentence that opens with "Reporting by" for a credit line.
    expect(page(['Quake kills 212 in the mountains', 'Read more: Tibet earthquake of January 7, 2025 killed 126', quake, 'Updated: 13.03.2025 09:12']).date).toBe('2025-03-13');
    expect(page(['Quake kills 212 in the mountains', 'The earthquake struck on March 11, 2025.', quake, 'Updated: 13.03.2025 09:12']).date).toBe('2025-03-13');
    const reported = page(['Ministry paid', quake, 'Reporting by The Washington Post last year found that the ministry had paid the contractors twice for the same work, which led to an inquiry soon after.']);
    expect([reported.byline, reported.blocks[2]!.kind]).toEqual([null, 'body']);
    // (an international agency's slashed date is read in neither order)
    expect(page(['Quake kills 212 in the mountains', 'Published 03/12/2025', 'KATHMANDU, March 11 (Reuters) - At least 212 people were killed after a strong earthquake struck the mountains.']).date).toBeNull();
    // A site's tagline shares some words with a business story, its headline more; a masthead with "by"; an
    // author with the place and the date after a bar, below the standfirst; reporters in their places below a
    // long menu; a footer's "Print this page".
    const market = 'HAMBURG, March 10 (Reuters) - German port operator Elbstrand said on Monday that a ransomware attack had halted its terminals, sending its shares down in market trading.';
    const reuters = page(['Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'Reuters', 'World', 'Business', 'Markets', 'Port operator Elbstrand hit by ransomware, terminals halted', market]);
    expect(reuters.title).toBe('Port operator Elbstrand hit by ransomware, terminals halted');
    const record = page(['The Record by Recorded Future News', 'Leaks', 'Nation-state', 'Ransomware gang claims port attack, leaks contractor data', market]);
    expect([record.title, record.publisherCue?.name]).toEqual(['Ransomware gang claims port attack, leaks contractor data', 'The Record']);
    const keuchel = page(['Handelsblatt', 'Italians at the gate: what the bid means for the port', 'After a ransomware attack that shut the terminals for four days, a rival from Genoa wants the whole company.', 'Jan Keuchel, Hamburg | 19.03.2025 - 16:30 Uhr', market]);
    expect([keuchel.byline, keuchel.date]).toEqual(['Jan Keuchel', '2025-03-19']);
    const ft = page(['Financial Times', ...'myFT Companies Transport Shipping World Markets Opinion Work Life Arts'.split(' '), 'Port groups sign memorandum as Italian bidder raises offer', 'Olaf Storbeck in Frankfurt and Silvia Sciorilli Borrelli in Milan', 'Published MAR 24 2025', market, 'Print this page']);
    expect([ft.byline, ft.blocks.at(-1)!.kind]).toEqual(['Olaf Storbeck and Silvia Sciorilli Borrelli', 'boilerplate']);
    // But the headline before a standfirst without its stop; no line inside the story, no exchange's or agency's
    // name before a date, for a byline; a dated line above the story before a byline below its first paragraphs.
    const bpm = page(['Skip to main content', 'Menu', 'UniCredit launches hostile bid for Banco BPM', 'Italian lender offers €10bn in all-share deal for rival Banco BPM', 'Silvia Sciorilli Borrelli in Milan', 'UniCredit has launched a €10bn all-share bid for rival Italian lender Banco BPM, in a deal that would create a giant.']);
    expect(bpm.title).toBe('UniCredit launches hostile bid for Banco BPM');
    // (also when the standfirst shares more of the story's words than the headline; not a topic's label above the headline)
    const signed = 'Elbstrand Hafenlogistik has signed a memorandum of understanding with Tirrenia Marittima after the Italian bidder raised its offer to €39 a share.';
    const mou = page(['Financial Times', 'myFT', 'Companies', 'Subscribe to unlock this article', 'Elbstrand agrees to talks with Tirrenia after ransomware ordeal', 'Port groups sign memorandum of understanding as Italian bidder raises offer to €39 a share', 'Olaf Storbeck in Frankfurt', signed]);
    expect(mou.title).toBe('Elbstrand agrees to talks with Tirrenia after ransomware ordeal');
    // (but not a teaser under "Most read" above a headline that stands on the story)
    expect(page(['Skip to main content', 'Menu', 'World', 'Europe', 'Port operator hit by ransomware attack in Hamburg', 'The attack halted all three container terminals of the operator on Saturday, the company said', 'HAMBURG, March 14 (Reuters) - The port operator said a ransomware attack had halted all three of its container terminals on Saturday.']).title).toBe('Port operator hit by ransomware attack in Hamburg');
    expect(page(['Menu', 'Home', 'World', 'Middle East', 'Most read', 'Red Cross chief warns of famine across Sudan as prisoners starve', 'Prisoners freed as two countries complete swap at border', 'Seven hostages and 218 prisoners were freed early on Friday at the border crossing, officials said, ending months of talks between the two countries.']).title).toBe('Prisoners freed as two countries complete swap at border');
    // (and the headline over its byline, not a point of the summary box below it, nor a caption)
    const crash = 'PORTO ALVARES, Oct 13 (Reuters) - A passenger jet overshot the runway in heavy rain on Sunday, killing two people and injuring 23, officials said.';
    const summarised = page(['Skip to main content', 'Reuters home', 'World', 'Europe', 'Two killed as jet overshoots runway in storm', 'By Jane Doe and John Roe', 'October 13, 2025 2:31 AM GMT+1', 'Summary', 'Companies', 'Jet overran runway in heavy rain on flight from Lisbon', 'Two dead, 23 injured, officials say', crash]);
    expect(summarised.title).toBe('Two killed as jet overshoots runway in storm');
    const pictured = page(['BBC', 'Home', 'News', 'Europe', 'Ex-minister jailed over army bribes', '13 May 2025', 'Jane Doe', 'Legal affairs correspondent', 'The ex-minister (centre) was taken into custody after the verdict', 'A former defence minister has been jailed for seven years after a court found him guilty of taking bribes over army contracts.']);
    expect(pictured.title).toBe('Ex-minister jailed over army bribes');
    // A masthead with its logo's link home; reporters, one in their place and one with their desk.
    const guardian = page(['Skip to main content', 'Sign in', 'UK edition', 'The Guardian - Back to home', 'News', 'World', 'Air transport', 'Airline chief resigns days after deadly runway crash', 'Jane Doe in Lisbon and John Roe Transport correspondent', 'Thu 16 Oct 2025 18.27 BST', 'The chief executive of the airline has resigned, four days after one of its jets overran a flooded runway, killing two people.']);
    expect([guardian.title, guardian.byline, guardian.publisherCue?.name]).toEqual(['Airline chief resigns days after deadly runway crash', 'Jane Doe and John Roe', 'The Guardian']);
    // The author above their outlet and place; a cookie banner above the page; a section named like another
    // paper under the masthead; the author before a bar and the date in numbers.
    const swap = 'Seven hostages and 218 prisoners were freed early on Friday at the border crossing, officials said, ending months of talks.';
    const bbcNews = page(['Skip to content', 'British Broadcasting Corporation', 'Home', 'News', 'Middle East', 'Aid worker freed as two countries swap prisoners', '13 March 2025', 'Share', 'Jane Doe', 'BBC News, Tal Ashur crossing', 'Share', swap]);
    expect([bbcNews.title, bbcNews.byline]).toEqual(['Aid worker freed as two countries swap prisoners', 'Jane Doe']);
    expect(page(['We value your privacy. We and our 843 partners store and/or access information on a device. [Agree and close]', 'Skip to main content', 'euronews.', 'Europe', 'Evacuees return to Greek island as wildfire eases', 'Evacuees began returning to the Greek island on Friday as the wildfire that killed a firefighter eased, officials said.']).title).toBe('Evacuees return to Greek island as wildfire eases');
    const national = page(['We use cookies to improve your experience on our site. To find out more, read our privacy policy. Manage cookies Accept all', 'Skip to main content', 'The National', 'UAE', 'Gulf', 'World', 'Gulf News', 'Oman', 'Oman and Qatar broker prisoner swap at border crossing', 'Jane Doe', 'Mar 14, 2025', swap]);
    expect([national.title, national.publisherCue?.name, national.blocks[6]!.kind]).toEqual(['Oman and Qatar broker prisoner swap at border crossing', 'The National', 'boilerplate']);
    const anadolu = page(['Anadolu Ajansı', 'AA', 'World', 'Middle East', 'Two countries complete prisoner swap mediated by Qatar', 'Jane Doe   |14.03.2025 - Update : 14.03.2025', swap]);
    expect([anadolu.byline, anadolu.date]).toEqual(['Jane Doe', '2025-03-14']);
    expect(page(['Skip to main content', 'Menu', 'Elbstrand Tirrenia ransomware crisis takeover', 'Port groups sign memorandum of understanding as Italian bidder raises offer', signed]).title).toBe('Port groups sign memorandum of understanding as Italian bidder raises offer');
    const talks = page(['Summit ends', 'The leaders met for talks on Monday and agreed to meet again soon, officials said.', 'They talked for hours.', 'The talks ended late.', 'Both sides were pleased.', 'Both leaders left.', 'Emmanuel Macron in Paris and Olaf Scholz in Berlin', 'Reporting by Jane Doe; Editing by John Roe']);
    expect(talks.blocks[6]!.kind).not.toBe('byline');
    expect(page(['Shares fall', 'Markets', 'Frankfurt Stock Exchange | 19.03.2025', market]).byline).toBeNull();
    expect(page(['Quake', 'Source: Xinhua | 2025-03-15 21:46:05 | Editor: Huaxia', quake, 'Rescuers searched the rubble for survivors through the night in the cold.', 'Jane Doe, Monday, 10 March 2025', 'More text here.']).date).toBe('2025-03-15');
    // (a date line above still dates it)
    expect(page(['Ports pact signed', 'June 2, 2025', 'By Jane Doe | Updated June 3, 2025', 'The pact was signed.']).date).toBe('2025-06-02');
  });

  it('takes no ordinary line for a byline, bio, link, masthead or date line', () => {
    const a = page([
      'Vote was close',
      'KAMALA HARRIS CONCEDES',
      'NEW YORK (AP) — Lawmakers said the vote was close. Several factors contributed.',
      'Read more:',
      'Senate passes the bill',
      'The package will be formally adopted by ministers next week, two diplomats said.',
      'Kyiv, 24 February 2022',
      'CBS News',
      'Reporting by John Smith; Editing by Ann Roe',
      'Jane Doe is a former BBC correspondent who now teaches journalism in Bogotá.',
    ]);
    // (a masthead at the foot, "CBS News", gives no publisher where the dateline names one)
    expect(a.blocks.map((b) => b.kind)).toEqual(['headline', 'subheading', 'body', 'related', 'related', 'body', 'subheading', 'masthead', 'byline', 'body']);
    expect([a.byline, a.date, a.publisherCue?.name]).toEqual(['John Smith; Editing by Ann Roe', null, 'AP']);
    expect(page(['Talks end', 'By MATTHEW LEE (AP)', 'The talks ended.']).byline).toBe('MATTHEW LEE (AP)');
  });

  it('reads bios, copyright lines, tweets, polls and headlines of the third review rightly', () => {
    const bio = (line: string) => page(['Vote counted', 'The count ended.', line]);
    for (const line of ['Jane Doe is a reporter at The Washington Post.', 'He is the Guardian’s Andean correspondent.', 'Jane Roe has been a correspondent for the BBC since 2010.'])
      expect(bio(line).blocks.at(-1)!.kind, line).toBe('bio');
    expect(page(['Vote counted', 'The count ended.', '© 2025 Reuters. All rights reserved']).publisherCue?.name).toBe('Reuters');
    const tweet = `${Array.from({ length: 26 }, (_, i) => `#Tag${String.fromCharCode(97 + i)}`).join(' ')} pic.twitter.com/x1y2z3`;
    expect(page(['Quake', 'The count ended.', tweet, '#EARTHQUAKE / #AFAD']).blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'body', 'boilerplate']);
    const fox = page(['Fox News, Dominion settle defamation suit', 'WILMINGTON, Del. (AP) — The two settled.', 'An AP/NORC poll found most agreed.']);
    expect([fox.title, fox.publisherCue?.name, fox.blocks[2]!.kind]).toEqual(['Fox News, Dominion settle defamation suit', 'AP', 'body']);
    expect(page(['Quake', 'Ahmet Yilmaz, a local newspaper editor', 'The count ended.', 'Aid arrived.', 'Rescuers left.', 'It rained.']).byline).toBeNull();
    expect(page(['Quake', 'The count ended.', 'John Smith and Mary Jones contributed.']).byline).toBe('John Smith and Mary Jones contributed.');
    expect(page(['Quake', 'The count ended.', 'By signing up to the accord, Jane Doe agreed.']).blocks.at(-1)!.kind).toBe('body');
    expect(page(['Quake', 'The count ended.', 'Read more:', 'Quake hits the U.S.', 'Aid arrives in Hatay']).blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'related', 'related', 'related']);
  });

  it('takes the headline from below the site\'s furniture: a skip link, a tagline, sections, breadcrumbs, the masthead', () => {
    const story = 'VALLETTA, March 11 (Reuters) - Harbour workers ended their strike on Tuesday after the port deal was signed by both sides, officials said.';
    const a = page(['Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'World', 'Americas', 'Harbour workers end strike as port deal is signed', 'By Jane Doe', 'March 11, 2025 4:12 PM GMT', story]);
    expect([a.title, a.blocks.slice(0, 5).map((b) => b.kind), a.byline, a.date]).toEqual(['Harbour workers end strike as port deal is signed', ['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'headline'], 'Jane Doe', '2025-03-11']);
    for (const trail of ['News|Elections', 'Home / News / World', 'World › Middle East & Africa']) expect(page([trail, 'Harbour strike ends with port deal', story]).title, trail).toBe('Harbour strike ends with port deal');
    expect(page(['EL PAÍS English', 'INTERNATIONAL', 'Malta', 'Harbour strike ends with port deal', story]).title).toBe('Harbour strike ends with port deal');
    // A menu of twenty items under the outlet's name; a question for a headline, sharing few words with the
    // story, right above it; an author with the time of publication.
    const menu = ['Skip links', 'Skip to Content', 'Skip to main menu', 'Live', ...'News World Business Science Environment Culture Sports Features Opinion Video More Europe Americas Africa Asia'.split(' '), 'News|Harbours'];
    const dw = page(['DW', ...menu, 'Harbour workers beat rivals, but will the port stay open for long?', 'Jane Doe | Published 11 March 2025, 18:03 CET', story]);
    expect([dw.title, dw.byline, dw.date]).toEqual(['Harbour workers beat rivals, but will the port stay open for long?', 'Jane Doe', '2025-03-11']);
    // Below the headline: the author, the place the story was filed from with its date, and a caption with its
    // photographer and agency.
    const elPais = page(['EL PAÍS English', 'INTERNATIONAL', 'Malta', 'Harbour strike ends with port deal', 'The dockers won most of what they asked for, and the port reopens on Monday.', 'JANE ROE DOE', 'Valletta - MAR 12, 2025 - 06:30 CET', 'Dockers celebrate in Valletta on Tuesday. Ana Bugeja (REUTERS)', story]);
    expect([elPais.title, elPais.byline, elPais.date, elPais.blocks.slice(5, 8).map((b) => b.kind)]).toEqual(['Harbour strike ends with port deal', 'JANE ROE DOE', '2025-03-12', ['byline', 'date', 'caption']]);
    // Page furniture in the running text's place: share and listen buttons, reading times, sign-up lines, a
    // wire's sign-off initials, an update's age.
    const furniture = ['share2', 'Listen to this article', '4 mins', 'Share on Facebook Share on X Share on WhatsApp', 'Get weekly news and analysis on the Americas delivered to your inbox. Sign up here.', 'cd/jm/ach', 'Updated 2 hours ago'];
    expect(page(['Harbour strike ends with port deal', story, ...furniture]).blocks.slice(2).map((b) => b.kind)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'timestamp']);
    // A copyright notice at the foot, with its year or a company's legal form; above, "© Jane Doe 2024" credits a photo.
    const more = ['The dockers went back to work.', 'The port reopened on Wednesday.', 'Ships queued outside.'];
    expect(page(['Harbour strike ends with port deal', '© Jane Doe 2024', story, ...more, '© 2025 Harbour Media Network']).blocks.map((b) => b.kind)).toEqual(['headline', 'caption', 'body', 'body', 'body', 'body', 'boilerplate']);
    expect(page(['Harbour strike ends with port deal', story, '© EDICIONES EL PAÍS S.L.']).blocks[2]!.kind).toBe('boilerplate');
    // A date whose order the numbers leave open, read as the publisher's country writes dates.
    expect(page(['Harbour strike ends with port deal', 'Published on 11/03/2025 - 18:40', 'VALLETTA (AFP) - Harbour workers ended their strike on Tuesday after the port deal was signed, officials said.']).date).toBe('2025-03-11');
    expect(page(['Harbour strike ends with port deal', 'Published 03/11/2025 10:15 AM', 'NEW YORK (AP) - Harbour workers ended their strike on Tuesday after the port deal was signed, officials said.']).date).toBe('2025-03-11');
    // A scraped date header keeps its date; the title is the headline below the menus.
    const header = page([' date 2024-06-21 Menu Content', 'Search', 'About KBS Go to KBS', 'Politics', 'Harbour strike ends with port deal', story]);
    expect([header.title, header.date]).toEqual(['Harbour strike ends with port deal', '2024-06-21']);
    // A short headline, one with a pipe, or one naming an outlet stays the headline.
    const shortHeadlines: [string, string][] = [['Ceasefire collapses', 'Strikes on the city kill dozens as truce talks stall'], ['Oil hits $100', 'Brent crude prices surge on supply fears'], ['Opinion | Why the truce failed', 'The talks never had a chance'], ['CNN Sues Trump Campaign', 'The network says the campaign used its footage'], ['Trump / Harris debate', 'The two met in Philadelphia']];
    for (const [first, deck] of shortHeadlines)
      expect(page([first, deck, `${deck}, officials said on Monday, adding that more would follow later.`]).title, first).toBe(first);
    // A first line about the story stays the headline, though a later line is about it too.
    expect(page(['Port strike ends', 'Harbour workers and port deal', story]).title).toBe('Port strike ends');
  });

  it('keeps the first line the headline, whatever it looks like', () => {
    expect(page(['Watch: Jane Doe and John Roe clash in the Oval Office', 'They met on Friday.']).title).toBe('Watch: Jane Doe and John Roe clash in the Oval Office');
    const b = page(['Kamala Harris in Guatemala', 'She arrived on Monday.']);
    expect([b.title, b.byline]).toEqual(['Kamala Harris in Guatemala', null]);
  });

  it('falls back to the first sentence when there is no headline, and says so', () => {
    const a = parseSeed('004_73dbb3b888fae9b8.txt');
    expect(a.titleFrom).toBe('first-sentence');
    expect(a.title).toBe('During a state visit to North Korea, Kremlin chief Putin speaks of expanding relations with ruler Kim Jong Un.');
  });

  it('keeps every non-empty line, in order, with stable anchors', () => {
    for (const name of ['000_a464e586ecffd183.txt', '003_9a756836283dcb94.txt']) {
      const a = parseSeed(name);
      const lines = a.source.text.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(a.blocks.map((b) => b.text)).toEqual(lines);
      expect(new Set(a.blocks.map((b) => b.id)).size).toBe(a.blocks.length);
      expect(parseSeed(name).blocks.map((b) => b.id)).toEqual(a.blocks.map((b) => b.id));
    }
  });

  it('splits each block into sentences once, and every mention stands inside one of them', () => {
    for (const name of ['000_a464e586ecffd183.txt', '001_e7590b586cafdacd.txt', '003_9a756836283dcb94.txt']) {
      const a = parseSeed(name);
      for (const b of a.blocks) expect(sentencesAt(b.text, b.sentences)).toEqual(splitSentences(b.text));
      // The snippet a mention's page shows is found from these (mentions no longer carry it).
      const x = extract(a);
      const spans = [...x.people, ...x.agreements, ...x.outlets];
      expect(spans.length).toBeGreaterThan(10);
      for (const m of spans) {
        const b = a.blocks.find((block) => block.id === m.block)!;
        const own = splitSentences(b.text).find((s) => s.start <= m.start && m.start < s.end)!;
        expect(own.end, `${name}: ${m.text}`).toBeGreaterThanOrEqual(m.end);
        expect(sentenceAround(b.text, b.sentences, m.start, m.end), `${name}: ${m.text}`).toBe(own.text);
      }
    }
    // By position, not by text: the same name in two sentences of a paragraph gets each its own.
    const a = parseSource(decodeSource('t.txt', new TextEncoder().encode('Headline here\nJane Doe spoke first. Later Jane Doe left.\n')));
    const b = a.blocks[1]!;
    expect(extract(a).people.filter((m) => m.name === 'Jane Doe').map((m) => sentenceAround(b.text, b.sentences, m.start, m.end))).toEqual(['Jane Doe spoke first.', 'Later Jane Doe left.']);
    expect(sentenceAround('One. Two.', sentenceBounds('One. Two.'), 2, 7)).toBe('');
  });

  it('reads date lines anywhere and skips a date header that only carries navigation', () => {
    const a = parseSource(decodeSource('t.txt', new TextEncoder().encode('date 2024-06-19 World\nWed Jun 19, 2024 09:47 AM\nLast update on: Wed Jun 19, 2024 12:13 PM\nLeaders attend ceremony in the capital: media\nThe leaders met on Wednesday.\n')));
    expect(a.blocks.map((b) => b.kind)).toEqual(['headline', 'date', 'date', 'body', 'body']);
    expect(a.title).toBe('Leaders attend ceremony in the capital: media');
    expect(a.date).toBe('2024-06-19');
  });
});

describe('snippets', () => {
  it('gives a mention its sentence, or the words around it when the sentence runs past a thousand characters', () => {
    const short = 'Jane Doe spoke first. Later Jane Doe left.';
    expect(snippetAround(short, sentenceBounds(short), 28, 36)).toBe('Later Jane Doe left.');
    const list = `Present were ${Array.from({ length: 300 }, (_, i) => `Name${i} Doe`).join(', ')}.`;
    const at = list.indexOf('Name150 Doe');
    const snippet = snippetAround(list, sentenceBounds(list), at, at + 11);
    expect(snippet.length).toBeLessThanOrEqual(1002);
    // Cut at spaces on both sides, around the mention.
    const inner = snippet.slice(1, -1);
    expect([snippet[0], snippet.at(-1), inner.includes('Name150 Doe')]).toEqual(['…', '…', true]);
    const from = list.indexOf(inner);
    expect([list[from - 1], list[from + inner.length]]).toEqual([' ', ' ']);
    // Near the sentence's start, the room goes after the mention.
    const first = snippetAround(list, sentenceBounds(list), list.indexOf('Name1 Doe'), list.indexOf('Name1 Doe') + 9);
    expect([first.startsWith('Present were'), first.length > 950]).toEqual([true, true]);
  });
});
