/**
 * Given names, lower-case ASCII, for telling a person's name from other capitalised words. General data: the
 * first-name lists of the faker locales (MIT) for European, Slavic, Middle-Eastern, South-Asian, African and
 * Latin-American languages, transliterated with any-ascii, plus Japanese names and the variant groups below.
 * Korean and Chinese given names are not listed: they are read as syllables (see surnames.ts).
 */

/** Spellings of one given name that transliteration or usage makes interchangeable; the usual English form first. */
export const GIVEN_NAME_VARIANTS: readonly (readonly string[])[] = [
  ['alexander', 'alexandr', 'aleksandr', 'alexandre', 'aleksander', 'aleksandar', 'alexandros', 'oleksandr'],
  ['yuri', 'yury', 'yuriy', 'iouri', 'jurij', 'juri', 'yurii'],
  ['sergei', 'sergey', 'sergej', 'serguei', 'sergiy', 'serhiy'],
  ['andrei', 'andrey', 'andrej', 'andriy', 'andrii'],
  ['dmitry', 'dmitri', 'dmitriy', 'dimitri', 'dmitrii', 'dmytro'],
  ['mikhail', 'mikhael', 'michail', 'mykhailo'],
  ['nikolai', 'nikolay', 'nicolai', 'mykola'],
  ['alexei', 'alexey', 'aleksei', 'aleksey', 'alexej', 'oleksiy', 'oleksii'],
  ['vladimir', 'volodymyr', 'wladimir'],
  ['yevgeny', 'evgeny', 'evgeniy', 'yevgeniy', 'evgenii', 'yevhen'],
  ['anatoly', 'anatoli', 'anatoliy', 'anatolii'],
  ['vasily', 'vasiliy', 'vasili', 'vassily', 'vasyl'],
  ['grigory', 'grigori', 'grigoriy', 'hryhoriy'],
  ['georgy', 'georgi', 'georgiy', 'heorhiy'],
  ['maxim', 'maksim', 'maksym'],
  ['valery', 'valeri', 'valeriy', 'valerii'],
  ['vitaly', 'vitali', 'vitaliy', 'vitalii'],
  ['vyacheslav', 'viacheslav'],
  ['viktor', 'victor', 'wiktor'],
  ['arkady', 'arkadi', 'arkadiy'],
  ['boris', 'borys'],
  ['igor', 'ihor'],
  ['oleg', 'oleh'],
  ['pyotr', 'petr', 'pyotor', 'petro'],
  ['fyodor', 'fedor', 'fiodor', 'fedir'],
  ['ilya', 'ilia', 'ilja', 'illia'],
  ['matvei', 'matvey'],
  ['timofei', 'timofey'],
  ['yakov', 'iakov', 'jakov'],
  ['yegor', 'egor'],
  ['yelena', 'elena', 'jelena', 'olena'],
  ['yekaterina', 'ekaterina', 'katerina', 'kateryna'],
  ['tatiana', 'tatyana', 'tatjana', 'tetiana'],
  ['natalia', 'natalya', 'nataliya', 'natalija'],
  ['yulia', 'yuliya', 'julia', 'iuliia'],
  ['svetlana', 'swetlana'],
  ['maria', 'mariya', 'mariia'],
  ['olga', 'olha'],
  ['daria', 'darya', 'dariya'],
  ['anastasia', 'anastasiya', 'anastassia'],
  ['ksenia', 'kseniya', 'xenia'],
  ['irina', 'iryna'],
  ['valentina', 'valentyna'],
  ['aleksandra', 'alexandra', 'oleksandra'],
  ['nikita', 'mykyta'],
  ['konstantin', 'konstantyn', 'kostiantyn'],
  ['stanislav', 'stanislaw'],
  ['rostislav', 'rostyslav'],
  ['svyatoslav', 'sviatoslav'],
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'mehmet'],
  ['ahmed', 'ahmad', 'ahmet'],
  ['mahmoud', 'mahmud', 'mahmood'],
  ['abdullah', 'abdallah', 'abdulla'],
  ['hussein', 'husain', 'hussain', 'husein'],
  ['hassan', 'hasan'],
  ['ali', 'aly'],
  ['omar', 'umar', 'omer'],
  ['osama', 'usama'],
  ['khalid', 'khaled'],
  ['yusuf', 'yousef', 'youssef', 'yusef'],
  ['ibrahim', 'ebrahim'],
  ['ismail', 'ismael', 'esmail'],
  ['mustafa', 'mostafa', 'moustafa'],
  ['abdel', 'abdul'],
  ['hamid', 'hamed'],
  ['rashid', 'rasheed'],
  ['said', 'saeed', 'sayed', 'sayeed'],
  ['jamal', 'gamal'],
  ['nasser', 'nasir', 'naser'],
  ['salman', 'selman'],
  ['faisal', 'faysal', 'feisal'],
  ['walid', 'waleed'],
  ['tariq', 'tarek', 'tarik'],
  ['karim', 'kareem'],
  ['hamza', 'hamzah'],
  ['hossein', 'hosein'],
  ['mohsen', 'muhsin'],
  ['reza', 'riza'],
  ['javad', 'jawad'],
  ['masoud', 'massoud', 'masud'],
  ['abbas', 'abas'],
  ['benjamin', 'binyamin'],
  ['yitzhak', 'itzhak', 'yitzchak'],
  ['moshe', 'moishe'],
  ['avraham', 'abraham'],
  ['yaakov', 'yacov', 'jacob'],
  ['shlomo', 'solomon'],
  ['tzipi', 'tzipora'],
  ['john', 'jon'],
  ['stephen', 'steven', 'stefan'],
  ['philip', 'phillip'],
  ['geoffrey', 'jeffrey', 'jeffery'],
  ['catherine', 'kathryn', 'katharine', 'katherine'],
  ['sean', 'shaun', 'shawn'],
  ['elizabeth', 'elisabeth'],
  ['ann', 'anne'],
  ['sara', 'sarah'],
  ['michael', 'micheal'],
  ['matthew', 'mathew'],
  ['nicholas', 'nicolas'],
  ['anthony', 'antony'],
  ['jonathan', 'jonathon'],
  // Greek spellings as English news writes them
  ['georgios', 'giorgos', 'yiorgos', 'yorgos', 'giorgios'],
  ['dimitrios', 'dimitris', 'dimitri'],
  ['nikolaos', 'nikos', 'nicolaos'],
  ['konstantinos', 'kostas', 'costas', 'constantinos'],
  ['vasileios', 'vasilis', 'vassilis', 'vasilios'],
  ['vasiliki', 'vassiliki'],
  ['christos', 'hristos'],
  ['ioannis', 'giannis', 'yiannis', 'yannis'],
  ['panagiotis', 'panayiotis', 'panagiotes'],
  ['evangelos', 'vangelis'],
  ['michail', 'michalis', 'mihalis'],
  ['athanasios', 'thanasis'],
  ['spyridon', 'spyros', 'spiros'],
  ['kyriakos', 'kiriakos'],
  // Arabic spellings as English news writes them
  ['hamoud', 'hamood', 'hamud'],
  ['abdulrahman', 'abdelrahman', 'abdurrahman', 'abdul-rahman', 'abdel-rahman', 'abd-al-rahman'],
  ['abdulaziz', 'abdelaziz', 'abdul-aziz', 'abdel-aziz'],
  ['abdulkarim', 'abdelkarim', 'abdul-karim', 'abdel-karim'],
  ['abdulhamid', 'abdelhamid', 'abdul-hamid', 'abdel-hamid'],
  ['abdulwahab', 'abdelwahab', 'abdul-wahab', 'abdel-wahab'],
  ['fahad', 'fahd'],
  ['majed', 'majid'],
  ['mohannad', 'muhannad'],
  ['mounir', 'munir'],
  ['naif', 'nayef'],
  ['jassim', 'jasim'],
  ['yasser', 'yasir'],
  ['hisham', 'hesham'],
  ['haitham', 'haytham'],
  ['hazem', 'hazim'],
  // South Asian spellings (Nepali, Hindi): a long vowel written double or not, a final "a" or not
  ['hemant', 'hemanta'],
  ['dipendra', 'deependra'],
  ['deepak', 'dipak'],
  ['pradeep', 'pradip'],
  ['rabindra', 'ravindra'],
];

