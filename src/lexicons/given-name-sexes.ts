/**
 * Given names that one sex bears, lower-case ASCII, for telling whom "he" or "she" stands for. General data:
 * the female and male first-name lists of the faker locales (@faker-js/faker 10.6, MIT), transliterated with
 * any-ascii, without the syllable-named languages (Chinese, Japanese, Korean, Thai, Vietnamese). A name is
 * listed for one sex when no locale, or only one against five or more, gives it to the other; names that are
 * given to both across languages are left out ("Andrea", "Simone" and "Michele" are men's names in Italian).
 * Made by scripts/make-given-name-sexes.ts.
 */

/** Given names borne by women. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  `
  aadrika aaliyah aaltje aaminathu aanandinii aanuoluwapo aaratrika aarya aasa aasha aashritha aasiyaa aatmaja aba
  abagail abani abbey abbie abbigail abbondanza abby abdonie abebi abeline abena abendam abeni abhaya abibatou
  abigael abigaelle abigail abigale abigayle abigel abosede abril aby acacie acanthe acela acelya acilay acilia
  aculina ada adah adalbaude adalberta adalgisa adaline adalsinde adaugo addie addison addolorata adea adebukola
  adegrine adela adelaida adelaide adelajda adelasia adele adelia adelie adelina adeline adeliya adella adelle
  adeltrude adelya adenike adepeju adesewa adesua adetoke adetoun adiba adile adina adja adolfa adolfina adolphie
  adonise adrastee adrehilde adria adriana adrianna adriena adrienne adrijana adunni adwitiya adwoa afanasiya afaq
  aferim afet afia afitap afra afruza afton afua afzuna agaf'ya agafia agafiya agape agapiya agata agatha agathe agca
  agilberte aglae aglaia aglaja agnane agneflete agnes agnesa agnese agneta agnieszka agniya agostina agrata agripina
  agripino agrippine agrypina agustina ahalya ahenk ahilya ahlem aicha aida aide aikaterini aileen aimee aina aino
  aisha aishani aissa aissata aissatou aisyah aiyana ajana ajda ajeng ajita ajla ajlin ajna ajoke akifa akofa akorfa
  akosua akshainie akshata akshita akua akula akulina akumaa akunna akvelina al'bina al'vina ala alaina alaine alais
  alana alanis alanna alara alayna alba albane albena alberade alberta alberte albertha albertina albertine albertino
  albertyna albina alcestiso alcidie alcina alcine alcyone alda aldegonde alea aleen alejandra aleksandra alemka
  alena alene alenia alenka alesea aleska alessa alessandra alessia aleth aletha alevtina alexa alexandra alexandrea
  alexandria alexandrina alexandrine alexane alexanne alexia alexine aleya aleyna alfonsa alfonsino alfreda alia
  alica alice alicia alicja alico alida alienor aliette alika alima alina aline aliona alis alisa alisha alison
  alissa alissia alivia alix alixe aliya aliyah aliz aliza alize alizee alka alla allegra allene allie allison ally
  alma almila almira aloise aloisie alojza alojzije aloyse alphonsine alpike alsu alta altea althea althee altin
  alvena alvera alverta alvina alvine alya alyah alyce alycia alysa alysha alyson alyssa alyssia alysson alzbeta ama
  amabela amadea amahle amalia amaliane amalie amalija amalio amalthee amanda amande amandine amante amarande
  amaranthe amaryllis amata amaya ambar amber ambra ambre ambrine ambroisie amea amel amelia ameliane amelie ameline
  amely amelya amen america amethyste ami amicie amie amina aminat aminata aminte aminu amira amita amiya amnh
  amodini amoke amope amparo amra amrita amritambu amy amya an ana ana-maria anabel anabela anabelle anae anaelle
  anahi anahit anahita anaida anais anala anamaria anamarija anamika ananda anandamayi ananta anasooya anastasia
  anastasie anastasija anastasiya anastazia anastazie anastazija anastazio anastazja anasuya anatazie anatolia
  anatoliya anca anceline anche anci ancica ancilla ancuta anda andac andela andelika andelina andjelina andra
  andrada andreane andreanne andree andreea andriana andrijana andrina andromeda andzelika anemona anemone anesa
  aneta anette anezka anfisa anga angadreme angela angelica angelika angelina angeline angelino angelique angelita
  anggun anghelina angie angilberte anhyt ani ania anica anicee anicette anika anila anina anise anisoara anissa
  anita aniya aniyah anja anjali anjelica anjushree anjushri anka ann ann-christin ann-marie anna annabel annabell
  annabella annabelle annaelle annagrazia annalena annalise annamae annamaria annamarie annapurna anne anne-laure
  anne-marie anne-sophie anneke anneli annelie annemarie annemijn annetta annette anni annie annika annikki anno
  annonciade annunziata anny anora anouck anouk anowsh ansberte anselma anshula ansley anstrudie antea anthelmette
  antigone antoaneta antoinette antonela antonella antonetta antonette antonia antonida antonietta antonija antonina
  antonine antoniya anuja anuska anusuya anuta anwesha anya anyt anzhela anzhelika aphelie apolena apollina
  apollinariya apolline apollonia apolloniya appia appoline april apsara aquiline arabela arabella arabelle araceli
  aracely arame aranka ardella ardith arely areta arevik argelia argentina argine aria ariadna ariana ariane arianna
  aricie ariela arielle arij arija arike arina arinola arisa aristita arkadiya arlene arleta arlette armance armande
  armandine armeline armelle armida armide armine armyt arna arnaude arnolda arnostka arp'i artemis artemisa artemiya
  arthurine aruna arvilla arwa arwen arya aryanna asa asake asal asceline ascension asel asella asha ashlee ashleigh
  ashley ashly ashlynn ashmi ashtyn asia asija asila asiya asja aslesha aslim asliya asma asmaa asmaau asmi asmita
  asolat assa assetou assia assil assomption assunta assya asta astarte asterie astou astree astrid astrida astride
  asuela asya atanasia atanasija atanazie atena athalie athanasia athanasie athena athenais athina atinuke atreyee
  atreyi atta atws aube aubertine aubree aude audeline audra audreanne audrey augusta augustina augustino augustyna
  aulia aura aure aurea aurelia aureliana aurelie aurelienne aurelija aurelle auriane aurora aurore ausilia
  ausiliatrice autumn auxane ava avan avani avantika ave aveline avigaelle avis avital avoye avreliya avril avrora
  awa awaz awero awesi axeline axelle axenia aya ayah ayana ayanda ayd ayebatari ayem aygul aygun ayinke ayize aykal
  ayla ayleen aylin ayline aymardine aymonde aynur ayoka ayren aysar ayse aysil ayten ayu ayushmati aza azalea azalee
  azaliya azelia azelie azeline azime aziza azra azzurra baaba baala babeta babette babila bade bagdagul bahar bahia
  baidehi baijayanti bailee balamani balin balqees bambina banna banu banuta bara barbala barbara barbe barbora
  barbro barchinoy barica barkaa barno bartolomea basanti basilia basilisse basma bassilla bathilde batilda baucido
  baya baylee beata beate beatrice beatrico beatrix beatriz beatrycze beaulah becky bediz bedran bedriska beghrd
  begoyim behrem bekhl belcim belemir belina belinda bella belle belma beltun benedetta benedicte benedikta benedita
  beniamina benice benigna benli bente benthe benvenuta berangere bercem berceste bercin berenice berenico berenika
  berinay berit beritan berivan bernadetta bernadette bernadine bernarda berneice bernice berniece bernita berran
  berre berta bertha berthe bertille berto bertolda berva bery beryl beryvn berywn besra bessie betania beth bethany
  betina betsy betta bette bettie bettina betty bettye beulah beuve beverly beya beyaz bhaanumati bhadra bhagirathi
  bhagwanti bhagwati bhamini bhanumati bhargavi bhavani bhfrh bhfrw bhfryn bhhe bhhhst bhhr bhhrh bhilangana bhnz bhr
  bhrfyn bhrkhh bhrkhy bhrozh bhrw bhrzy bhsoz bhstorh bhyn bianca bianka bibi bibiana bibianna biborka bice bigna
  biljana billie billure biloslava bilva bilwa bilyana bina binafsha bineta binta bintou birdie birgit birgita
  birgitta birgitte bisenija bisera biserka bistra bl blaga blagica blagitsa blagojka blagorodna blagovista blaguna
  blahomila blahomira blahoslava blanca blanche blandine blanduzia blanka blazena blazhenka blsm bnfshh bnw bobana
  bobbi bogdana boginja boglarka boguslava bohdana bohumila bohumira bohuna bohuse bohuslava bojana bojislava
  bolatito boleslava boluwatife bonita bonnie borbala borislava borjana borka boroka bosiljka bosilka bouchra bozena
  bozetecha bozhana bozhena bozica bozidara br'h brandi brandusa brandy branimira branislava branka brankica
  bratislava breana breanna breanne brenda brenna bretislava bria briana brianne bridget bridgette bridie brielle
  brigida brigita brigito brigitta brigitte brionna brisa brita britney britt britt-marie brittany bronislava brooke
  brooklyn bruna brune brunehaut brunehilde brunhilda brunilde bryana brygida btwl buddhana buhle bulah bunmi
  busisiwe byt caetana cagil cagla caitlin caitlyn caleigh calina calista callie calogera calpurnia camelia camila
  camilia camilla camille camryn camylle cana candace candice candida canel cangul cannur cansel cansin cansu
  capitolina capucine cara caridad carina carine carissa carla carlee carley carli carlie carlijn carlota carloto
  carlotta carmel carmela carmella carmen carmina carminho carmo carna carola carolanne carole carolin carolina
  caroline carolyn carolyne carrie casandra casiana casilda casimira cassandra cassandre cassidy cassie cassiopea
  cassiopee castille cataleya catalina catarina catena caterina catharina catharine catherine cathrine cathryn cathy
  catinca cato catrin catrina catrinel cayla ceca cecelia cecile cecilia cecilie cecylia celeste celestina celestine
  celestyna celia celie celina celine celinia cenka cerasela ceren cerise cesminaz cestmira ceyda ceyla ceylan ceylin
  ceylinaz cezara chahinez chaima chakrika chanda chandani chandi chandini chandira chandni chandrabhaga chandrakala
  chandrakin chandramani chandrani chandraprabha chandraswaroopa chandravati chanel chanelle chantal chapala charity
  charlaine charleen charlene charli charline charlize charlotta charlotte charumati charvi chasity chatura chaya
  chayenne chayma chelsea chelsey chelsie cherechi cheryl cheyanne cheyenne chhmhn chhmn chhmnh chiamaka chiara
  chimamanda chinyere chira chirine chitrali chitramala chitrangada chizoba chkwk chloe chnr chnwwr chomn chopy chr
  chranislava christa christelle christiana christiane christie christin christina christine christy chro chrysoyla
  chwmhst chwrchr chymhn chyna chynh ciaobella ciara cicek cici cielo cierra cigil cilay ciler cilvenaz cimen cindy
  cinta cinthia cinzia cipriana cirilla cise cisem cisil cistoslava citlalli citra claire clara clarabelle clare
  clarisa clarissa clarisse claudia claudine clavdia clea clelia clelie clemence clementina clementine clemenzia cleo
  cleofe cleopatra cleophee cleora cleta clio cloe clorinda clothilde clotilde coco codrina codruta cointa colette
  coline colleen collien colomba colombe comfort concepcion conception concetta conchita connie consolata constanca
  constance constanta constantia constantina consuela consuelo cora coralia coralie coraline cordelia cordia corene
  corentine corina corine corinna corinne cornelia corrine cortney cosima cosmina costanza coumba courtney crenguta
  creola crescenzia crina cristal cristiana cristina crocefissa cronida crystal crystel csenge ctibora ctirada
  ctislava cunegonda cuzia cvetka cydney cynthia cyntie cyra cyrielle cyrila cyrine daantje daciana dada daevi
  daevika dafina dafne dagmar dagmara dahlia daiana daija dainuvite daisha daisy dajana daksha dakshayani daleslava
  dalia dalibora daliborka dalida dalie dalila dalima dalimila dalimira dalla damaris damayanti damiana damjana
  damjanka damla dana danae dania danica daniela daniella danielle danijela danika danique danitsa danka danuse
  danuta danyka daphne daphnee daphney dar'ya dara daria dariana darie darija darina darine darinka darislava darja
  darla darleen darlene darshwana darta dasia davida davina davriya dawn dayana dayna dea deanna debbie debhr debora
  deborah debra deeksha deepali deepika deeptimayee deeptimoyee defne degna deja dejah dejana delal delaney delfina
  delia delie delilah delinda delizia della delores delpha delphia delphine demet demetra demetria demi dena denisa
  denise denitsa deodata derin derya deryn deryvn desanka desdemona desiderata desiree despina despoina dessie destan
  destany deste destinee destiney destini destiny devangana devani devasree devi devika devota dewi dfnh dgnyt
  dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhara dharani dharitri dhatri dhll dhry dhshne diah diamante diamond
  dian diana diane dianna dianne dianora diara diarra dicle diclehan dida didem didina diede dieke dieudonnee
  dieynaba dijana diksha dilafruz dilara dilare dilay dilbar dilber dilberay dildora dilek diler diletta dilfuza
  dilnoza dilorom dilovan dilrabo dilruba dilso'z dimitra dimitrina dina dinda diodata dionisia dior dipali dipika
  dirok dita ditte-marie ditya divine diviska divna divya dixie diyana diyora djeneba djenna dklh dlkhosh dlkhwz
  dlovn dlvyn dly dlyh dlyr dnh dny'lh dnyt dobrava dobrila dobrinka dobromila dobromira dobromisla dobroslava dochia
  doda doina doinita doleslava dolly dolores dolunay dolyana domenica dominika dominique domitille domnica domnika
  dona donalda donata donatella dondu donka donna dora dorana dorcas doreen doriana doriane dorica dorina dorine
  doris dorit dorka dorli dorota dorotea doroteja dorothea dorothee dorothy dorottya dorris dortha dorthe dorthy
  doubrava doubravka douce dounia dovie doyinsola draga dragana dragica draginja drahomila drahomira drahoslava
  drahotina drahuse draupadi drhkhshn drina drs druina dry dua dubravka duduzile dulari dulce dulcinea dulina dumitra
  dumitrana dumitrita dune dunja dunya durda durdane durdona durga durgeshwari durica durriye dusana dusanka dushanka
  dushka dusica duska duygu dvryn dvryt dvvrh dwlbhr dy'nh dyah dydhn dyna dynh dyyh dzile dzirkstite dzvezda e'zoza
  ea earlene earline earnestine easter ebba ebe ebiere ebony ebru ecaterina ece ecem eda edda edelberga edita edite
  edith editta edmee edna eduarda edvarda edvige edwina edyta edyth edythe eef eefje eeva effie efimia efimija
  efrosina efrosinia eftalya eftimia egizia eglantine egle egona eileen ekaparnika ekaterina ekin ela elaide elaina
  elaine elakshi elanur elcin elda eldora elea eleanor eleanora eleanore electa elektra elen elena elene eleni elenor
  elenora eleonora eleonore eleonoro elettra elfrida elfrieda eliabeth eliana eliane elide eliette elif elimena elin
  elina eline elinor elinore eliona elisa elisabet elisabeta elisabeth elisabetta elisaveta elise elisea eliska
  elissa elitsa eliza elizabet elizabeta elizabeth elizabeto elizaveta elize elizo elka ella ellada elle ellen
  ellen-margrethe elli ellie elly elma elmas elmira elna elnare elnora eloa eloane elodia elodie elody eloisa eloise
  elona elora elouise elsa elsbeth else elsie elta elva elvera elvia elvie elvina elvira elvire elwira elya elyanora
  elyne elynn elyse elyssa elza elzbieta ema emanuela emanuelly emel emelia emelie emeline emely emerald emerance
  emerencie emese emi emie emili emilia emiliana emilie emilija emiliya emily emine emma emmalee emmanuelle emmelie
  emmely emmi emmie emmy emna emy ena enakshi endah enid enie enimia eniola enise enna enola enora enrica enya era
  eracla erica ericka erika erin erine erma ermelinda ermenegarda ermenegilda erminia erna ernesta ernestina
  ernestine ernestino ersilia ervina eryn esen eser esha eshana eshita esi esin esma esmee esmeralda esmeray esmira
  esperanza essie esta estefania estela estell estella estelle ester estera esterina esther estrella eszter etela
  etha ethel ethelyn ethyl ettie eudochia eudokia eudoksja eudora eudoxie eufemia eufrasia eufrosina eufrozina
  eugenia eugenie eula eulah eulalia eulalie euna eunice eunika euphrasie euridice eurydice eusebia eusebie eutalia
  eva evalyn evangelina evangeline evanghelina evar evdochia evdokija evdokiya eve evelien eveliina evelin evelina
  eveline evelino evelyn evelyne evfrosiniya evgenija evgeniya evghenia evi evie evin evo evpraksiya evsen evy
  evzenie ewa ewatomi ewelina eya eyaggelia eylul eysan faat'imaa fabia fabiana fabie fabienne fabiola fabricia
  fadekemi faderera fadime fae fahriye fahrunissa faina faith faizah famke fana fanika fanka fanni fannie fanny fanta
  fantine fara farah farangiz fardau farhunnisa farida fathonah fatim fatima fatimata fatime fatimo fatma fatos fatou
  fatouma fatoumata fausta faustina faustine faustyna fay faya faye fayen fayenne fazilat fazilet feba febe febi
  febriana febrina federica fedora fehime fehintola fekla felicia felicie felicita felicitas felicity felina feline
  felipa fem femke femm fenja fenna fenne feodora feodosia feodosiya ferah feray ferdinanda ferdynanda fereh feride
  feriel feriha fern fernanda ferne ferqane feruza feryel fevronia fevroniya fexriyye feyza fiammetta fibikemi fidan
  fidelie fieke fien fiene fiep figen fikayomi fikriye filimena filipa filipino filippa filiz filofteia filomena
  filou fily fine finia finja finnja fiona fiordaliso fiore fiorella fiorenza firdevs firuze fitri fitria fitriani
  flaminia flavia flaviana flavie fleta fleur flo floare floarea floor floortje flor flora flore florence florencia
  florencja florenta florentina florentine florentyna floriana floriane florica floridia florie florina florine
  florinka flossie flurina foca folashade fortunata fortunee fosca fotima fran franca france frances francesca
  francette francia francine francisca franciszka francoise franka frantiska franziska freda frederica frederike
  frederique freeda freida freja freya frida frieda friederike frmysk frnk frnz fro frosina frshth frusina fruzsina
  fryb frymh fryshth frznh fte ftmh fuldem fulden fulvia fulya funda fureyya furuzan fusun g'yh gabriela gabriella
  gabrielle gabrijela gadis gaelle gaia gail gaja gajana gala galaba galatea galena galina gamze ganesha ganna
  garance garika gasti gaudenzia gautami gavxar gawati gayane gayatri gaye gayle geanina geeta geetanjali gelena
  gelila gels gelsomina geltrude gema gemine gemini gemma generosa genesia genesis geneva genevieve genoveffa
  genoveva genta gentiana georgeta georgette georgia georgiana georgianna georgina geralda geraldina geraldine
  gerarda gerardina gerberge gerda gerharda germaine germana gertrud gertruda gertrude gertrudo geta ghaliyati
  gheorghina gherghina ghhmgyn ghhze ghhzl ghl ghln ghlwezh ghrdh ghshbyn ghsht ghshw ghshwh ghwhhre ghzlh ghzo
  ghzyzh gia giacinta giada gianina gianna gifty gigi gigliola gilberta gilda giliola gillian gina ginevra ginewra
  ginger gioacchina gioconda gioia giorgia giorgiana giovanna girija girja gisela gisele gisella gisselle gita
  gitanjali gitte giuditta giulia giuliana giulitta giuseppa giuseppina giusta gizela gizem gladyce gladys glafira
  glenda glenna glennie gloria glorie glrh gly glyh glyt godeberta godiva gohar gokce goknur goksin golda golubinka
  gon gonca gonul gorana goranka gordana goritsa gorjana gorny goundo govher goyzh gozde grace graciana gracie
  graciela gracja gratiana gratiela grayce grazia graziana graziella grazina grdn gregoria greta gretchen griselda
  grizelda grozda grozdana gry guadalupe gudrite gudrun guenda guendalina guenievre guher guilhemine guillemette
  guillermina gul gula gulay gulbahar gulbaxor gulben gulchexra gulcin guldem gulden guldeste gulen guler gulgun
  gulistan guljamol guljaxon gulnaz gulnora gulnoza guloy gulpembe gulriz gulsen gulseren gulsora gulsum gulzira
  gulzoda gun gunay gundelinda gunes gungor gunilla guniz gunnel gunnur gunsel gunseli gurcan gurga gurgitsa gussie
  gustava gustavine gustavino guusje gvendolina gvry'l gvry'lh gwen gwenaelle gwendolyn gwlbhhr gwlbhnd gwlchyn gwlh
  gwlhbkh gwli'hndm gwllh gwln gwlshhn gwly gwlzhyn gwlzr gybhnd gylt gysw gyty gze gzng h'afs'aa h'aleemaa h'asnaau
  h'avaa haajaru haanee haby hadja hafsa hafshah hailee hailey hailie hajar hale haleigh haley halie halima halina
  halle hallie hamima hamsini hana hanae handan hande hanga hania hanifa hanna hannabel hannah hanne hannele
  harinakshi harita harmony harriet hasmik hasna hata hatouma hattie hava havla hawa haya hayal hayat haylee hayley
  haylie hazan hazel hds hdsh hdyd heather heaven heda hedda hedvig hedviga hedvigo hedvika heema heidi heidrun helen
  helena helene heleno helga helin helle hellen heln heloisa heloise hendrika henrieta henrieto henrietta henriette
  henrike henryka heracleea herberta hermina hermine herminia hermiono herta hertha hester hesti hettie hevi hevy
  hfsh hgr hgyt hhmyn hhnr hhnysk hhrdyn hhrme hhtw hhvyn hhwen hhwry hhyrn hhzhyn hiba hidaya hilal hilda hildegard
  hillary hilma hilola himadri himani himeno hind hindhu hira hiranya hlengiwe hly hmvtl hmyrh hn hnh hnyh hnyt
  hollie holly honorine hony hope hortense hortensia hortensie hortenzia hortenzie horymira hosiyat hostimila
  hostimira hostislava houda hozn hrvojka hsnh hsty huguette hulda hulya humaira humay humeyra hunaidhaa huner huriye
  hurshida husida husnida husniya husnora hvdyh hvezdoslava hwnz hyacinta hylh hynnyt hyrn hyrvt hzhh hzhyn i'hfsws
  i'hhng i'hkhthr i'hlms i'hrsyn i'hshk i'hvyn i'hwyn i'l i'lyn i'mez i'mn i'rhzww i'rn i'shn i'skh i'smn i'sn i'vest
  i'vr i'wen i'wez i'wezh i'wezn i'wn i'wng i'wr i'wrng i'wyn i'wz i'yrhm i'ze i'zyz iana ianina ianira ianna
  iaroslava iasmina ibironke iboja ica icha icie iclal ida idea idell idella idil ifa ifeoma iffar iffet ifora
  ifunanya iginia ignacie ignata ika ila ilana ilaria ilayda ilda ildegarda ildegonda ildika ileana ilene ilenia ilia
  iliana ilinca ilindenka ilinka iljana ilkben ilke ilknur ilksen ilkyaz ilona ilsa ilse ilva ilyana ilza ilzo ima
  iman imane imani imelda imen imene imge imke immacolata imogen imogene ina inara inaya inci incoronata indah indira
  indy ines inesa inessa inez inga inge ingeborg ingeborga inger ingrid ingrida inguna inja inka inkeri inna innesa
  innocenza intan inyoni ioana ioanina ioanna iolanda iole iona ione ionela ionelia ionne iosefina ipek iraida
  irawati irem irena irene ireno iretioluwa iriana iride iridenta irina iris irisa irma irmeli irmina iroda iryna
  isabeau isabel isabela isabell isabella isabelle isabelly isadora isaure ise isee iseult iside isidora isik isil
  isilay isin isioma isis isisa iskra isla ismerie isobel isolda isotta isra israa ita italia itir itzel iulia
  iuliana iustina iva ivah ivana ivancica ivanka ivanna iveta ivetta ivna ivona ivonne ivy iya iyabode iyadunni iza
  izabela izabella ize izel izia izidora izolda izoldo izzy jabulile jacey jacinthe jackeline jackie jacklyn jacky
  jaclyn jacoba jacqueline jacquelyn jacynthe jada jade jadrana jadranka jadwiga jael jaelynn jagica jagoda jaida
  jailey jailyn jaimini jakayla jakelino jakobino jakuba jakubina jakubka jale jalou jamalia jameelaa jamila jana
  janae janaina jane janelle janessa janet janeta janica janice janie janin janina janine janiya janja janjo janka
  janna jannah janni jannie jany jaquelin jaqueline jara jarmila jarolima jaromira jaroslava jasmijn jasmin jasmina
  jasmine jasna jasnena jaunita jautrite javorka jayda jayde jaylinn jayne jazlyn jazmin jazmyn jazmyne jazz jazzlyn
  jazzlynn jeana jeanette jeanie jeanne jeannette jeannie jehanne jela jelena jelica jelisaveta jelita jelka jella
  jena jenifer jenna jennah jennie jennifer jenny jennyfer jenovefa jente jesa jesika jess jessica jessie jessika
  jesslyn jesslynn jessy jessyca jet jette jettie jevrosima jewel jewell jihane jil jill jillian jimena jinane
  jindriska jinte jinthe jirina jitka jo joan joana joanie joann joanna joanne joannie jocelyne jodi jodie joelina
  joeline joelle johana johanino johanna johanne jolana jolanda jolanta jolayemi joleen jolie jolien jolijn jolin
  jolina joline jonna jordana jordanka jordyn jorga josefa josefien josefin josefina josefine josephin josephine
  josette josiane josianne josie josiko josipa josy jovana jovanka jovka joy joya joyce jozefa jozefina jozefino
  jozica jrywh juana juanita judita judite judith judito judy judyta jula jule juli julia juliana juliane julianne
  julide julie julienne juliet julieta julieto juliette juliino julija julijana julika julina julita jumagul juna
  june juno junon jusma jusra justina justine justyna juta juvairiyaa jyoti jyotsana kaarina kaat kaci kacie kader
  kadiatou kadidia kadidiatou kadriye kady kaela kaelyn kahina kaia kailee kailey kailyn kaina kaitlin kaitlyn kaja
  kalea kaleigh kaley kali kalina kalinda kallie kalpana kalyani kama kamala kamaria kamelya kamila kamile kamilla
  kamille kamla kamola kamryn kamuran kanchan kani kania kanishka kanti kara karanfilka karelle karen kariane
  karianne karima karimah karin karina karine karla karlee karley karli karlie karlijn karlotta karmela karmen
  karmeno karolann karoliina karolina karoline karolino kartika kasandra kashyapi kasiyah kassandra kata katariina
  katarina katarzyna kate katelin katell katelyn katelynn katerina katerino katharina katherine katheryn kathleen
  kathlyn kathrin kathrine kathryn kathryne kathy katia katica katie katija katina katitsa katja katlyn katlynn kato
  katrin katrina katrine katryn kattie katy kawtar kaya kaycee kayla kaylah kaylee kayleigh kayley kayli kayliah
  kaylie kaylin kayna kayra kazi kazimira kbn kchn keara keeley keely keet keira keisha kelley kelli kellie kelly
  kelsi kelsie kelya kendra kenna kennedi kensi kenya kenza keratsa keren kerry kerstin ketsia kevser keyla kezia kfe
  khadheejaa khadidiatou khadidja khadija khady khairaa khanyisile kharitina khavlaa khdyjh khethiwe khhj khhjo
  khhndh khhrmn khhze khhzl khhzn khln khlwd khnm khnr khnzd khoshhwyst khoudia khristina khristya khrmyt khtn
  khulekani khwe khwhr khwld khwnchh khwnw khwyr khzh khzhl khzhn kiana kiandra kianna kiara kiarra kiera kika
  kikelomo kiki kiley kimberley kimberly kincso kine kinga kira kirana kiraz kirsten kirstin kismet kita kitty kiymet
  kkol kl klanjo klara klaro klaudia klaudie klaudino klavdiya klea klementina klementino klementyna kleopatra
  kleopatro klimentina klitemnestro klotildo klotylda kly klyh kmh kng kny knyw koleta kolombina kolumbina komila
  konstance konstancie konstancja konstantina konsuela konzuela kora koralia kordula korina korinna kornelia kornelie
  kosara kostadinka krasava krasomila krentta kreuzo krimhildo krista kristen kristi kristiana kristie kristiina
  kristin kristina kristine kristino kristy kristyna krn krstana kry krystal krystel krystina krystyna krzhyn
  ksantipo ksawera ksenia ksenija kseniya ksn ksnyh kst ktyh ktywn kulth'oom kumari kumru kumuda kumush kunhuta
  kupava kveta kvetoslava kvetuse kvitka kvitoslava kvrl kvryn kwestn kyara kyla kylee kyleigh kylie kyllikki kymy
  kyra kyshwhr kyzhe kyzhn kzywh l'h lacey lacramioara lacy lada ladina ladislava laetitia lahna laia laila laisha
  lakshmi laksita lala lale lalie lalita lamia lamiye lana laney lara laras larina larisa larissa larysa lasma latifa
  latife latika latofat latoya laura laurane laure laureen laurel laureline lauren laurencie laurencja laurene
  laurentia laurentyna lauretta lauriane laurianne laurie laurine lauro laury lauryn lava lavada lavanya laverna
  laverne lavina lavinia lavize lavonne lawrencia laxmi layaalee layana layanah layla laylo lea leah leana leandra
  leane leann leanna leanne leatha leda lee leela leelou leena lehna leia leigh leila leilani leina lejla lela lelah
  lelia leman lemide lempi lena lenche lene leni lenia lenja lenka lenna lenne lenora lenore lenya leokadie leola
  leona leoni leonia leonie leonilda leonne leonor leonora leonore leontina leontine leontyna leopolda leopoldina
  leopoldine leopoldino leopoldyna leora lepa leposava lera lerato lerzan lesana lesley lesly lessie lestari lesya
  leta letha leticia leticie letitia letizia levana levke lexi lexie lexus leya leyla leyna lhndh lhne lhnjh lhny
  lhre lhyl lhyle lia liah liana liara liba libbie libby libena liberata libora liboria liboslava libusa libuse licia
  lida lidania lidia lidija lidiya lidmila lidya lieke lien liene lieve lieze liga ligia liisa lika likera liksma
  lila lilan lilas lili lili-rose lilia lilian liliana liliane lilianna lilie lilien lilio lilit' lilith liliya
  liljana lilla lilli lillian lilliana lillie lilly lilou lilwenn lily lily-rose lilya lilyan lina linda linde
  lindsay lindsey line linett linn linne linnea linoi linoy lintang lioara liora lis lisa lisann lisanne lisbeth lise
  liselotte lisette lison lital litzy liuba liubov liudmila liusea liv liva livia liviana livie livija liya liyah
  liyana liz liza lizbeth lize lizeth lizz lizzie lizzy ljiljana ljuba ljubica ljubinka ljubitsa ljupka lksmi llh
  llhzr lnh lno lny loa loane lobar lodovica loes loise lokh lola lolita loma lone lora loraine lore loredana loreen
  lorelei lorella lorena lorene lorenza loreta loretta lori loriana lorine lorna lorraine lot lota lott lotta lotte
  lotti lottie lou-ann lou-anne loua louane louann loubna louis-marie louisa louise loula louna lourdes louvenia lova
  lovisa lovorka lowsine loyce lr lryn lsm lua luana lubica lubomira luboslava luce lucia luciana lucica lucie
  lucienne lucija lucile lucilla lucille lucinda lucja lucretia lucrezia lucy ludie ludise ludivine ludka ludmila
  ludomila ludomira ludoslava ludovica ludovikino ludvika ludwika luella luena luigia luisa luise luiza luize lujza
  lukhona lukiya lukrecie lula lulu luminita luminosa lumira luna lune lura lurline lutfiya luus luz luzie lvh lvnh
  lvsy lvyn lwlw ly'n ly't ly'vrh lya lyana lyda lydia lydie lydy lyh lyhy' lykke lyla lylia lylkh lylou lyly lylyh
  lymvr lyn lyna lynda lyne lynette lynn lynne lyowsi lyric lys lysanne lytl lyubava lyubislava lyubomila lyubomira
  lyuborada lyuboslava lyubov lyubov' lyudmila lyudomila lyvy lyzh m'y m'yh maaike maan maarit maariyaa maartje
  maayane mabel mabela mabelle mable maca macaria macey maci macie mackenzie macy madalena madalina madaline madalyn
  maddalena maddison madeleine madelief madeline madelyn madelynn madge madhuri madie madilyn madina madisen madison
  madisyn madita madlaina madleen madlen madonna madyson mae maegan maelie maeline maelis maelle maely maelyne maelys
  maeva maeve mafalda magali magda magdalen magdalena magdaleno maggie magnolia maguelone maguette mahault mahaut
  mahulena mai maia maica maida maija maike maila mailin maily mailys maimoonaa maimouna maimunah maina maira maissa
  maissane maite maiwenn maiya maja majda makayla makedonka makenna makenzie makrina mal'va mala malak malati malea
  malena malene malgorzata malia malika malin malina malinda mallaury mallie mallory malou maloxat malti malvina
  malvine malvino malwina mamie manal manca manda mandaakin mandakini mandy mane manelle mangala mangalya mani
  manisha manjo manjusha manon manona manuela mar'yana mara marah maram marana marcela marcelina marceline marcella
  marcelle marcheta marcia mare mareike mareme maren marena mareta marfa marga margaret margareta margarete margareto
  margarett margaretta margarette margarida margarita margaux marge margherita margie margit margita margo margot
  margret margrit margrith marguerite mari maria mariah mariam mariama mariame mariana mariane marianna marianne
  maribel marica maricarmen marichka maricica marie marie-ange marie-lou marieke mariela mariella marielle mariem
  marieme marieta marietta marija marijana marika marilena marilie marilou marilu marilyn marilyne marina marine
  marinela marinella marinetta marinjo marioara mariola marion marisa marisol marissa marit marita marite maritza
  mariuca mariya marja marjane marjatta marjeta marjolaine marjorie marjory marketa markika marla marlee marleen
  marlen marlena marlene marli marlie marlies marlis marly marnie marrit marsha marta marte martha marthe martina
  martine martyna maruta marwa marwen mary maryam maryamo maryann maryjane marylou maryna maryse marzia masa mashxura
  masinka massima mathilda mathilde matilda matilde matrona mattea mattie matylda maud maude maudie maura maureen
  mauricette maurine mavis mavluda mawuena mawusi maxbuba maxellende maxfuza maxi maxima maxine maxsuma may maya
  mayane mayar maybell maybelle maye mayla mayline maylis maymie mayra maysa mayssa mayte mayya mazie mbalienhle
  mckayla mckenna mckenzie meagan meaghan mechislava mecislava meda medea medina medine medya meena meenakshi megan
  megane meggie meghan meglena mehriban mehtap meike meire melani melania melanie melanija melaniya melany melba
  melda melek melenija melia melike melina melinda meline melis melisa melisande melissa melissandre melita melitina
  mellie mellina melnic melodi melodie melody meltem melusine melvina melyna melyssa mena menaka menka menodora meral
  mercede mercedes mercia meredith merel merete meri meriam meric meriem merih merjem mertie merve meryam meryem
  meryl messalina meta metra mette meyra mgy mhambi mhdthh mhhen mhho mhle mhln mhlyn mhndnh mhne mhrnz mhrwe mhrzh
  mhs mhstn mhstwrh mhsty mhtyn mhwsh mhyro mia mica micaela michaela michala michalina michela micheline michelle
  mieke mihaela mihriban mikaela mikayla mikki mila milada milana milanka mildred milena mileva miley milica militsa
  miljana milka milla mille millicent millie milly milodara miloslava milou milred miluse mima mimma mina minakshi
  mindy mine minerva minervina minka minna minnie minodora mioara mira mirabela miracle miranda miray mireille mirela
  mirella mireya miriam miriama miriamo mirja mirjam mirjana mirka mirna miromila mirona miroslava mirre mirta mirte
  mirthe mirto miruna misra missouri misty mittie miya mladana mlkhh mlyk mlys mnisa mnislava mnyl moa modesta
  modrite modupe mofifoluwa mohana mohini moira moisette mojca mojisola mojisoluwa mokrina mollie molly momira mona
  monalisa monica monika moniko monique monserrat moradeke morayo morena morenike morgana morgane moriah morolake
  mosinmileoluwa mosunmola motrya motunrayo moxidil moxigul moxina moxinur moxira moyosore mozelle mrv mrwry mrwryd
  mryh mrym mrynh mshl mstislava mtnh mtsdh mtt muattar muazzam mubina mudite muesser muge mujde mujgan mukaddes
  munevver muriel muriela muslimaa mutia muyassar mvryh mya myah myh myhrhbn mykh mykh'lh mykhl myla mylene mynw myra
  myriam myrna myrthe myrtice myrtie myrtille myrtis myrtle mytl mytr n'mh n'my n'vh nabila nada nadalina nadege
  nadejda nadezda nadezhda nadia nadine nadiya nadja nadzieja naelle naemi nafeesaa nafisa nahla naia naila naima
  naina nais naja najla najwa nala nalan nalini nana nancy nandi nane naneta nanna nannie naomi naomie nara narcisa
  nare nargiza narin narine naseebaa nasiba nastja natacha natal'ya natali natalia natalie natalija natalina nataliya
  natasa natasha nathalie natka naumka naura navaaru nawel naya nayeli nayla naz nazan nazli ndondoloza nea necla
  neda nedelka nedjeljka nedra neela neele neeltje nefeli neha nehir neila neiva neja nejla nela nelda nele nelea
  neli nelia nell nella nelle nellea nelli nellie nelly nelya nemira nena nene neoma neonila nera nerea nergis nergiz
  nermine nesa neslisah nesrin nesrine nettie neva nevena nevenka nevra newroz neyla ngh ngr ngyn nhghhdh nhkhroz
  nhkhshh nhkhshyn nhlakanipho nhmm nhrmyn nhshmyl nhsryn nhw nhwbhhr nhwbhsh nhydh nia niame nichole nicla nicole
  nicoleen nicoleta nicoletta nicolette nicoline niculina nida nidia niene nienke nigar nigora nihal nihan nika nike
  nikki nikkie nikodema nikodina nikol nikoleta nikolina nila nilam nilde nilgun nilufar nimakoah nimas nina nine
  ninel' nineli ninfa ninioluwa ninon ninthe niouma nisa nisan nives njegomirka nkosingiphile nlyn nmh noa noami
  nodira noelia noelie noella noelle noema noemi noemie noemy nofoto noila nokuthula nola nolwazi nomi nomvula nona
  nonhlanhla nonjabulo nonkululeko nonna noor noortje nora norah norberta nore norene norhane norica norina norma
  nour noura nourane nova novella novi noviana novita nowi nozima nozipho nryn nsk nskh nt'ly ntly ntokozo
  ntombizodwa nubia nuccia nuda nudem nukhet nunziata nur nural nuran nuray nurgul nurgun nuria nursel nurseli nurul
  nusa nv'h nvfr nvryt nvyh nvyn nwf nwkhshh nwshyn nya nyah nyasia nygr nylwfr nyly nyn nynke nynt nyshtymn nz nzdr
  nze nzh nzhnyn nznyn nznz nzy nzyl nzyle nzylh nzyr oana obioma oceane octavia octaviana oda odelia odessa odeta
  odetta odette odile odilia ofelia ofelie ofelya ognjana ognyana ojaswini oksan oksana oktavie oktyabrina ol'ga ola
  olajumoke olasunmbo olcay oldriska oleksandra olena olesea olesya oleta olga olgica oliga olimpia olimpiada olinda
  oliva olive olivera olivia olivie oliviera olivija oliwia ollie ololade olufunke olufunmilayo oluwakemi olympe
  olympia olympie omana omawunmi ombeline ombline ombretta omina omobolanle omodunni omolabake omolara omosalewa
  omotara omotola omotoun omowumi ona ondina ondine ondrejka onesta oni onome onorata onorina oona oormila opal
  opalina opaline ophelia ophelie ora orchidea oreofe oresta oriana oriande oriane orietta orina orislava orisya
  oriyana orlane ornella orpha orsola orsolina ortansa ortensia orvokki orzu osanna otakara otilia otilie otilija
  ottilia ottilie otylie oumayra oumou oxana oya oyenike oyga oyindasola oyku oynur oysha ozana ozanne ozella ozge
  ozlem ozlen oznur ozoda padma padmi paige paivi pakize palazhka palladia palma palmazio palmira paloma pam pamela
  panagiota panka panna pansy paola paramita paraschiva parascovia paraskeva paraskeyi parla parsla parvati pascale
  paskala patience patricia patricie patricija patrizia patrycja patsy patti pattie patty paula paule paulette
  paulica paulien pauliina paulina pauline paulino pauna pava pave pavica pavla pavlina pavlinka pearl pearlie
  pearline pecine peggie peggy pelageya pelaghia pelagia pelagie pelagija pelagiya pelin pelinsu pembe penda penelopa
  penelope penny peri perihan perla perle pernilla perpetuo perran perrine persida peruna pervin perzida petek
  petkana petra petrana petranka petrija petronela petronila petronilla petronille petruse petruta petula pgh
  phileine philine philippa philippine philomene philou phkhshn phoebe phpwlh phrosh phrst phrw phrwnh phrwyn phry
  phrykhn phrynz phryzd phrzhyn phyllis pia pien piera pilar pinar pinkie pip piper pippa piraye pirjo pirkko pisana
  pkyzh placida pleun pola polina polissena polly polona polyana polyxena pompilia pooja poornima poppy porzia
  potishana pramila prasanna prascovia praskov'ya pratiwi pravdomila pravomila pravoslava precious preity prema
  pribyslava primerose princess prisca priscila priscilla priscille priska prita priya priyala prmys prnyn profira
  prokopa proserpina prospera prudence prudenzia prune prw pry prynz prys puck puja puji puk pulcherie puput purnima
  pushti puspa puspita puti putri pyroz qailaa qds qizilgul qori quartilla queen queenie quentine quieta quintia
  quinty quiteria quitterie r'vt ra'no rabia rachael rachel rachela rachele rachelle rada radana radeke radha
  radimira radina radislava radka radmila radojka radomila radomira radoslava radovana radslava rae raegan rafaela
  rafaila raffaella rafila rageshwari rageswari rahayu rahel rahelo rahime rahma rahmawati rahsan raina rainelda
  raisa rajana rajina rajinder rajna rajsa rakhela rakhilka rakita raluca ramaa ramata ramatoulaye ramlaa ramona
  ramziya rana randi rania ranim ranya raphaelle raqeeqaa raquel rasheedah rasifa rastislava rati ratih ratna raven
  rawane raymonde rayona rayxona rea reanna reba rebeca rebecca rebeka rebekah rebekka rebeko reghina regina regine
  regitze regula rehn rehnh rehorka reina reine rejeanne reka renas renata renate renee renette rengin renja renske
  ressie restu reta retha retno retta reva rews reyhan reyna rezhne rezn rezzan rhea rhianna rhiannon rhl rhndh rhnww
  rhoda rhonda rhwshhn rhze rhzn ria riana rica riccarda richarda rieke riitta rija rika rike rikke rim rima rimma
  rina rini ristana rita ritva rivka rjina rnnh roberta robertina robina robiya robyn rochelle rocio rodica rodna
  rohana rokhaya rokia roksana roksolana rolande romana romane romanita romee romena romilda romina romola romy rona
  roni ronja ronke roos rosa rosa-maria rosalee rosalia rosalie rosalina rosalind rosalinda rosalyn rosamond
  rosamunda rosana rosanna rose roseline rosella roselyn rosemarie rosemary roser rosetta roshn rosie rosina rosita
  roska roslyn rosmunda rossana rossella rossie rostislava rotaru rovena rowena roxana roxane roxanne roxelana roxy
  roya roz roza rozalia rozalie rozalija rozalinda rozamunda rozana rozella rozh rozhe rozhyn rozina rozita roziya
  rozo rozvita rrowzanna rtn rubie ruby rubye rudite rudolfa rudolfina rufaidhaa rufina ruhsar ruken rukhmani rukmin
  rumais'aau rumena runa rupinder ruqayaa rusalina rusanka ruslana rut ruta ruth ruthe ruthie ruxanda ruxandra ruya
  ruza ruzena ruzha ruzica rvkh rvmy rvnhly rvnyt rvt rvyt rvytl rwbynh rwkhn rwwbr rwwkhosh rwwpk rwwyr rwy rwzynh
  rylee ryleigh rym rynt ryth rz rzhh rzhn rznw rzyn s'afiyaa sa'aadhu saar saaraa sabina sabine saboxat saboxon
  sabrina sabrine sabryna sadie sadina sadoqat sadye safae safia safiatou safietou safina safira safiya safta safura
  sahra saida saige sakina sakura salimah salimata salimatou sallie sally salma salmaa salome salomea salomena
  salomey salsabila salwa saly samanta samantha samara samia samiah samina samira samiya sammie samona samuela
  samukelisiwe sana sanaa sanda sandra sandrine sandy sanem sanja sanna sanne sanobar santa santina sanya sanziana
  saodat saphira sara sarada sarah sarai sarala saraswati sare sari sarina sarisha sarita sarka sarla sarlota sarmite
  saroja sarra sartika sarvinoz sashka saskia saskie satine satu saudhaa saulcerite savanah savanna savannah saveta
  savina saxida saxona sayyora scarlett scholastika scolastica sebastiana sebhr sebine sebnem secil seconda secondina
  seda sedef seden sefora segilola segolene seher sehrazat sekinat selale selcan selda selen selena selene selin
  selina selma selvaggia selvi sema semenica semiramide semra sena senay sengul senka sennur senta sephora septi
  serafima serafina seraina serap seren serena serenity serin serine sermin serpil sertap seval sevara sevda severa
  severina severine sevgi sevil sevim sevinc sevtap sevval sewh sewn seyda seyma seynabou sfyr sgyt sh'aheedhaa
  sh'ifaa shaily shaima shaina shakila shakira shakti shakuntala shana shanel shanelle shani shania shanice shanie
  shaniya shanna shannon shanny shanon shanti shany sharda shari sharmila sharon shashi shashikala shawna shaylee
  shayma shayna sheela sheila shelia shelley shelly sheri sherine sherly sherri sherry sheryl shewh shhdh shhdhlr
  shhhen shhhl shhl shhlmsh shhm shhmh shhmm shhmylh shhn shhng shhngh shhny shhnz shhrmyn shhrzd shhwbo shilpa
  shirel shirine shirisha shirley shivakari shjwn shkwh shler shm shngyn shnh shnhb shno shnr shnrwe shnry shobhana
  shokh shokhn shresth shresthi shreya shreyashi shridevi shrishti shristi shtw shubha shubhaprada shwet shwyn shwzh
  shyann shyanne shyhn shyln shyrel shyrn shyryn shyw shzdh siana siara sibel sibilla sibongile sibyl sibyla sibylle
  siddhi sidonia sidonie sidra sien siena sienna sierra signe sigrid sihem siir silan silja silje silke siloe silpa
  silvana silvia silviana silvie silvija sima simea simeona simge similoluwa simina simisola simjanka simona
  simonetta simonida sina sindisiwe sinem sinenhlanhla sinikka sinja sinklitikiya sintia siphephelo sira siria sirin
  sirine sirisa siska sister sitara siti siv sixtine sizakele sizani skaidrite skarlet skarleta skipped skmh skye
  skyla sladana slava slavena slavenka slavica slavitsa slavjanka slavka slavomila slavomira slhvt slobodanka sloka
  slvmyt sly smaranda smdr smeralda smiljana smilla smita smiyana smriti smryt smyh snejana snezana snezhana snizhana
  snjezana sny soave sobeslava soda sofi sofia sofie sofija sofinjo sofio sofiya sofronia sofronie sofya sohane
  sokhna sol solange soledad solene solenn soline solomiya solv solveig solveiga solyn somn sona sonchitsa songul
  sonia sonja sonjo sonya soof sophia sophie soraia sorana soraya sorina sotira soumaya sowande sowsanna soz sozn
  spasa spasena spela speranta speranza spidola spomenka spydh sr srebra srh srita srna srsti srwh sry sryn sryt
  stacey stacy stamena stana stanca stanislava stasa stayroyla staza stefana stefania stefanie stefanija stefanino
  stefanka stela steliana stella steluta stepana stepanida stepanka stephania stephanie stephany ster sterre stina
  stine stojanka stojmena stojna strh su subhashini subhasini subomi sucheta suci sude sudeva sue sue-marie suelen
  sujata sukanya sulaim sule suma sumayaa sumayyah sumitra summer sunay suncica sunita sunniva suryakantam susan
  susana susanna susanne susano sushma susie susn suus suyuna suzan suzana suzanne suze suzie suzon svatava
  svatoslava svea svenja svetla svetlana svetluse sveva svfyh svitlana svlmyt svnyt svo svsnh svyatoslava sw swara
  swarnalata swassane swen sweta swn swsn syahrini sybilla sybille syble sydnee sydney sydni sydnie syglyt syh sylon
  sylva sylvia sylviane sylvie sylwia sym synh synne syr'l syrh syrine syry syryn syrz syuzana syvn szn szofi szofia
  szonja t'nh t'yr tabea tabita tabitha tacjana tahlia taina tais taisia taisiya tal talea tali talia talita talya
  tamara tami tamia tamina tammy tana tania tanirika tanja tansu tantri tanushree tanushri tanya tanyeli tara tarja
  tarquinia tarsilla taryn tasa tasha taska tasnime tat'ev tat'yana tatana tatiana tatjana tatum tatyana taya taziana
  tblo tbn tbyn tdwhyb tea tecla teea teja tekla telica tellervo temjana teodata teodolinda teodora teodosia
  teodosija teodozie teofila teofilka teona teresa tereza tereze terezia terezie terezija terezo teri terri tesnim
  tesnime tess tessa tessie tetiana tetyana teudosia tezer tf'rt thabisa thadie thais thalea thalia thanina thea
  thelma theodora theodosie theofila theresa therese theresia thirza thln thlr thmh thobeka thora thrzh thulisile
  thylh tia tiana tianna tiara tiberia tierra tiffany tiguida tiina tija tijana tilda tilla timea tina tinca tincuta
  tiphaine tira tiril tirza titi titilayo titin tiziana tjasa tk tkhlt tkvvh tlmh tly tlyh tmr tmrh tny todorka
  tolulope toluwani toluwanimi tomasa tomaska tomislava tomke toncica tonija tonka tonya tosca toscane toska tr
  tracey traci tracy trajanka trasea trena trendafilka tressa tressie treva tricia trine trinity trisha trnh trudie
  trwskh trycia ts'lh tsabita tsara tshn tsipora tsmrt tsveta tsvetanka tsvfyh tuana tuba tudora tudorita tudosia
  tug'ol tugba tulay tulin tullia tunay turkan turna tutku tuula tuulikki tuva tvfz tvgh tvn tvvh tweshww twila tyra
  tyshkn tysho ubavka uchita ugolina uhra ul'yana ulduz ulfa ulfet uli uliana uliva ulker ulku ulla ulrika ulus
  uluthando ulva ulviye ulviyye ulwazi ulya uma umaamaa umi umida ummiye umran umukulth'oomo una undine unjani unna
  unsel unseli uqbaloy urmila urska ursula ursule ursulo usha ustina usyi uygu uzbegim v'yacheslava vaclava vada
  vahide vaidehi vaijayanthi vaijayanti vaishnavi vaishno vaishvi vala valburga valdemara valentina valentine
  valentyna valera valeria valeriana valerie valerija valeriya vali vallie vanda vanesa vanessa vania vanna vanya
  varalakshmi varvara vasanti vasilija vasilina vasilisa vasilka vaska vasliddin vasudha vasundhara veda vedanshi
  vedrana veduna veerle vela velana velda veleslava velika velimira velina velislava vella velma velva vena
  venceslava vendelina vendula vendulka venera veneranda venere venka venuse venusta vera verda verdiana verdie vere
  verena vergie verginia veriana verica veridiana verla verlie verna vernice verona veronica veronika veroniko
  veronique veroslava vesela veselinka vesile veslava vesma vesna vesper vesta veta vibeke vica vicdan vicenta
  vicentia vicki vickie vicky victoire victoria vida vidya vienna viera vieroslava vieve vijolite viktoria viktorie
  viktorija viktoriya viktorya vildan vilde vilema vilemina vilena vilenina vilhelmine vilhelmino viliana vilina
  vilma vimala vincencie vincenza vinciane vinka viola violante violet violeta violetta violette violina viorela
  viorelia viorica vira virag virgie virginia virginie virginiya visnja vissia vita vitalia vitalina vitezslava
  vitoria vittoria viva vive vivi vivian viviana viviane vivianne vivienne vizbulite vl vlada vladana vladena
  vladilena vladimira vladislava vladlena vlasta vlastimila vlastimira vlastislava vlatka vlh vln vly vlyn vn vnn vny
  voichita vojdanka vojislava vojmira vojslava vojteska vorsila voskresija vratislava vrd vreni vrinda vrkt vrund
  vrwn vryn vryt vseslava vt vtyh vujica vukica vuslat vyktvryh vyn vynos vyth vyvy'n walentyna waleria wanda wanesa
  wani waqila wava wen wende wendy weronika whitney wiara wibke widya wiebke wiem wies wiktoria wilhelmina wilhelmine
  willa willow wilma winda winifred winnifred winona wirda wirginia wissam wrdh wrshh wulan wulandari wuraola xalima
  xatun xaverie xaviere xenia xenie xezal ximena xochitl y'l y'lh y'rh yaa yadira yael yaelle yagmur yamileth yamina
  yana yance yaprak yara yarah yaren yaretzi yarina yaroslava yasemin yasmeen yasmin yasmina yasmine yazmin yejide
  yelda yeliz yenthe yesenia yesim yessenia yessi yetunde yewande yf't yfh yfke yfyt yhvdyt yibanathi yildiz yinthe
  ylvi ylvie ymyt yolanda yolande yona yonca yoshiko yosra yosun youmna youna yousra yozida yr yrh ysaline yse ysee
  yseult yskhh ysmn ysmyn yukhima yukhimiya yulia yuliana yulianna yuliya yumi yuna yuni yunita yustina yvdft yvette
  yvkhvd yvlyh yvnt yvnyt yvonne zabava zabina zaenab zafirka zagorka zahide zahra zaida zainab zainabu zaira
  zakelina zakharinka zala zalindra zama zamfira zamira zanele zaneta zanete zanita zanna zara zaraza zaria zarina
  zavida zayneb zbyhneva zbynka zbyska zbyslava zdana zdena zdenka zdeslava zdislava zdravka zehra zeinab zejnep
  zekiye zelaya zelda zelie zeliha zelimira zelinda zelislava zeljka zella zelma zelmira zeltite zenija zenobia
  zenobie zenovia zerrin zerya zetta zeynab zeyneb zeynep zhanna zhhnyn zhivka zhlh zhozefina zhre zhvh zhwn zhyl
  zhyn zhyno zhynw zhyrn zhywr ziedite zigfrida zigrida zile zilola zin zina zinaida zineb zinovia zita zitomira
  zitoslava ziva zivana zizi zlata zlatica zlatka zlatomira zlatuse zmby zobuhle zoe zoeva zoey zofia zofie zofija
  zohra zoia zoie zoila zoja zola zora zorana zoreslava zorina zoritsa zorka zoroslava zoryana zoya zr zry zselyke
  zsofia zubeyde zubite zuhal zula zulaikha zulaikhaa zulal zuleyha zulfa zumrut zuxra zuzana zuzanna zvenislava
  zvezdana zvonimira zyb zyln zyn zynb zywyn`
    .trim()
    .split(/\s+/),
);

/** Given names borne by men. */
export const MALE_NAMES: ReadonlySet<string> = new Set(
  `
  aadham aadi aadidev aadinath aaditya aagam aagney aagneya aalok aamod aanand aanandaswarup aanjaneya aarav aaron
  aaryan aatmaj aatreya aayushmaan aayushman abaco abadon abay abayomi abbas abbondanzio abbondio abbos abd abdallah
  abdel abdelkader abdellah abderrahmane abdiel abdon abdone abdou abdoul abdoulaye abdourahmane abdramane abdul
  abdulahad abdulazim abdulaziz abdulboriy abdulhafiz abdulhakim abdulhay abdulholiq abduljabbor abduljalil
  abdulkarim abdulla abdullah abdullatif abdulmalik abdulqahhor abdulqodir abdulvahhob abdulvali abdulvohid
  abdurrahiym abdurrahmon abdurrauf abdurrazzoq abdussamad abe abeiku abel abelard abelardo abele abelin abenzio
  abhaidev abhirath abhisyanta abibo abidin abimbola abiodun abiona abisola abisoye abner abondance aboobakru abou
  aboubacar aboubakar abraham abrahamo abramio abramo absalon absolon abyasa acace acacio acar acario acaryatanaya
  accursio ace achaire achalesvara acharyanandana acharyasuta achil achiles achille achim achintya achraf achyut
  acilio acim aciscolo acrisio acun adalard adalardo adalbald adalberon adalbert adalberto adalfredo adalgiso adalric
  adalrico adam adama adamo adams adan addo adebiyi adebowale adeboye adedayo adedeji adegoke adegrin adekitan
  adekola adekunle adelardo adelbert adelberto adelchi adeleke adelfo adelgardo adelin adelmo adelphe adem aden
  adenet adeniyi adeodat adeodato adeolu adeoti aderopo adeshina adesoji adetayo adeyi adheesh adhemar adhiarja
  adhiraj adhrit adi adiarja adib adigun adika adikara adikavi adil adin adinata adinath aditeya aditya adityanandan
  adityanandana adjutor adnan ado adolf adolfo adolfs adolph adolphe adolphus adone adonis adrain adriaan adrian
  adriano adriel adrien adrione adripathi adriyan advaya afanasie afanasiy afel affan afi afinogen afolarin afonso
  afro afsin agabio agafon agah agamennone agap agapet agapito agasti agastya agathange agathon agaton agazio agenore
  agesilao aggelos aggey agilbert agnan agneya agnimitra agniprava agnivesh agnos agostino agrippa agrippin agus
  agustin ahmad ahmed ahmet ahror ahsen aiace aidan aidano aiden aimable aime aimone ainars ajala ajan ajani ajeet
  ajiman ajimat ajimin ajiono ajit akalp akande akanmu akanni akarsana akbatur ake akeem akif akim akin akiner
  akinkunmi akinlabi akinwale akmal akram akroor aksel akshaj akshat akshayakeerti aksil aktekin aktimur akwasi
  akwesi al al'bert alade aladino alain alamanno alambana alamu alan alano alarico alassane alban albano alberic
  alberico albert alberto albin albino alboino albrecht albrico alceo alceste alcibiade alcide alcime alcino alden
  aldo aldobrando aldonce aldric aleandro aleardo aleaume alec alee alejandro alek alek's alek'sandr aleksa
  aleksandar aleksander aleksandr aleksandro aleksej aleksey aleksi alekso aleksy alen aleodor aleramo ales
  alessandro alessio alevtin alex alexander alexandr alexandre alexandro alexandros alexandru alexe alexei alexej
  alexzander alf alfio alfons alfonso alfonz alfonzo alford alfred alfredo alfreds algirds algis algiso ali alic
  alican alighiero alin aliou alioune alisan alisher alisir alistair alistar aljaz aljosa allan allen alliaume
  almerigo almine almire almiro alois aloisio aloizs alojz alok alon alone alonzo aloys alp alparslan alpay alper
  alperen alpha alphan alphee alphonse alphonso alpinien altan altemur alton alvah alvar alvaro alverede alviero
  alvin alvise alwar aly amabile amadeo amadeus amadou amady amael amalric amand amandin amando amani amant amanzio
  amar amaranaath amaranto amaresh amarnath amat amath amato amatore amauri amaury ambrogio ambroise ambrose
  ambrosiano ambroz ambrozy amdy amedee amedeo amedeu amelien amelio amer americo amerigo ameth ameyatma amico amid
  amiel amilcare amin amine amintore amir amish amit amleto ammar amogh amon amone among amore amos amour ampelio
  amrit amrt amvrosiy amza anaadi anacleto anagh anal anand anang ananiy anas anass anastacio anastas anastase
  anastasije anastasios anastasiy anastaz anatol anatole anatoli anatolii anatoliy ancelin andel andelin andelko
  andelo andeol anders anderson andoche andon andranik andras andraz andre andreas andrei andrej andreo andres andrew
  andrey andri andrian andrija andrin andris andriy andro andron andronik andrzej andy andzejs andzs anej anele anes
  ange angel angelo anggabaya anghel angilbe angilran angoustan angus anibal anicet aniceto aniello anikey anikita
  anil anilaabh anilabh anis anish anisim anjaneya anjolaoluwa ankal anko annibal annibale anom anouar anrijs ansaldo
  ansbert ansel anselm anselme anselmo ansgar ansgary anslavs ansovino ant antal ante antek antelmo antero anthelme
  anthony antide antim antimo antin antino antioco antip antoine anton antone antonello antoni antonij antonin
  antonio antonis antoniu antoniy antono antony antti antun antwan antwon anuar anunay anuraag anurag anvar anze
  apollinaire apollinare apollinariy apollinary apollo apollon apostol apostolos apuleio aqil aquilin aquilino araldo
  aram ararat aras aratone arcade arcadi arcadii arcadio arch archambaud archan archibald archie archimede archippo
  arcibaldo arda ardito arduino arefiy areg aren aresio argimiro argo argono ari arialdo arian ariberto aric arie
  ariel ariele arif arijit arijs arindam arion ariosto aris aristarco aristarkh ariste aristeidis aristeo aristid
  aristide aristione aristo aristofane aristotele arjen arjit arjun arkad arkadijs arkadiusz arkadiy arkady arkhip
  arlo arman armand armando armel armen armin arminio armins armn armyn arnaldo arnaud arne arnesh arno arnold
  arnoldo arnost arnould arnulfo arolde aron arona aronne arpad arrigo arsen arsene arsenij arsenije arseniusz
  arseniy arsh arsipatra arslan arslon art art'owr arta artanto artawan artem artemiy arthaud artheme arthur arthus
  artiom arto artur arturo arturs artus artyom arun arunthavanathan arv arved arvel arvid arvids aryan aryn arystarch
  arzen asad asadulloh ascanio ascelin asdrubale asen ashlesh ashok ashot ashton asil asilbek asim asimodeo asirwada
  asirwanda askin askol'd aslijan asmadi asman asmianto asmuni asr assunto asterio astianatte aswani ata atakan
  atalay ataleo atanas atanasij atanasio atanazy ataullah athanase athanasios athos atif atila atilla atlas atma
  atmanand atmananda atso attila attilano attilio auberto aubin aubrey aubry audace audebert audouin audran augucjo
  august auguste augustin augusto augustus augustyn aurel aurele aurelian aureliano aurelien aurelio aureliu aurian
  auro auron ausilio austen austin auxence avadhesh avaz avdal avdey aver'yan averardo averkiy avet avgust avgustin
  avi aviel avksentiy avni avram avreliy avsar avtonom awar axel axinte ayaan ayaz aydemir ayden aydin aydyn ayhan
  ayinde aykan aykut aylan ayman aymane aymard aymen aymeric aymon ayodeji ayodele ayoub aytac aytekin aytug ayvaz
  azad azamat azariy azeglio azelio azer aziz azizhan azmi azubuike baalaaditya baalagopaal baba babacan babacar
  babasola babatunji babawale bacco badis badr bafana bafode bagas bagiya bagus bagya baha bahadir bahodir bahri
  bahriddin bahrom bahtiyar bahula bahuraksa bahuwarna bahuwirya bailey bajragin bakary bakda bakhtiyor baki bakiadi
  bakianto bakidin bakijan bakiman bakiono bakti baktiadi baktianto baktiono bakula balaaditya balachandra baladitya
  balagopal balagovind balamantri balangga balapati balazs baldassarre balderico baldo baldomero baldovino baldwin
  balgopal balidin balijan balint baltazar balthazar bambang banara banawa banawi bancar bandhu bandhul banel
  bangizwe banji bankim bankimchandra bankole baptiste baran barbarigo barbu bardo bardomiano barin baris barkin
  barlas barnaba barnabas barnabe barney baron barrett barry barsaba barsimeo bart barthelemy bartholome bartimee
  bartolo bartolomej bartolomeo bartolomeu barton bartu bas basarab basil basile basileo basilio bassiano bastiaan
  bastian bastiano bastien battal battista batu batuhan batur baturalp baudouin bawer baykal bayram baz bazhen bazil
  bazyli bdr bdrn beat beato beatus beau bebe bedir bedirhan bedreddin bedri bedrich behcet behic behlul behram
  behruz behzat bekhs bekhwd bekir bekmurod bektas belimir bellino belo beltramo ben benadik bence bende bendeguz
  benedek benedetto benedict benedikt benedykt benett bengt beniamin beniamino benicio benigne benigno benito benja
  benjamim benjamin bennet bennett bennie benno benny benoit benone bent bentley benton benvenuto benyamin bera
  beranger berard berardo berat berdan berend berengario berislav berk berkan berkay berkin bernard bernardo bernd
  bernhard bernie beronico bert bertalan berti bertilo bertold bertoldo bertolfo bertram bertrand besar beser besim
  besir bestwwn bewr bextiyar bhaasvan bhaaswar bhadrak bhadraksh bhadran bhagavaan bhagvan bharadwaj bharat bhardwaj
  bhargava bhasvan bhaswar bhaumik bhaves bhdrkhn bheeshma bhekimuzi bhekizizwe bhekumbuso bhhez bhhroz bhhzd bhima
  bhisham bhishma bhkhtyr bhko bhlen bhmn bhmo bhngyn bhoj bhoopat bhoopati bhooshan bhooshit bhov bhoz bhramar bhrez
  bhrhhm bhrkho bhrzh bhrzn bhshdr bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar bhyj biagio
  bibek bibiano bijay bikash bilal bilel bill billy bilol bilomir biloslav bindo bino birane birino birjesh birol
  bishal bishnu bivoj bjarne bjorn blage blagoj blagoja blagoje blahomil blahomir blahoslav blaise blake blaz blaze
  blazej blazhe blbl bless blhk bll blygh bndr boas boaz bob boban bobby bobur bodhan bodhi bodi boet bogatin bogdan
  bogoja bogoljub bogoslav bohdan bohemond bohuchval bohumil bohumir bohun bohus bohuslav bojan boldizsar bolemir
  boleslav boleslavs bon bonagiunta bonaldo bonaventura bonavita bonginkosi bonifac boniface bonifacio bonito borek
  borimir borimisl boris borislav borivoj borivoje borjan borko boro bortolo borut borys boshko bosko botan botir
  botn botond bouba boubacar boubou bouchard boyan boyd boza bozetech bozhemir bozhen bozhidar bozhin bozho bozidar
  bozislav brad braden bradford bradley bradly bradut brady braeden brahim brahma brahmaanand brahmabrata
  brahmanandam brahmdev brain brajan brajen brajendra brajesh bram brancaleone brando brandon brandt brandyn branimir
  branislav branko brannon branson brant bratimir bratislav bratomil bratoslav braulio braxton brayan brendan brenden
  brendon brenn brennan brennon breno brent bret bretislav brett brhn brhym briac brian brice brieuc brijesh brit
  brkt brock broderick brody bronislav bronislavs brooks bruce bruno bruto brwsk brwskh bryachislav bryan bryant
  bryce brycen bryon bryr brzww bshr bsl bsm bsym buchi buck bucur bud buddh buddha buddy budhil budi budimir
  budislav budivoj buford bugra bukola bulent bulut bunyamin burak burevist burhan burhon burley buster buytur bwn
  byrdoz byron bystrik byzhhn cade caden caesar cafer cagak cagan cagatay cagdas cager caglar cagri cagrihan cahid
  cahya cahyadi cahyanto cahyo cahyono caino caio caius caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa
  calanico calcedonio cale caleb calebe calin calixte callisto callum calogero calvin camden camelien cameron camil
  camillien camillo camren camron can canalp candar candelario candide candido candra candrakanta caner cankan
  cantemir cantidio canziano capa caraka caribert carl carles carleton carlo carloman carlos carlton carmelo carmine
  caronte carponio carroll carson carter carub cary cas casian casimer casimir casimiro caslav caspar casper cassiano
  cassien cassio casto cataldo catalin catullo catur caturangga caua cavid cawisadi cawisono cawuk cayadi cazimir
  ceasar cecco cecep cecil cecyliusz cedomir cedric cedrick cedrik cedrin celal celaleddin celasun celen celestin
  celestino celestyn celian celien celik celil celso cem cemal cemali cemani cemeti cemil cemplunk cene cenek cengkal
  cengkir cenk cesaire cesar cesare cesario cestmir cetin cetinel cetiner cevahir cevat ceyhun cezar cezary cezmi
  chaanakya chaaruchandra chad chadd chadrick chahine chai chaim chaitan chakor chakradhar chakravartee chakravarti
  chanakya chance chandak chandan chandraayan chandrabhan chandradev chandraketu chandramauli chandramohan chandran
  chandranath chapal charak charalampos charl charlemagne charles charlie charly charuchandra charuvrat chase chaslav
  chaten chatur chaturaanan chaturbhuj chauncey chaz chedo chedomir cheick cheick-oumar cheikh cheikhou chekhouna
  cherif cherubino cheslav chester chet chetan chetanaanand chhko chiaffredo chidaakaash chidaatma chidambar
  chidambaram chidananda childebert chilperic chinedu chinmayanand chinmayananda chiranjeev chiranjeeve chiril
  chirill chisom chitraksh chlk chornota chpk chrabros chraniboj chranibor chranislav chretien chris christ christer
  christiaan christian christiano christodule christoffer christop christoph christophe christopher christos chrudos
  chrysole chrysostome chukwu chval chy chywr cicero cihad cihan cihangir cihansah cino ciprian cipriano cirano
  ciriaco ciril cirillo cirino ciro cistoslav civan claas claes clarence clarenzio clark claud claude claudien
  claudio claudiu claus clay clayton cleandre cleandro clemens clement clemente cleonico clery cletus cleve cleveland
  clifford clifton climaco clinio clint clinton clodomiro clodoveo clotaire clovis cloyd clyde coby codin codrin
  codrut cody coen colby cole coleman colin colins collin colmanno colmazio colombano colombo colt colten colton
  columbus come concetto concordio conner connor conor conrad constant constantin constatin cooper corbin corbiniano
  cordell coreno corentin corey coriolano cornel cornelio cornelis corneliu cornelius cornell coronato corrado cortez
  corto corvin cory cosimo coskun coskuner cosma cosmin costache costante costantino costanzo costel costin coy craig
  crawford cremenzio crescente crescenzio crespignano crin crispino cristaldo cristea cristian cristiano cristin
  cristobal cristofor cristoforo cristopher crocefisso csaba csanad csongor ctibor ctirad ctislav cubeyr cullen
  cumhur cuneyt cuniberto cupido curt curtis cvijan cvijetin cyprian cyprien cyrian cyriaque cyril cyrille cyrus
  cyryl d'angelo daan dabiziv dacian daciano dacin dacio dadap dadi dag dagel daghan dagoberto dags daiwik dale
  dalemir daley dalibor daliman dalimil dalimin dalimir daliono dallas dallin dalmazio dalton damar damaso dame
  dameon damian damiano damien damife damil damilare damilola damin damion damir damjan damocle damodara damon damu
  dan danail danang dancho dandak dandapaani dandre dane dangelo dani danial daniel daniele danielo daniil danijel
  danil danilo danio daniswara danjuma danko danny dante danu danuja dany danyl daouda darcy darek daren darian
  dariati darien darijan darimin darin dario darion daris darius dariusz dariy darko darmaji darman darmana darmanto
  darnell daromir daron darrel darrell darren darrick darrin darrion darron darryl darshan darsirah dartono daru
  daruna darwin daryani daryl dashawn datta dave daver davey davi david davide davids davin davino davion davis
  davit' davon davonte davor davorin davron davud davy davyd dawid dawson dax dayaamay dayaananda dayaanidhi
  dayamayee dayan dayane dayne dayton dbn dean deangelo deb decebal decimo declan dedric dedrick deen deenabandhu
  deepan deepankar deependra deepesh deeptanshu deeptendu deeptiman deeptimay deeptimoy deevakar deion dejan dejon
  dejuan delbert delcho delfino deljan delmer delphin dem'yan demarco demarcus demario demba dementiy demeter
  demetrio demetrius demetriusz demid demilade demiralp demirhan democrito demond demostene deneval denis denisz
  denizalp dennis denny deodato deon deondre deontae deonte depold dereck derek derick deron derrick dersim dervis
  deshaun deshawn desiderato desiderio desimir desire desmond destin detmar detrich dev devadatt devagya devajyoti
  devak devante devdan deven devesh deveshwar devin devonte devran devvrat dewayne dewey dewitt dewr dex dexter dexx
  dezider dhaaoodhu dhananjay dhanapati dhanesh dhanpati dhanu dhanvin dharmaketu dhfr dhkr dhrsym dhruv dhshty
  dhshtywn dhwhn dhyanesh dhyaneshwar diar didier didimo diego dies dieter dieudonne digambar digambara digdaya
  dikmen dilaver dillan dillon dilmurod dimas dimaz dimche dime dimitar dimitri dimitrie dimitrii dimitrij dimitrija
  dimitrije dimitris dimko dimo dinakar dinc dincer dinesh dinis dinkar dino dinu diocleziano diodoro diogene diogo
  diomede dion dione dionigi dionisio dionizy dionysios dionyz dionyzos dipa dipankar dipendr dipendra dipesh
  diptendu direnc dirja dirk diroj divaakar divakar divis divjot divo diyor djayden djibril dko dldr dler dln dlshd
  dluhos dlwhr dmitri dmitrii dmitriy dmitro dn dnhr dno dnr dnsh dnyl dnyr dobri dobromil dobromir dobromisl
  dobromysl dobroslav dock dodato dodo dogan doganay doganer dogu dojchin domagoj domen domenic domenick domenico
  domenik domezio domingo dominic dominick dominik domiziano don donald donaldo donat donatello donato donavon
  donnell donnie donny dono dorde dorel dorian doriano dorin dorinel dorofey dorotej doru dosty doug douglas douwe
  dov dovud doyle dr dragan dragi dragisa dragisha drago dragoje dragojlo dragoljub dragomir dragos dragoslav
  dragutin drahomil drahomir drahon drahos drahoslav drahotin drahutin drajat drake draza drazen dren drew drhshmnh
  drhwn dries driss dro dron drona drvr dryd drzimir drzislav ds dsn dstn duane duanne duarte dubravko duccio duco
  ducu dudley duilio duje dujo dumisani dumitru duncan dundar dura durad durante durmus durodola durward dusan dushan
  dushko dusko dustin duuk dvd dvlv dvyr dwaipayan dwaipayana dwayne dwight dwwd dwwrbyn dy' dydr dyko dylan dylano
  dylmn dyry dysm dywnh dzhwr dzvezdan dzvonko earl earnest easton eberardo ebiowei ebuzer ecclesio ecehan ecevit
  ecmel ecrin ecvet ed edd eddi eddie eddy ede eden edgar edgard edgardo edgaro edgars edhem edi edilberto edison
  ediz edmond edmondo edmund edoardo edouard edoward eduard eduardo eduards edvard edvin edvins edward edwardo edwin
  edzus eekalabya eero efim efisio efken eflah efraim efrain efrem efren efsun eftim eftimie ega ege egemen egeo
  egidio egils eginardo egisto egmont egon egor ehmed einar einars eino eirik eizens eja ekaaksh ekadant ekaksh
  ekalavya ekaling ekdant ekmel eko ekow ekrem ekundayo el eladio elbek elbert eldon eldor eldred eldridge eleazar
  eleuterio eleuthere eleytherios elgin eliah eliahou elian eliano elias eliasz elie eliel eliezer elifio eligio
  elija elijah elio eliodoro elion elior eliot eliott elisee eliseo elisey elisio elita elizar elizej elizeus elliot
  elliott ellsworth elmar elmars elmer elmo elmore elmurod elnur eloan elogio eloi elon elone elouan eloy elpidio
  elroy elton eluh elvezio elvin elvino elvis elwin elwyn elyas elyes elyor elzear eman emanoil emanuel emanuele
  emanuil emas embuh emced emeka emel'yan emeric emerich emerson emidio emiel emil emil' emile emilian emiliano
  emilien emilijan emilio emils emin emir emirhan emmanoyil emmanuel emmanuil emmerico emmet emmett emmitt emong
  empirio empluk emrah emre emrullah ender enderun endra endrigo enea enecone enes engelbert engin enguerrand enio
  enis ennio enno enoch enos enrico enrique ensar ensio enteng enver enyo enzo ephraim epifan epiphane eraclide
  eraldo eralp erardo erasmo erast eray erazim erazmo erazmus erberk erberto ercan ercin ercolano ercole ercument
  erda erdal erdem erdinc erel eremey eremia eren erenia ergin ergun erguner erhan erhard eriberto eric erich erick
  erico erik eriks erkam erkan erkki erling erman ermanno ermenegildo ermes ermete ermil ermilo erminio ermins
  ermolay ernecjo ernest ernesto ernie ernst erofey erol eron eros ersan ersin ertan ertugrul ervin ervins erwan
  erwann erwin esat esau esben esref esse esteban estevan estiawan estiono esuperio esupofo eterie ethan ethann ethem
  etienne ettore eubert euclide eudes eudoxe eufebio eufemio eufronio eugen eugene eugenio eugeniu eugeniusz eusebe
  eusebio eusebiu eusebius euseo eustache eustatiu eustorgio eustosio eustracjusz eutalio evald evaldo evalds evan
  evandro evann evans evarist evariste evaristo evasio evdokim even everardo everett everette evert evgenij evgeniy
  evgheni evghenii evgraf evidio evlampiy evodio evran evrard evremondo evren evsey evstafiy evstigney evtim evzen
  ewald ewan ewell ewen ewenn eyaggelos eyal eymen eystathios eytan eythan eyup ezechiel ezechiele ezekiel ezequiel
  ezio ezra ezrak faas fabian fabiano fabien fabijan fabio fabrice fabricio fabrizio fadey fadi fadil fady fahrettin
  fahri fahriddin faik faiq falba falih falk famiano fantin fanyana fares faris farouk farruh faruk fasih fatih fatin
  faust faustin faustino fausto faustyn favian faysal fayzbek fazil fazio fazli fazliddin fazullah fdl fdy fdyl feda
  fedai fedde fedele federico fedor fedosiy fedot fedro fehmi felice felician feliciano felicien felicite feliks
  felipe felix felton fender feodor feofan feoktist feramus feramuz ferapont ferdi ferdinand ferdinando ferenc ferhan
  ferhat feridun ferit ferman fermiano fermin fermo fernando ferre ferruccio ferruh festo fevzi feyyaz feyzullah fhd
  fhmy fhrhd fhrhhng fhrhydwwn fhrmn fhryd fi'z fiacre fidel fidele fidelius fidenziano fidenzio fiete fiifi fikret
  fikri filaret filemon filibert filiberto filimon filip filipe filipp filippo filomen filomeno filotije finlay
  finley finn finnley fiodor fionn fiorenziano fiorenzo firas firdavs firmin firs fitrat fkhr fkhry fkr fkry fl'
  flavian flaviano flavien flavio flaviu flavius fleano fletcher flip flodoard florea florencio florent florentin
  florentyn florestan florian floriano florin floris floyd flurin flynn fode foka folco folu foma ford forest forrest
  fortunat fortunato fortune fos fosco foss foster fotih fotios fotiy foucauld foulques frana franc francesco franci
  francis francisc francisco francisko francisque franciszek franck franco francois franjo frank frankie franklin
  frantisek franz frbd fred freddie freddy frederic frederick frederico frederik frederiko fredrick fredrik fredy
  freek freeman frenkie frgm frhd frhn frht frido fridolin fridrich friedrich fritz frj frol frontiniano frs frwq
  frybrz fryd fryderyk frydwn frzd fshyn fth fthy fu'd fuat fulbert fulberto fulcran fulgence fulgenzio fulvio funani
  funmilade funmilayo furio furkan furman furseo fuscolo fuzuli fwz fwzy fynn fysl g'affor g'afur g'iyos g'ulom gabe
  gabi gabin gabino gabor gabriel gabriele gabrielo gad gada gadang gading gaduh gael gaetan gaetano gaffar gagan
  gage gagik gaglioffo gaiman gaio gaj gajaadhar gajabahu gajadhar gajbaahu gal galak galaktion galang galar galdino
  galeazzo galfryd galih galileo galiono gallicano galuh galur gaman gamani gamanto gambira gamblang ganak ganaka
  ganapati ganda gandewa gandharv gandharva gandi gandolfo gane ganep ganesh gangesh gangsa gangsar ganjaran gantar
  gara garan garang garda gardner garett garfield garik garimberto garland garnier garnoslav garret garrett garrick
  garrison garry garth garud garuda gary gaspar gaspard gaspare gasper gaston gastone gastono gati gatien gatik gatot
  gatra gatsha gaud gaudenzio gaudino gauraang gaurang gauranga gautam gautama gauthier gautier gautiero gavin gavino
  gavril gavrila gavrilo gazanfer gazi gbadebo gbeminiyi gbemisola gbolahan gbowoade gbr gd gd'vn gedeon gedeone
  gederts gejza gellert gelu geminiano genadij gencer gene general generoso genesio gennadiy gennaro gentile genziano
  geo geoffrey geoffroy georg george georgel georges georgi georgian georgije georgios georgiy georgo geovanni
  geovanny geovany gerald gerard gerardo gerasim gerasimo geraud gerazim gerazym gerbert geremia gergely gergo
  gerhard gerino germain german germano gerolamo geronimo geronzio gerrit gerry gerson gervais gervasio gesualdo
  gevheri gevorg geza ggn ghanaanand ghanashyam ghani ghanshyam ghenadi ghenadie ghennadi gheorghe gheorghi gheorghii
  gheorghita gherardo gherman ghfr ghhmbr ghislain ghnjo ghrdy ghrmyn ghshbyr ghsn ghyth ghzy giacinto giacobbe
  giacomo giadero giambattista gian gianbattista giancarlo giandomenico gianfranco gianluca gianluigi gianmarco
  gianmaria gianmario gianni gianpaolo gianpiero gianpietro gianuario giasone gibran gica gicu gideon giel gijs gil
  gilang gilbert gilberto gildo giles gilles gillo gineto gino gioacchino giobbe gioberto giocondo gioele gion giona
  gionata giordano giorgian giorgio giosue giosuele giotto giovani giovanni giovanny giove gioventino giovenzio
  girardo girart giray giri girik girika girindra giriraaj giriraj girish girolamo girts gislebert giuda giuliano
  giulio giuseppe giustiniano giusto giyas gl'd glauco gleb glen glenn glib gligor gligorije glvv' gmo gnat gnes
  gobinda godfrey goffredo gogo gojko gokalp gokmen goko golia golub gomberto goncalo gondebaud gondulfo gonenc
  gonerio gongor gonsalwy gonthier gontran gonzaga gonzague gonzalo gopaal gopal gopee gopi gorakhanatha gorakhnath
  goran gorazd gorche gordan gordey gordiano gordiy gordon gore gorgi gorimir gorislav gorjan gorkem gorn gorr gosto
  gostomysl goswamee goswami gothard gotse gottardo gottfried gotum goty gouranga goutam govhnd govinda gracian
  graciliano gradimir grady graham grant granville gratian grato grayson graziano green greg gregg gregoire gregor
  gregorian gregorio gregory gremislav greyson grga grgo grgur griffin grigor grigore grigori grigorije grigorios
  grigoriy grimaldo grover grozdan grzegorz gualberto gualtiero gubio gudakesa gudakesha guelfo guerin guerrino
  guglielmo gui guiberto guido guilhem guilherme guillaume guillermo guiscardo guiseppe gulhan gultekin gumesindo
  gunars gunnar gunner gunter gurbuz gurchin gurdal gurdev gurhan guriy gurkan gurol gursel guru gus gust gustav
  gustave gustavo guus guvenalp guy guyot gvln gvn gvozden gvr gwendoline gwido gwndy gwrd gwrdo gwrwwn gy' gyorgy
  gyvr' gyw habbab habib habil hacib hadi hadriel hadrien hafi hafid hafiz hagen haim hairyanto hakan hakem haki
  hakim hakki hakob hakon hal haldun halil halim halis halit haluk hamdi hamdullah hamed hami hamid hamidou hamish
  hamit hamlet hammad hamza hamzah hanefi hank hannes hanno hannu hans hans-peter hans-rudolf hans-ulrich hansjorg
  hanspeter hansruedi hansueli hanus haralamb haralambie harald hardana hardi hardouin hardy hari harimurti
  harinarayan harit harja harjasa harjaya harjo harmon harold haron haroun harouna haroune harowt'yown harrison harry
  harsana harsanto harsaya hartaka hartana harto harun harvey hasan hasano haseki hasibi hasim hasin haskell hasmet
  hassan hassane hasta hastal hatem hatip hattab hauke havel hawar hayali hayati haydar hayden hayk hazar hazim hbyb
  hdhyfh hdy heath heber hector hedelin heikki hein heinrich heinz heitor heja hektoro helie helier helio helios
  helmer helmut hemn henderson hendra hendri hendrik hennes henning henri henrich henrick henrie henrik henrique
  henry henryk herbert herluin herman hermann hermenegildo herminio hernan hersh hershel heru herve heryanto heval
  hfdh hfydh hgy hhlgwrd hhlkhwt hhllh hhlo hhlwest hhmhdn hhndryn hhrd hhrdhm hhrdhvn hhrdhwn hhrdy hhrem hhrez
  hhrhs hhrmn hhrzhyn hhstyr hhvl hhwrmn hhwrz hhzhdhr hhzhr hhzhyr hicabi hicham hidde hieronim hifzi hikmat hikmet
  hilaire hilar hilario hilarion hilarius hilary hilbert hildebert hillard hillel hilmi hilton himawan himmet hincmar
  hipolit hipolito hippolyte hiram hiranmay hiranmaya hisam hizir hjalmar hjb hkym hlmy hlym hmd hmdn hmdy hmno hmwdh
  hmy hmyd hmywn hmzh hnn hnvkh hny hobart hogr hojimurod hokr holden homer homero homhr honhr honor honore honorius
  horac horace horacio horacy horatiu horea horia horm horst horymir hosea hoshhng hoshmhnd hostimil hostimir
  hostislav hostivit houston hovard hovhannes howard howell hoyt hoz hozan hr'l hrpk hrth hrvoj hrvoje hsd hshm hsm
  hsn hsny hswn hsyn htb htm hubert huberto huccet hud hudavendigar hudayi hudson hugh hugo hugues hulki hulusi huma
  humayun humberto hunor hunter hurkan hurram hursit husameddin husamettin husein huseyin husnu husrev hussein huub
  huzeyfe hvalimir hvd hvezdoslav hvyv hwbyr hwdyn hwkr hwkwrd hwmhnd hwnhr hwre hwshyr hwt hwzhyr hy hyacint hydrh
  hykl hyman hynek hypolit hythm hywr hyym hyzl hzm i'elbhg i'ezyd i'g i'gry i'gryn i'hhmhd i'hrdhln i'hrdhwn
  i'hrshln i'hrywn i'hrzhng i'hrzyn i'hvdl i'hzhdhr i'hzmhr i'km i'ko i'koyn i'ln i'mhd i'nwbnyny i'ordw i'orkhn i'rm
  i'rrt i'rs i'ry i'ryko i'ryn i'rynko i'rynzdh i'rz i'snghr i'so i'wder i'wdhl i'wmed i'wt i'ylkhn i'ylyn i'z i'zd
  iacob iacopo iacopone iacov iago ian iancu ianis ianos iaroslav ib iban ibidapo ibodulloh ibou ibra ibraaheem
  ibrahim ibrahima ibrani ibrohim ibun icaro icilio ico idan idir ido idris idriss idrissa idy ieremia ieremiy ievgen
  ifeanyichukwu ige iginio igino ignac ignacio ignacy ignat ignatius ignatiy ignazio ignjat igor igor' igori ihsan
  ihtiyor ihvan ike ikenna ikeoluwa iker ikhidie ikhsan ikin ikrime ikrom il'ya ilai ilan ilarie ilario ilarion ilay
  ilbey ildebrando ildefonso ilgmars ilham ilhami ilhan ilian iliane ilias ilie ilies ilija ilja ilkay ilker ilko
  illidio illuminato illya ilmari ilmars ilqar ilyaas ilyan ilyane ilyas ilyass ilyes ilyess ilyos imad imam
  immacolato immanuel imrane imre imrich imron inars inder indra indrikis indro ingmars inioluwa innocent innocente
  innocenty innocenzo innokentiy ino inocenc inocentiu insa inza ioan ioannis ion ionel ionica ionut iorio iosif ipat
  ipatiy ippocrate ippolit ippolito irakliy irenej ireneo ireneus ireneusz ireti irfan irinel irnanto irsad irvin
  irving irwan irwin isaac isac isacco isadore isai isaia isaiah isaias isak isay ischirione iseoluwa ishaq ishola
  isidor isidore isidoro isidro isiner islam islom ismaa'eel ismael ismaele ismaelo ismail ismaila ismet ismoil isom
  israel issa issac issam issiaka istvan italo itri iulian iuliu iuri iurie iurii iustin iustinian ivan ivano ivanoe
  ivar ive ivek iven ivko ivo ivone ivor iwan ixtiyar iyad iyed izaak izaiah izaias izajasz izak izako izidor izmael
  izmail izot iztok izyaslav izydor izzet izzettin jaakko jabal jabari jace jacek jachym jacinto jack jackson jaco
  jacob jacobo jacobus jacques jad jaden jadesola jadon jadran jadranko jadro jaeman jagadish jagadisha jagapati
  jagaraga jagathi jagdeep jagdish jagmeet jahnu jai jail jaiman jaime jairo jais jaivey jaka jake jakob jakobo jakov
  jakub jaleel jalen jalil jalol jalon jamaal jamal jamar jamarcus jamel james jameson jamie jamil jamir jamiro
  jamison jamol jamshid jan janek janez jani janick janko jannek jannes jannik jannis jano janos janosch janusz
  japhet jaquan jared jaren jari jarmil jarne jarno jaro jarod jarolim jaromil jaromir jaron jaroslav jarred jarrell
  jarret jarrett jarrod jarvis jarwa jarwadi jarwi jasen jasenko jasin jasmani jason jasper jassem jassim jasur
  jaswadi jati jatmiko javas javi javier javlon javohir javon javonte jawad jawed jax jaxon jaxx jay jayadi jayce
  jayden jaydon jayeng jaylano jaylen jaylon jayson jayvano jazeps jbr jbryl jd jean-baptiste jean-claude jean-daniel
  jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-paul jean-pierre jeannel jeannot jed
  jedediah jedidiah jef jeff jefferey jeffery jeffrey jeffry jefri jefta jegr jekabs jelle jelmer jelte jenel jens
  jeppe jerad jerald jeramie jeramy jerel jeremi jeremiah jeremias jeremiasz jeremie jeremy jergus jermain jermaine
  jermey jernej jerod jerome jeromo jeromy jeronimo jeronym jerrell jerrod jerrold jerry jerzy jesper jesse jesus
  jett jevgenijs jevon jezdimir jhd jhz jibril jidde jilji jim jimi jimmie jimmy jimram jinawi jindrich jiri jitender
  jitendra jll jlyl jml jmshyd jmyl joachim joah joakim joakimo joao joaquim joaquin joas job jocjo joe joel joep
  joes joesph joey johan johancjo johann johannes johano johathan john johnathan johnathon johnnie johnny johnpaul
  johnson joko jon jona jonah jonas jonatan jonatano jonathan jonathon jonche jono jonte joojo joost jop jordan jordi
  jordon jordy jorg jorge jorgen jorin joris jorn jorrit jort joscha joschua jose josef josep joseph josh joshua
  joshuah josiah josif josip josko joso josse josselin jost josua josue josuo joud jourdain jovan jovanche jovani
  jovanny jovany jovin jovitsa jovo joza joze jozef jozefo jozo jozsef jozue jsm jsr jswr juan juda judah judd jude
  judge judicael judson jugoslav juha juhani juho jukka julan jules julian julien julijs julio julius juliusz jumadi
  jumari junayd junior junius jur juraj jure jurg jurgis juri jurre juste justen justeno justin juston justus justyn
  jusuf juvenal juwan juwon jwd jwhr jwnro jwwtkr jwwtyr jyotis kaan kabil kacper kacung kade kadem kaden kadi kadin
  kadir kadrican kagan kagiso kai kailash kairav kais kaj kajen kajetan kala kale kaleb kalender kalervo kalevi
  kalidou kalim kalinik kalistrat kalle kallistrat kamal kamalesh kambali kamber kamel kameron kamidin kamil kamlesh
  kamol kamoliddin kamran kamren kamron kanak kanaka kanda kane kannan kannen kapiton karahan karam karamba karamoko
  karan kardi kareem karel karim kariman karja karl karl-emil karl-johan karlis karlo karma karman karna karol karolo
  karp karsa karsana karta karthik kartik karunanidhi karya kas'yan kashyap kasian kasim kasiran kaspar kasper kassim
  kastor kasusra kavon kawa kawaca kawaya kayaalp kayden kayode kays kayun kazim kazimierz kazimir kdhm keagan keano
  keanu keaton keba keegan keenan keerti kees keith keji keles kellen kelton kelvin kelyan kemal kemalettin kemba
  kemi ken kenan kenari kende kendrick kenes kenji kenneth kennith kenny keno kent kenton kenyon kenzi kenzie kenzo
  kenzy keon keramet kerami kerem keremsah kerim keshaun keshawn kessaf keven kevin kevon kewbyn keyan keyon keyshawn
  kgabu khadim khalid khalifa khalil kharalampie khariton kharlampiy khbb khel khem khfyr khhbt khhsrhw khhys khky
  khld khldwn khldy khlo khlyl khmhnd khn khne khny khorbyn khoriv khoshnw khoybwwn khristijan khristo khristofor
  khvalimir khwrshyd khykhwsrhw khyry kian kiano kick kiel kieran kilian killian kilyan kimi kimo kin king kip kir
  kiran kiril kirill kirilo kirk kiro kirti kiy kiyan kjeld kjell kkl kko klaas klarencjusz klaudian klaudius
  klaudiusz klaudo klaus klavdiy klavs kleber klemen klemens klement kliment klzo kmhl kmhrn kmkr kml kmrn kmyr kmyrn
  knut knuto kobe koby kocer kocho kody koen kofi kojo koko koksal kolawole kolby kole koloman kolombin kolos
  kolumban kolumbin komil komr komron kondrat kondratiy konon konrad konrads konstantin konstantins konstanty
  konstantyn koray korbin korbinian korede korey korhk korhw korkut kornel korneli kornelius korneliusz korneliy
  kornil korniliy kornilo korniy kory koshhn koshsh koshyn kosma kosmas kosr kosta kostadin kostas kostyantin kotse
  kovn koyr kozhhn kozhn kozma kraig krasomil krasoslav krdo krdokh krekr kresimir kresomysl krijn krishna krishnadas
  krishnadasa krisjanis kriss kristan kristian kristians kristijan kristjan kristof kristofer kristoffer kristopher
  krisztian krisztofer krm krmhnd kro krsn krste krsto krume kruno krunoslav krwn kryspin krystian krystof kryv krzn
  krzysztof ksawery ksenofont ksente ksr kubad kubat kubilay kubura kuddusi kujoe kumar kuncara kunthara kupriyan
  kurnia kursad kurt kurtis kusuma kutbettin kuz'ma kuzey kuzman kveton kvetos kvetoslav kvido kwabena kwadwo kwaku
  kwame kwamena kwasi kweku kwes kwesi kwh kwintyn kwn kwrd kwrdy kwrdyn kws kyan kyano kyksr kyle kyler kylian
  kyliann kyllian kynwsh kywn laal labuh lachlan lad ladarius ladimir ladislao ladislau ladislav ladji lado ladomir
  lafayette lai lajos laksana lakshman lakshmidhar lakshminath lal lamar lambert lamberto lamih lamine lamont lanang
  lance lancelot lancilotto landen lander landolfo landry lanfranco langa langgeng lanjar lantar lapo laron larry
  lars lascar lasmanto lasmono lassana lasse laswi laszlo latif laurenc laurencjusz laurenco laurens laurent
  laurentino laurentiu laurenty laurenz lauri laurian lauriano laurin lautone lavinio lavr lavrentiy lavrin lawrence
  lawson laxman lazar lazar' lazare lazaro lazarz laziz lazo lazzaro lbyb lde lean leander leandr leandre leandro
  leano leart ledion leendert lega legawa leht leif leke leland lembah lemuel len lenn lennard lennart lennert lenni
  lennie lennon lennox lenny leny leo leo-paul leodegar leon leonard leonardo leone leonel leonhard leonid leonidas
  leonids leonio leonis leono leontin leontiy leontyn leonzio leopardo leopold leopoldo leos lere leroy lesek lester
  letterio leu leufroy lev levent levente levi levin levio levko levon levoslav levy lew lewin lewis lex leyan lho
  liam lian lias liberato liberatore libere liberio libero liberto libor liborio liboslav lica lidio lietald lieto
  lieuwe liman limar lincoln lino linus linwood lio lion lionel lior liron lirone lisandro listvich livino livio
  liviu livius liyam liyan ljube ljuben ljubisa ljubisha ljubomir ljudevit ljupcho llewellyn llo lloyd llsh lmqdd
  loan lodovico loek loet logan lohan loic lolade lolo longin lonnie lonny lonzo loren lorenc loreno lorenz lorenzo
  lorian lorik lorin loris lorrain lotar lothaire lothar lou louan louay louca louie louis louka lounis loup lourenco
  lovro lowell lowie lozhyn lqsm ls ltfy luan lubin lubomir lubor lubos luboslav luc luca lucas lucca lucentiu
  luchezar lucian luciano lucien lucijan lucio lucious lucius lucjan lucretiu ludano ludek ludivoj ludolphe ludomil
  ludomir ludoslav ludovic ludovico ludoviko ludovit ludvig ludvik ludwig ludwik luhung lui luigi luis luiz luk
  luk'yan luka lukas lukasz luke lukita lukman luko lukrecius luluh lulut lumir lungelo lungu lurhur lutfan lutfi
  lutfullah lutfulloh luther luthfi lutibor lutobor lutz luuk luwar luwes lux lv lvo lvy lvy' lwandle lwchk lwh lwk
  lwko lwtkh lwzhnd ly'vn lyam lyan lyes lyle lymo lyrvy lyth lyubim lyubodar lyubomir lyubosmysl lyubozar lz lzyn
  m'mwn m'yr ma'mur ma'ruf ma'sud maad maarten maas mabruk mac macaire macario maccabeo mace maceo mack mactar
  madalin maddox madid mads mael maes maffeo maggiorino magno magnus mahamadou mahan mahdi mahe mahendra maher mahesa
  mahesh maheswar mahfud mahir mahmoud mahmud mahmut mahrus mahzan mahzun maik mailo maiorico major makan makar
  makara makary makedon makhtar makinwa maks maksim maksimil'yan maksimo makso maksud maksym maksymilian makuta
  malachi malco malcolm malick malik malisa malo malone malte malthe mama mamadou mamady maman mamante mamert
  mamoudou mamour manah manar manasse mancio mandla manetto manfred manfredo manik manikya manil manilio manley
  manlio manoah manoj manole mansour mansueto mansur mansvet manu manuel manuele maphikelela maqsud mar'yan maras
  marat marc marc-antoine marceau marcel marceli marcelin marcelino marcell marcello marcellus marcelo marciano
  marcin marcis marco marcos marcu marcus mardon marek margana margers mariadi mariano marijan marijn marin marinko
  marino marinus mario maris marius marjan mark markiyan markku marko markus marley marlo marlon marolo maros
  marouane marques marquis marquise marshall marsito marsudi mart mart'yan martaka martana martani marten marteno
  martial martim martin martino martins marton martti marty martyn marut marvin marwan marwane marwata marwin maryadi
  maryanto marzio mas mason massamba massimiliano massimo massinissa matan matar mate matei matej mateo mateus
  mateusz matheo matheus mathew mathias mathieu mathijs mathis mathurin mathuys mathys matias matija matis matiss
  matisse matjaz matko mato matous matroniano mats matt matteo mattes mattheo matthew matthias matthieu matthijs
  matthis matti mattia mattias mattis matus matvey matviy matyas matys matz maugis maurice mauricio maurilio maurits
  maurizio mauro maurycy mavdud maverick mavlon max maxence maxens maxim maximilian maximiliano maximilien
  maximillian maximo maximus maxmilian maxwell mayeul maynard mayoor mayson mazbut mazhar mazlum mbaye mbrk mbrwk mdo
  mdy mechislav mecislav medard medardo mederic medoro medoune mees mefodiy meghnad meghnath mehdi mehmet meik mekhi
  melanio melchiade melchior melchiorre melezio melichar melih meliksah melle mels melvil melvin melvyn memduh
  menahem menardo mence mendel menelao meneo menno mennone mercurio merijn merlin merovee mert mervin merwan mestan
  mesut mete metello metin meto metod metodej metodi metodij metodija metrofane mevlut mex mfth mhbhst mhdy mhdyr
  mher mhfwdh mhghdyd mhhwy mhjwb mhko mhm mhmd mhmdrd mhmly mhmo mhmwd mhnd mhndn mhrd mhrdd mhrdn mhrn mhrywn mhrz
  mhshkhhl mhsn mhto mhwlhwy mhyb mhyr mhzd mhzn micael micah micha michael michail michal micheal michel
  michelangelo micho micjo mick mickael midas miel miguel miha mihael mihai mihail mihailo mihajlo mihaly mihnea
  mijat mik mik'ayel mika mikael mikail mike mikel mikelis mikhail mikhajlo mikhaylo mikhey mikho mikita mikkel mikko
  miklos mikola mikolaj mikolas mikulas miladin milan milanko milano milcho mile milen miles mileta milford milhan
  milic milik milisav milivoj miliy miljan miljenko milo milojica milomir milon milorad milos milosh miloslav milous
  milovan milovin milton milutin mimo mincho minervino minh mink mio miodrag miomir mir mirac miran miraziz mircea
  mirche mirco mirek mirkelam mirko miro mirocleto miromil miron miroslav mirtil mirza mirziyo misa misael misaele
  misbah mischa misko mislav mitar mitch mitchel mitchell mithat mitica mitja mitofan mitre mitrut mjd mjdy mjhd mjyd
  mkhls mkhtr mko mkosn mkwn ml'khy mlad mladen mlbt mmdwh mmhsn mmo mmtz mnata mndhr mnhm mnislav mnsf mnsh mnswr
  mntsr mnw mnyb mnyr mo'min moche moctar modest modesto modibo modou mody mohamad mohamadou mohamed mohamed-ali
  mohamed-amine mohammad mohammed mohan mohinder mohir moise moises moisey mojmir mojzesz mojzis mokey momchilo momir
  momo monaldo monitore mont'e monte monty monvids moos moosaa moreno morgan moric moris moritz morne morris morten
  mortimer morton mory mose moseo moses moshe mouctar mouhamadou mouhamed mouhameth mouhammadou moussa moustafa
  moustapha mozes mpilo mpumelelo mqdd mrd mrdkhy mrshd mrsy mrtda mrwn mrzwq msh mshko msizi mslh mstfa mstislav
  mswd mtn mu'mn mu'ns muammer muaviye muaz mufid mufiz mugur mugurel muh'amadhu muhamado muhammad muhammed muharrem
  muhsin muhtar muhterem muhtesem muhtor muhyiddin mujdat mujur mukadder mukerrem mukesh muktedi muktedir muktefi
  mukul mulya mulyanto mulyono mumpuni mumtaz muni munif munir murat muren murilo murod murray mursinin mursita murti
  musa musawenkosi musir musiy muslih mustafa mustafo mustapha mustika mustofa musulmon mutahhar mutasim muteber
  mutemed muttalib muyiwa muzaffar muzaffer muzdad muziano mwkryn myd mylan myld myles mylo myr myrdd myrhsyn myrkhs
  myrko myrn myron myrsyn myrtil myrwn myrz mytn mzn mzyr nabi nabil nabin naci nadi nadir nae nael nafiz
  nagabhushanam nahel nahid nahil nail naim najam najib najmiddin nalar namazio name namik nanche nand nanda nando
  nandor naoufal naoufel napoleon napoleone naradi narayan narcis narciso narcisse nardi narek narendra narimon
  narinder narji narkis narseo narsete nasab nash nasim nasir nasriddin nasrullah nassim nat natale natan natanael
  nataniel nate nathan nathanael nathanial nathaniel nathen natiq naud naudet naum naval naveen navin nawfel nawroz
  nayel nazar nazario nazariusz nazariy nazary nazif nazim nazmi nazrulloh nazzareno nazzaro nbyl ndhm ndl ndleleni
  ndr ndv ndym ne'matulloh neal nebojsa nebojsha necat necati necdet nechifor necib necmettin ned nedeljko nedelko
  nedim nedjeljko nehemie nehoslav neil nejat nejc neklan nelio nels nelson nelu nemanja nemir nenad neo neofit
  neopolo neoterio nepomuk nereo neri neset nesho nesim nestor nestore neven nevio nevzat newell newton nezamysl
  nftly nh nhbhrd nhbhz nhd nhmr nhrymn nhsvn nhvr'y nhwzd nhzhyn nicanor nicarete nicea niceforo nicephore niceto
  nicezio nichifor nicholas nicholaus nick nicklas nicklaus nickolas niclas nico nicoara nicodemo nicodim nicolae
  nicolai nicolaie nicolas nicolo nicon nicu niculita nicusor nicuta niek niels niels-christian nifont nigel nihad
  nihat nik nikandr nikanor nikifor nikko niklas niklaus niklavs niko nikodem nikodim nikolai nikolao nikolaos
  nikolas nikolasz nikolay nikolcjo nikon niksa nils nimit nimrod niniano nino nio niraj niranjan nirbhay nirj niro
  nischal niscl nistiman niyaga niyazi niyilolawa nizamettin nizar nizom nizomiddin njh njy njyb nkanyezi nkosenye
  nkosinhle nkosiyabo nmdr nmo nmrvd nnamdi noah noaho noam noan noar noble noe noel noha noham nohan nolan nolann
  nolen nolhan norbert norberto norman normand norris norval norwood nosir nosirjon nostriano noud nouha nouri nout
  novan nox nrima nsf nsh nshy nsym ntn ntn'l ntyv nugraha numan nuno nunzio nurbek nuredin nurettin nuri nuriddin
  nurlan nurullah nusrat nusratulloh nusret nvin nvv nwekr nwfl nwry nwyd nyana nykvls nym nyoman nyr nysn nyt'y nzr
  nzyh o'ktam o'tkir oba obanijesu obid obie obrad obren octav octave octavian octavio octaviu oddone odell oderico
  odidone odil odilon odin odolen odon odorico oger ognen ognjen ogooluwa oguz oguzhan ojars okan oke okey okhrim
  okta oktavian oktavius oktay okto oladare oladimeji olaf olaide olakunle olanrewaju olansile olavi olbram oldrich
  ole oleg olegs oleksandr oleksiy olel'ko olen oles' olgerts olim olimpian olimpiu olimpiy olin olindo oliver
  olivier oliviero oliviu oliwier olle olof olufunmi olumide olumorotimi oluwafemi oluwagbemiga oluwamumibori
  oluwamuyiwa oluwasanmi oluwasegun oluwole oluwunmi omad oman omar omari omelyan omer omero omobobola omotayo onder
  ondrej onesto onofrio onorino onorio onoriode onufriy onufry onur opan opung oqil oral oran orazio orde orell oren
  orenzio orest oreste orestes orfeo orhan orif orin orio orion orkhip orland orlando orlo oronzo orrin orsino orso
  ortensio orval orville osbaldo osborne oscar osip oskar oskari oskaro osman osmondo osmund ostap ostoja ostromir
  osunleke osvald osvaldo oswald oswaldo ota otabek otakar otello otha othmane otho otis otmar oto otokar otomar
  ottaviano ottavio ottis otto ottone oumar oury ousmane oussama ovidio ovidiu ovidius owen oybek ozan ozcan ozer
  ozgur ozhan ozkan ozod ozodbek ozren ozy pablo paciano pacifico paco pacome pacomio padam paiman paja pakhom
  palatino palemon palladio palmiro pamfil pammachio panagachie panagiotis panait panas panca pancario panche
  pancrazio pandu panfil panfilo pangeran pangestu panji pankrac pankracy pankrat pankratiy pantaleo pantaleon
  pantaleone pantelejmon panteleymon paolo param paramartha paramon paraskeyas pardi pardo parfait parfen paride
  parker parman parmenio parsival partenij pascal paskal pasquale paterne paterniano pathe patrice patricio patrick
  patrik patriko patrizio patroclo patru patrycjusz patrycy patryk paul paul-antoine paul-arthur paulo pauside pavel
  pavils pavle pavlin pavlo pavol pawel payidar paylos pdm pdsht pedro peer pekka peleo pelhrim pelle pellegrino
  pencho pentti pepe pepijn pepin pepo per pera perceval percival percy perica pericle perikles perkasa pero perry
  perseo persh pertev perver peshhng peshhw petar pete peter peteris petko petr petre petri petrica petrisor petro
  petronio petronius petros petru petrut petse petteri peyami pharell phil phila philani phileas philemon philibert
  philip philipp philippe phillip phiwokwakhe phnhn phoenix phrez phshew phshnd phywhnd pie pierangelo pierce
  piergiorgio pierluigi piermarco piero pierre pierre-alain pierre-alexandre pierre-andre pierre-antoine pierre-louis
  pierrick piersilvio piet pieter pietro pilip pim pimen pio piotr pippo pit pius pko placido platon platone plh
  plinio plutarco podolyan pol polidoro polifemo polikarp pollione polykarp polyn pompeo pompiliu pomponio pontus
  ponziano ponzio porfirio porfiriusz porfiriy porfiry porter porziano postumio potap poul praba prabawa prabin
  prabowo prabu prakash prakosa pran pranata pranawa pranay prasad prasetya prasetyo prashant prassede prathamesh
  pravdan pravdomil pravomil prayag prayitna prayoga prayogo prbin predrag prem premysl preston prhm priamo pribyslav
  price prima primo primoz prince prisco privato prkas procopio prokhor prokl prokles prokofiy prokop prokopij prokul
  promise prosper prospero protasio proteo prov prsant prudenzio prvoslav przhh pshko pshtywn publio puneet pupolo
  purn purna purushottam purwa purwadi purwanto pusicio putu pymn pyro pyrot pzhmn qdry qhndyl qobil qosim qrhmn qsm
  quarto quasimodo qudhaas qudrat quentin querano quin quincy quinn quinten quintiliano quintilio quintino quinton
  quinziano quinzio quirin quirino qwbd qys r'm r'vvn r'y rachid raci radan rade radegast radek raden radenko radhost
  radika radim radimir radion radisa radislav radit raditya radivoj radivoje radko radmil radmilo rado radolfo
  radomil radomir rados radosav radoslav radovan radu raducu radul raduz radvan raf rafael rafaelo rafal rafet raff
  raffaele rafi rafid rafiq raharja raheem rahim rahman rahmat rahsaan rahul raide raif raihan raik raimondo raimund
  rainald rainaldo rainer rainhard rainold raj rajab rajan rajendr rajendra rajiv rajko rajmund rajnold raju rakes
  rakesh rakip ralf ralph ramazan ramesh rameshwar rami ramiro ramiz ramon ramy ramziddin randal randall randolf
  randolph randy ranek rangga raniero ranjan ranjeet ranjit ranko ranolfo ransom raoul raphael rares rashad rashawn
  rasheed rashid rasim rasit rasko rasmus rastislav ratibor ratimir ratmir rauf raul ravi ravshan raxmatulloh ray
  rayan rayane rayen raymond raymundo rayyan razvan rbh rbhr rd rdwn rebhr rebwr rebyn recai recep rechkh reda
  redmond reece reed refah refet refik reg reggie reginald reginaldo regis regnars regolo reha rehor reid rein
  reinhard reinhold reis rejan rejean rekkhhr rekr reksa relja relu remi remig remigio remilekun remington remo
  remondo remus remy remzi renars renat renato renaud rendy rene rens renwr renzo resad resat resid respati respicio
  resul reto reuben revi rewn rex rey reybaud reyes reymundo reynold reza rf'l rfyq rghb rgv rhett rhghz rhhbhr rhhel
  rhnd rhndo rhnj rhnjdhr rhnjh rhnjo rhoz rhsho rhw rhwhnd rhwhz ri'd ri'f riaan riad rian ricardo ricards ricario
  riccardo richard richelmo richie richmond rick rickard rickey ricky rico ridvan ridwan rifat riff rifki rigard
  rigoberto riley rinaldo rino rio riste risto ritesh riv riyad riza rizki rizo rizvon rjb rkn rm rmdn rmn rmthn
  rmtyn rmy rmyn rmyr rmz rmzy rn rnjn rnym roan robaldo robb robbe robert roberto robi robinson rocco roch rocky rod
  rodan roderick roderik roderyk rodger rodiano rodion rodney rodolfo rodoljub rodolphe rodoslav rodrick rodrigo
  rodrigue roel rogelio roger rogers rohan rohit roj rok roko roksolan roland rolando rolf rolfo rollin romain roman
  romano romans romeo romero romeu romil romoaldo romolo romuald romualdo romul romulus ron ronald ronaldo ronan
  ronnie ronny rony roosevelt rory roscoe roselin rosendo roshr rosman ross rosthm rostislav rotimi rover rovn rowan
  rowland roy royce rozhvn rrafayel rrobert rrowben rshd rshdy rshyd rsln rsm rsn rsty rtb rtyb ru'wf ruben rubiano
  ruchan rudi rudis rudolf rudolfo rudolfs rudolph rudra rudy ruedi rufino rufo rufus ruggero rui rukneddin rune
  rupert ruperto ruprecht rusins ruslan rusman russ russel russell rustam rustu rusty rutilo rv'y rvyn rvyv rwezh
  rwhn ryad ryan ryd ryder rylan ryn ryszard ryurik ryy rzgr rzq s'r s'vl sa'dulloh saad saadat saadi saban sabar
  sabato sabazio sabele sabin sabir sabri sachin sacid sada sadan sadar sadberk sadettin sadi sadik sadri sadriddin
  sadullah saer saffet saffiro saffo safi safir safo safouan safouane sagar sagr sahap sahin sahinalp sahsuvar said
  saiful saim saiq saka sakari sakip sakir sakti saladino salamoun salif salih salim saliou salman saloh salomon
  salomone salomoun salustio salvador salvatore salvo salwator sam samandar samba samed sameer sami samih samil samim
  samir sammy samo samoil samson samsul samu samuel samuele samuelo samuil samvel samy sancho sande sandeep sander
  sandor sandro sandu sanele sanford sanjay sanjin sanka sansone sante santiago santino santo santos santosh sapiente
  sarani sarbello sardor sargis sarvar sarvin sascha sashko saso satish saturniano saturnin saturnino satya satyen
  saul sauveur savas save savel saveliy saverio savi savin savinien savino savion savo savva savvatiy sayan sbhy sbr
  sbry scot scott scotty sdh sdq sdqy sdr seamus sean seb sebas sebastiaan sebastian sebastiano sebastiao sebastien
  sebastjan sebestian secaeddin seckin seckou secondiano secondo sedat sedrick sedrik sef sefer seff sefik seghei
  sehlevent sehriyar sekou selahattin selami selcuk selim selivan seliverst selmer selyan sem semen semibor semih
  semion semplicio sempronio semsi sener senesio senn senne senofonte senol sep sepp seppe seppo serafettin serafim
  serafin serafino seraphin serapione serban serbulent serdar seref serenus serge sergei sergej sergen sergey serghei
  sergi sergio sergiu sergiusz sergiy serhad serhat serif sermet sertac servac servan server servidio serviliano
  sesto seth settar settimio settimo setya sev sevast'yan sever severiano severin severino severo sevket sevki
  seweryn sexmus seyban seydou seye seyfettin seyfi seyfullah seyyit sfiso sfwn sfyn sgy' shad shade shahboz
  shahobiddin shahriyor shahzod shai shaka shalewa shamsiddin shane shankar shantanu shaun shawn shay shayan shbz
  shchastislav shchek shdo shekoni sheldon shemar sher sherh sherman shero sherwn sherwood sherzd sherzod shfyn shfyq
  shgrmh shhb shhhnd shhmdyn shhmern shhml shhmo shhmzyn shho shhpl shhrhfkhn shhrwz shishman shiv shk shkhh shkhhwn
  shkhl shkhn shkho shkhy shko shkry shkyb shlw shlyr shnghr shngl shngr shodiyor shorhswr shorsh shorshger shrbhst
  shrbz shrdhm shrdhsht shrhhng shrhoz shrhzwwr shrkhel shrkhwt shrkn shrko shrmhd shrmhst shrns shro shrok shrphl
  shrwhr shrwkh shrwn shryf shrys shryz shso shukrulloh shvn shwn shwnh shwnkr shwqy shyb shydo shyn shyrwn shywn
  shzd sibusiso sico sicuro sid siddarth siddharth siddhartha siddhran sidiq sidki sidoine sidon sidonio sidor sidy
  siebe siem siep sifiso sigebert sigfrid sigfrido sigismond sigismondo sigizmund sigmund sigurd sihab sihabeddin
  sijuade sil sil'vestr silantiy silas siljan silvan silvano silvere silverio silvester silvestr silvestro silvian
  silvio silviu silvius sim simao simen simeon simeone simi simion simo simon simono sin'ook sinan sinasi sindre
  sinesio sinfronio sinica sinisa sinkler siphiwe sipho sir sire sireno siriano siricio sirineu sirio siro sirojiddin
  sirri sisto sithembiso sixt sixte sixtus siyanda sjd sjoerd sjors skander skhr sky slamet slavcho slave slavek
  slaven slaviboj slavibor slavko slavoboj slavoj slavoljub slavolyub slavomil slavomir slavuta slh slm slmh slmn
  slobodan slr slvm slvmy slym sm'vn sm'y smd smh smil smko sml smn smr smv'l smy sname sndip snizhan snjy sntos soan
  sobeslav sobit soccorso socrate sodiq sofe sofiane sofon sofron sofronij sohan sohib sokrat solal soleh solocone
  sologub solomon solon somnath somu sondre sonke sonny soren sorin sorn sostene sosteneo sostrato soter sotir
  sotirios souleyman souleymane sowren spano spartaco spartak spase spencer speranzio sphr spiridon spiro spirydion
  spyros spytihnev sqr srbo srboljub srebre srecko sredoje srgyy srhn srj srkn srmd sro srwsh sryj stale stan stancu
  stanford stanimir stanislao stanislas stanislav stanislaw stanko stanley stanton stasta stayros steen steeve stef
  stefan stefaniy stefano stefanos steffen stelian sten stepan stephaans stephan stephane stephen stephon sterling
  stevan steve steven stevo stewart stfn stig stijn stiliano stipan stipe stiriaco stjepan stoilko stojan stojche
  stojmen stojmir stone storm stoyan stozhar strahinja strakhil strate stribor stuart stylianos suat subash subhas
  subhash subhi subodh sudi suheyl suhrob sukru sulaymon suleyman sulton suman sumeet sumit sune suraj surano suresh
  surj sururi surya suryakant suryakanta susant sushant susheel sushil svatoboj svatobor svatomir svatopluk svatoslav
  sveatoslav svebor sven svend sverre svetislav svetolik svetomir svetoslav svetozar sviturno svyatopolk svyatoslav
  swami swan swapnil swp swpr swrchk swren swrh swrkew swrysh sydo syf sylh sylvain sylvan sylvester sylvestre
  sylwester symhnd syn syny sypn syrwn sywsh szabolcs szczepan szo szymon tabris taceddin tad taddeo tade tadeas
  tadej tadeo tadija taha tahir tahsin taib taide talat talay talha talip talis talivaldis talon talrits tamas tamer
  tamino tammaro tammo tanas tancrede tancredi taner tanguy tanju tankred tanner tao tapan tapani tapio taras
  tarcisio tarik tarkan tarso tarun tasdik tashko tasho taskin taswir tate taufan taufik taurean taurin tavares
  tayfun tayler tayyar taziano tazio ted tedi teguh teije tej tejas tekin tekinalp telchide telemaco temel temelko
  temidayo temistocle temitope teo teobald teobaldo teodor teodorik teodoro teodosij teodosio teodoto teodoz teofan
  teofil teogene teohari teoman terenc terence terencius terencjusz terentiy terenzio terlan terrance terrell
  terrence terrill terry tertuliano terzo tesauro tesifonte teun teunis tevfik tevhid tevin tezcan tezel thad
  thaddeus thamsanqa thando thbt themba theo theobald theodor theodore theodorik theodoros theodose theofan theofil
  theophane theophile theophraste theotime theron theunis theuns thiago thibaud thibault thibaut thibert thibo
  thierno thierry thies thije thijmen thijn thijs thilo thom thomas thorben thore thorge thr thulani thurman tiago
  tian tibaldo tibbe tiber tiberio tiberiu tiberius tibo tibor tiburcius tiburzio tichomil tichomir tichon ticone
  tidiane tieme ties tigran tihomir tijmen tijn tijs tikho tikhomir tikhon til tilen tilio till tillman tillmann tim
  timbul timeo timish timm timmothy timmy timo timofei timofey timofiy timoleon timon timotei timotej timoteo
  timoteus timothe timothee timothy timur tinas tino tirone tirta tirtayasa tit titien titilope tito titouan titus
  tizian tiziano tizio tjark tll tmym tmyr to'lqin tobia tobias tobiasz tobiloba tobin toby tod todd tode todor tohir
  toke toki tokunbo tolga tolh tolomeo tolunay tom toma tomas tomaso tomasz tomaz tome tomi tomiloba tomislav tommaso
  tommie tommy tomo tomori tonci tone toney tonko tonnin tony toon tope tor torben torbjorn tore torkvat torquato
  torrance torrey torsten tosco toussaint toyip trace traian trajan trajche trajko tranquillo travis travon tremaine
  tremayne trent trenton trever trevion trevor trey trifon trifun trilochan trilochana trilok trilokanath trilokesh
  triloki trisho tristan tristano tristian triston troels trofim troy trpimir trpko trq trystan tsdk tseko tshy
  tsvetan tsvetko tsvk tsvr tsvy tsyvn tudor tufan tugay tugiman tugrul tugtekin tuhfe tulliano tullio tumer tunahan
  tunar tunc tuncer tuomas tur turan turgay turgut turi turibio turkay turker turkes turner turold tushar tussio tuur
  tverdislav tvorimir tvrtko twan twfyq ty'v tyb tybalt tycho tygo tyler tymeo tymon tymoteusz tyree tyreek tyrel
  tyrell tyrese tyrique tyron tyrone tyshawn tyshko tyson tysyr tzhdyn ubaldo ubaydulloh ubertino uberto uchqun uda
  udai udit udo ueli uffe ufuk ugis ugo ugolino uguccione ugur ujjawal ujjwal ukbe ul'yan ulberto ulderico ulf ulfo
  ulgen ulices ulises ulisse ulpiano ulrich ulrico ulrik ulstano ultimo ulug'bek ulvi ulysse umang umar umay umaya
  umberto umid umidulloh umile umit umur umuralp umut unal unggul upendra upik upton uranio urbain urban urbano
  urdino urfon uriah uriel uriele uros urs ursicio ursino ursmaro usaamaa usame usman usmon ustim ustin utama uttam
  uve uzayr uzeyir uzodimma v'yacheslav vaclav vadim vafo vagn vaha vahdet vahe vahid valdemar valdemars valente
  valentijn valentim valentin valentino valentins valentyn valer valer'yan valere valeri valerian valeriano valerico
  valerii valerijs valerio valeriu valeriy valery valfredo valfrido valid valtena valter valtr valtteri van vance
  vanche vancho vane vangel vardan varfolomey varlaam varo vasco vasil vasil' vasile vasili vasilie vasilij vasilis
  vasiliy vasilko vasja vasko vasudev vasudeva vatroslav vatslav vaughn vavrinec vecdi veceaslav veceslav vedang
  vedanga vedasto vedat vedran vefa vefik vega vehbi veikko veit velaphi velemir veleslav veli velibor velichko
  velimir velio velislav veljan veljo venance venanzio vencel venceslao venceslas venceslav vendel vendelin venedikt
  venek venerando venerio veniamin venko ventura venustiano venusto verano verecondo verenzio vergiliu vern verner
  vernon vero veroslav verulo veselin vespasiano veysel veysi vezio vianney vic vicente vicentiu victor victorien
  victorin vid vidak vidal vidhur vidhya vidiano vidoe vidone vidor vidur viggo vigile vigo vijay vijeko vijy vik
  vikas vikentiy viktor viktorin viktoro vilcjo vilem vilfredo vilhelm vilhelmo viliam vilibald viliberto viljem
  ville villy vilmar vilmars vilmos vimal viman vin vinay vince vincenc vincent vincentiu vincenzo vindonio vinebaldo
  vinfrido vinicio vinnie vino vinsen vinz viorel virgil virgile virgilio virgiliu virgin virginio virman virone
  visal visarion viscardo vishnu vishwamitra visnu vissarion vit vital vitale vitali vitalico vitalie vitalii
  vitalijs vitaliy vitazoslav vitezslav vito vitold vitor vitoslav vittore vittoriano vittorio vitus vivaldo vivek
  viviano vjekoslav vjenceslav vlad vladan vladek vladilen vladimer vladimir vladimiro vladislav vladivoj vladlen
  vlado vlaicu vlas vlastimil vlastimir vlastislav vlatko vldymyr vlk vnyh vnymyn vodingo voicu voislav vojdan vojen
  vojin vojkan vojmil vojmir vojslav vojtech vok volche voldemars volfango volfgang volkan volodimir volodislav vosil
  vr'l vratislav vratko vrk vrvkh vry vseboj vsebor vsemil vserad vseslav vsevlad vsevolod vtsl'l vujadin vuk vukan
  vukasin vukota vulmaro vulpiano vusumuzi vv'z vyacheslav vyas vysheslav waclaw wade wadi wael wage wahyu waino
  wakiman waldo wale walenty walentyn waleran walerian walery walgierz walid walker wallace walter walton waluyo waly
  wandrille wannes ward wardaya wardi warji warley warre warren warsa warsita warta washington wasis wassim watson
  wawan wawrzyniec waylon wayne webster weldon wellington wendell werner wes wesley wessel westley weston whrzyr whyd
  whys whysy wi'l wiktor wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo wilfrid wilfried wilfryd
  wilhelm will willard willem willi william willie willis willy wilmer wilson wilton wincenty winfield winston wira
  wisnu wissem witalis wjdy wladyslaw wlodzimierz wlt wlyd wm wolf wolfgang woodrow wout wouter wry wsf wsfy wsm wsym
  wyatt wyman wys xanana xander xaver xaverius xavi xavier xebat xem xenophon xzavier y'kv y'n y'yr yacouba yagiz
  yago yahya yahyo yakov yakub yakubu yalcin yalgin yaman yan yango yanis yann yanni yannic yannick yannik yannis
  yanuariy yarema yaro yaromil yaromir yaron yaropolk yaroslav yarovid yasar yasin yasser yassin yassine yassir yavuz
  yaw yazid ydgr ydo ydwhr ydyd ydydyh yekta yener yetkin yfth yg'l ygl yhvdh yhvntn yhvrm yhvs' yhya yhzdnsher
  yhzdyn yhzk'l yhzyd yigit yildirim yilmaz ykhy ykyr ylan ymn ynvn ynyv yoan yoann yoav yoel yoga yogendra yogesh
  yoginder yohan yohann yoni yono yoosuf yoqub yorbek yoro yorqin yosef yossef youcef younes youness youp youri
  yousef youssef youssou youssouf youssouph youssoupha yoznur ypl yro yrsn yrvn yryv ysr ysr'l ysskhr ysy ysyn ytshk
  yuce yucel yukhim yuksel yulian yuliy yumni yunus yuri yuriy yusiv yusuf yuvenaliy yv'l yv'v yvan yven yves yvgv
  yvh'y yvntn yvrm yvsf yvtm ywhr z'v zabedeo zabir zaboj zac zaccaria zaccheo zachar zacharia zachariah zacharias
  zachariasz zacharie zachary zache zachery zack zackary zackery zadig zafar zafer zafir zahar zahir zahit zain
  zakaria zakariya zakary zakarya zakhar zakharij zakhariy zaki zakir zalan zamfir zamir zan zander zane zanis zanobi
  zarije zarko zaur zavis zayd zayn zayniddin zbislav zborislav zbyhnev zbynek zbysek zbyslav zdan zdenek zdenko
  zderad zdeslav zdik zdirad zdislav zdravko zechariah zed zef zefiro zekai zekeriyya zelibor zelimir zelislav zeljko
  zelmir zemislav zenaide zenebio zeno zenobio zenon zenone zenoviy zente zenzele zephirin zephyr zerdest zero zeteny
  zetico zev zeyd zeynel zgros zgroz zhbwwn zhhnyr zhhw zhivko zhnd zhnwer zhr zhrdhsht zhylh zhylhmo zhyr zhyro
  zhyto ziad ziga zigfrids zigmars zigmund zihni zikmund zinedine zinoviy zion zithulele zitomir zitoslav zivan ziver
  ziya ziyad ziyo zkho zlat zlatan zlate zlatko zlatomir zmdr zmnko zn znko znwhr znyr zohid zohir zoilo zokir zoltan
  zoran zorb zoremir zoreslav zoroslav zoryan zosim zosimo zoyir zozk zrinislav zrinko zro zsolt zsombor zubayr
  zubeyr zulfikar zvenigor zvenimir zvenislav zvonimir zvonko zvvlvn zyad zyd zydwn zygmunt zyrhk`
    .trim()
    .split(/\s+/),
);

