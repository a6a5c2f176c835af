/**
 * General words that surround names in news text: titles and role heads, the heads of place and
 * organisation names, capitalised function words, and verbs of speech. The extractors use them to tell a
 * person from a palace, and to cut the role a sentence gives someone from the words around it.
 */

/** Words that head a role ("Foreign Minister", "premier of the Cabinet", "Kremlin spokesman"), lower case. */
export const ROLE_HEADS = new Set(
  `president vice-president secretary-general director-general attorney-general governor-general premier minister vice-minister secretary undersecretary under-secretary chairman chairwoman chairperson
  vice-chairman vice-chair chair chancellor leader ruler dictator king queen prince princess emperor monarch sultan emir sheikh pope
  ambassador envoy consul diplomat spokesman spokeswoman spokesperson aide adviser advisor counsellor counselor assistant
  director head chief commander general marshal admiral colonel major captain lieutenant officer governor mayor senator
  congressman congresswoman lawmaker deputy representative mp legislator speaker judge prosecutor attorney-general ceo founder
  lawyer attorney counsel co-counsel barrister solicitor cfo coo cto cio ciso
  co-chair co-chairman executive manager editor correspondent reporter journalist analyst expert professor researcher fellow
  scholar economist official commissioner inspector coordinator delegate negotiator member patriarch metropolitan bishop cardinal
  imam rabbi cleric premier-designate successor predecessor nominee candidate`.split(/\s+/),
);

/** Role heads that alone say "this is a person" before a single family name ("President Macron", "Mr Lee"). */
export const HONORIFICS = new Set(
  `mr mrs ms miss dr prof comrade sir dame lord lady president premier chancellor leader chairman chairwoman minister
  secretary ambassador general marshal admiral king queen prince princess emperor pope senator governor mayor judge
  spokesman spokeswoman envoy chief ruler dictator respected dear`.split(/\s+/),
);

/** Words that may sit inside a role phrase between its head and the name, lower case. */
export const ROLE_MODIFIERS = new Set(
  `first second third deputy vice acting former late current new then interim prime foreign defence defense interior home
  finance economy economic trade industry energy justice health education culture transport security intelligence state
  federal national general principal senior chief top supreme executive foreign-policy press military political special
  affairs resources natural ecology development emergency situations labour labor agriculture science technology communications
  digital sports tourism information construction regional external internal international relations policy of the for to
  and on in at presidential royal party central standing permanent assistant associate side delegation competition climate
  environment housing employment migration treasury fisheries aid humanitarian relief financial operating information
  marketing investment commercial legal medical technical compliance`.split(/\s+/),
);

/** Bodies a title may name its holder by, only right before it: "government spokesman" (not "the government of President X"). */
export const BODY_MODIFIERS: ReadonlySet<string> = new Set(['government', 'opposition', 'cabinet', 'ministry', 'army', 'mission', 'campaign', 'police', 'embassy', 'union', 'council', 'board']);

/** Last words of place and organisation names: a capitalised run ending in one is not a person. */
export const ORG_HEADS = new Set(
  `square palace guesthouse guest-house house hall hotel airport station street avenue road bridge park garden gardens
  stadium arena museum monument mausoleum memorial tower cathedral church mosque temple university college academy
  institute school hospital centre center campus spaceport cosmodrome port harbour harbor island islands river lake
  mountain mountains peninsula city province region district county state oblast krai republic kingdom empire
  federation union party committee commission council ministry department agency bureau office administration
  directorate inspectorate secretariat authority nations mandir navami
  government cabinet parliament assembly congress senate duma court army navy forces force corps command team group
  company corporation bank fund foundation association organisation organization alliance league front movement
  corp inc incorporated ltd limited llc llp plc gmbh holdings industries electronics motors airlines airways pharmaceuticals
  technologies commons board partners associates advisors advisers consulting consultancy capital ventures securities
  network channel newspaper times post news daily media press television radio service services
  democrat democrats republican republicans socialist socialists conservative conservatives liberal liberals greens
  crescent
  program programme project summit forum conference games prize award declaration treaty agreement pact accord
  convention charter protocol doctrine plan strategy operation war crisis revolution dynasty era days week`.split(/\s+/),
);

/**
 * Capitalised words that never belong to a person's name (title-case headlines: "Macron Has Talks With Lee"),
 * including the groups news text quotes as speakers ("Analysts said ...", "Diplomats told ...").
 */