/** Given names that are also ordinary words, months or places: alone they are weak evidence of a person. */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  will may june april august summer winter autumn spring grace hope joy faith charity patience mercy honor
  honour mark bill rich frank earl duke king prince princess queen baron major marshal general justice rose lily
  violet ruby pearl amber jade crystal dawn eve sky star sunny sonny victoria georgia jordan israel chad paris
  florence adelaide sydney lincoln houston dallas austin denver phoenix orlando aurora india china asia africa
  america kenya chelsea brooklyn savannah carolina virginia dakota montana said long young rich white black
  brown green gray grey gold silver stone wood hill lane dean van page bishop cardinal pope deacon north south
  west east forest river lake brook ocean sea bay glen dale vale wolf fox bear hunter fisher baker cooper carter
  mason taylor porter miller turner walker parker harper archer ward church chapel temple christian islam muslim
  liberty unity trinity destiny harmony melody serenity nature genesis haven heaven angel saint sultan shah emir
  sheikh president minister leader chairman premier governor senator mayor chancellor ambassador admiral colonel
  captain sergeant lieutenant commander guard sun moon golden royal noble sterling hardy ernest constance
  prudence temperance verity modesty chastity de la le van von del da di al el bin ben abu january february
  march july october november december monday tuesday wednesday thursday friday saturday sunday`
    .trim()
    .split(/\s+/),
);

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  aadham aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaishaa aaliyah aalok aaltje aaminathu aamod
  aanand aanandaswarup aanandinii aanjaneya aanuoluwapo aaratrika aarav aaron aarya aaryan aasa aasha aashritha
  aasiyaa aathikaa aatmaj aatmaja aatreya aayushmaan aayushman aba abaco abadon abagail abak abaka abakan abakay
  abani abar abas abay abayomi abbas abbey abbie abbigail abbondanza abbondanzio abbondio abbos abby abd
  abdallah abdel abdelkader abdellah abderrahmane abdiel abdon abdone abdonie abdou abdoul abdoulaye
  abdourahmane abdramane abdul abdulahad abdulazim abdulaziz abdulboriy abdulhafiz abdulhakim abdulhay
  abdulholiq abduljabbor abduljalil abdulkarim abdulla abdullah abdullatif abdulmalik abdulqahhor abdulqodir
  abdulvahhob abdulvali abdulvohid abdurrahiym abdurrahmon abdurrauf abdurrazzoq abdussamad abe abebi abeiku
  abel abelard abelardo abele abelin abeline abena abendam abeni abenzio abhaidev abhaya abhirath abhisyanta abi
  abibatou abibo abidin abigael abigaelle abigail abigale abigayle abigel abilay abimbola abiodun abiola abiona
  abisola abisoye abluc abndkht abner abondance aboobakru abosede abou aboubacar aboubakar abraham abrahamo
  abramio abramo abril absalon absar absolon abtyn aby abyasa acace acacie acacio acanthe acar acario
  acaryatanaya accursio ace acela acelya achaire achalesvara acharyanandana acharyasuta achiko achil achiles
  achille achim achintya achraf achyut acig acik acilay acilia acilio acim aciscolo acrisio acuk aculina acun
  ada adah adalan adalard adalardo adalbald adalbaude adalberon adalbert adalberta adalberto adaldi adalfredo
  adalgisa adalgiso adaline adalmis adalric adalrico adalsinde adam adama adame adamo adams adan adar adas
  adaugo adberilgen addie addison addo addolorata ade adea adebankole adebiyi adebola adebowale adeboye
  adebukola adedaramola adedayo adedeji adedoyin adegoke adegrin adegrine adekitan adekola adekunle adel adela
  adelaida adelaide adelajda adelardo adelasia adelbert adelberto adelchi adele adeleke adelfo adelgardo adelia
  adelie adelin adelina adeline adeliya adell adella adelle adelmo adelphe adeltrude adelya adem aden adenet
  adenike adeniyi adeodat adeodato adeola adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo
  adetoke adetoun adeyi adheesh adhemar adhiarja adhiraj adhrit adhrnwsh adhyn adi adiarja adib adiba adigun
  adiguzel adik adika adikara adikavi adikutlu adikutlutas adil adile adin adina adinata adinath aditeya aditya
  adityanandan adityanandana adja adjutor adli adlibeg adnan ado adola adolf adolfa adolfina adolfo adolfs
  adolph adolphe adolphie adolphus adone adonis adonise adrain adraman adrastee adrehilde adria adriaan adrian
  adriana adrianna adriano adriel adrien adriena adrienne adrijana adrione adripathi adriyan adsiz adunni advaya
  adwitiya adwoa afanasi afanasie afanasiy afanasiya afaq afel aferim afet affan afi afia afinogen afitap
  afolarin afonso afr afra afrhdkht afro afruza afsar afsin afton afua afzuna agabay agabio agafia agafiya
  agafon agafya agah agakagan agalak agamennone agap agape agapet agapito agapiya agasti agastya agata agatha
  agathange agathe agathon agaton agazio agca agenore agesilao aggelos aggey agilbert agilberte aglae aglaia
  aglaja aglamis agnan agnane agneflete agnes agnesa agnese agneta agneya agnieszka agnimitra agniprava agnivesh
  agniya agnos agostina agostino agrata agripina agripino agrippa agrippin agrippine agrypina aguli aguna agus
  agustin agustina ahalya ahenk ahilya ahlem ahmad ahmed ahmet ahror ahsen ahw aiace aicha aida aidan aidano
  aiden aikaterini aileen aimable aime aimee aimone aina ainars aino aisha aishani aissa aissata aissatou aisyah
  aiyana ajala ajan ajana ajani ajda ajeet ajeng ajiman ajimat ajimin ajiono ajit ajita ajla ajlin ajna ajoke ak
  akaki akalp akande akanmu akanni akarsana akas akata akbas akbatur akbay akboga akboru akbudak akbugra akbulak
  akca akcakoca akcora akdemir akdogan ake akeem aki akibudak akif akifa akihiko akiko akim akin akinalp akinci
  akiner akinkunmi akinlabi akinwale akira akkun akkunlu akkurt akkus akmal ako akofa akorfa akos akosua akpira
  akram akroor aksel akshainie akshaj akshat akshata akshayakeerti akshita aksil aksungur aktan aktekin aktimur
  akua akula akulina akumaa akunna akvelina akwasi akwesi al ala alaba alaban alaboru aladag alade aladino
  aladogan alain alaina alaine alais alakurt alamanno alambana alamu alan alana alanis alanna alano alara
  alarico alassane alayna alayunt alayuntlu alba alban albane albano albena alberade alberic alberico albert
  alberta alberte albertha albertina albertine albertino alberto albertyna albin albina albino alboino albrecht
  albrico alceo alceste alcestiso alcibiade alcide alcidie alcime alcina alcine alcino alcyone alda aldegonde
  aldemir alden aldigerey aldo aldobrando aldogan aldonce aldric alea aleandro aleardo aleaume alec alee aleen
  alejandra alejandrin alejandro alek aleko aleks aleksa aleksandar aleksander aleksandr aleksandra aleksandre
  aleksandro aleksei aleksej aleksey aleksi alekso aleksy alemka alen alena alene alenia alenka aleodor aleramo
  ales alesea aleska alessa alessandra alessandro alessia alessio aleth aletha alevtin alevtina alex alexa
  alexander alexandr alexandra alexandre alexandrea alexandria alexandrina alexandrine alexandro alexandros
  alexandru alexane alexanne alexe alexei alexej alexey alexia alexie alexine alexis alexys alexzander aleya
  aleyna alf alfio alfons alfonsa alfonsino alfonso alfonz alfonzo alford alfred alfreda alfredo alfreds algirds
  algis algiso algu ali alia alic alica alican alice alicia alicja alico alida alienor aliette alighiero alika
  alima alimga alin alina aline alio aliona aliou alioune alis alisa alisan alisha alisher alisir alison alissa
  alissia alistair alistar alivia alix alixe aliya aliyah aliz aliza alize alizee aljaz aljosa alka alkaboluk
  alkaevli alkan alkasi alkis alla allan allegra allen allene alliaume allie allison ally alma almerigo almila
  almine almira almire almiro alois aloise aloisie aloisio aloizs alojz alojza alojzije alok alon alondraromina
  alone alonzo aloys aloyse alp alpagut alpamis alparsbeg alparslan alpata alpay alpaya alpaykagan alpbamsi
  alpbilge alpdirek alpdogan alper alperen alpertunga alpgerey alpha alphan alphee alphonse alphonsine alphonso
  alpike alpilig alpinien alpis alpkara alpkuluk alpkutlu alpsalci alptegin alptugrul alptunga alpturan alptutuk
  alpulug alpurungu alpurungututuk alpyoruk alsu alta altan altankagan altankan altay altea altemur althea
  althee altin altinkagan altinkan altinoba altintamgan altintarkan altintay altmiskara alton altuga alva alvah
  alvar alvaro alvena alvera alverede alverta alviero alvin alvina alvine alvis alvise alwar aly alya alyah
  alyce alycia alysa alysha alyson alyssa alyssia alysson alzbeta ama amabela amabile amac amadea amadeo amadeus
  amadou amady amael amahle amalia amaliane amalie amalija amalio amalric amalthee amand amanda amande amandin
  amandine amando amani amant amante amanzio amar amara amaranaath amarande amaranthe amaranto amaresh amari
  amarnath amaryllis amat amata amath amato amatore amauri amaury amaya ambar amber ambra ambre ambrine ambrogio
  ambroise ambroisie ambrose ambrosiano ambroz ambrozy amdy amea amedee amedeo amedeu amel amelia ameliane
  amelie amelien ameline amelio amely amelya amen amer america americo amerigo ameth amethyste ameyatma ami
  amicie amico amid amie amiel amilcare amin amina aminat aminata amine aminte amintore aminu amir amira amiran
  amish amit amita amiya amleto ammar amnh amodini amogh amoke amon amone among amope amore amos amour amparo
  ampelio amra amrak amrit amrita amritambu amrt amul amvrosiy amy amya amza an ana anaadi anabel anabela
  anabelle anaclara anacleto anae anael anaelle anagh anahi anahit anahita anaida anais anajulia anal anala
  analaura analuisa analuiza anamaria anamarija anamika anand ananda anandamayi anandswarup anang ananiy anano
  ananta anar anas anasofia anasooya anass anastacio anastas anastase anastasia anastasie anastasija anastasije
  anastasios anastasiy anastasiya anastassia anastaz anastazia anastazie anastazija anastazio anastazja anasuya
  anatazie anatol anatole anatoli anatolia anatolie anatolii anatoliy anatoliya anatoly anavictoria anca ancelin
  anceline anche anci ancica ancilla ancuk ancuta anda andac andariman andel andela andelika andelin andelina
  andelko andelo andeol anders anderson andi andjelina andoche andon andra andrada andranik andras andraz andre
  andrea andreane andreanne andreas andree andreea andrei andrej andreja andreo andres andrew andrey andri
  andrian andriana andrii andrija andrijana andrin andrina andris andriy andro andromeda andron andronik andrzej
  andy andzejs andzelika andzs anej anele anemona anemone anes anesa aneta anette anezka anfisa anga angadreme
  ange angel angela angeldaniel angele angelgabriel angelica angelika angelina angeline angelino angelique
  angelita angelo anggabaya anggun anghel anghelina angie angilbe angilberte angilran angoustan angus anhyt ani
  ania anibal anica anicee anicet aniceto anicette aniello anik anika anikey anikita anil anila anilaabh anilabh
  anina anis anise anish anisim anisoara anissa anita aniya aniyah anja anjali anjaneya anjela anjelica
  anjolaoluwa anjushree anjushri anka ankal anko ann anna annabel annabell annabella annabelle annaelle
  annagrazia annalena annalise annamae annamaria annamarie annapurna anne anneke anneli annelie annemarie
  annemijn annetta annette anni annibal annibale annie annika annikki anno annonciade annunziata anny anom anora
  anouar anouck anouk anowsh anrijs ansaldo ansbert ansberte ansel anselm anselma anselme anselmo ansgar ansgary
  anshula anslavs ansley ansovino anstrudie ant antal ante antea antek antelmo antero anthelme anthelmette
  anthony antide antigone antim antimo antin antino antioco antip antoaneta antoine antoinette anton antone
  antonela antonella antonello antonetta antonette antoni antonia antonida antonie antonietta antonij antonija
  antonin antonina antonine antonio antonis antoniu antoniy antoniya antono antony antti antun antwan antwon
  anuar anuja anuka anuki anunay anuraag anurag anuska anusuya anuta anvar anwesha anwsh anya anyt anze anzhela
  anzhelika anzor apa apak apatarkan aphelie apolena apollina apollinaire apollinare apollinariy apollinariya
  apollinary apolline apollo apollon apollonia apolloniya apostol apostolos appia appoline aprancur april apsara
  apuleio aqil aquilin aquiline aquilino ara arabela arabella arabelle araboga araceli aracely arademir aral
  araldo aram arame aranka ararat aras aratone arbay arbuz arcade arcadi arcadie arcadii arcadio arch archambaud
  archan archange archer archibald archie archil archimede archippo arcibaldo arcuk arda ardella arden ardic
  ardith ardito arduino arefiy areg arely aren aresio areta arevik argelia argentina argil argimiro argine argo
  argono argu argun arh ari aria ariadna arialdo arian ariana ariane arianna ariberto ariboga aric aricie arie
  ariel ariela ariele arielle arif arij arija arijit arijs arik arikagan arikdoruk arike arin arina arinc
  arindam arinola arion ariosto aris arisa aristarco aristarkh ariste aristeidis aristeo aristid aristide
  aristione aristita aristo aristofane aristotele arjen arjit arjun arkad arkadi arkadijs arkadiusz arkadiy
  arkadiya arkady arkhip arkin arkis arlene arleta arlette arlie arlo armagan arman armance armand armande
  armandine armando armani armel armeline armelle armen armida armide armin armine arminio armins armn armyn
  armyt arna arnac arnaldo arnaud arnaude arne arnesh arno arnold arnolda arnoldo arnost arnostka arnould
  arnulfo arolde aron arona aronne arpad arpat arpi arrigo arsal arsen arsene arsenie arsenij arsenije arseniusz
  arseniy arsh arshm arsil arsinoe arsipatra arslan arslanargun arslanboru arslansungur arslantegin arslanyabgu
  arslon arsun art arta artanto artawan artem artemis artemisa artemiy artemiya arthaud artheme arthur arthurine
  arthus artiinal artiom artm artmn arto artowr artuk artukac artur arturo arturs artus artut artyn artyom aruk
  arun aruna arv arved arvel arvid arvids arvilla arwa arwen ary arya aryan aryanna aryfr arymhr aryn arystarch
  arzen arzw asa asad asadulloh asake asal asan asanboga asantudun asantugrul asartegin ascanio ascelin asceline
  ascension asdrubale asel asella asen asha ashlee ashleigh ashlesh ashley ashly ashlynn ashmi ashok ashot
  ashton ashtyn asia asig asija asikbulmus asil asila asilbek asim asimodeo asirwada asirwanda asiya asja askila
  askin askold aslanaz aslesha aslijan aslim asliya asma asmaa asmaau asmadi asman asmi asmianto asmita asmuni
  asolat asr asri assa assetou assia assil assomption assunta assunto assya asta astalogul astarte asterie
  asterio astianatte astou astree astrid astrida astride asuela asug asuk aswani asya ata ataa atac atakagan
  atakan atalan atalay ataldi ataleo atalmis ataman atanas atanasia atanasij atanasija atanasio atanazie atanazy
  atasagun atasu ataullah atberilgen atena athalie athanase athanasia athanasie athanasios athena athenais
  athina athos atif atigay atikutlu atikutlutas atila atilgan atilla atim atimer atinuke atis atlas atli atlibeg
  atlikagan atma atmaca atmaja atmanand atmananda atreyee atreyi atsiz atso atsushi atta attila attilano attilio
  atuncu atws aube aubertine auberto aubin aubree aubrey aubry audace aude audebert audeline audie audouin audra
  audran audreanne audrey augucjo august augusta auguste augustin augustina augustine augustino augusto augustus
  augustyn augustyna aulia aura aure aurea aurel aurele aurelia aurelian aureliana aureliano aurelie aurelien
  aurelienne aurelija aurelio aureliu aurelle aurian auriane aurica auro auron aurora aurore ausilia
  ausiliatrice ausilio austen austin austyn autumn auxane auxence ava avadhesh avan avani avantika avar avaz
  avdal avdey ave aveline averardo averkiy avery averyan avet avgust avgustin avi aviel avigaelle avis avital
  avksentiy avluc avni avoye avraham avram avreliy avreliya avril avrora avsar avtandil avto avtonom awa awar
  awaz awero awesi awng axel axeline axelle axenia axinte ay aya ayaan ayaci ayah ayan ayana ayanda ayas ayaz
  aybalta ayban aybars aybeg ayd aydan aydarkagan aydemir ayden aydin aydinalp aydogan aydogdu aydogmus aydyn
  ayebatari ayem aygirak aygul aygun ayhan ayinde ayinke ayitmis ayiz ayizdag ayize aykagan aykal aykan aykurt
  aykut ayla aylan ayleen aylin ayline ayluc ayluctarkan ayma ayman aymane aymard aymardine aymen aymeric aymon
  aymonde aynur ayodeji ayodele ayoka ayomide ayomikun ayotude ayoub ayren ayruk aysar ayse aysil aysilig aytac
  aytak aytekin ayten aytug ayu ayushmati ayvaz ayyildiz aza azad azak azalea azalee azaliya azamat azariy azban
  azdh azeglio azelia azelie azeline azelio azer azgan azganaz azil azime aziz aziza azizhan azmi azra azrm
  azrmdkht azubuike azyt azzurra baaba baala baalaaditya baalagopaal baba babacan babacar babasola babatunji
  babawale babeta babette babila babir babur baby bacara baccayman bacco bacha bachana bachua bachuki bacman
  badabul bade badis badr badri badruk badur bafana bafode baga bagaalp bagaisbara bagan bagas bagasatulu
  bagatarkan bagatur bagaturcigsi bagaturgerey bagaturipi bagatursepi bagdagul bagis bagiya bagtas bagus bagya
  baha bahadir bahar bahia bahodir bahri bahriddin bahrom bahtiyar bahula bahuraksa bahuwarna bahuwirya baia
  baidehi baijayanti bailee bailey bajragin bakagul bakar bakary bakda bakhtiyor bakhva baki bakiadi bakianto
  bakidin bakijan bakiman bakiono bakir bakirsokum baksi bakti baktiadi baktianto baktiono bakula bala
  balaaditya balaban balachandra baladitya balagopal balagovind balaka balakatay balamani balamantri balamir
  balangga balapati balazs balcar baldassarre balderico baldo baldomero baldovino baldu baldwin balgopal balidin
  balijan balin balint balkik balqees balta baltaci baltar baltazar balthazar baltir baltur bambang bambina
  bamsi banara banawa banawi bancar bandhu bandhul banel bangizwe bangu banji bankim bankimchandra bankole banna
  banu banuta baptiste bara barak baraktore baran barbala barbara barbare barbarigo barbe barbeg barboga barbol
  barbora barbro barbu barbulsun barca barcadogdu barcadogmus barcadurdu barcadurmus barcan barcatoyun barchinoy
  bardibay bardo bardomiano bargan barica barimtay barin baris barkaa barkan barkdogdu barkdogmus barkdurdu
  barkdurmus barkin barlas barlibay barmaklak barmakli barman barnaba barnabas barnabe barney barno baron
  barrett barry bars barsaba barsbeg barsboga barsgan barsimeo barskan barsurungu bart barthelemy bartholome
  bartimee bartolo bartolomea bartolomej bartolomeo bartolomeu barton bartu bas basademir basak basan basanti
  basanyalavac basar basarab basat basbug basci basgan basil basile basileo basilia basilio basilisse baskin
  baskirt baskurt basma basmil bassiano bassilla bastar basti bastiaan bastian bastiano bastien bastugrul basu
  basut bathilde batilda batrak battal battista batu batuhan batuk batur baturalp baucido baudouin bawer bay
  baya bayancar bayankagan bayat bayazit baybars baybayik baybicen bayboga baybora baybure baydar baydemir
  baydur bayik bayincur bayindir baykal baykara baykoca baykuzu baylee baymunke bayna baynal baypure bayrac
  bayrak bayram bayri bayrin bayruk baysungur baytara baytas bayuncur bayur bayurku bayutmus bayuttu baz bazhen
  bazil bazir bazyli bbk bdllh bdr bdrn beat beata beate beato beatrice beatrico beatrix beatriz beatrycze
  beatus beau beaulah bebe beceapa beckem becky bedir bedirhan bediz bedr bedran bedreddin bedri bedrich
  bedriska beg begarslan begbars begbilgeciksin begboga begcur begdemir begdilli begdurmus beghrd begi begil
  begine begitutuk begkulu beglen begni begoyim begtas begtegin begtuzun behcet behic behlul behram behrem
  behruz behzat bek beka bekazil bekbekec bekec bekecarslan bekectegin beker bekhhm bekhhw bekhl bekhs bekhwd
  bekir beklemis bekmurod bektas bektur bela belcim belcir belek belemir belgi belguc belimir belina belinda
  bell bella belle bellino belma belo beltir beltramo beltun ben benadik bence bende bendeguz benedek benedetta
  benedetto benedict benedicte benedikt benedikta benedita benedykt benett bengi bengt bengu beniamin beniamina
  beniamino benice benicio benigna benigne benigno benito benja benjamim benjamin benli benlidemir bennet
  bennett bennie benno benny benoit benone bent bente benthe bentley benton benvenuta benvenuto benyamin bera
  beranger berangere berard berardo berat bercem berceste bercin berdan berdia berdibeg berend berendey
  berengario berenice berenico berenika berfin berginsenge bergu berinay berislav berit beritan berivan berk
  berkan berkay berke berkin berkis berkyaruk bermek bernadetta bernadette bernadine bernard bernarda bernardo
  bernd berneice bernhard bernice bernie berniece bernita beronico berran berre berry bert berta bertalan bertha
  berthe berti bertille bertilo berto bertold bertolda bertoldo bertolfo bertram bertrand berva bery beryl
  beryvn berywn besar besentegin beser besik besim besir beso besra bessie bestwwn betania betemir beth bethany
  bethel beti betina betsy betta bette bettie bettina betty bettye beulah beuve beverly bewr bextiyar beya beyaz
  beyizci beyrek beyrem bhaanumati bhaasvan bhaaswar bhadra bhadrak bhadraksh bhadran bhagavaan bhagirathi
  bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat bhardwaj bhargava bhargavi bhasvan bhaswar
  bhaumik bhavani bhaves bhdd bhdrkhn bhdys bheeshma bhekimuzi bhekizizwe bhekumbuso bhfrh bhfrw bhfryn bhhe
  bhhez bhhhst bhhr bhhrh bhhrhwhr bhhroz bhht bhhzd bhilangana bhima bhisham bhishma bhkhshy bhkhtyr bhko bhkr
  bhlen bhmn bhmo bhngyn bhnm bhnwd bhnwsh bhnz bhoj bhoopat bhoopati bhooshan bhooshit bhov bhoz bhr bhramar
  bhrez bhrfyn bhrh bhrhhm bhrk bhrkh bhrkhh bhrkhn bhrkho bhrkhy bhrm bhrng bhrozh bhrt bhrw bhrwz bhrz bhrzh
  bhrzn bhrzy bhshd bhshdr bhsoz bhstorh bhtsh bhtyn bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh
  bhuvaneshwar bhyj bhyn bhzd biagio bianca bianka bibek bibi bibiana bibianna bibiano biborka bice bicek
  bichiko bicki bickici bidin bidzina bigna bijay bikash bilal bilel bilge bilgebayuncur bilgebeg bilgeciksin
  bilgeisbara bilgekagan bilgekan bilgekulucur bilgekutluk bilgetacam bilgetamgaci bilgetardu bilgetegin
  bilgetonyukuk bilgez bilgic bilgin bilig bilik biljana bill billie billure billy bilol bilomir biloslav
  biloslava bilva bilwa bilyana bina binafsha binbegi bindir bindo bineta bino binta bintou binyamin birane
  birdie birgit birgita birgitta birgitte birino birjesh birol bisenija bisera biserka bishal bishnu bistra
  bitaybiki bitri bivoj bjarne bjorn bkhtyr bl blaga blage blagica blagitsa blagoj blagoja blagoje blagojka
  blagorodna blagovista blaguna blahomil blahomila blahomir blahomira blahoslav blahoslava blair blaise blake
  blanca blanche blandine blanduzia blanka blaz blaze blazej blazena blazhe blazhenka blbl bless blessing blhk
  bll blsm blygh bmdd bmshd bndr bnfshh bnr bnw bo boas boaz bob boban bobana bobbi bobbie bobby bobur bochia
  bodhan bodhi bodi boet boga bogac bogacuk bogatin bogdan bogdana bogde boge boginja boglarka bogoja bogoljub
  bogoslav bogu boguslava bohdan bohdana bohemond bohuchval bohumil bohumila bohumir bohumira bohun bohuna bohus
  bohuse bohuslav bohuslava bojan bojana bojislava bokde boke bokn bokwrd bolatito boldaz boldizsar bolemir
  bolen boleslav boleslava boleslavs bolmus bolsun bolukbasi bolun boluwatife bon bonagiunta bonaldo bonaventura
  bonavita boncuk bonek bonge bonginkosi bongul bongulboga bonifac boniface bonifacio bonita bonito bonnie bora
  boran borbala borcul borek borimir borimisl boris borislav borislava borivoj borivoje borjan borjana borka
  borko borlukcu borna bornak boro boroka bortecine bortolo boru borubars borusengun borut borys boshko bosiljka
  bosilka bosko botan botir botn botond botso bouba boubacar boubou bouchard bouchra bowie boyan boyankulu boyd
  boylabaga boza bozan bozboru bozdogan bozena bozetech bozetecha bozhana bozhemir bozhen bozhena bozhidar
  bozhin bozho bozhyn bozica bozidar bozidara bozislav bozkurt bozkus bozok bpwk brad braden bradford bradley
  bradly bradut brady braeden brahim brahma brahmaanand brahmabrata brahmanandam brahmdev brain brajan brajen
  brajendra brajesh bram brancaleone brandi brando brandon brandt brandusa brandy brandyn branimir branimira
  branislav branislava branka brankica branko brannon branson brant bratimir bratislav bratislava bratomil
  bratoslav braulio braxton brayan brbd brdy breana breanna breanne brenda brendan brenden brendon brenn brenna
  brennan brennon breno brent bret bretislav bretislava brett brh brhn brhym bria briac brian briana brianne
  brice bridget bridgette bridie brielle brieuc brigida brigita brigito brigitta brigitte brijesh brionna brisa
  brit brita britney britt brittany brkt brmk brmn brnwsh brock broderick brody brola bronislav bronislava
  bronislavs brook brooke brooklyn brooks brown brst bruce bruna brune brunehaut brunehilde brunhilda brunilde
  bruno bruto brwsk brwskh bryachislav bryan bryana bryant bryce brycen brygida bryon bryr brzw brzww brzwyh
  brzyn bs bshr bsl bsm bsym btwl bubu bucan buchi buck bucur bud budag budak buddh buddha buddhana buddy budhil
  budi budimir budislav budivoj budu budunlu budus budustudun buford bugday bugduz bugduzemen buge bugra
  bugrakarakagan bugu bugubilge buhle bukak bukaktutuk bukduz buke bukebuyrac bukebuyruc bukey bukhuti bukola
  buktegin bukusboga bulacapan bulah bulak bulan buldur bulent bulgak bulmaz bulmus buluc bulug buluk bulus
  bulut bumen bumin bunmi bunsuz bunul bunyamin burak burcak burdette bure burevist burgucan burgut burhan
  burhon burkay burkek burkut burley burluk burnice burslan burulday burulgu burunduk busayo busisiwe buster
  busulgan butak butuk buyan buyancuk buyandemir buyankara buyat buyrac buyruc buyruk buytur buzac buzactutuk
  bwjy bwn bwyn bwzhn bynr byrdoz byron bystrik byt byzhhn byzhn bzrgmhr caba cabdar cabli cabus cade caden
  caesar caetana cafer cagak cagan cagatay cagdas cager cagil cagla caglar caglayan cagri cagribeg cagrihan
  cagritegin cagru cahid cahya cahyadi cahyanto cahyo cahyono caino caio caitlin caitlyn caius caket cakrabirawa
  cakrabuana cakrajiya cakrawala cakrawangsa calanico calapkulu calcedonio cale caleb calebe caleigh cali calin
  calina calista calixte callie callisto callum calogera calogero calpurnia calvin camden camelia camelien
  cameron camil camila camilia camilla camille camillien camillo camren camron camryn camylle can cana canalp
  candace candar candelario candice candida candide candido candra candrakanta canel caner cangul cankan cankiz
  cannur cansel cansin cansu cantemir cantidio canziano capa capitolina capucine cara caraka carey caribert
  caridad carina carine carissa carl carla carlee carles carleton carley carli carlie carlijn carlo carloman
  carlos carlota carloto carlotta carlton carmel carmela carmella carmelo carmen carmina carmine carminho carmo
  carna carol carola carolanne carole carolin carolina caroline carolyn carolyne caronte carponio carrie carroll
  carson carter carub cary cas casandra casey casian casiana casilda casimer casimir casimira casimiro caslav
  caspar casper cassandra cassandre cassiano cassidy cassie cassien cassio cassiopea cassiopee castille casto
  cataldo cataleya catalin catalina catarina catena caterina catharina catharine catherine cathrine cathryn
  cathy catinca cato catrin catrina catrinel catullo catur caturangga caua cavid cawisadi cawisono cawuk cayadi
  cayla cazimir ceasar cebe ceca cecco cecelia cecep cecil cecile cecilia cecilie cecilio cecylia cecyliusz
  cedomir cedric cedrick cedrik cedrin celal celaleddin celasun celen celeste celestin celestina celestine
  celestino celestyn celestyna celia celian celie celien celik celil celina celine celinia celso cem cemal
  cemali cemani cemen cemeti cemgen cemil cemplunk cene cenek cengkal cengkir cenk cenka cerasela ceren cerise
  cesaire cesar cesare cesario cesminaz cestmir cestmira cetin cetinel cetiner cevahir cevat ceyda ceyhun ceykun
  ceyla ceylan ceylin ceylinaz cezar cezara cezary cezmi chaanakya chaaruchandra chabuka chad chadd chadrick
  chahine chahinez chai chaim chaima chaitan chakor chakradhar chakravartee chakravarti chakrika chanakya chance
  chanda chandak chandan chandani chandi chandini chandira chandler chandni chandra chandraayan chandrabhaga
  chandrabhan chandradev chandrakala chandraketu chandrakin chandramani chandramauli chandramohan chandran
  chandranath chandrani chandraprabha chandravati chanel chanelle chantal chapal chapala charak charalampos
  charity charl charlaine charleen charlemagne charlene charles charley charli charlie charline charlize
  charlotta charlotte charly charuchandra charumati charuvrat charvi chase chasity chaslav chaten chatur chatura
  chaturaanan chaturbhuj chauncey chaya chayenne chayma chaz chbk chedo chedomir cheick cheikh cheikhou
  chekhouna chelsea chelsey chelsie cherechi cherif cherubino cheryl cheslav chesley chester chet chetan
  chetanaanand cheyanne cheyenne chhko chhmhn chhmn chhmnh chhrzd chiaber chiaffredo chiamaka chiara chichia
  chichiko chidaakaash chidaatma chidambar chidambaram chidananda chikchika childebert chilperic chimamanda
  chinedu chinmayanand chinmayananda chinyere chiora chira chiranjeev chiranjeeve chiril chirill chirine chisom
  chito chitraksh chitrali chitramala chitrangada chizoba chkwk chlk chloe chnr chnwwr chola chomn chopy choqola
  chornota chpk chr chrabros chraniboj chranibor chranislav chranislava chretien chris christ christa christelle
  christer christiaan christian christiana christiane christiano christie christin christina christine
  christodule christoffer christop christoph christophe christopher christos christy chro chrudos chrysole
  chrysostome chrysoyla chukwu chval chwbyn chwghsh chwkl chwmhst chwrchr chwrhsh chwsh chy chymhn chyna chynh
  chyvn chywr ciaobella ciara cicek cicem cicero cici cielo cierra cigdem cigil cihad cihan cihangir cihansah
  cilasun cilay cilenti ciler cilvenaz cimen cindy cingir cino cinta cinthia cinzia ciprian cipriana cipriano
  cirano ciriaco ciril cirilla cirillo cirino ciro cise cisem cisil cistoslav cistoslava citlalli citra civan
  ciya claas claes clair claire clara clarabelle clare clarence clarenzio clarisa clarissa clarisse clark claud
  claude claudia claudie claudien claudine claudio claudiu claus clavdia clay clayton clea cleandre cleandro
  clelia clelie clemence clemens clement clemente clementina clementine clemenzia clemmie cleo cleofe cleonico
  cleopatra cleophee cleora clery cleta cletus cleve cleveland clifford clifton climaco clinio clint clinton
  clio clodomiro clodoveo cloe clorinda clotaire clothilde clotilde clovis cloyd clyde cobulmak coby coco
  cocukboru codin codrin codrina codrut codruta cody coen cointa cokramayul colby cole coleman colette colin
  coline colins colleen collien collin colman colmanno colmazio colomba colombano colombe colombo colpan colt
  colten colton colu columbus come comfort concepcion conception concetta concetto conchita concordio conner
  connie connor conor conrad consolata constanca constance constant constanta constantia constantin constantina
  constatin consuela consuelo cooper cora coralia coralie coraline corbin corbiniano cordelia cordell cordia
  cordie corene coreno corentin corentine corey corina corine corinna corinne coriolano cornel cornelia cornelio
  cornelis corneliu cornelius cornell coronato corrado corrine cortez cortney corto corvin cory cosima cosimo
  coskun coskuner cosma cosmin cosmina costache costante costantino costanza costanzo costel costin coty coumba
  courtney coy craig crawford cremenzio crenguta creola crescente crescenzia crescenzio crespignano crin crina
  crispino cristal cristaldo cristea cristian cristiana cristiano cristin cristina cristobal cristofor
  cristoforo cristopher crocefissa crocefisso cronida cruz crystal crystel csaba csanad csenge csongor ctibor
  ctibora ctirad ctirada ctislav ctislava cubeyr cullen cumhur cunegonda cuneyt cuniberto cupido curt curtis
  cuzia cvetka cvijan cvijetin cydney cynthia cyntie cyprian cyprien cyra cyrian cyriaque cyrielle cyril cyrila
  cyrille cyrine cyrus cyryl daan daantje dabiziv dacian daciana daciano dacin dacio dada dadap dadi dado daevi
  daevika dafina dafne dag dagel daghan dagmar dagmara dagoberto dags dahlia daiana daija dainuvite daisha
  daisuke daisy daiwik dajana dakota daksha dakshayani dale dalemir daleslava daley dali dalia dalibor dalibora
  daliborka dalida dalie dalila dalima daliman dalimil dalimila dalimin dalimir dalimira daliono dalla dallas
  dallin dalmazio dalton damar damaris damaso damayanti dame dameon damian damiana damiano damien damife damil
  damilare damilola damin damion damir damjan damjana damjanka damla damocle damodara damola damon damu dan dana
  danae danail danang dancho dandak dandapaani dandre dane dangelo dani dania danial danica daniel daniela
  daniele daniella danielle danielo daniil danijel danijela danika danil danila danilo danio danique daniswara
  danitsa danjuma danka danko dannie danny dante danu danuja danuse danuta dany danyka danyl daouda daphne
  daphnee daphney dara darasimi darby darcy darejan darek daren daria darian dariana dariati darie darien darija
  darijan darimin darin darina darine darinka dario darion daris darislava darius dariusz dariy dariya darja
  darko darla darleen darlene darmaji darman darmana darmanto darnell daromir daron darrel darrell darren
  darrick darrin darrion darron darryl darshan darshwana darsirah darta dartono daru daruna darwin darya daryani
  daryl dasa dashawn dasia datta dave daver davey davi david davida davide davids davilucca davin davina davino
  davion davis davit davon davonte davor davorin davriya davron davud davy davyd dawid dawn dawson dax dayaamay
  dayaananda dayaanidhi dayamayee dayan dayana dayane dayna dayne dayton dbn ddmhr dea dean deangelo deanna deb
  debbie debhr debora deborah debra decebal decimo declan dedric dedrick dee deeksha deen deenabandhu deepali
  deepan deepankar deependra deepesh deepika deeptanshu deeptendu deeptiman deeptimay deeptimayee deeptimoy
  deeptimoyee deevakar defne degna deion deja dejah dejan dejana dejon dejuan delal delaney delbert delcho
  delfina delfino delia delie delilah delinda delizia deljan dell della delmer delores delpha delphia delphin
  delphine delta demarco demarcus demario demba dementiy demet demeter demetra demetria demetrio demetris
  demetrius demetriusz demi demid demilade demiralp demirhan democrito demond demostene demyan dena deneval
  denis denisa denise denisz denitsa deniz denizalp dennis denny deny deodata deodato deon deondre deontae
  deonte depold dereck derek derick derin deron derrick dersim dervis derya deryn derys deryvn desanka desdemona
  deshaun deshawn desiderata desiderato desiderio desimir desire desiree desmond despina despoina dessie destan
  destany deste destin destinee destiney destini destiny detmar detrich dev devadatt devagya devajyoti devak
  devan devangana devani devante devasree devdan deven devesh deveshwar devi devika devin devon devonte devota
  devran devvrat devyn dewayne dewey dewi dewitt dewr dex dexter dexx dezider dfnh dgn dgnyt dhaanyalakshmi
  dhaaoodhu dhana dhanadeepa dhanalakshmi dhananjay dhanapati dhanesh dhanpati dhanu dhanvin dhara dharani
  dharitri dharmaketu dhatri dhen dhfr dhkr dhll dhrsym dhruv dhrwwn dhry dhshne dhshtew dhshty dhshtywn dhstn
  dht dhwhn dhwr dhyanesh dhyaneshwar diah diamante diamond dian diana diane dianna dianne dianora diar diara
  diarra dicle diclehan dida didem didier didimo didina diede diego dieke dies dieter dieudonne dieudonnee
  dieynaba digambar digambara digdaya dijana dikmen diksha dilafruz dilan dilara dilare dilaver dilay dilbar
  dilber dilberay dildar dildora dilek diler diletta dilfuza dilhan dillan dillon dilmurod dilnoza dilorom
  dilovan dilrabo dilruba dilsoz dimas dimaz dimche dime dimitar dimitra dimitri dimitrie dimitrii dimitrij
  dimitrija dimitrije dimitrina dimitris dimko dimo dina dinakar dinc dincer dinda dinesh dinis dinkar dino dinu
  diocleziano diodata diodoro diogene diogo diomede dion dione dionigi dionisia dionisio dionizy dionysios
  dionyz dionyzos dior dipa dipali dipankar dipendr dipendra dipesh dipika diptendu direnc diri dirja dirk diroj
  dirok dita ditte ditya divaakar divakar divine divis diviska divjot divna divo divya dixie diyana diyor diyora
  dizik djayden djeneba djenna djibril dkl dklh dko dl dlar dlawyz dlbnd dlbr dlbryn dldr dler dlgz dlkhosh
  dlkhwz dlksh dlkwrd dln dlngyz dlnwz dlnz dlo dlovn dlrb dlrm dlshd dluhos dlvyn dlwhr dly dlyh dlyr dlzr dm
  dmitri dmitrii dmitriy dmitro dmitry dmytro dn dnh dnhr dnn dno dnr dnsh dnwsh dny dnyl dnylh dnyr dnyt
  dobrava dobri dobrila dobrinka dobromil dobromila dobromir dobromira dobromisl dobromisla dobromysl dobroslav
  dobroslava dochia dock doda dodato dodo dogan doganay doganer dogu doina doinita dojchin doleslava dolly
  dolores dolunay dolyana domagoj domen domenic domenica domenick domenico domenik domezio domingo dominic
  dominick dominik dominika dominique domitille domiziano domnica domnika don dona donald donalda donaldo donat
  donata donatella donatello donato donavon dondu donka donna donnell donnie donny dono dora dorana dorcas dorde
  doreen dorel dorian doriana doriane doriano dorica dorin dorina dorine dorinel doris dorit dorka dorli dorofey
  dorota dorotea dorotej doroteja doroteo dorothea dorothee dorothy dorottya dorris dortha dorthe dorthy doru
  dostn dosty doubrava doubravka douce doug douglas dounia douwe dov dovie dovud doyinsola doyle dr draga dragan
  dragana dragi dragica draginja dragisa dragisha drago dragoje dragojlo dragoljub dragomir dragos dragoslav
  dragutin drahomil drahomila drahomir drahomira drahon drahos drahoslav drahoslava drahotin drahotina drahuse
  drahutin drajat drake draupadi draza drazen drb dren drew drhkhshn drhshmnh drhwn dries drina driss dro dron
  drona drs druina drvr dry dryd dryn drywsh drzimir drzislav ds dsn dso dstn dua duane duanne duarte dubravka
  dubravko duccio duco ducu dudley duduzile duilio duje dujo dulari dulce dulcemaria dulcinea dulina dumisani
  dumitra dumitrana dumitrita dumitru duncan dundar dune dunja dunya dura durad durante durda durdane durdona
  durga durgeshwari durica durmus durodola durriye duru dururbunsuz durward dusan dusana dusanka dushan dushanka
  dushka dushko dusica duska dusko dustin dusty dutu duuk duygu dvd dvlv dvr dvrvn dvryn dvryt dvvh dvvrh dvyr
  dwaipayan dwaipayana dwayne dwhr dwi dwight dwlbhr dwngh dwr dwrozh dwrshsb dwwd dwwrbyn dy dyah dyb dybdkht
  dydhm dydhn dydr dyko dykw dylan dylano dylmn dyln dyn dyna dynh dyno dynwsh dyr dyry dysm dywnh dyyh dzabuli
  dzaghina dzamisa dzhwr dzidzia dzile dzirkstite dzvezda dzvezdan dzvonko ea earl earlene earline earnest
  earnestine easter easton ebba ebe eberardo ebiere ebin ebiowei ebkizi ebony ebrahim ebren ebru ebunoluwa
  ebuzer ecaterina ecclesio ece ecehan ecem ecevit ecmel ecrin ecvet ed eda edd edda eddi eddie eddy ede
  edelberga eden edgar edgard edgardo edgaro edgars edhem edi edil edilberto edison edita edite edith editta
  ediz edmee edmond edmondo edmund edna edoardo edouard edoward eduard eduarda eduardo eduards edvard edvarda
  edvige edvin edvins edward edwardo edwin edwina edyta edyth edythe edzus eef eefje eekalabya eero eesaa eeva
  efe effie efim efimia efimija efisio efken eflah efraim efrain efrem efren efrosina efrosinia efsun eftalya
  eftim eftimia eftimie ega ege egemen egeo egidio egils eginardo egisto egizia eglantine egle egmont egon egona
  egor egrim ehmed eileen einar einars eino eirik eizens eja eka ekaaksh ekadant ekaksh ekalavya ekaling
  ekaparnika ekaterina ekaterine ekdant ekec ekim ekin ekmel eko ekow ekrem ekundayo el ela eladio elaide elaina
  elaine elakshi elanur elbek elbert elcin elda eldon eldor eldora eldred eldridge elea eleanor eleanora
  eleanore eleazar electa elektra elen elena elene eleni elenor elenora eleonora eleonore eleonoro elettra
  eleuterio eleuthere eleytherios elfrida elfrieda elgin elguja eli elia eliabeth eliah eliahou elian eliana
  eliane eliano elias eliasz elide elie eliel eliette eliezer elif elifio eligio elija elijah eliko elimena elin
  elina eline elinor elinore elio eliodoro elion eliona elior eliot eliott elisa elisabet elisabeta elisabeth
  elisabetta elisaveta elise elisea elisee eliseo elisey elisha elisio eliska eliso elissa elita elitsa eliza
  elizabet elizabeta elizabeth elizabeto elizar elizaveta elize elizej elizeus elizo elka elkin ella ellada elle
  ellen elli ellie elliot elliott ellis ellsworth elly elma elmar elmars elmas elmer elmira elmo elmore elmurod
  elna elnare elnora elnur eloa eloan eloane elodia elodie elody elogio eloi eloisa eloise elon elona elone
  elora elouan elouise eloy elpidio elroy elsa elsbeth else elsie elta elti elton eluh elva elvan elvera elvezio
  elvia elvie elvin elvina elvino elvira elvire elvis elwin elwira elwyn elya elyanora elyas elyes elyne elynn
  elyor elyse elyssa elza elzbieta elzear ema eman emanoil emanuel emanuela emanuele emanuelly emanuil emas
  embuh emced emeka emel emelia emelie emeline emely emelyan emerald emerance emerencie emeric emerich emerson
  emery emese emi emidio emie emiel emil emile emili emilia emilian emiliana emiliano emilie emilien emilija
  emilijan emilio emiliya emils emily emin emine emir emirhan emma emmalee emmanoyil emmanuel emmanuelle
  emmanuil emmelie emmely emmerico emmet emmett emmi emmie emmitt emmy emna emong emory empirio empluk emrah
  emre emrullah emy emzar ena enakshi endah ender enderun endra endrigo enea enecone enes engelbert engin
  enguerrand enid enie enimia enio eniola enis enise enna ennio enno enoch enola enora enos enrica enrico
  enrique ensar ensio enteng enver enya enyo enzo enzogabriel ephraim epifan epiphane era eracla eraclide eraldo
  eralp erardo erasmo erast eray erazim erazmo erazmus erberk erberto ercan ercin ercolano ercole ercument erda
  erdal erdem erdeni erdenikatun erdeniozuk erdinc erel eremey eremia eren erenia erentuz ergene ergenekatun
  ergin ergun erguner erhan erhard eriberto eric erica erich erick ericka erico erik erika eriks erin erinc
  erine erkam erkan erke erkki erling erma erman ermanno ermelinda ermen ermenegarda ermenegilda ermenegildo
  ermes ermete ermil ermilo erminia erminio ermins ermolay erna ernecjo ernest ernesta ernestina ernestine
  ernestino ernesto ernie ernst erofey erol eron eros ersan ersilia ersin ertan erten ertenozuk ertugrul ervin
  ervina ervins erwan erwann erwin eryn esat esau esben esen esenbike eser esha eshana eshita eshkha esi esin
  esma esmail esmee esmeralda esmeray esmira esperanza esra esref esse essie esta esteban estefania estel estela
  estell estella estelle ester estera esterina estevan esther estiawan estiono estrella esuperio esupofo eszter
  etela eter eterie etha ethan ethann ethel ethelyn ethem ethyl etienne etil eto ettie ettore eubert euclide
  eudes eudochia eudokia eudoksja eudora eudoxe eudoxie eufebio eufemia eufemio eufrasia eufronio eufrosina
  eufrozina eugen eugene eugenia eugenie eugenio eugeniu eugeniusz eula eulah eulalia eulalie euna eunice eunika
  euphrasie euridice eurydice eusebe eusebia eusebie eusebio eusebiu eusebius euseo eustache eustatiu eustorgio
  eustosio eustracjusz eutalia eutalio eva evald evaldo evalds evalyn evan evandro evangelina evangeline
  evanghelina evann evans evar evarist evariste evaristo evasio evdochia evdokija evdokim evdokiya eve evelien
  eveliina evelin evelina eveline evelino evelyn evelyne even everardo everett everette evert evfrosiniya
  evgenii evgenij evgenija evgeniy evgeniya evgeny evgheni evghenia evghenii evgraf evi evidio evie evin
  evlampiy evo evodio evpraksiya evran evrard evremondo evren evsen evsey evstafiy evstigney evtim evy evzen
  evzenie ewa ewald ewan ewatomi ewelina ewell ewen ewenn eya eyaggelia eyaggelos eyal eyiz eylul eymen eyram
  eysan eystathios eytan eythan eyup ezechiel ezechiele ezekiel ezequiel ezio ezoza ezra ezrak faas faatimaa
  fabia fabian fabiana fabiano fabie fabien fabienne fabijan fabio fabiola fabrice fabricia fabricio fabrizio
  fadekemi faderera fadey fadi fadil fadime fady fae fahrettin fahri fahriddin fahriye fahrunissa faik faina
  faiq faisal faith faizah falba falih falk famiano famke fana fanika fanka fanni fannie fanny fanta fantin
  fantine fanyana fara farah farangiz fardau fares farhunnisa farida faris farouk farruh faruk fasih fathonah
  fatih fatim fatima fatimata fatime fatimo fatin fatma fatos fatou fatouma fatoumata faust fausta faustin
  faustina faustine faustino fausto faustyn faustyna favian fay faya faye fayen fayenne faysal fayzbek fazil
  fazilat fazilet fazio fazli fazliddin fazullah fd fdl fdy fdyl feba febe febi febriana febrina feda fedai
  fedde fedele federica federico fedir fedor fedora fedosiy fedot fedro fehime fehintola fehmi feisal fekla
  felice felicia felician feliciano felicie felicien felicita felicitas felicite felicity feliks felina feline
  felipa felipe felix felton fem femke femm fender fenja fenna fenne feodor feodora feodosia feodosiya feofan
  feoktist ferah feramus feramuz ferapont feray ferda ferdi ferdinand ferdinanda ferdinando ferdynanda fereh
  ferenc ferhan ferhat feride feridun feriel feriha ferit ferman fermiano fermin fermo fern fernanda fernando
  fernandojavier ferne ferqane ferre ferruccio ferruh feruza feryel festo fevronia fevroniya fevzi fexriyye
  feyyaz feyza feyzullah fhd fhmy fhrhd fhrhhng fhrhydwwn fhrmn fhryd fiacre fiammetta fibikemi fidan fidel
  fidele fidelie fidelius fidenziano fidenzio fieke fien fiene fiep fiete figen fiifi fikayomi fikret fikri
  fikriye filaret filemon filibert filiberto filimena filimon filip filipa filipe filipino filipp filippa
  filippo filiz filofteia filomen filomena filomeno filotije filou fily fine finia finja finlay finley finn
  finnja finnley fiodor fiona fionn fiordaliso fiore fiorella fiorenza fiorenziano fiorenzo firas firdavs
  firdevs firmin firs firuze fitrat fitri fitria fitriani fiz fkhr fkhry fkr fkry fl flaminia flavia flavian
  flaviana flaviano flavie flavien flavio flaviu flavius fleano fleta fletcher fleur flg flip flo floare floarea
  flodoard floor floortje flor flora flore florea florence florencia florencio florencja florent florenta
  florentin florentina florentine florentyn florentyna florestan florian floriana floriane floriano florica
  florida floridia florie florin florina florine florinka floris flossie floy floyd flurin flurina flynn foca
  fode foka folafoluwa folashade folco folu foma ford forest forrest fortunat fortunata fortunato fortune
  fortunee fos fosca fosco foss foster fotih fotima fotios fotiy foucauld foulques fran frana franc franca
  france frances francesca francesco francette franci francia francine francis francisc francisca francisco
  francisko francisque franciszek franciszka franck franco francois francoise franjo frank franka frankie
  franklin frantisek frantiska franz franziska frbd frbgh frbr frdd frdys fred freda freddie freddy frederic
  frederica frederick frederico frederik frederike frederiko frederique fredrick fredrik fredy freeda freek
  freeman freida freja frenkie freya frgm frh frhd frhn frhng frht frhwd frida frido fridolin fridrich frieda
  friederike friedrich fritz frj frjd frkh frkhdd frkhlq frkhmhr frkhpy frkhrw frkhzd frmn frmrz frmysk frngys
  frnk frnwd frnwsh frny frnz fro frol frontiniano frosina frs frshd frshth frshyd frt frusina fruzsina frwd
  frwgh frwq frwtn frwz frwzn frwzndh frwzsh fryb frybrz fryd fryderyk frydkht frydwn fryl frym frymh frymn fryn
  frynwsh frynz fryshth fryvn frywn frywsh frz frzd frzm frzn frznh frzyn fshyn fsnh fswn fte fth fthy ftmh ftnh
  fuat fud fulbert fulberto fulcran fuldem fulden fulgence fulgenzio fulvia fulvio fulya fumio funani funda
  funmilade funmilayo fureyya furio furkan furman furseo furuzan fuscolo fusun fuzuli fwz fwzy fyf fyk fynn
  fyodor fyrwz fyrwzh fysl gabe gabi gabin gabino gabor gabriel gabriela gabriele gabriella gabrielle gabrielo
  gabrijela gad gada gadang gading gadis gaduh gael gaelle gaetan gaetano gaffar gaffor gafur gaga gagan gage
  gagi gagik gaglioffo gaia gail gaiman gaio gaj gaja gajaadhar gajabahu gajadhar gajana gajbaahu gakha gal gala
  galaba galak galaktion galang galar galatea galdino galeazzo galena galfryd galih galileo galina galiono
  gallicano galuh galur gamal gaman gamani gamanto gambira gamblang gamze ganak ganaka ganapati ganda gandewa
  gandharv gandharva gandi gandolfo gane ganep ganesh ganesha gangesh gangsa gangsar ganjaran ganna gantar gara
  garan garance garang garda gardner garett garfield garik garika garimberto garland garnet garnett garnier
  garnoslav garret garrett garrick garrison garry garth garud garuda gary gaspar gaspard gaspare gasper gasti
  gaston gastone gastono gati gatien gatik gatot gatra gatsha gaud gaudenzia gaudenzio gaudino gauraang gaurang
  gauranga gautam gautama gautami gauthier gautier gautiero gavin gavino gavril gavrila gavrilo gavxar gawati
  gayane gayatri gaye gayle gazanfer gazi gbadebo gbeminiyi gbemisola gbolahan gbowoade gbr gd gdvn geanina
  gedeon gedeone gederts gedia geeta geetanjali gega gegi gejza gela gelena gelila gelin gelincik gellert gels
  gelsomina geltrude gelu gema gemine gemini geminiano gemma genadi genadij gencer gene generosa generoso
  genesia genesio genesis geneva genevieve gennadiy gennaro genoveffa genoveva genta gentiana gentile genziano
  geo geoffrey geoffroy georg george georgel georges georgeta georgette georgi georgia georgian georgiana
  georgianna georgije georgina georgios georgiy georgo georgy geovanni geovanny geovany gerald geralda geraldina
  geraldine gerard gerarda gerardina gerardo gerasim gerasimo geraud gerazim gerazym gerberge gerbert gerda
  geremia gergely gergo gerhard gerharda gerino germain germaine german germana germano gerolamo geronimo
  geronzio gerrit gerry gerson gertrud gertruda gertrude gertrudo gervais gervasio gesualdo geta gevheri gevorg
  geza gfn ggn ghaliyati ghanaanand ghanashyam ghani ghanshyam ghariba ghenadi ghenadie ghennadi gheorghe
  gheorghi gheorghii gheorghina gheorghita gherardo gherghina gherman ghfr ghhmbr ghhmgyn ghhze ghhzl ghislain
  ghita ghl ghln ghlo ghlwezh ghnchh ghnjo ghnm ghrchhr ghrdh ghrdwwn ghrdy ghrmen ghrmyn ghshbyn ghshbyr ghsht
  ghshw ghshwh ghsn ghughuna ghvinia ghvtisavari ghvtisia ghvtiso ghwgh ghwhhre ghyth ghzlh ghzo ghzy ghzyzh gia
  giacinta giacinto giacobbe giacomo giada giadero giambattista gian gianbattista giancarlo giandomenico
  gianfranco gianina gianluca gianluigi gianmarco gianmaria gianmario gianna gianni gianpaolo gianpiero
  gianpietro gianuario giasone gibran gica gicu gideon giel gifty giga gigi gigilo gigla gigliola gigoli gijs
  gil gilang gilbert gilberta gilberto gilda gildo giles giliola gilles gillian gillo gina gineto ginevra
  ginewra ginger gino gioacchina gioacchino giobbe gioberto gioconda giocondo gioele gioia gion giona gionata
  giordano giorgi giorgia giorgian giorgiana giorgio giosue giosuele giotto giovani giovanna giovanni giovanny
  giove gioventino giovenzio girardo girart giray giri girija girik girika girindra giriraaj giriraj girish
  girja girolamo girts gisela gisele gisella gislebert gisselle gita gitanjali gitte giuda giuditta giulia
  giuliana giuliano giulio giulitta giuseppa giuseppe giuseppina giusta giustiniano giusto givi giviko giyas
  giyos gizela gizem gl gladhyn gladyce gladys glafira glar glauco glbd glbhr glbm glbn glbnw glbr glbrg glbw
  glbyz glchyn gld gldkht gldys gleb glen glenda glenn glenna glennie glfrwz glib gligor gligorije gllh glndm
  glnr glns glnwsh glnwz glnz gloria glorie glpr glprh glpry glpwnh glpwsh glrb glrh glrkh glrng glrw glryz gls
  glshn glshyd glvv glwyz gly glyh glyt glzd glzr gm gmo gnat gnes gobinda gocha godeberta goderdzi godfrey
  godiva goffredo gogi gogicha gogita gogo gogola gogotur gohar gojko gokalp gokben gokboru gokce gokcegol
  gokcen gokcicek gokmen goknur goko goksin gola golda golden golia golub golubinka gomberto gon gonca goncalo
  gondebaud gondulfo gonenc gonerio gongor gonsalwy gonthier gontran gonul gonzaga gonzague gonzalo gopaal gopal
  gopee gopi gorakhanatha gorakhnath goran gorana goranka gorazd gorche gordan gordana gordey gordiano gordiy
  gordon gore gorgi gorimir gorislav goritsa gorjan gorjana gorkem gorn gorny gorr gorun gosto gostomysl
  goswamee goswami gothard gotse gottardo gottfried gotum goty goundo gouranga goutam govher govhnd govinda
  goyzh goyzhh gozde grace gracian graciana gracie graciela graciliano gracja gradimir grady graham grant
  granville gratian gratiana gratiela grato grayce grayson grazia graziana graziano graziella grazina grdafryd
  grdn green greg gregg gregoire gregor gregoria gregorian gregorio gregory gremislav greta gretchen greyson
  grga grgo grgur grgyn griffin grigol grigor grigore grigori grigorije grigorios grigoriy grigory grimaldo
  griselda grizelda grover grozda grozdan grozdana grsh grshsb grshyn gry grzegorz gshsbbnw gshtsb guadalupe
  gualberto gualtiero gubio gudakesa gudakesha gudrite gudrun guelfo guenda guendalina guenievre guerin guerrino
  guga guglielmo gugu gugula guguli guguna guher gui guiberto guido guilhem guilhemine guilherme guillaume
  guillemette guillermina guillermo guiscardo guiseppe guka gul gula gularisa gulay gulbahar gulbaxor gulben
  gulchexra gulcin guldem gulden guldeste gulegen gulemen gulen guler gulgun gulhan gulia guliko gulisa gulistan
  guljamol guljaxon gulnara gulnaz gulnora gulnoza gulom guloy gulpembe gulriz gulsen gulseren gulsora gulsum
  gultamze gultekin gulumser gulvardi gulvardisa gulzira gulzoda gumesindo gumus gun gunars gunay guncicek
  gundelinda gundogdu gundogmus guner gunes gungor gunilla guniz gunnar gunnel gunner gunnur gunsel gunseli
  gunter gunyaruk guram gurbuz gurcan gurchin gurdal gurdev gurga gurgitsa gurhan guriy gurkan gurol gursel guru
  gus gussie gust gustav gustava gustave gustavine gustavino gustavo guus guusje guven guvenalp guvercin guy
  guyot guzey gvadi gvanji gvantsa gvendolina gvitia gvln gvn gvny gvozden gvr gvrita gvrn gvryl gvrylh gvvn gvy
  gwdrz gwen gwenaelle gwendoline gwendolyn gwhrnz gwido gwlbhhr gwlbhnd gwlchyn gwlh gwlhbkh gwlihndm gwllh
  gwln gwlshhn gwly gwlzhyn gwlzr gwmtw gwndy gwrd gwrdh gwrdo gwrwwn gy gybhnd gyh gyl gyld gylt gyly gyorgy
  gysw gyty gyvr gyw gze gzl gzng haajaru haanee habbab habib habiba habil haby hacib hadi hadja hadley hadriel
  hadrien hafi hafid hafiz hafsa hafsaa hafshah hagen hailee hailey hailie haim hairyanto hajar hakan hakem haki
  hakim hakki hakob hakon hal haldun hale haleemaa haleigh haley halie halil halim halima halina halis halit
  halle hallie haluk hamdi hamdullah hamed hami hamid hamidou hamima hamish hamit hamlet hammad hamsini hamza
  hamzah hana hanae handan hande hanefi hanga hani hania hanifa hank hanna hannabel hannah hanne hannele hannes
  hanno hannu hans hansjorg hanspeter hansruedi hansueli hanus haralamb haralambie harald hardana hardi hardouin
  hardy hari harimurti harinakshi harinarayan harit harita harja harjasa harjaya harjo harley harmon harmony
  harold haron haroun harouna haroune harowtyown harper harriet harrison harry harsana harsanto harsaya hartaka
  hartana harto haruki harun harvey hasan hasano haseki hasibi hasim hasin haskell hasmet hasmik hasna hasnaau
  hassan hassane hassie hasta hastal hata hatem hatip hatouma hattab hattie hauke hava havaa havel haven havla
  hawa hawar haya hayal hayali hayat hayati hayato haydar hayden hayk haylee hayley haylie hazan hazar hazel
  hazim hazle hbyb hdhyfh hdr hds hdsh hdy hdyd heath heather heaven heber hector heda hedda hedelin hedi hedvig
  hedviga hedvigo hedvika hedy heema heidi heidrun heikki hein heinrich heinz heitor heja hektoro helen helena
  helene heleno helga helie helier helin helio helios helle hellen helmer helmut heln heloisa heloise hem hemn
  henderson hendra hendri hendrik hendrika hennes henning henri henrich henrick henrie henrieta henrieto
  henrietta henriette henrik henrike henrique henry henryk henryka heorhiy heracleea herbert herberta herluin
  herman hermann hermenegildo hermina hermine herminia herminio hermiono hernan hersh hershel herta hertha heru
  herve heryanto hester hesti hettie heval hevi hevy hfdh hfsh hfydh hgr hgy hgyt hhlbhst hhlen hhlgwrd hhlkhwt
  hhllh hhlo hhlwest hhmhdn hhmwr hhmyn hhndryn hhnr hhnysk hhrd hhrdhm hhrdhvn hhrdhwn hhrdy hhrdyn hhrem hhrez
  hhrhs hhrme hhrmn hhrzh hhrzhyn hhst hhsty hhstyr hhtw hhvl hhvyn hhwen hhwl hhwr hhwrmn hhwry hhwrz hhyrn
  hhzhdhr hhzhen hhzhn hhzhr hhzhyn hhzhyr hiba hicabi hicham hidaya hidde hideki hieronim hifzi hikmat hikmet
  hilaire hilal hilar hilario hilarion hilarius hilary hilbert hilda hildebert hildegard hillard hillary hillel
  hilma hilmi hilola hilton himadri himani himawan himeno himmet hincmar hind hindhu hipolit hipolito hippolyte
  hira hiram hiranmay hiranmaya hiranya hirofumi hirokazu hiroko hiroshi hiroyuki hisam hizir hjalmar hjb
  hkhmnsh hkym hlengiwe hll hlmy hly hlym hm hmd hmdkht hmdm hmdn hmdy hmno hmrh hmrz hmvtl hmwdh hmy hmyd hmyrh
  hmywn hmzh hn hndhr hngmh hnh hnn hnvkh hny hnyh hnyt hobart hobh hogr hojimurod hokr holden hollie hollis
  holly homer homero homhr honhr honor honore honorine honorius hony hope horac horace horacio horacy horatiu
  horea horh horia horm horst hortense hortensia hortensie hortenzia hortenzie hory horymir horymira horyn hosea
  hosein hoshhng hoshmhnd hoshyn hosiyat hossein hostimil hostimila hostimir hostimira hostislav hostislava
  hostivit houda houston hovard hovhannes hovn hovr howard howell hoyt hoz hozan hozh hozhn hozhyn hozn hoznhwn
  hrl hrmz hrpk hrth hrvn hrvoj hrvoje hrvojka hryhoriy hsd hshm hsm hsn hsnh hsny hsty hswn hsyn htb htm hubert
  huberto huccet hud hudavendigar hudayi hudson hugh hugo hugues huguette hulda hulki hulusi hulya huma humaira
  humay humayun humberto humeyra hunaidhaa huner hunor hunter huriye hurkan hurram hurshida hursit husain
  husameddin husamettin husein huseyin husida husnida husniya husnora husnu husrev hussain hussein huub huzeyfe
  hvalimir hvd hvdyh hvezdoslav hvezdoslava hvh hvsn hvyv hwbyr hwdhm hwdhng hwdyn hwkhwn hwkr hwkwrd hwmhnd
  hwmn hwnhr hwnm hwnz hwr hwrchhr hwrdd hwrdkht hwre hwrmnd hwrtsh hwrwsh hwrz hwrzd hwshng hwshyr hwt hwtn
  hwyd hwzhyn hwzhyr hy hyacint hyacinta hydrh hyh hykl hylh hym hyman hynek hynnyt hypolit hyrbd hyrmnd hyrn
  hyrvt hythm hytsb hyw hywr hyym hyzh hyzl hzhh hzhn hzho hzhyn hzhyr hzm ia iacob iacopo iacopone iacov iago
  iakov iamze ian iana iancu ianina ianira ianis ianna ianos iaroslav iaroslava iasmina iatamze ib iban ibidapo
  ibironke ibodulloh iboja ibou ibra ibraaheem ibrahim ibrahima ibrani ibrohim ibukunoluwa ibun ica icaro icha
  ichiro icie icilio iclal ico ida idan idea idell idella idil idir ido idowu idris idriss idrissa idy ielbhg
  ieremia ieremiy ievgen iezyd ifa ifeanyichukwu ifeoluwa ifeoma iffar iffet ifora ifunanya ig ige iginia iginio
  igino ignac ignacie ignacio ignacy ignat ignata ignatius ignatiy ignazio ignjat igor igori igry igryn ihfsws
  ihhmhd ihhng ihkhthr ihlhnd ihlms ihngez ihor ihrdhln ihrdhwn ihrshln ihrsyn ihrywn ihrzhng ihrzyn ihsan ihshk
  ihtiyor ihvan ihvdl ihvrhs ihvyn ihwrd ihwyn ihzhdhr ihzhy ihzhyn ihzmhr ika ikbal ike ikeme ikenna ikeoluwa
  iker ikhidie ikhsan ikicitoyun ikin ikm iko ikoyn ikr ikrime ikrom il ila ilacin ilai ilan ilana ilaria ilarie
  ilario ilarion ilay ilayda ilbey ilbilge ilda ildebrando ildefonso ildegarda ildegonda ildika ildike ileana
  ilene ilenia ilgegu ilgin ilgmars ilham ilhami ilhan ilia ilian iliana iliane ilias ilie ilies ilija iliko
  ilinca ilindenka ilinka ilja iljana ilkay ilkben ilke ilker ilknur ilko ilksen ilkyaz illia illidio illuminato
  illya ilmari ilmars iln ilona ilqar ilsa ilse ilva ilya ilyaas ilyan ilyana ilyane ilyas ilyass ilyes ilyess
  ilyn ilyos ilza ilzo ima imad imam iman imane imani imeda imelda imen imene imez imge imhd imke immacolata
  immacolato immanuel imn imnj imogen imogene imoleoluwa imran imrane imre imrem imrich imron ina inanc inara
  inars inaya inc inci incoronata indah inder indiana indira indra indrikis indro indy ines inesa inessa inez
  inga inge ingeborg ingeborga inger ingmars ingrid ingrida inguna inioluwa inja inka inkeri inna innesa
  innocent innocente innocenty innocenza innocenzo innokentiy ino inocenc inocentiu insa intan inwbnyny inyoni
  inza ioan ioana ioanina ioanna ioannis iolanda iole ion iona ione ionel ionela ionelia ionica ionne ionut
  iordw iorio iorkhn ioseb iosefina iosif iouri ipat ipatiy ipek ippocrate ippolit ippolito ir ira iraida irakli
  irakliy irawati irem iremide irena irene irenej ireneo ireneus ireneusz ireno ireti iretioluwa irez irfan
  irhzww iriana iride iridenta irina irinc irinckol irine irinel irinka iris irisa irm irma irmak irmeli irmina
  irn irnanto iroda iron iros irrt irs irsad irtis irvin irving irwan irwin iry iryko iryn iryna irynko irynzdh
  irz irzok isa isaac isabeau isabel isabela isabell isabella isabelle isabelly isac isacco isadora isadore isai
  isaia isaiah isaias isak isaure isay ischirione ise isee iseoluwa iseult ishaq ishn ishola ishty iside isidor
  isidora isidore isidoro isidro isig isik isil isilay isin isiner isioma isis isisa iskh iskra isla islam islom
  ismaaeel ismael ismaele ismaelo ismail ismaila ismerie ismet ismn ismoil isn isnghr iso isobel isolda isom
  isos isotta isra israa israel issa issac issam issiaka istvan istyg ita italia italo itil itir itri itunuoluwa
  itzel itzhak iulia iulian iuliana iuliia iuliu iuri iurie iurii iustin iustina iustinian iva ivah ivan ivana
  ivancica ivane ivanka ivanna ivano ivanoe ivar ive ivek iven iveri ivest ivestn iveta ivetta ivica ivkirion
  ivko ivna ivo ivona ivone ivonne ivor ivory ivr ivy iwan iwd iwder iwdhl iwdhng iwen iwez iwezh iwezn iwhz
  iwmed iwn iwng iwr iwrh iwrng iwt iwyn iwz ixtiyar iya iyabode iyad iyadunni iyanuoluwa iyed iyik iyiktag
  iyinoluwa iylkhn iylm iylyn iyr iyrhm iyryhn iz iza izaak izabela izabella izaiah izaias izajasz izak izako
  izd ize izel izia izidor izidora izmael izmail izolda izoldo izot iztok izw izyaslav izydor izyz izzet
  izzettin izzy jaakko jaba jabal jabari jabulile jace jacek jacey jachym jacinthe jacinto jack jackeline jackie
  jacklyn jackson jacky jaclyn jaco jacob jacoba jacobo jacobus jacqueline jacquelyn jacques jacynthe jad jada
  jade jaden jadesola jadon jadran jadrana jadranka jadranko jadro jadwiga jadyn jaeden jael jaelynn jaeman jaga
  jagadish jagadisha jagapati jagaraga jagathi jagdeep jagdish jagica jagmeet jagoda jahnu jai jaida jaiden jail
  jailey jailyn jaiman jaime jaimini jaimy jairo jais jaivey jaka jakayla jake jakelino jakob jakobino jakobo
  jakov jakub jakuba jakubina jakubka jale jaleel jalen jalil jalol jalon jalou jalyn jamaal jamal jamalia jamar
  jamarcus jameelaa jamel james jameson jamey jamie jamil jamila jamir jamiro jamison jammie jamol jamshid jan
  jana janae janaina jane janek janelle janessa janet janeta janez jani janica janice janick janie janin janina
  janine janis janiya janja janjo janka janko janna jannah janne jannek jannes janni jannie jannik jannis jano
  janos janosch janusz jany japhet jaquan jaquelin jaqueline jara jared jaren jari jarji jarmil jarmila jarne
  jarno jaro jarod jarolim jarolima jaromil jaromir jaromira jaron jaroslav jaroslava jarred jarrell jarret
  jarrett jarrod jarvis jarwa jarwadi jarwi jasen jasenko jasin jasmani jasmijn jasmin jasmina jasmine jasna
  jasnena jason jasper jassem jassim jasur jaswadi jati jatmiko jaunita jautrite javad javakhi javas javi javier
  javlon javohir javon javonte javorka jawad jawed jax jaxon jaxx jay jaya jayadi jayce jaycee jayda jayde
  jayden jaydon jayeng jaylan jaylano jaylen jaylin jaylinn jaylon jayme jayne jayson jayvano jazeps jazlyn
  jazmin jazmyn jazmyne jazz jazzlyn jazzlynn jbn jbr jbryl jd jean jeana jeanette jeanie jeanne jeannedarc
  jeannel jeannette jeannie jeannot jed jedediah jedidiah jef jeff jefferey jeffery jeffrey jeffry jefri jefta
  jegr jehanne jekabs jela jelena jelica jelisaveta jelita jelka jella jelle jelmer jelte jemal jena jenel
  jenifer jenna jennah jennie jennifer jennings jenny jennyfer jenovefa jens jensen jente jeppe jerad jerald
  jeramie jeramy jerel jeremi jeremiah jeremias jeremiasz jeremie jeremy jergus jermain jermaine jermey jernej
  jerod jerome jeromo jeromy jeronimo jeronym jerrell jerrod jerrold jerry jerzy jesa jesika jesper jess jesse
  jessica jessie jessika jesslyn jesslynn jessy jessyca jesus jet jett jette jettie jevgenijs jevon jevrosima
  jewel jewell jezdimir jfr jhd jhhn jhn jhnbkhsh jhnbkht jhnbnw jhndkht jhndr jhngyr jhnnz jhz jibril jidde
  jihane jil jilji jill jillian jim jimena jimi jimmie jimmy jimram jinane jinawi jindra jindrich jindriska
  jinte jinthe jip jiri jirina jitender jitendra jitka jiyan jll jlyl jmh jml jmn jmshyd jmy jmyl jmyn jno jo
  joachim joah joakim joakimo joan joana joanie joann joanna joanne joannie joanny joany joao joaolucas
  joaomiguel joaopedro joaquim joaquin joas job jocelyn jocelyne jocjo jodi jodie jody joe joel joelina joeline
  joelle joep joes joesph joey johan johana johancjo johanino johann johanna johanne johannes johano johathan
  john johnathan johnathon johnnie johnny johnpaul johnson joko jolana jolanda jolanta jolayemi joleen jolie
  jolien jolijn jolin jolina joline jon jona jonah jonas jonatan jonatano jonathan jonathon jonche jondo jonna
  jono jonte joojo joost jop jordan jordana jordane jordanka jordi jordon jordy jordyn jorg jorga jorge
  jorgeluis jorgen jorin joris jorn jorrit jort joscha joschua jose joseantonio josedaniel joseeduardo
  joseemilio josef josefa josefien josefin josefina josefine joseluis josemaria josemiguel josep joseph josephin
  josephine josette josh joshua joshuah josiah josiane josianne josie josif josiko josip josipa josko joso josse
  josselin jost josua josue josuo josy joto joud jourdain jovan jovana jovanche jovani jovanka jovanny jovany
  jovin jovitsa jovka jovo joy joya joyce joza joze jozef jozefa jozefina jozefino jozefo jozica jozo jozsef
  jozue jryrh jrywh jsm jsr jswr juan juana juancarlos juanita juanmanuel juanpablo juanramon jubi juda judah
  judd jude judge judicael judita judite judith judito judson judy judyta jugoslav juha juhani juho jukka jula
  julan jule jules juli julia julian juliana juliane julianne julide julie julien julienne juliet julieta
  julieto juliette juliino julija julijana julijs julika julina julio juliocesar julita julius juliusz jumadi
  jumagul jumari jumber juna junayd june junichiro junior junius juno junon jur juraj jure jurg jurgis juri
  jurij jurre jusma jusra juste justen justeno justice justin justina justine juston justus justyn justyna jusuf
  juta juul juvairiyaa juvenal juwan juwon jwd jwdy jwhr jwn jwnro jwwtkr jwwtyr jwy jwyd jyhn jyoti jyotis
  jyotsana jyrn kaan kaarina kaat kabato kabil kacey kaci kacie kacper kacung kade kadem kaden kader kadi
  kadiatou kadidia kadidiatou kadin kadir kadrican kadriye kady kaela kaelyn kagan kagiso kahina kai kaia
  kailash kailee kailey kailyn kaina kairav kais kaitlin kaitlyn kaj kaja kajen kajetan kakha kakhaber kako kala
  kale kalea kaleb kaleigh kalender kalervo kalevi kaley kali kalia kalidou kalim kalina kalinda kalinik
  kalistrat kalle kallie kallistrat kalpana kalyani kama kamal kamala kamalesh kamaria kambali kamber kamel
  kamelya kameron kamidin kamil kamila kamile kamilla kamille kamla kamlesh kamol kamola kamoliddin kamran
  kamren kamron kamryn kamuran kanak kanaka kanchan kanci kanda kane kani kania kanishka kannan kannen kanti
  kapgar kapiton kara karaca karahan karak karam karamba karamoko karan karanfilka kardi kareem karel karelle
  karen kargilac kari kariane karianne karim karima karimah kariman karin karina karine karja karl karla karlee
  karley karli karlie karligac karlijn karlis karlo karlotta karma karman karmela karmen karmeno karna karol
  karolann karoliina karolina karoline karolino karolo karp karsa karsana karson karta karthik kartik kartika
  kartlos karunanidhi karya kasandra kasey kashyap kashyapi kasian kasim kasiran kasiyah kaspar kasper kassandra
  kassim kastor kasusra kasyan kata katariina katarina katarzyna kate katelin katell katelyn katelynn katerina
  katerino kateryna katharina katharine katherine katheryn kathleen kathlyn kathrin kathrine kathryn kathryne
  kathy katia katica katie katija katina katitsa katja katlyn katlynn kato katrin katrina katrine katryn katsuya
  kattie katun katunkiz katy kavon kavtari kawa kawaca kawaya kawtar kay kaya kayaalp kayacik kayca kaycee
  kayden kayla kaylah kaylee kayleigh kayley kayli kayliah kaylie kaylin kayna kaynak kayode kayra kays kayun
  kazanc kazi kazim kazimierz kazimir kazimira kazkatun kazuki kazuo kbn kbwk kchn kdhm keagan keano keanu keara
  keaton keba keegan keeley keely keenan keerti kees keet kehinde keiko keira keisha keith keji kekela kekik
  keklik keles kellen kelley kelli kellie kelly kelsi kelsie kelton kelvin kelya kelyan kemal kemalettin kemba
  kemi ken kenan kenari kendall kende kendra kendrick kenes kenichi kenji kenna kennedi kennedy kenneth kennith
  kenny keno kensi kent kenta kenton kenya kenyatta kenyon kenza kenzi kenzie kenzo kenzy keon kepez keramet
  kerami keratsa kerem keremsah keren kerim kerry kerstin kesane keshaun keshawn kesme keso kessaf ketato
  ketevan keti ketino keto ketsia keven kevin kevon kevser kewbyn keyan keyken keyla keyon keyshawn kezia kezlik
  kfe kgabu khadheejaa khadidiatou khadidja khadija khadim khady khairaa khakhula khakhuta khaled khalid khalifa
  khalil khanyisile kharalampie khareba kharitina khariton kharlampiy khatia khatuna khavlaa khbb khbd khddd
  khdyjh khdyr khechua khel kheln khem khethiwe khfyr khhbt khhj khhjo khhlt khhmn khhndh khhrmn khhsrhw khhwn
  khhys khhze khhzl khhzn khirkhela khizana khk khky khld khldwn khldy khln khlo khlwd khlyl khmh khmhnd khn
  khne khnm khnn khnr khny khnzd khobelasi khokhia khokhita khorbyn khoriv khorler khorzhyn khoshbyn khoshhwyst
  khoshnw khoudia khoybwwn khpwwr khristijan khristina khristo khristofor khristya khrm khrmdkht khrml khrmy
  khrmyt khshyr khsrw khtn khtr khulekani khuta khutsia khvalimir khvicha khvkhv khvyn khwe khwendkr khwhn khwhr
  khwld khwly khwmr khwn khwnchh khwnw khwrdkht khwrshyd khwyr khykhwsrhw khyry khzd khzh khzhl khzhn kian kiana
  kiandra kianna kiano kiara kiarra kick kiel kiera kieran kika kikelomo kiki kiley kilian killian kilyan kim
  kimberley kimberly kimi kimiz kimizalma kimizalmila kimizin kimo kin kincso kine king kinga kip kir kira kiran
  kirana kiraz kircicek kirgavul kiril kirill kirilo kirk kirlangic kiro kirsten kirstin kirti kishvardi kismet
  kita kitesa kitty kivanc kivilcim kiy kiyan kiymet kizdurmus kizilalma kjeld kjell kkl kko kkol kl klaas
  klanjo klara klarencjusz klaro klaudia klaudian klaudie klaudino klaudius klaudiusz klaudo klaus klavdiy
  klavdiya klavs klea kleber klemen klemens klement klementina klementino klementyna kleopatra kleopatro kliment
  klimentina klitemnestro kllh klotildo klotylda kly klyh klzo kmbkhsh kmbkht kmbwjyh kmbyz kmdyn kmh kmhl kmhrn
  kmjw kmk kmkr kml kmnwsh kmrn kmrw kmyr kmyrn kng knut knuto kny knyr knyw koba kobe kobuli koby kocer kochhr
  kocho kody koen kofi koichi koji kojo koka koko koksal kolawole kolby kole koleta koloman kolombin kolombina
  kolos kolumban kolumbin kolumbina komil komila komr komron kondrat kondratiy konon konrad konrads konstance
  konstancie konstancja konstantin konstantina konstantine konstantins konstanty konstantyn konsuela konzuela
  kopano kora koralia koray korbin korbinian kordula korede korey korhk korhw korina korinna korkut kornel
  korneli kornelia kornelie kornelius korneliusz korneliy kornil korniliy kornilo korniy kory kosara koshhn
  koshsh koshyn kosma kosmas kosr kosta kostadin kostadinka kostas kostiantyn kostyantin kotaro kote kotse kovn
  koyr kozhhn kozhn kozma kr kraig krasava krasomil krasomila krasoslav krd krdk krdo krdokh krekr krentta
  kresimir kresomysl kreuzo krijn krimhildo kris krishna krishnadas krishnadasa krisjanis kriss krista kristan
  kristen kristesia kristi kristian kristiana kristians kristie kristiina kristijan kristin kristina kristine
  kristino kristjan kristof kristofer kristoffer kristopher kristy kristyna krisztian krisztofer krkw krm krmhnd
  krn kro krshmh krsn krstana krste krsto krume kruno krunoslav krw krwn kry kryspin krystal krystel krystian
  krystina krystof krystyna kryv kryvn krzhyn krzn krzysztof ksantipo ksawera ksawery ksenia ksenija kseniya
  ksenofont ksente ksho ksm ksn ksnyh ksr ksry kst ktistepore ktyh ktywn kubad kubat kubilay kubra kubura
  kuddusi kujoe kukuri kulthoom kumar kumari kumru kumuda kumush kuncara kunhuta kunthara kupava kupriyan kurnia
  kursad kurt kurtis kurtsika kusuma kutbettin kuzey kuzma kuzman kveli kveta kveton kvetos kvetoslav kvetoslava
  kvetuse kvido kviria kvitka kvitoslava kvrl kvryn kwabena kwadwo kwaku kwame kwamena kwasi kweku kwes kwesi
  kwestn kwh kwintyn kwn kwrd kwrdh kwrdhwn kwrdn kwrdo kwrdony kwrdos kwrdstn kwrdy kwrdyn kws kwsh kwws kyan
  kyano kyara kyhn kyhnh kykhsrw kyksr kykwws kyla kyle kylee kyleigh kyler kylian kyliann kylie kyllian
  kyllikki kymy kyn kynchhr kyndkht kynwsh kyqbd kyra kyrsh kyshwhr kyv kywmrth kywn kywndkht kywsh kyzhe kyzhn
  kzhw kzhyk kzywh la laal labuh lacey lachlan lacramioara lacy lad lada ladarius ladimir ladina ladislao
  ladislau ladislav ladislava ladji lado ladomir laetitia lafayette lahna lai laia laila laisha lajos laksana
  lakshman lakshmi lakshmidhar lakshminath laksita lal lala lale lali lalie lalita lamar lamara lamaza lambert
  lamberto lamia lamih lamine lamiye lamont lamzira lana lanang lance lancelot lancilotto landen lander landolfo
  landry lane laney lanfranco langa langgeng lanjar lantar lapo lara laras larina larisa larissa laron larry
  lars larue larysa lascar lasha lasma lasmanto lasmono lassana lasse laswi laszlo latif latifa latife latika
  latofat latoya laura laurane laure laureen laurel laureline lauren laurenc laurence laurencie laurencja
  laurencjusz laurenco laurene laurens laurent laurentia laurentino laurentiu laurenty laurentyna laurenz
  lauretta lauri laurian lauriane laurianne lauriano laurie laurin laurine lauro laury lauryn lautone lava
  lavada lavanya lavern laverna laverne lavina lavinia lavinio lavize lavon lavonne lavr lavrentiy lavrin
  lawrence lawrencia lawson laxman laxmi layaalee layana layanah layla laylo layne lazar lazare lazaro lazarz
  laziz lazo lazzaro lbkhnd lbyb ld ldd lde ldn ldr lea leah lean leana leander leandr leandra leandre leandro
  leane leann leanna leanne leano leart leatha leda ledion lee leela leelou leena leendert lega legawa lehna
  leht leia leif leigh leila leilani leina lejla leke lekso lela lelah leland lelia leman lembah lemide lempi
  lemuel len lena lenche lene leni lenia lenja lenka lenn lenna lennard lennart lenne lennert lenni lennie
  lennon lennox lenny lenora lenore leny lenya leo leodegar leokadie leola leon leona leonard leonardo leone
  leonel leonhard leoni leonia leonid leonida leonidas leonids leonie leonilda leonio leonis leonne leono leonor
  leonora leonore leontin leontina leontine leontiy leontyn leontyna leonzio leopardo leopold leopolda
  leopoldina leopoldine leopoldino leopoldo leopoldyna leora leos lepa leposava lera lerato lere leroy
  lertsamisa lerzan lesana lesek lesley leslie lesly lessie lestari lester lesya leta letha leticia leticie
  letitia letizia letterio leu leufroy lev levan levana levent levente levi levin levio levke levko levon
  levoslav levy lew lewin lewis lex lexi lexie lexus leya leyan leyla leyna lezn lh lhndh lhne lhnjh lhnn lhny
  lho lhre lhrsb lhy lhyl lhyle lhzgyn lia liah liam lian liana liara lias liba libbie libby libena liberata
  liberato liberatore libere liberio libero liberto libor libora liboria liborio liboslav liboslava libusa
  libuse lica licia lida lidania lidia lidija lidio lidiya lidmila lidya lieke lien liene lietald lieto lieuwe
  lieve lieze liga ligia liisa lika likera liksma lila lilan lilas lile lili lilia lilian liliana liliane
  lilianna lilie lilien liliko lilio lilit lilith liliya liljana lilla lilli lillian lilliana lillie lilly lilou
  lilwenn lily lilya lilyan liman limar lina lincoln linda linde lindsay lindsey line linett linn linne linnea
  linnie lino linoi linoy lintang linus linwood lio lioara lion lionel lior liora lirik liron lirone lis lisa
  lisandro lisann lisanne lisbeth lise liselotte lisette lison listvich lital litzy liuba liubov liubovi
  liudmila liusea liv liva livia liviana livie livija livino livio liviu livius liya liyah liyam liyan liyana
  liz liza lizbeth lize lizeth liziko lizz lizzie lizzy ljiljana ljuba ljube ljuben ljubica ljubinka ljubisa
  ljubisha ljubitsa ljubomir ljudevit ljupcho ljupka ljyn lkhs lkhsndr lknh lksmi llewellyn llh llhdkht llhrkh
  llhzr llo lloyd llsh lm lmh lmqdd lmvg lnh lno lny loa loan loane lobar lodovica lodovico loek loes loet logan
  lohan loic lois loise lokh lola lolade lolita lolo loma lomia lon london lone longin lonie lonnie lonny lonzo
  lora loraine lore loredana loreen lorelei lorella loren lorena lorenc lorene loreno lorenz lorenza lorenzo
  loreta loretta lori lorian loriana lorik lorin lorine loris lorna lorrain lorraine lot lota lotar lothaire
  lothar lott lotta lotte lotti lottie lou loua louan louane louann louay loubna louca louie louis louisa louise
  louison louka loula louna lounis loup lourdes lourenco louvenia lova lovisa lovn lovorka lovro lowell lowie
  lowsine loy loyal loyce lozhyn lq lqsm lr lrvy lryn ls lsm ltfy lua luan luana lubica lubin lubomir lubomira
  lubor lubos luboslav luboslava luc luca lucas lucca luce lucentiu luchezar lucia lucian luciana luciano lucica
  lucie lucien lucienne lucija lucijan lucile lucilla lucille lucinda lucio lucious lucius lucja lucjan lucretia
  lucretiu lucrezia lucy ludano ludek ludie ludise ludivine ludivoj ludka ludmila ludolphe ludomil ludomila
  ludomir ludomira ludoslav ludoslava ludovic ludovica ludovico ludovikino ludoviko ludovit ludvig ludvik
  ludvika ludwig ludwik ludwika lue luella luena luhung lui luigi luigia luis luisa luisangel luise luisfernando
  luisgabino luismiguel luiz luiza luize lujza luk luka lukas lukasz luke lukhona lukita lukiya lukman luko
  lukrecie lukrecius lukyan lula lulu luluh lulut luminita luminosa lumir lumira luna lune lungelo lungu lupe
  lura lurhur lurline lutfan lutfi lutfiya lutfullah lutfulloh luther luthfi lutibor lutobor lutz luuk luus
  luwar luwes lux luz luzie lv lvh lvmh lvn lvnh lvo lvsy lvtm lvtn lvy lvyn lwandle lwbkh lwchk lwen lwh lwk
  lwko lwlw lwmn lwtkh lwy lwzhnd ly lya lyam lyan lyana lyd lyda lydia lydie lydvr lydy lyes lyf lyh lyhv lyhy
  lykke lyl lyla lyle lylia lylkh lylou lyly lylyh lym lymlkh lymo lymvr lyn lyna lynda lyne lynette lynh lynn
  lynne lynvr lyowsi lyr lyrd lyric lyrn lyrvn lyrvy lyrz lys lysanne lysf lysm lysv lysyv lyt lyth lytl lyubava
  lyubim lyubislava lyubodar lyubomila lyubomir lyubomira lyuborada lyuboslava lyubosmysl lyubov lyubozar
  lyudmila lyudomila lyv lyvn lyvr lyvrh lyvy lyzh lz lzo lzyn maad maaike maan maarit maariyaa maarten maartje
  maas maayane mabel mabela mabelle mable mabruk mac maca macaire macaria macario maccabeo mace maceo macey maci
  macie mack mackenzie mactar macy madalena madalin madalina madaline madalyn maddalena maddison maddox
  madeleine madelief madeline madelyn madelynn madge madhuri madid madie madilyn madina madisen madison madisyn
  madita madlaina madleen madlen madona madonna mads mady madyson mae maegan mael maelie maeline maelis maelle
  maely maelyne maelys maes maeva maeve mafalda maffeo magali magda magdalen magdalena magdaleno maggie
  maggiorino magno magnolia magnus maguelone maguette maguli mahamadou mahan mahault mahaut mahdi mahe mahendra
  maher mahesa mahesh maheswar mahfud mahir mahmood mahmoud mahmud mahmut mahrus mahulena mahzan mahzun mai maia
  maica maida maija maik maike maiko maila mailin mailo maily mailys maimoonaa maimouna maimunah maina maiorico
  maira maisa maissa maissane maite maiwenn maiya maja majda major maka makan makar makara makary makayla
  makedon makedonka makenna makenzie makhtar makinwa mako makoto makrina maks maksim maksimilyan maksimo makso
  maksud maksym maksymilian makuna makuta mala malachi malak malati malco malcolm malea malek malena malene
  malgorzata malia malick malik malika malin malina malinda malisa malkhaz mallaury mallie mallory malo malone
  malou maloxat malte malthe malti malva malvina malvine malvino malwina mama mamadou mamady mamamze maman
  mamante mamert mamia mamie mamisa mamisimedi mamistvali mamoru mamoudou mamour mamuka mamula mamur manah manal
  manana manar manasse manca mancho mancio manda mandaakin mandakini mandla mandy mane manel manelle manetto
  manfred manfredo mangala mangalya mani manik manikya manil manilio manisha manjo manjusha manley manlio manoah
  manoj manole manon manona mansour mansueto mansur mansvet manu manuel manuela manuele maphikelela maqsud
  maqvala mara maradi marah maram marana maras marat marc marceau marcel marcela marceli marcelin marcelina
  marceline marcelino marcell marcella marcelle marcello marcellus marcelo marcheta marcia marciano marcin
  marcis marco marcoantonio marcos marcu marcus mardon mare mareike marek mareme maren marena mareta marfa marga
  margana margaret margareta margarete margareto margarett margaretta margarette margarida margarita margaux
  marge margers margherita margie margit margita margo margot margret margrit margrith marguerite mari maria
  mariaalice mariacecilia mariaclara mariacristina mariadejesus mariadelcarmen mariadi mariaeduarda mariaelena
  mariaeugenia mariafernanda mariaguadalupe mariah mariahelena mariajose mariajulia marialuisa marialuiza mariam
  mariama mariame mariami marian mariana mariane marianna marianne mariano mariasoledad mariateresa maribel
  marica maricarmen marichka maricica marie marieke mariela mariella marielle mariem marieme marieta marietta
  mariia marija marijan marijana marijn marika marilena marilie marilou marilu marilyn marilyne marin marina
  marine marinela marinella marinetta marinjo marinko marino marinus mario marioara mariola marion maris marisa
  marisol marissa marit marita marite maritza mariuca marius mariya marja marjan marjane marjatta marjeta
  marjolaine marjorie marjory mark marketa markika markiyan markku marko markus marla marlee marleen marlen
  marlena marlene marley marli marlie marlies marlin marlis marlo marlon marly marnie marolo maros marouane
  marques marquis marquise marrit marsha marshall marsito marsudi mart marta martaka martana martani marte
  marten marteno martha marthe martial martim martin martina martine martino martins marton martti marty martyan
  martyn martyna maruf marut maruta marvin marwa marwan marwane marwata marwen marwin mary maryadi maryam
  maryamo maryan maryana maryann maryanto maryjane marylou maryna maryse marzia marzio mas masa masahiro masako
  masato mashiko masho mashxura masinka mason masoud massamba massima massimiliano massimo massinissa massoud
  masud matan matar mate matei matej mateja mateo mateus mateusz matheo matheus mathew mathias mathieu mathijs
  mathilda mathilde mathis mathurin mathuys mathys matias matija matiko matilda matilde matis matiss matisse
  matjaz matko mato matous matrona matroniano mats matsatso matt mattea matteo mattes mattheo matthew matthias
  matthieu matthijs matthis matti mattia mattias mattie mattis matus matvei matvey matviy matyas matylda matys
  matz maud maude maudie maugis maura maureen maurice mauricette mauricio maurilio maurine maurits maurizio
  mauro maurycy mavdud maverick mavis mavlon mavluda mawuena mawusi max maxbuba maxellende maxence maxens
  maxfuza maxi maxie maxim maxima maxime maximilian maximiliano maximilien maximillia maximillian maximo maximus
  maxine maxmilian maxsuma maxwell may maya mayane mayar maybell maybelle maye mayeul mayla mayline maylis
  maymie maynard mayoor mayra maysa mayson mayssa mayte mayya mazbut mazhar mazie mazlum mbalienhle mbaye mbrk
  mbrwk mcho mckayla mckenna mckenzie md mdh mdo mdy meagan meaghan mechislav mechislava mecislav mecislava meda
  medard medardo medea mederic medina medine medoro medoune medya meena meenakshi mees mefodiy megan megane
  meggie meghan meghnad meghnath meglena mehdi mehmet mehriban mehtap meik meike meire meissa mekasho mekhi
  melani melania melanie melanija melanio melaniya melano melany melba melchiade melchior melchiorre melda melek
  melenija melezio melia melichar melih melike meliksah melina melinda meline melis melisa melisande melissa
  melissandre melita melitina melle mellie mellina melnic melodi melodie melody mels meltem melusine melvil
  melvin melvina melvyn melyna melyssa memduh mena menahem menaka menardo mence mendel menelao meneo menka menno
  mennone menodora merab meral mercede mercedes mercia mercurio meredith merel merete meri meriam meric meriem
  merih merijn merjem merl merle merlin merovee merritt mert mertie merve mervin merwan meryam meryem meryl
  messalina mestan mesut meta mete metello metia metin meto metod metodej metodi metodij metodija metra
  metrofane mette mevlut mex meyra mfth mgelia mgelika mgl mgy mhambi mhbd mhbhst mhbnw mhbrzyn mhchhr mhdd
  mhdkht mhdthh mhdy mhdyr mhdys mher mhfwdh mhghdyd mhhbd mhhen mhho mhhwy mhjbyn mhjhn mhjwb mhko mhle mhln
  mhlo mhlyn mhm mhmd mhmdrd mhmly mhmo mhmwd mhn mhnd mhndkht mhndn mhndnh mhne mhnm mhnwsh mhnz mhrab mhradhr
  mhrafq mhrar mhras mhrd mhrdd mhrdkht mhrdn mhrfryn mhrfzwn mhrkh mhrm mhrn mhrndkht mhrndysh mhrnfr mhrngyz
  mhrnkr mhrnwsh mhrny mhrnz mhrwe mhrwz mhry mhryr mhrywn mhrz mhrzdh mhrzh mhrzn mhs mhshd mhshkhhl mhshyd
  mhsn mhst mhstn mhstwrh mhsty mhsym mhtb mhto mhtyn mhwlhwy mhwr mhwsh mhyb mhyn mhyndkht mhyr mhyro mhzd mhzn
  mia mica micael micaela micah micha michael michaela michail michal michala michale michalina micheal michel
  michela michelangelo michele micheline michelle michiko micho micjo mick mickael midas mieke miel miguel
  miguelangel miha mihael mihaela mihai mihail mihailo mihajlo mihaly mihnea mihriban mija mijat mik mika mikael
  mikaela mikail mikayel mikayla mike mikel mikelis mikhael mikhail mikhajlo mikhaylo mikheil mikhey mikho
  mikita mikkel mikki mikko miklos mikola mikolaj mikolas mikulas mila milada miladin milan milana milanka
  milanko milano milcho mildred mile milen milena miles mileta mileva miley milford milhan milic milica milik
  milisav militsa milivoj miliy miljan miljana miljenko milka milla mille miller millicent millie milly milo
  milodara milojica milomir milon milorad milos milosh miloslav miloslava milota milou milous milovan milovin
  milred milton miluse milutin mim mima mimma mimo mina minakshi mincho mindia mindy mine minerva minervina
  minervino minh mink minka minna minnie minodora minoru mio mioara miodrag miomir mir mira mirabela mirac
  miracle miran miranda miray miraziz mircea mirche mirco mireille mirek mirela mirella mireya miriam miriama
  miriamo mirja mirjam mirjana mirka mirkelam mirko mirna miro mirocleto miromil miromila miron mirona miroslav
  miroslava mirre mirta mirte mirthe mirtil mirto miruna mirza mirziyo misa misael misaele misbah mischa misha
  mishiko misko mislav misra missouri misty mitar mitch mitchel mitchell mithat mitica mitja mitofan mitra mitre
  mitrut mittie miya mizgin mjd mjdy mjhd mjyd mkhls mkhtr mkn mko mkosn mkwn mlad mladana mladen mlbt mlkhh
  mlkhy mlyh mlyk mlys mmdwh mmhsn mmk mmo mmtz mmwn mn mnata mnatobi mnatobisa mndhr mndn mnhm mnisa mnislav
  mnislava mnm mno mnsf mnsh mnswr mntsr mnvl mnvn mnw mnwchhr mnwsh mny mnyb mnyl mnyr mnyzhh moa mobolaji
  moche moctar modest modesta modesto modibo modou modrite modupe mody mofifoluwa mogeli mohamad mohamadou
  mohamed mohammad mohammed mohan mohana mohinder mohini mohir mohsen moira moise moises moisette moisey moishe
  mojca mojisola mojisoluwa mojmir mojzesz mojzis mokey mokrina mollie molly momchilo momin momir momira momo
  mona monaldo monalisa monavardisa monde monica monika moniko monique monitore monroe monserrat monserrate
  montana monte monty monvids moos moosaa moradeke morayo morena morenike moreno morgan morgana morgane moriah
  moric moris moritz morne morolake morris morten mortimer morton mory mose moseo moses moshe mosinmileoluwa
  mossie mostafa mosunmola motrya motunrayo mouctar mouhamadou mouhamed mouhameth mouhammadou moussa moustafa
  moustapha moxidil moxigul moxina moxinur moxira moyosore mozell mozelle mozes mpho mpilo mpumelelo mqdd mr mrd
  mrdawyz mrdkhy mrds mrl mrmr mrn mrshd mrsy mrtda mrv mrwn mrwry mrwryd mry mryh mrym mrynh mrzbn mrzwq msb
  msd msh mshkndkht mshknz mshko mshkyndkht mshl msizi mslh mstfa mstislav mstislava mstn mstnh mstyn mswd
  mthunzi mtn mtnh mtsdh mtt mtvarisa mty mtz muammer muattar muaviye muaz muazzam mubina mudite muesser mufid
  mufiz muge mugur mugurel muhamadhu muhamado muhammad muhammed muharrem muhsin muhtar muhterem muhtesem muhtor
  muhyiddin mujdat mujde mujgan mujur mukadder mukaddes mukerrem mukesh mukhran muktedi muktedir muktefi mukul
  mulya mulyanto mulyono mumn mumpuni mumtaz munevver muni munif munir muns murat muren muriel muriela murilo
  murl murman murod murphy murray mursinin mursita murti musa musawenkosi musir musiy muslih muslimaa mustafa
  mustafo mustapha mustika mustofa musulmon mutahhar mutasim muteber mutemed mutia muttalib muyassar muyiwa
  muzaffar muzaffer muzdad muziano mvnh mvr mvrn mvryh mvs mvyn mw mwkry mwkryn mwn my mya myah myd mydy myh
  myhrhbn myhy mykh mykhailo mykhk mykhl mykhlh mykola mykyta myla mylan myld mylene myles myln mylo myn myndkht
  mynw mynwdkht mynwfr myr myra myrdd myrhsyn myriam myrkhs myrko myrl myrn myrna myron myrsyn myrthe myrtice
  myrtie myrtil myrtille myrtis myrtle myrwn myrz myt mytl mytn mytr mytv myty myyn mz mzagho mzdk mzekala
  mzekha mzekhatuni mzeona mzetamze mzetvala mzevinar mzhdh mzhgn mzhyn mzia mzira mzisadar mzistanadari mziula
  mzn mzyr nabi nabil nabila nabin naci nada nadalina nadege nadejda nadezda nadezhda nadi nadia nadine nadir
  nadiya nadja nadzieja nae nael naelle naemi nafeesaa nafisa nafiz nagabhushanam nahel nahid nahil nahla naia
  nail naila naim naima naina naira nais naja najam najib najla najmiddin najwa nakia nala nalan nalar nalini
  namazio name namik nana nanaama nanche nancy nand nanda nandi nando nandor nane naneta nani naniko nanna
  nannie nanuka nanuli naoki naomi naomie naoto naoufal naoufel napoleon napoleone nara naradi narayan narcis
  narcisa narciso narcisse nardi nare narek narendra nargiza nargizi narimon narin narinder narine narji narkis
  narseo narsete nasab naseebaa naser nash nasiba nasim nasir nasqida nasriddin nasrullah nasser nassim nastja
  nat natacha natale natali natalia natalie natalija natalina nataliya natalya natan natanael nataniel natasa
  natasha nate natela nathalie nathan nathanael nathanial nathaniel nathen natia natiq natka nato naud naudet
  naum naumka naura navaaru naval naveen navin nawal nawel nawfel nawroz naya nayel nayeli nayla naz nazan nazar
  nazario nazariusz nazariy nazary nazi nazif naziko nazim nazli nazmi nazrulloh nazzareno nazzaro nbyl nd ndhm
  ndl ndleleni ndondoloza ndr ndv ndym nea neal nebojsa nebojsha necat necati necdet nechifor necib necla
  necmettin ned neda nedeljko nedelka nedelko nedim nedjeljka nedjeljko nedra neela neele neeltje nefeli neha
  nehemie nehir nehoslav neil neila neiva neja nejat nejc nejla neklan nela nelda nele nelea neli nelia nelio
  nell nella nelle nellea nelli nellie nelly nels nelson nelu nelya nemanja nematulloh nemir nemira nena nenad
  nene neo neofit neoma neonila neopolo neoterio nepomuk nera nerea nereo nergis nergiz neri nermine nesa neset
  nesho nesim neslisah nesrin nesrine nestan nestor nestore nettie neva neven nevena nevenka nevin nevio nevra
  nevzat newell newroz newton neyla nezamysl nf nftly ngh ngr ngrh ngryn ngyn nh nhbhrd nhbhz nhd nhghhdh
  nhkhchhwn nhkhroz nhkhshh nhkhshyn nhl nhlakanipho nhmm nhmr nhrmyn nhrymn nhshmyl nhsryn nhsvn nhvry nhw
  nhwbhhr nhwbhsh nhwrhs nhwroz nhwz nhwzd nhyd nhydh nhzhyn nia niako niame nicanor nicarete nicea niceforo
  nicephore niceto nicezio nichifor nicholas nicholaus nichole nick nicklas nicklaus nickolas nicla niclas nico
  nicoara nicodemo nicodim nicola nicolae nicolai nicolaie nicolas nicole nicoleen nicoleta nicoletta nicolette
  nicoline nicolo nicon nicu niculina niculita nicusor nicuta nida nidia niek niels niene nienke nifont nigar
  nigel nigora nihad nihal nihan nihat nik nika nikandr nikanor nike nikifor nikita nikki nikkie nikko niklas
  niklaus niklavs niko nikodem nikodema nikodim nikodina nikol nikola nikolai nikolao nikolaos nikolas nikolasz
  nikolay nikolcjo nikoleta nikolina nikoloz nikon niksa nil nila nilam nilde nilgun nils nilufar nimakoah nimas
  nimit nimrod nina ninaka nine ninel nineli ninfa nini niniano niniko ninioluwa nino ninon ninthe ninuka
  ninutsa nio niouma niraj niranjan nirbhay nirj niro nisa nisan nischal niscl nistiman nives niyaga niyazi
  niyilolawa nizamettin nizar nizom nizomiddin njegomirka njh njy njyb nkanyezi nkosenye nkosingiphile nkosinhle
  nkosiyabo nkys nly nlyn nmdr nmh nmn nmo nmrvd nmwr nmy nnamdi noa noah noaho noam noami noan noar noble nobuo
  nobuyuki nodar nodira nodo noe noel noelia noelie noella noelle noema noemi noemie noemy nofoto noha noham
  nohan noila nokuthula nola nolan nolann nolen nolhan nolwazi nomi nomvula nona nonhlanhla nonjabulo
  nonkululeko nonna noor noortje nora norah norbert norberta norberto nore norene norhane norica noriko norina
  norma norman normand norris norval norwood noshn nosir nosirjon nostriano noud nouha nour noura nourane nouri
  nout nova novan novella novi noviana novita nowi nox nozima nozipho nqobile nr nrgs nrima nrmk nrmyn nrsy nry
  nryh nrymn nryn ns nsf nsh nshy nsk nskh nsr nsryn nsryndkht nsrynnwsh nstrn nsym nt nthabiseng ntly ntn ntnl
  ntokozo ntombizodwa ntyv nubia nuccia nuda nudem nugo nugraha nugzar nuka nukhet nuki nukri numan nuno nunu
  nunuka nunziata nunzio nur nural nuran nuray nurbek nuredin nurettin nurgul nurgun nuri nuria nuriddin nurlan
  nursel nurseli nurul nurullah nusa nusrat nusratulloh nusret nutsa nutsi nvfr nvh nvin nvl nvm nvr nvryt nvv
  nvy nvyh nvyn nw nwd nwekhwz nwekr nweyr nwf nwfl nwkhshh nwn nwrldyn nwry nwsh nwshadhr nwshafryn nwshawr
  nwshdkht nwshfr nwshnz nwshrwn nwshyn nwyd nwyn nwyndkht nya nyah nyana nyasia nygr nykbyn nykchhr nykdd
  nykdkht nykdl nykkhwh nykpy nykvls nykzd nylwfr nyly nym nyn nynke nynt nyoman nyr nys nysh nyshtymn nysn
  nytsn nyty nyv nyz nz nzafryn nzbnw nzchhr nzdr nze nzfr nzh nzhnyn nzly nznyn nznz nzprwr nzr nzy nzydkht
  nzyh nzyl nzyle nzylh nzyr oana oba obanijesu obid obie obioma obrad obren oceane ocie octav octave octavia
  octavian octaviana octavio octaviu oda oddone odelia odell oderico odessa odeta odetta odette odidone odie
  odil odile odilia odilon odin odolen odon odorico odunayo ofelia ofelie ofelya oger ognen ognjana ognjen
  ognyana ogooluwa oguz oguzhan ojars ojaswini okan oke okey okhrim okiki okropir oksan oksana okta oktam
  oktavian oktavie oktavius oktay okto oktyabrina ola oladara oladare oladimeji olaf olaide olajumoke olakunle
  olamide olanrewaju olansile olaoluwa olasunmbo olatunbosun olavi olayinka olbram olcay oldrich oldriska ole
  oleg olegs oleh oleksandr oleksandra oleksii oleksiy olelko olen olena oles olesea olesya oleta olga olgerts
  olgica olha oliga olim olimpia olimpiada olimpian olimpio olimpiu olimpiy olin olinda olindo oliva olive
  oliver olivera olivia olivie olivier oliviera oliviero olivija oliviu oliwia oliwier olle ollie olof ololade
  olufeyisayo olufunke olufunmi olufunmilayo olumide olumorotimi olusola olutomiwa oluwafemi oluwagbemiga
  oluwakemi oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwasemilore oluwaseun oluwaseyi oluwatimilehin
  oluwatobiloba oluwatofunmi oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi olympe olympia olympie oma omad
  oman omana omar omari omawunmi ombeline ombline ombretta omelyan omer omero omina omobobola omobolanle
  omodunni omolabake omolara omolola omosalewa omotara omotayo omotola omotolani omotoun omowumi ona onder
  ondina ondine ondrej ondrejka onesta onesto oni onie onofrio onome onorata onorina onorino onorio onoriode
  onufriy onufry onur oona oormila opal opalina opaline opan opemipo opeoluwa opeyemi ophelia ophelie opung oqil
  ora oral oran orazio orbel orchidea orde orell oren orenzio oreofe orest oresta oreste orestes orfeo orhan
  oriana oriande oriane orie orietta orif orin orina orio orion orislava orisya oriyana orkhip orland orlando
  orlane orlo ornella oronzo orpha orrin orsino orso orsola orsolina ortansa ortensia ortensio orval orville
  orvokki orzu osama osamu osanna osbaldo osborne oscar osip oskar oskari oskaro osman osmondo osmund ostap
  ostoja ostromir osunleke osvald osvaldo oswald oswaldo ota otabek otakar otakara otar otello otha othmane otho
  otia otilia otilie otilija otis otkir otmar oto otokar otomar ottaviano ottavio ottilia ottilie ottis otto
  ottone otylie oumar oumayra oumou oury ousmane oussama ova ovidio ovidiu ovidius owen oxana oya oybek oyenike
  oyga oyindamola oyindasola oyku oynur oysha ozan ozana ozanne ozcan ozden ozella ozer ozge ozgur ozhan ozkan
  ozlem ozlen oznur ozod ozoda ozodbek ozren ozy paata pablo paciano pacifico paco pacome pacomio padam padma
  padmi paige paiman paivi paja pakhom pakize pakizo palatino palazhka palemon palladia palladio palma palmazio
  palmira palmiro paloma pam pamela pamfil pammachio panagachie panagiota panagiotis panait panas panca pancario
  panche pancrazio pandu panfil panfilo pangeran pangestu panji panka pankrac pankracy pankrat pankratiy panna
  pansy pantaleo pantaleon pantaleone pantelei pantelejmon panteleymon paola paolo papuna param paramartha
  paramita paramon paraschiva parascovia paraskeva paraskeyas paraskeyi pardi pardo parfait parfen paride paris
  parker parla parman parmenio parsival parsla partenij parvati pascal pascale paskal paskala pasquale pat
  patarkali patarkatsi paterne paterniano pathe patience patrice patricia patricie patricija patricio patrick
  patrik patriko patrizia patrizio patroclo patru patrycja patrycjusz patrycy patryk patsia patsy patti pattie
  patty paul paula paule paulette paulica paulien pauliina paulin paulina pauline paulino paulo pauna pauside
  pava pave pavel pavica pavils pavla pavle pavlin pavlina pavlinka pavlo pavol pawel paxton payidar paylos
  payton pdm pdrm pdsht pearl pearlie pearline pecine pedro pedrohenrique peer peggie peggy pekka pelageya
  pelaghia pelagia pelagie pelagija pelagiya peleo pelhrim pelin pelinsu pelle pellegrino pelumi pembe pencho
  penda penelopa penelope penny pentti pepe pepela pepena pepijn pepiko pepin pepo per pera perceval percival
  percy peri perica pericle perihan perikles perkasa perla perle pernilla pero perpetuo perran perrine perry
  perseo persh persida pertev peruna perver pervin perzida peshhng peshhw peshmhrgh peshyn petar pete petek
  peter peteris petkana petko petr petra petrana petranka petre petri petrica petrija petrisor petro petronela
  petronila petronilla petronille petronio petronius petros petru petruse petrut petruta petse petteri petula
  peyami peyton pgh pharell pheobe phil phila philani phileas phileine philemon philibert philine philip philipp
  philippa philippe philippine phillip philomene philothee philou phiwokwakhe phkhshn phnhn phoebe phoenix
  phpwlh phrez phrosh phrst phrw phrwhr phrwhrd phrwnh phrwyn phry phrykhn phrynz phryzd phrzhyn phshew phshnd
  phsr phyllis phym phymn phywhnd phywhst pia pie pien piera pierangelo pierce piergiorgio pierluigi piermarco
  piero pierre pierrick piersilvio piet pieter pietro pilar pilip pim pimen pinar pink pinkie pio piotr pip
  piper pippa pippo piraye pirimze pirjo pirkko pirvardisa pisana pit pius pkdkht pkn pko pktn pkyzh placida
  placido platon platone pleun plh plinio plutarco pntha podolyan pol pola polidoro polifemo polikarp polina
  polissena pollione polly polona polyana polykarp polyn polyxena pompeo pompilia pompiliu pomponio pontus
  ponziano ponzio pooja poornima popo poppy porfirio porfiriusz porfiriy porfiry porter porzia porziano poso
  postumio potap potishana poul praba prabawa prabin prabowo prabu prakash prakosa pramila pran pranata pranawa
  pranay prasad prasanna prascovia prasetya prasetyo prashant praskovya prassede prathamesh pratiwi pravdan
  pravdomil pravdomila pravomil pravomila pravoslav pravoslava prayag prayitna prayoga prayogo prbin prdys
  precious predrag preity prem prema premysl presley preston prhm priamo pribyslav pribyslava price prima
  primerose primo primoz prince princess prisca priscila priscilla priscille prisco priska prita privato priya
  priyala prkas prmys prny prnyn prnz procopio profira prokhor prokl prokles prokofiy prokop prokopa prokopij
  prokul promise proserpina prosper prospera prospero protasio proteo prov providenci prs prsant prshng prstw
  prtw prudence prudenzia prudenzio prune prvoslav prw prwnh prwyn prwyz pry prychhr prydkht prynz prys prywsh
  przhh pshko pshng pshtywn psr publio puck puja puji puk pulcherie puneet pupolo puput purn purna purnima
  purushottam purwa purwadi purwanto pushti pusicio puspa puspita puti putri putu pwld pwnh pwpk pwrn pwrndkht
  pwry pwy pym pymn pyotor pyotr pyro pyrot pyroz pyrwz pyz pzhmn pzhw qailaa qaitamza qaqita qbd qbws qdry qds
  qdsy qhndyl qiasa qizilgul qobil qori qosim qrhmn qsm quartilla quarto quasimodo qudhaas qudrat queen queenie
  quentin quentine querano quieta quin quincy quinn quinten quintia quintiliano quintilio quintino quinton
  quinty quinziano quinzio quirin quirino quiteria quitterie qvarqvare qwbd qys rabia rachael rachel rachela
  rachele rachelle rachid raci rada radan radana rade radegast radek radeke raden radenko radha radhost radika
  radim radimir radimira radina radion radisa radislav radislava radit raditya radivoj radivoje radka radko
  radmil radmila radmilo rado radojka radolfo radomil radomila radomir radomira rados radosav radoslav radoslava
  radovan radovana radslava radu raducu radul raduz radvan rae raegan raf rafael rafaela rafaelo rafaila rafal
  rafet raff raffaele raffaella rafi rafid rafila rafiq rageshwari rageswari raharja rahayu raheem rahel rahelo
  rahim rahime rahma rahman rahmat rahmawati rahmi rahsaan rahsan rahul raide raif raihan raik raimondo raimund
  raina rainald rainaldo rainelda rainer rainhard rainold raisa raj rajab rajan rajana rajendr rajendra rajina
  rajinder rajiv rajko rajmund rajna rajnold rajsa raju rakes rakesh rakhela rakhilka rakip rakita raleigh ralf
  ralph raluca rama ramaa ramata ramatoulaye ramaz ramazan ramesh rameshwar rami ramiro ramiz ramlaa ramon
  ramona ramy ramziddin ramziya rana randal randall randi randolf randolph randy ranek rangga rania raniero
  ranim ranjan ranjeet ranjit ranko rano ranolfo ransom ranya raoul raphael raphaelle rapulane raqeeqaa raquel
  rares rashad rashawn rasheed rasheedah rashid rasifa rasim rasit rasko rasmus rastislav rastislava rati
  ratibor ratih ratimir ratmir ratna rauf raul raven ravi ravshan rawane raxmatulloh ray rayan rayane rayen
  raymond raymonde raymundo rayona rayxona rayyan razvan rbh rbhr rbw rby rbyn rd rdbnw rdmn rdshyr rdwn rea
  reagan reanna reba rebeca rebecca rebeka rebekah rebekka rebeko rebhr rebwr rebyn recai recep rechkh reda
  redmond reece reed reese refah refet refik reg regan reggie reghina regina reginald reginaldo regine regis
  regitze regnars regolo regula reha rehn rehnh rehor rehorka reid reilly rein reina reine reinhard reinhold
  reis rejan rejean rejeanne reka rekkhhr rekr reksa relja relu remi remig remigio remilekun remington remo
  remondo remus remy remzi renars renas renat renata renate renato renaud rendy rene renee renette rengin renja
  rens renske renwr renzo res resad resat resid respati respicio ressie restu resul reta retha retno reto retta
  reuben reva revaz revi rewn rews rex rey reybaud reyes reyhan reymundo reyna reynold reza rezhne rezhwn rezi
  rezn rezo rezzan rf rfl rfn rft rfy rfyq rgh rghb rghwn rgv rhea rhett rhghz rhhbhr rhhel rhhelh rhianna
  rhiannon rhl rhm rhnd rhndh rhndo rhnj rhnjdhr rhnjh rhnjo rhnww rhoda rhonda rhoz rhsho rhven rhvyn rhw rhwen
  rhwhnd rhwhz rhwshhn rhwsht rhwyn rhy rhze rhzn ria riaan riad rian riana rica ricardo ricards ricario
  riccarda riccardo richard richarda richelmo richie richmond rick rickard rickey rickie ricky rico rid ridvan
  ridwan rieke rif rifat riff rifki rigard rigoberto riitta rija rika rike rikke riley rim rima rimma rina
  rinaldo rini rino rio ristana riste risto rita ritesh ritva riv river rivka riyad riza rizki rizo rizvon rjb
  rjina rkhpk rkhshndh rkhshnh rkhsr rkn rksn rl rlh rm rmdn rmghn rmn rmsh rmshgr rmthn rmtyn rmwn rmy rmyl
  rmyn rmyr rmz rmzy rn rnd rnjn rnnh rnvn rnwz rnym roan robaldo robb robbe robbie robert roberta robertina
  roberto robi robin robina robinson robiya robyn rocco roch rochelle rocio rocky rod rodan roderick roderik
  roderyk rodger rodiano rodica rodion rodna rodney rodolfo rodoljub rodolphe rodoslav rodrick rodrigo rodrigue
  roel rogelio roger rogers rohan rohana rohit roht roj rok rokhaya rokia roko roksana roksolan roksolana roland
  rolande rolando rolf rolfo rollin roma romain romaine roman romana romane romanita romano romans romee romena
  romeo romero romeu romil romilda romina romoaldo romola romolo romuald romualdo romul romulus romy ron rona
  ronak ronald ronaldo ronan roni ronja ronke ronnie ronny rony roos roosevelt rory rosa rosalee rosalia rosalie
  rosalina rosalind rosalinda rosalyn rosamaria rosamond rosamunda rosan rosana rosanna rosario roscoe rose
  roselin roseline rosella roselyn rosemarie rosemary rosendo roser rosetta roshn roshr rosie rosina rosita
  roska roslyn rosman rosmunda ross rossana rossella rossie rosthm rostislav rostislava rostyslav rotaru rotimi
  rovena rover rovn rowan rowena rowland roxana roxane roxanne roxelana roxy roy roya royce roz roza rozalia
  rozalie rozalija rozalinda rozamunda rozana rozella rozh rozhbyn rozhe rozhgr rozhhv rozhn rozhv rozhvn rozhyn
  rozina rozita roziya rozo rozvita rphryn rrafayel rrobert rrowben rrowzanna rs rshd rshdy rshyd rsln rsm rsn
  rspyn rstbyn rstkr rstm rsty rtb rtn rtvr rtyb rtyvm ruben rubiano rubie ruby rubye ruchan rudi rudis rudite
  rudolf rudolfa rudolfina rudolfo rudolfs rudolph rudra rudy ruedi rufaidhaa rufina rufino rufo rufus ruggero
  ruhsar rui ruken rukhmani rukmin rukneddin rumaisaau rumena runa rune rupert ruperto rupinder ruprecht ruqayaa
  rusalina rusanka rusins ruska ruslan ruslana rusman russ russel russell rustam rustu rusty rusudan rut ruta
  ruth ruthe ruthie rutilo ruwf ruxanda ruxandra ruya ruza ruzena ruzha ruzica rven rvkh rvl rvmy rvn rvnhly
  rvny rvnyt rvt rvtm rvvn rvy rvyd rvyn rvyt rvytl rvyv rwbyn rwbynh rwdbh rwezh rwhn rwkhn rwnh rwnk rwnyn
  rwshnk rwwbr rwwkhosh rwwn rwwnkbyr rwwpk rwwyr rwy rwyr rwzbh rwzynh ry ryad ryan ryann rybr ryd ryder ryh
  ryl rylan rylee ryleigh ryley rylh rym rymvn ryn rynh rynt ryota ryszard ryth ryu ryurik ryy ryyh rz rzbn rzgr
  rzh rzhh rzhn rzhng rzhnh rzhyn rzmyr rznw rzq rzvn rzyn saaadhu saad saadat saadi saar saaraa saba saban
  sabar sabato sabazio sabele sabin sabina sabine sabino sabir saboxat saboxon sabri sabrina sabrine sabryna
  sacha sachin sacid sada sadan sadar sadberk sadettin sadi sadie sadik sadina sadio sadoqat sadri sadriddin
  sadullah sadulloh sadye saeed saer safa safae saffet saffiro saffo safi safia safiatou safietou safina safir
  safira safiya safiyaa safo safouan safouane safta safura sagar sage sagr sahap sahin sahinalp sahra sahsuvar
  said saida saiful saige saim saiq saka sakari sakina sakip sakir sakti sakura saladino salamoun sali salif
  salih salim salimah salimata salimatou saliou sallie sally salma salmaa salman saloh salome salomea salomena
  salomey salomon salomone salomoun salsabila salustio salvador salvatore salvo salwa salwator saly sam samandar
  samanta samantha samara samba samed sameer sami samia samiah samih samil samim samina samir samira samiya
  sammie sammy samo samoil samona samson samsul samu samuel samuela samuele samuelo samuil samukelisiwe samvel
  samy sana sanaa sanata sancho sanda sande sandeep sander sandor sandra sandrine sandro sandu sandy sanele
  sanem sanford sanja sanjay sanjin sanka sanna sanne sanobar sansone santa sante santiago santina santino santo
  santos santosh sanya sanziana saodat saphira sapiente sara sarada sarah sarai sarala sarani saraswati sarbello
  sardor sare sargis sari sarina sarisha sarita sarka sarla sarlota sarmite saroja sarra sartika sarvar sarvin
  sarvinoz sasa sascha sasha sashka sashko saskia saskie saso satine satish satoshi satu saturniano saturnin
  saturnino satya satyen saudhaa saul saulcerite sauveur sava savanah savanna savannah savas save savel saveliy
  saverio saveta savi savin savina savinien savino savion savo savva savvatiy saxida saxona sayan sayed sayeed
  sayyora sbhy sbr sbry scarlett scholastika scholastique schuyler scolastica scot scott scottie scotty sd sdh
  sdq sdqy sdr seamus sean seb sebas sebastiaan sebastian sebastiana sebastiano sebastiao sebastien sebastjan
  sebestian sebhr sebine sebnem secaeddin secil seckin seckou seconda secondiano secondina secondo seda sedat
  sedef seden sedrick sedrik sef sefer seff sefik sefora seghei segilola segolene seher sehlevent sehrazat
  sehriyar seiji sekhnia sekinat sekou selahattin selale selami selcan selcuk selda selen selena selene selim
  selin selina selivan seliverst selma selman selmer selvaggia selvi selyan sem sema semen semenica semibor
  semih semion semiramide semplicio sempronio semra semsi sena senay sener senesio sengul senka senn senna senne
  sennur senofonte senol senta sep sephora sepp seppe seppo septi serafettin serafim serafima serafin serafina
  serafino seraina serap seraphin serapione serban serbulent serdar seref seren serena serenity serenus serge
  sergei sergej sergen sergey serghei sergi sergio sergiu sergiusz sergiy sergo serguei serhad serhat serhiy
  serif serin serine sermet sermin serpil sertac sertap servac servan server servidio serviliano sesia sesto
  seth settar settimio settimo setya sev seval sevara sevastyan sevda sever severa severiano severin severina
  severine severino severo sevgi sevil sevim sevinc sevket sevki sevtap sevval seweryn sewh sewn sexmus seyban
  seyda seydou seye seyfettin seyfi seyfullah seyma seynabou seyyit sf sfiso sfndyr sfwn sfyn sfyr sghr sgv sgy
  sgyt shaburi shad shade shahboz shaheedhaa shahobiddin shahriyor shahzod shai shaily shaima shaina shaka
  shakara shakila shakira shako shakro shakti shakuntala shalewa shaliko shalva shamsiddin shana shane shanel
  shanelle shani shania shanice shanie shaniya shankar shanna shannon shanny shanon shanshe shantanu shanti
  shany sharda shari sharia sharmila sharon shashi shashikala shaun shawn shawna shay shayan shaylee shayma
  shayna shayne shbbw shbdyz shbhng shbn shbnm shbz shchastislav shchek shd shdl shdmhr shdmn shdo shdy shea
  sheela sheila shekoni sheldon shelia shelley shelly shemar sher sherh sheri sheridan sherine sherly sherman
  shero sherri sherry sherwn sherwood sheryl sherzd sherzod shewh shewz shf shfy shfyn shfyq shgrmh shhb shhbhng
  shhbl shhbr shhbz shhdd shhdh shhdhlr shhdkht shhhen shhhl shhhnd shhl shhlmsh shhm shhmdyn shhmern shhmh
  shhml shhmm shhmo shhmylh shhmzyn shhn shhng shhngh shhnkr shhnwz shhny shhnz shho shhpl shhpol shhpr shhpwr
  shhrar shhrbnw shhrh shhrhfkhn shhrkh shhrm shhrmyn shhrnwsh shhrnz shhrwz shhryr shhrzd shhwbo shhyd shhyn
  shhyndkht shifaa shigeru shilpa shinji shinjiro shinzo shirel shirine shirisha shirley shishman shiv shivakari
  shjwn shk shkbws shkfth shkhh shkhhwn shkhl shkhn shkho shkhy shkn shko shkr shkry shkwfh shkwh shkyb shler
  shlomo shlw shlyr shm shmn shmshd shmsldyn shmyl shmyn shnd shnghr shngl shngr shngyn shnh shnhb shno shnokr
  shnr shnrwe shnry sho shobhana shodiyor shohei shokh shokhn shola shorena shorhswr shorsh shorshger shoshia
  shoshme shota shprk shr shrb shrbhkho shrbhst shrbz shrdhm shrdhsht shresth shresthi shreya shreyashi shrf
  shrh shrhhng shrhoz shrhzwwr shridevi shrishti shristi shrkhel shrkhwt shrkn shrko shrmhd shrmhst shrmyn shrn
  shrns shro shrok shrphl shrrh shrshng shrwhr shrwkh shrwn shrwyn shryf shrys shryz shso shtw shubha
  shubhaprada shukia shukrulloh shvn shwet shwn shwnh shwnkr shwqy shwr shwrngyz shwry shwyn shwzh shy shyann
  shyanne shyb shyd shydh shydo shyhn shyl shyln shylo shym shyn shyrdl shyrel shyrn shyrng shyrw shyrwn shyrwnh
  shyryn shyryndkht shyrz shyrzd shysth shyw shywn shzd shzdh siana siara sibel sibilla sibongile sibusiso sibyl
  sibyla sibylle sico sicuro sid siddarth siddharth siddhartha siddhi siddhran sidiq sidki sidney sidoine sidon
  sidonia sidonie sidonio sidor sidra sidy siebe siem sien siena sienna siep sierra sifiso sigebert sigfrid
  sigfrido sigismond sigismondo sigizmund sigmund signe sigrid sigurd sihab sihabeddin sihem siir sijuade
  sikharula sil sila silan silantiy silas silja siljan silje silke siloe silpa silvan silvana silvano silvere
  silverio silvester silvestr silvestro silvia silvian silviana silvie silvija silvio silviu silvius sim sima
  simao simea simen simeon simeona simeone simge simi similoluwa simina simion simisola simjanka simo simon
  simona simone simonetta simonida simono sina sinan sinasi sincere sindisiwe sindre sinem sinenhlanhla sinesio
  sinfronio sinica sinikka sinisa sinja sinkler sinklitikiya sinook sintia sipan siphephelo siphiwe sipho sir
  sira sire sireno siria siriano siricio sirin sirine sirineu sirio sirisa siro sirojiddin sirri siska sister
  sisto sitara sithembiso siti siv sixt sixte sixtine sixtus siyanda sizakele sizani sjd sjoerd sjors skaidrite
  skander skarlet skarleta skd skhr skipped skmh sky skye skyla skylar sl sladana slamet slava slavcho slave
  slavek slaven slavena slavenka slaviboj slavibor slavica slavitsa slavjanka slavka slavko slavoboj slavoj
  slavoljub slavolyub slavomil slavomila slavomir slavomira slavuta slevn slh slhvt slm slmh slmn slobodan
  slobodanka sloka slr slvm slvmy slvmyt sly slym slyvn sm smaranda smd smdr smeralda smh smhh smil smiljana
  smilla smita smiyana smko sml smn smr smriti smryt smvl smvn smy smyh smyr sn sname snblh sndip snejana
  snezana snezhana snizhan snizhana snjezana snjy sno snt sntos snwwr sny snyr snz soan soave sobeslav sobeslava
  sobit soccorso socrate soda sodiq sofe sofi sofia sofiane sofie sofija sofinjo sofio sofiya sofon sofron
  sofronia sofronie sofronij sofya sohan sohane sohib sokhna sokr sokrat sol solal solange soledad soleh solene
  solenn soline solocone sologub solomiya solomon solon solv solveig solveiga solyn som soma somn somnath somu
  sona sonchitsa sondre songul sonia sonja sonjo sonke sonny sonya soof sophia sophie sopiko sopio sopo soraia
  sorana soraya soren sorin sorina sorn soso sostene sosteneo sostrato soter sotir sotira sotirios souleyman
  souleymane soumaya sowande sowren sowsanna soz sozdr sozn spano spartaco spartak spasa spase spasena spela
  spencer speranta speranza speranzio sphr sphrdd spidola spiridon spiro spirydion spnd spnt spomenka spydbnw
  spydh spydr spyros spytihnev sqr sr srbo srboljub srebra srebre srecko sredoje srezh srfrz srgyy srh srhn
  srita srj srk srkn srmd srna srng sro srsti srvn srwh srwr srwsh sry sryj sryn sryt ssh ssn stacey stacy stale
  stamena stan stana stanca stancu stanford stanimir stanislao stanislas stanislav stanislava stanislaw stanko
  stanley stanton stasa stasta stayros stayroyla staza steen steeve stef stefan stefana stefania stefanie
  stefanija stefanino stefaniy stefanka stefano stefanos steffen stela stelian steliana stella steluta sten
  stepan stepana stepanida stepanka stephaans stephan stephane stephania stephanie stephany stephen stephon ster
  sterling sterre stevan steve steven stevie stevo stewart stfn stig stijn stiliano stina stine stipan stipe
  stiriaco stjepan stoilko stojan stojanka stojche stojmen stojmena stojmir stojna stone storm stoyan stozhar
  str strahinja strakhil strate strh stribor stuart sty stylianos styv su suat subash subhas subhash subhashini
  subhasini subhi subodh subomi sucheta suci sude sudeva sudi sue suelen suheyl suhrob sujata sukanya sukru sula
  sulaim sulaymon sule suleyman suliko sulton suma suman sumayaa sumayyah sumeet sumit sumitra summer sunay
  suncica sune sunita sunniva sunny suraj surano suresh surj sururi surya suryakant suryakanta suryakantam susan
  susana susanna susanne susano susant sushant susheel sushil sushma susie susn suus suyuna suzan suzana suzanne
  suze suzie suzon svatava svatoboj svatobor svatomir svatopluk svatoslav svatoslava svea sveatoslav svebor sven
  svend svenja sverre svetislav svetla svetlana svetluse svetolik svetomir svetoslav svetozar sveva svfyh svhm
  sviatoslav svitlana sviturno svl svlmyt svnyt svo svsnh svvl svyatopolk svyatoslav svyatoslava svyvn sw swami
  swan swann swapnil swara swarnalata swassane swb swbr swdbh swen sweta swetlana swgnd swlmz swln swmr swn swp
  swpr swrchk swren swrh swrkew swrn swry swrysh swsn swyz swzh swzn sy syahrini sybilla sybille syble sybwbh
  syd sydnee sydney sydni sydnie sydo syf syglyt syh sylh sylon sylva sylvain sylvan sylvester sylvestre sylvia
  sylviane sylvie sylwester sylwia syly sym symdkht symhnd symk symyn symyndkht syn synh synne syny sypn syr
  syrh syrine syrl syrwn syry syryn syrz syuzana syvhr syvn sywsh szabolcs szczepan szn szo szofi szofia szonja
  szymon tabea tabita tabitha tabris taceddin tacjana tad taddeo tade tadeas tadej tadeo tadija taha tahir
  tahlia tahsin taia taib taide taina tais taisia taisiya taiwo takashi takeshi tako tal talat talay talea talha
  tali talia taliko talip talis talita talivaldis talon talrits talya tamar tamara tamas tamaz tamcho tamer tami
  tamia tamila tamina tamino tammaro tammo tammy tamriko tamro tamta tamtike tamuna tana tanana tanas tancrede
  tancredi tandila taner tanguy tania tanirika tanja tanju tankred tanner tansu tantri tanushree tanushri tanya
  tanyeli tao tapan tapani tapio taqa tara taras tarcisio tarek tari tariel tarik tariq tarja tarkan taro
  tarquinia tarsilla tarso tarun taryn tasa tasdik tasha tashko tasho tasiko taska taskin tasnim tasnime taso
  taswir tata tatana tate tatev tatia tatiana tatjana tato tatuli tatum tatyana taufan taufik taurean taurin
  tavares taya tayfun tayler taylor tayyar taziana taziano tazio tazo tblo tbn tbndkht tbyn tdwhyb tea teagan
  tebrone tecla ted teddy tedi teea teguh teije teimuraz tej teja tejas tejumola tekin tekinalp tekla telchide
  telemaco telica tellervo telly temel temelko temidayo temistocle temitope temjana temur tengiz tengo teo
  teobald teobaldo teodata teodolinda teodor teodora teodorik teodoro teodosia teodosij teodosija teodosio
  teodoto teodoz teodozie teofan teofil teofila teofilka teogene teohari teoman teona terenc terence terencius
  terencjusz terentiy terenzio teresa tereza tereze terezia terezie terezija terezo teri terlan terrance terrell
  terrence terri terrill terry tertuliano terzo tesauro tesifonte tesnim tesnime tess tessa tessie tetia tetiana
  tetsuya tetyana teudosia teun teunis tevfik tevhid tevin tezcan tezel tezer tf tfrt thabisa thad thaddeus
  thadie thais thalea thalia thamsanqa thando thanina thbt thea thelma themba theo theobald theodor theodora
  theodore theodorik theodoros theodose theodosie theofan theofil theofila theophane theophile theophraste
  theotime theresa therese theresia theron theunis theuns thiago thibaud thibault thibaut thibert thibo thierno
  thierry thies thije thijmen thijn thijs thilo thirza thln thlr thmh thmhn thmn thmo thmsb thmwrth thobeka thom
  thomas thora thorben thore thorge thr thrzh thulani thulisile thurman thylh tia tiago tian tiana tianna tiara
  tibaldo tibbe tiber tiberia tiberio tiberiu tiberius tibo tibor tiburcius tiburzio tichomil tichomir tichon
  ticone tidiane tieme tierra ties tiffany tigran tiguida tihomir tiina tija tijana tijmen tijn tijs tika tikho
  tikhomir tikhon tiko tikuna til tilda tilen tilio till tilla tillman tillmann tim timbul timea timeo timish
  timm timmothy timmy timo timofei timofey timofiy timoleon timon timotei timotej timoteo timoteus timothe
  timothee timothy timur tina tinas tinatin tinca tincuta tine tiniko tino tiphaine tira tiril tirone tirta
  tirtayasa tirza tit titi titien titilayo titilope titin tito titouan titus tizian tiziana tiziano tizio tjark
  tjasa tjy tk tkhlt tkvvh tl tll tlmh tly tlyh tmagishera tmn tmr tmrh tmym tmyr tn tnh tny tnz tobia tobias
  tobiasz tobiloba tobin toby tod todd tode todor todorka tohir toke toki tokunbo tolga tolh tolomeo tolqin
  tolulope tolunay toluwalope toluwani toluwanimi tom toma tomas tomasa tomaska tomaso tomasz tomaz tome tomi
  tomiloba tomislav tomislava tomke tommaso tommie tommy tomo tomoko tomori tonci toncica tone toney toni tonija
  tonka tonko tonnin tony tonya toon tope tor torben torbjorn tore torey torkvat tornike torquato torrance
  torrey torsten tosca toscane tosco toshihiro toshimitsu toska toussaint toy toyip tr trace tracey traci tracy
  traian trajan trajanka trajche trajko tranquillo trasea travis travon tre tremaine tremayne trena trendafilka
  trent trenton tressa tressie treva trever trevion trevor trey tri tricia trifon trifun trilochan trilochana
  trilok trilokanath trilokesh triloki trilokinath trine trinity trisha trisho tristan tristano tristian tristin
  triston trnh troels trofim troy trpimir trpko trq trudie trwskh trycia trystan tsabita tsago tsaguli tsangala
  tsara tsaro tsate tsatsa tsatso tsdk tseko tsh tshn tshy tsiala tsiko tsinara tsipora tsira tsisana tsisia
  tsiskara tsiskari tsismara tsismari tsitsi tsitsia tsitsino tsiuri tskhvari tslh tslyl tsmrt tsokala tsotne
  tsqaloba tsutsa tsuyoshi tsveta tsvetan tsvetanka tsvetko tsvf tsvfyh tsvk tsvr tsvy tsyvn tuana tuba tudor
  tudora tudorita tudosia tufan tugay tugba tugiman tugol tugrul tugtekin tuhfe tulay tulin tullia tulliano
  tullio tumer tunahan tunar tunay tunc tuncer tuomas tur turan turgay turgut turi turia turibio turkan turkay
  turker turkes turna turner turold tushar tussio tuta tutia tutku tuula tuulikki tuur tuva tv tverdislav tvfz
  tvgh tvm tvmr tvn tvorimir tvrtko tvvh tvvr twan tweshww twfn twfyq twila twrj twrn twrndkht twrtk tws twty
  twyr twzhl tyb tybalt tycho tygo tyh tyler tymeo tymon tymoteusz tyn tynw tyr tyra tyrdd tyree tyreek tyrel
  tyrell tyrese tyrique tyron tyrone tyshawn tyshk tyshkn tyshko tysho tyson tysyr tyv tzhdyn tzipi tzipora
  ubaldo ubavka ubaydulloh ubertino uberto ucha uchita uchqun uda udai udit udo ueli uffe ufuk ugis ugo ugolina
  ugolino uguccione ugur uhra ujjawal ujjwal ukbe ulberto ulderico ulduz ulf ulfa ulfet ulfo ulgen uli uliana
  ulices ulises ulisse uliva ulker ulku ulla ulpiano ulrich ulrico ulrik ulrika ulstano ultimo ulugbek ulus
  uluthando ulva ulvi ulviye ulviyye ulwazi ulya ulyan ulyana ulysse uma umaamaa umang umanko umar umay umaya
  umberto umi umid umida umidulloh umile umit ummiye umran umukulthoomo umur umuralp umut una unal undine unggul
  unique unjani unna unsel unseli upendra upik upton uqbaloy uranio urbain urban urbano urdino urfon uriah uriel
  uriele urmila uros urs ursicio ursino urska ursmaro ursula ursule ursulo usaamaa usama usame usha usman usmon
  ustim ustin ustina usyi uta utama utku uttam uve uygu uzayr uzbegim uzeyir uzodimma vaclav vaclava vada vadim
  vafo vagn vaha vahdet vahe vahid vahide vaidehi vaijayanthi vaijayanti vaishnavi vaishno vaishvi vakho
  vakhtang vala valburga valdemar valdemara valdemars valente valentijn valentim valentin valentina valentine
  valentino valentins valentyn valentyna valer valera valere valeri valeria valerian valeriana valeriano
  valerico valerie valerii valerija valerijs valerio valeriu valeriy valeriya valery valeryan valfredo valfrido
  vali valid vallie valtena valter valtr valtteri van vance vanche vancho vanda vane vanesa vanessa vangel vania
  vanja vanna vano vanya varalakshmi vardan vardo varfolomey varlaam varo varskvlavisa varvara vasanti vasco
  vasiko vasil vasile vasili vasilica vasilie vasilij vasilija vasilina vasilis vasilisa vasiliy vasilka vasilko
  vasily vasja vaska vasko vasliddin vassily vasudev vasudeva vasudha vasundhara vasyl vato vatroslav vatslav
  vaughn vavrinec vazha vdd vdlyh vdyh veaceslav vecdi veceaslav veceslav veda vedang vedanga vedanshi vedasto
  vedat vedran vedrana veduna veerle vefa vefik vega vehbi veikko veit vela velana velaphi velda velemir
  veleslav veleslava veli velibor velichko velika velimir velimira velina velio velislav velislava veljan veljo
  vella velma velva vena venance venanzio vencel venceslao venceslas venceslav venceslava vendel vendelin
  vendelina vendula vendulka venedikt venek venera veneranda venerando venere venerio veniamin venka venko
  ventura venuse venusta venustiano venusto vera verano verda verdiana verdie vere verecondo verena verenzio
  vergie vergiliu verginia veriana verica veridiana veriko verla verlie vern verna verner vernice vernie vernon
  vero verona veronica veronika veroniko veronique veroslav veroslava verulo vesela veselin veselinka vesile
  veslava vesma vesna vespasiano vesper vesta veta veysel veysi vezio vfk vfl vfr vfry vfyr vfyrh vhd viacheslav
  vianney vibeke vic vica vicdan vicenta vicente vicentia vicentiu vicki vickie vicky victoire victor victoria
  victorien victorin victormanuel vid vida vidak vidal vidhur vidhya vidiano vidoe vidone vidor vidur vidya
  vienna viera vieroslava vieve viggo vigile vigo vijay vijeko vijolite vijy vik vikas vikentiy viktor viktoria
  viktorie viktorija viktorin viktoriya viktoro viktorya vilcjo vildan vilde vilem vilema vilemina vilena
  vilenina vilfredo vilhelm vilhelmine vilhelmino vilhelmo viliam viliana vilibald viliberto vilina viljem ville
  villy vilma vilmar vilmars vilmos vimal vimala viman vin vinay vince vincenc vincencie vincent vincentiu
  vincenza vincenzo vinciane vindonio vinebaldo vinfrido vinicio vinka vinnie vino vinsen vinz viola violante
  violet violeta violetta violette violina viorel viorela viorelia viorica vira virag virgie virgil virgile
  virgilio virgiliu virgin virginia virginie virginio virginiya virman virone visal visarion viscardo vishnu
  vishwamitra visnja visnu vissarion vissia vit vita vital vitale vitali vitalia vitalico vitalie vitalii
  vitalijs vitalina vitaliy vitaly vitazoslav vitezslav vitezslava vito vitold vitor vitoria vitoslav vittore
  vittoria vittoriano vittorio vitus viva vivaldo vive vivek vivi vivian viviana viviane vivianne viviano vivien
  vivienne vizbulite vjekoslav vjenceslav vl vlad vlada vladan vladana vladek vladena vladilen vladilena
  vladimer vladimir vladimira vladimiro vladislav vladislava vladivoj vladlen vladlena vlado vlaicu vlas vlasta
  vlastimil vlastimila vlastimir vlastimira vlastislav vlastislava vlatka vlatko vldymyr vlh vlk vln vly vlyn
  vmr vmry vn vnl vnn vntsyvn vny vnyh vnymyn vodingo voichita voicu voislav vojdan vojdanka vojen vojin
  vojislava vojkan vojmil vojmir vojmira vojslav vojslava vojtech vojteska vok volche voldemars volfango
  volfgang volkan volodimir volodislav volodymyr vorsila vosil voskresija vr vratislav vratislava vratko vrd
  vreni vrhm vrinda vrk vrkt vrl vrly vrn vrtl vrund vrvkh vrwn vry vryh vryl vryn vryt vseboj vsebor vsemil
  vserad vseslav vseslava vsevlad vsevolod vslvm vsry vt vthn vtl vtsll vtsv vtyh vujadin vujica vuk vukan
  vukasin vukica vukota vulmaro vulpiano vuslat vusumuzi vvh vvz vyacheslav vyacheslava vyas vyd vygdvr vygyl
  vyh vyhy vyktvryh vyl vyn vynos vynvm vyrm vyrn vysg vysheslav vysy vyth vytl vytr vyv vyvyn vyvyt vz vzyh
  waclaw wade wadi wael wage wahyu waino wakiman waldo wale waleed walenty walentyn walentyna waleran waleria
  walerian walery walgierz walid walker wallace walter walton waluyo waly wanda wandrille wanesa wani wannes
  waqila ward wardaya wardi warji warley warre warren warsa warsita warta washington wasis wassim watson wava
  wawan wawrzyniec waylon wayne wdy wdyh webster welat weldon wellington wen wende wendell wendy werner weronika
  wes wesley wessel westley weston whitney whrz whrzyr whsht whshty whsn whswdn whyd whys whysy wiara wibke
  widya wiebke wiem wies wiktor wiktoria wil wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo
  wilfrid wilfried wilfryd wilhelm wilhelmina wilhelmine will willa willard willem willi william willie willis
  willow willy wilma wilmer wilson wilton wincenty winda winfield winifred winnifred winona winston wira wirda
  wirginia wisnu wissam wissem witalis wjdy wladimir wladyslaw wlodzimierz wlt wlyd wm wmq wolf wolfgang woodrow
  wout wouter wrdh wrfo wrjwnd wrng wrshh wry ws wsf wsfy wshmgyr wsm wst wsym wulan wulandari wuraola wyatt wyd
  wygn wyman wys wyshtsb wzhn xalima xanana xander xatun xaver xaverie xaverius xavi xavier xaviere xebat xem
  xenia xenie xenophon xezal ximena xochitl xzavier yaa yaakov yacine yacouba yacov yadira yael yaelle yagiz
  yagmur yago yahya yahyo yakov yakub yakubu yalcin yalgin yaman yamileth yamina yan yana yance yango yani yanis
  yann yanni yannic yannick yannik yannis yanuariy yaprak yara yarah yarema yaren yaretzi yarina yaro yaromil
  yaromir yaron yaropolk yaroslav yaroslava yarovid yasar yasemin yasin yasmeen yasmin yasmina yasmine yasser
  yassin yassine yassir yasuhiro yasuo yavuz yaw yaya yazid yazmin yd ydgr ydn ydo ydsht ydv ydwhr ydyd ydydyh
  yegor yejide yekaterina yekta yelda yelena yeliz yener yenthe yesenia yesim yessenia yessi yetkin yetunde
  yevgeniy yevgeny yevhen yewande yf yfh yfke yft yfth yfyt ygl ygnh yh yhb yhl yhlvm yhly yhsn yhv yhvdh yhvdyt
  yhvntn yhvrm yhvs yhya yhzdnsher yhzdyn yhzkl yhzyd yibanathi yigit yildirim yildiz yilmaz yinthe yitzchak
  yitzhak ykhy ykv ykyr yl ylan ylh yln ylnh ylnyt ylvi ylvie ylvn yly ym ymn ymry ymyt yn yno ynt ynv ynvn ynyv
  yoan yoann yoav yoel yoga yogendra yogesh yoginder yohan yohann yoko yolanda yolande yona yonca yoni yono
  yoosuf yoqub yorbek yoro yorqin yosef yoshihide yoshiko yoshimasa yoshiro yoshitaka yosra yossef yosun youcef
  youmna youna younes youness youp youri yousef yousra youssef youssou youssouf youssouph youssoupha yozida
  yoznur ypl yr yrdn yrh yrj yrn yrndkht yro yrsn yrvn yryt yryv ys ysaline yse ysee yseult yshh yshr yskhh ysmn
  ysmyn ysr ysrl ysskhr ysy ysyn ytm ytmr ytn ytshk yty yuce yucel yukhim yukhima yukhimiya yuki yukio yuko
  yuksel yulia yulian yuliana yulianna yuliy yuliya yumi yumni yuna yuni yunita yunus yuri yurii yuriko yuriy
  yury yusef yusiv yustina yusuf yuvenaliy yv yvan yvdft yven yves yvette yvgv yvhy yvkhvd yvl yvlyh yvnt yvntn
  yvnyt yvonne yvrm yvsf yvtm yvv yvvl ywhr ywr ywshyt yyl yylh yylt yynh yyr yz yzdn yzdyr zabava zabedeo
  zabina zabir zaboj zac zaccaria zaccheo zach zachar zacharia zachariah zacharias zachariasz zacharie zachary
  zache zachery zack zackary zackery zadig zaenab zafar zafer zafir zafirka zagorka zahar zaharia zahide zahir
  zahit zahra zaida zain zainab zainabu zaira zakaria zakariya zakary zakarya zakelina zakhar zakharij
  zakharinka zakhariy zaki zakir zala zalan zalindra zama zamfir zamfira zamir zamira zan zana zander zane
  zanele zaneta zanete zanis zanita zanna zanobi zara zaraza zaria zarije zarina zarko zaur zavida zavis zayd
  zayn zayneb zayniddin zaza zbislav zborislav zbyhnev zbyhneva zbynek zbynka zbysek zbyska zbyslav zbyslava
  zdan zdana zdbh zdbkht zdchhr zdena zdenek zdenka zdenko zderad zdeslav zdeslava zdfr zdik zdirad zdislav
  zdislava zdmsb zdravka zdravko zechariah zed zef zefiro zehra zeinab zejnep zekai zekeriyya zekiye zelaya
  zelda zelibor zelie zeliha zelimir zelimira zelinda zelislav zelislava zeljka zeljko zella zelma zelmir
  zelmira zeltite zemislav zena zenaide zenebio zenija zeno zenobia zenobie zenobio zenon zenone zenovia zenoviy
  zente zenzele zephirin zephyr zerdest zero zerrin zerya zeryvn zeteny zetico zetta zev zeyd zeynab zeyneb
  zeynel zeynep zezva zgros zgroz zhamiera zhamita zhamuta zhanna zhbwwn zhhnyn zhhnyr zhhw zhivka zhivko zhlh
  zhln zhnd zhnghnh zhnwer zhozefina zhr zhrdhsht zhre zhro zhuzhuna zhvh zhwn zhyl zhylh zhylhmo zhylo zhyn
  zhyno zhynw zhyr zhyrn zhyro zhyto zhywr ziad ziedite ziga zigfrida zigfrids zigmars zigmund zigrida zihni
  zikmund zilan zile zilola zin zina zinaida zineb zinedine zinovia zinoviy zion zita zithulele zitomir zitomira
  zitoslav zitoslava ziva zivan zivana ziver ziya ziyad ziyanda ziyo zizi zkho zl zlat zlata zlatan zlate
  zlatica zlatka zlatko zlatomir zlatomira zlatuse zldyn zm zmby zmdr zmnh zmnko zmw zmy zn znko znr znwhr znyr
  zobuhle zoe zoeva zoey zofia zofie zofija zohid zohir zohra zoia zoie zoila zoilo zoja zokir zola zoltan zora
  zoran zorana zorb zoremir zoreslav zoreslava zorina zoritsa zorka zoroslav zoroslava zoryan zoryana zosim
  zosima zosimo zoya zoyir zozk zr zrdsht zrinislav zrinko zrngr zro zry zryn zrynh zselyke zsofia zsolt zsombor
  zubayr zubeyde zubeyr zubite zuhal zuka zula zulaikha zulaikhaa zulal zuleyha zulfa zulfikar zumrut zura zurab
  zuria zuriko zuxra zuzana zuzanna zv zvenigor zvenimir zvenislav zvenislava zvezdana zvhr zviad zvonimir
  zvonimira zvonko zvvlvn zw zwn zyad zyb zybr zyd zydwn zygmunt zyln zym zyn zynb zynldyn zynw zyrhk zyv zywyn
  zyz
  sita ram hemant shyam rajesh bimal binod pushpa madhav nirmala sushila bhim shiva ajay sunil deepak deepa rekha savita
  keshav umesh rabindra janak balkrishna bahadur
  ghassan hamood hamoud hamud abdulrahman abdelrahman abdurrahman abdelaziz abdulaziz abdelkarim abdulkarim abdulwahab
  abdelwahab abdelhamid abdulhamid abdullahi amr anwar ashraf bandar bashar bassam fahad fahd fawaz ghaith haitham
  haytham hazem hazim hisham hesham hussam jaber jasim majed majid mazen mohannad muhannad mounir munir nader naif
  nawaf nayef qasim salem saud talal tamim turki yasir zaid zayed hamad hamdan mubarak reem rasha huda maha amal`
    .trim()
    .split(/\s+/),
);