export const NAME_STOPWORDS = new Set(
  `a an the and or but nor of to in on at by for with from into onto over under after before during about against
  between through as than that this these those it its is are was were be been being has have had do does did will
  would shall should can could may might must not no yes he she they we you i his her their our your my who whom whose
  which what when where why how all any both each every some such there here then now also only just even still
  says said say tells told talks holds held meets met visits visited arrives arrived signs signed vows urges warns
  amid despite while since until unless if so because new more most other another first last next according
  breaking live update updates exclusive analysis opinion video photos watch read explainer
  monday tuesday wednesday thursday friday saturday sunday january february march july september october november december
  analysts diplomats observers officials experts critics residents witnesses sources police protesters demonstrators
  lawmakers legislators ministers authorities leaders organisers organizers researchers scientists economists
  investors traders commentators activists campaigners doctors medics rescuers prosecutors investigators officers
  troops soldiers militants rebels insurgents villagers locals citizens voters workers employees farmers students
  teachers supporters opponents delegates negotiators envoys spokespeople representatives participants regulators
  judges lawyers attorneys senators executives bankers strategists historians scholars academics specialists
  engineers inspectors monitors journalists reporters correspondents insiders aides advisers advisors survivors
  victims relatives neighbours neighbors refugees migrants tourists visitors spectators others
  disaster management purchase licensing`.split(/\s+/),
);

/** Verbs that attribute speech, in the forms news text uses after or before a name. */
export const SPEECH_VERBS =
  'said|says|added|adds|noted|notes|stressed|stresses|told|tells|wrote|writes|stated|states|explained|explains|declared|declares|' +
  'announced|announces|warned|warns|emphasized|emphasised|underlined|insisted|argued|claimed|asserted|remarked|replied|answered|' +
  'recalled|continued|concluded|commented|observed|acknowledged|admitted|pointed out|expressed|affirmed|urged|vowed|called';

/** A patronymic ("Vladimirovich", "Sergeyevna"): dropped when comparing names. */
export const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ievich|ich|ovna|evna|ievna|ichna|inichna)$/u;

/** Name particles that may stand lower-case inside a name ("Ursula von der Leyen", "Ana de los Santos"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'los', 'las', 'do', 'dos', 'das', 'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'abu']);

/**
 * First words of organisation names in languages that put the head first ("Universidad de los Andes",
 * "Registraduría Nacional del Estado Civil", "Partido Liberal"): a capitalised run that begins with one is
 * no person, whatever follows. (Not the words English shares: "Commission President X" is a person.)
 */
export const ORG_FIRST = new Set(
  `universidad universidade université università instituto institut registraduría registraduria centro partido partito parti
  ministerio ministério ministère ministero banco banque consejo conselho conseil comisión comissão corte congreso senado
  asamblea assemblée fundación fundação fondation movimiento movimento mouvement frente gobierno governo gouvernement
  secretaría agencia agência agence ejército exército armée policía polícia consejería alcaldía gobernación procuraduría
  fiscalía contraloría defensoría superintendencia observatorio observatório observatoire tribunal colectivo coletivo
  sindicato confederación confederação federación federação asociación associação association unión união alianza
  aliança comité comitê aerolínea aerolíneas aerolinea aerolineas linhas compañía companhia compagnie grupo groupe gruppo
  empresa sociedad société società`.split(/\s+/),
);

/** A particle joined by a hyphen to a family name ("al-Assad", "El-Sisi", "bin-Talal"): a name word, though it may begin lower-case. */
export const HYPHENED_PARTICLE = /^(?:[Aa][dlnrstz]|[Aa]sh|[Ee]l|[Bb]in|[Ii]bn|[Aa]bu|[Bb]en|[Bb]int)-\p{Lu}\p{Ll}/u;

/** Particles after which a name is the father's, not a family name ("Mohammed bin Salman" is not Salman). */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ben']);

/** Words that begin a place's name before a name with particles: "San José del Cabo", "São João da Barra". */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['San', 'Santa', 'Santo', 'São', 'Sao', 'Sankt', 'Saint', 'St', 'Ciudad', 'Puerto', 'Porto', 'Villa', 'Vila', 'Isla', 'Ilha', 'Bahía', 'Bahia', 'Cabo', 'Monte', 'Playa', 'Lago', 'Cerro', 'Fort', 'Port', 'Río', 'Nueva', 'Nuevo', 'Punta', 'Mount', 'Lake', 'Cape', 'Kato', 'Ano', 'Agia', 'Agios', 'Nea', 'Neo', 'Palaia', 'Palaio']);

/**
 * Places that read like a given name, particles and a name ("Rio de Janeiro", "Santiago de Chile"): cities,
 * islands and waters whose first word is also a given name. A name found in this form is no person.
 */
export const PARTICLE_PLACES: ReadonlySet<string> = new Set([
  'Rio de Janeiro', 'Rio de la Plata', 'Santiago de Chile', 'Santiago de Cuba', 'Santiago de Compostela', 'Santiago de Querétaro',
  'Santiago del Estero', 'Santa Cruz de Tenerife', 'Santa Cruz de la Sierra', 'Santa Cruz del Sur', 'Santo Domingo de Guzmán',
  'Juan de Fuca', 'Juan de Nova', 'Fernando de Noronha', 'Isla de Margarita', 'Isla de la Juventud', 'Vitória da Conquista',
  'Francisco de Orellana', 'Santa Rosa de Copán', 'Santa Rosa de Lima', 'Marina del Rey', 'Marina di Ragusa',
]);
