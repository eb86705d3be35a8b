/*
 * demo_text.c - Dutch texts for demo and volume data (see demo_text.h).
 *
 * A text is built from sentence tables per category and per tone. Table
 * entries may hold slots, `$` and a letter ($v the neighbours, $t until
 * when, $l since when, ...), which expand to a random entry of another
 * table; that nesting is what makes a year of meldingen rarely repeat.
 * Everything is composed in a private buffer first and copied out last, so
 * the rng is drawn the same number of times whatever `max` the caller has,
 * and a short `max` yields a prefix of the long text.
 */
#include "domain/demo_text.h"

#include <string.h>

void demo_rng_seed(struct demo_rng *r, uint64_t seed)
{
	/* xorshift must not start at 0; splitmix the seed once. */
	uint64_t z = seed + 0x9e3779b97f4a7c15ull;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	z ^= z >> 31;
	r->s = z ? z : 0x9e3779b97f4a7c15ull;
}

uint64_t demo_rng_next(struct demo_rng *r)
{
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 2685821657736338717ull;
}

uint32_t demo_rng_below(struct demo_rng *r, uint32_t n)
{
	return (uint32_t)((demo_rng_next(r) >> 32) % n);
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define L(a) { a, (uint32_t)COUNT(a) }
#define TEXT_MAX 2048	/* well above the longest text any table mix can give */
#define DEPTH_MAX 4	/* slots nest two deep; more means a table loops */

struct list {
	const char *const *s;
	uint32_t n;
};

/* ---- Slots shared by all categories --------------------------------- */

static const char *const tot[] = { "tot 3 uur 's nachts", "tot een uur of twee",
	"tot diep in de nacht", "tot half vier", "tot ver na middernacht", "tot de ochtend",
	"tot 1 uur 's nachts", "tot een uur of vijf" };
static const char *const dagen[] = { "elk weekend", "vrijdag- en zaterdagnacht",
	"bijna elke avond", "ook doordeweeks", "vooral in het weekend", "zelfs op zondagnacht",
	"bijna elke nacht", "meerdere keren per week" };
static const char *const wanneer[] = { "gisteravond", "vannacht", "afgelopen weekend",
	"zaterdagnacht", "vanochtend", "eergisteren", "zondagmiddag", "vorige week dinsdag",
	"gisteren rond etenstijd" };
/* Always written after "al": "al maanden", "al sinds de zomer". */
static const char *const looptijd[] = { "drie weken", "maanden", "een paar weken",
	"sinds de zomer", "sinds januari", "bijna een half jaar", "een hele tijd",
	"twee maanden", "sinds de kerst", "ruim een jaar" };
static const char *const buren[] = { "de buren boven", "de bovenburen", "de benedenburen",
	"de buren naast mij", "de buren op nummer $#", "de nieuwe bewoners op $f",
	"de mensen schuin boven mij", "de buren van $f" };
static const char *const verdieping[] = { "2 hoog", "drie hoog", "de eerste verdieping",
	"de begane grond", "4 hoog", "de bovenste verdieping", "de tweede verdieping", "5 hoog" };
static const char *const binnen[] = { "in het portiek", "op de galerij", "in de lift",
	"in het trappenhuis", "in de fietsenstalling", "in de hal beneden", "bij de ingang",
	"in de bergingsgang", "bij de brievenbussen" };
static const char *const buiten[] = { "op het speelveldje", "achter de flat",
	"op de parkeerplaats", "langs het fietspad", "in het plantsoen", "op het pleintje",
	"bij het bankje aan het water", "voor de ingang", "in de binnentuin" };
static const char *const rangtal[] = { "derde", "vierde", "vijfde", "zesde", "zoveelste" };
static const char *const keren[] = { "twee keer", "drie keer", "vier keer", "meerdere keren",
	"een paar keer" };
static const char *const dagdeel[] = { "'s avonds", "'s nachts", "overdag",
	"'s ochtends vroeg", "rond etenstijd", "midden in de nacht", "in het weekend" };
static const char *const weekdag[] = { "maandag", "dinsdag", "woensdag", "donderdag",
	"vrijdag", "morgen" };
static const char *const collega[] = { "de wijkagent", "wijkbeheer", "de wijkbeheerder",
	"collega sociaal beheer", "de buurtcoach" };
/* Pairs: the man, then the woman; a text keeps to one (struct pen.vrouw). */
static const char *const persoon[] = { "mijn buurman", "mijn buurvrouw",
	"de oudere meneer naast mij", "de oudere mevrouw naast mij", "de meneer van $f",
	"de mevrouw van $f", "mijn bovenbuurman", "mijn bovenbuurvrouw",
	"de buurman op nummer $#", "de buurvrouw op nummer $#" };
static const char *const hij[] = { "hij", "zij" };
static const char *const hem[] = { "hem", "haar" };
static const char *const zijn[] = { "zijn", "haar" };

static const struct {
	char key;
	struct list l;
} slots[] = {
	{ 't', L(tot) }, { 'd', L(dagen) }, { 'w', L(wanneer) }, { 'l', L(looptijd) },
	{ 'v', L(buren) }, { 'f', L(verdieping) }, { 'p', L(binnen) }, { 'o', L(buiten) },
	{ 'k', L(rangtal) }, { 'a', L(keren) }, { 'u', L(dagdeel) }, { 'y', L(weekdag) },
	{ 'c', L(collega) },
};

/* ---- Tones ------------------------------------------------------------ */

enum tone { KORT, LANG, BOOS, ZORG, BELEEFD, MOBIEL, TONE__MAX };

static const char *const boos_open[] = { "Dit is nu de $k keer dat ik bel!!",
	"Ik heb hier al $a over gebeld en er gebeurt NIETS.", "Weer hetzelfde verhaal.",
	"Ik ben het echt zat!", "Waarom wordt hier niks aan gedaan??",
	"Ik meld het nu voor de $k keer." };
static const char *const boos_slot[] = { "Ik wil nu eindelijk dat er iets gebeurt!",
	"Als er niks gebeurt stap ik naar de gemeente.", "Ik betaal hier wel gewoon huur voor!!",
	"Wanneer gaan jullie eindelijk iets doen??", "Ik verwacht deze keer wel een reactie.",
	"Hier moet nu echt iets aan gebeuren." };
static const char *const beleefd_open[] = { "Goedendag,\n", "Beste medewerker,\n",
	"Geachte heer, mevrouw,\n", "Goedemiddag,\n", "Beste mensen van sociaal beheer,\n" };
static const char *const beleefd_slot[] = { "Alvast bedankt voor de moeite.",
	"Met vriendelijke groet.", "Bij voorbaat dank.", "Vriendelijke groet, een bewoner van $f.",
	"Dank u wel voor het lezen." };
/* Typed on a phone: the period dropped, sometimes a tail. */
static const char *const mobiel_staart[] = { " aub", " graag snel actie", " ff kijken aub",
	", hoe lang nog??", " bel me maar" };

/* ---- Groups: categories that open, close and are answered alike ------- */

struct group {
	struct list open, zorg, slot, vervolg, uitnodiging;
	const char *vast;	/* said in every answer, or NULL */
	unsigned char weight[TONE__MAX];	/* KORT LANG BOOS ZORG BELEEFD MOBIEL */
};

static const char *const overlast_open[] = { "Ik wil graag overlast melden.",
	"Hierbij een melding.", "Graag uw aandacht voor het volgende.",
	"Ik weet niet goed waar ik anders terecht kan, daarom meld ik het hier.",
	"Ik woon op $f en wil iets melden.", "Ik meld dit namens meerdere bewoners van ons portiek.",
	"Ik had nooit gedacht dat ik dit zou moeten melden, maar het gaat zo niet langer." };
static const char *const overlast_zorg[] = { "Ik voel me eerlijk gezegd niet meer veilig.",
	"Ik maak me zorgen over wat er in ons portiek gebeurt.", "Ik durf dit bijna niet te melden.",
	"Ik weet niet meer wat ik moet doen." };
static const char *const overlast_slot[] = { "Ik hoop dat u er iets mee kunt.", "Graag een reactie.",
	"Kunt u contact met mij opnemen?", "Liever niet zeggen dat de melding van mij komt.",
	"Ik hoor graag wat u gaat doen.", "Ik ben overdag bereikbaar op mijn mobiel." };
static const char *const overlast_vervolg[] = {
	"Over een paar weken nemen wij opnieuw contact op met uw buren om te horen hoe het gaat.",
	"Wij hebben de gemaakte afspraken schriftelijk bevestigd.",
	"Wij hebben ook andere bewoners in uw portiek gevraagd of zij iets merken." };
static const char *const overlast_uitnodiging[] = {
	"Blijft de overlast aanhouden? Meld het dan opnieuw, dan nemen wij het mee in het dossier.",
	"Heeft u opnieuw last, laat het ons dan weten via het meldformulier.",
	"Wij houden de situatie in de gaten. Merkt u geen verbetering, neem dan weer contact met ons op.",
	"Wilt u de komende weken bijhouden wanneer u last heeft? Dat helpt ons als er verdere stappen nodig zijn." };

static const char *const omgeving_open[] = { "Ik wil graag een melding doen.",
	"Graag uw aandacht voor het volgende.", "Even een melding over ons complex.",
	"Namens een paar bewoners van ons complex een melding.", "Ik woon op $f en wil iets melden." };
static const char *const omgeving_zorg[] = { "Ik maak me zorgen dat hier een keer een ongeluk gebeurt.",
	"Ik maak me zorgen, het wordt hier steeds slechter.", "Ik schrik er elke keer weer van." };
static const char *const omgeving_slot[] = { "Kan hier iemand naar kijken?", "Graag snel oppakken.",
	"Wie gaat dit oplossen?", "Ik hoor graag wanneer hier iets aan gedaan wordt.", "Bedankt alvast." };
static const char *const omgeving_vervolg[] = {
	"De komende tijd controleren wij vaker of het zo blijft.",
	"Wij hebben ook de bewonerscommissie op de hoogte gebracht." };
static const char *const omgeving_uitnodiging[] = { "Ziet u opnieuw iets, meld het dan gerust.",
	"Is het probleem niet opgelost? Laat het ons dan weten.",
	"Dank dat u meedenkt over een schone en veilige buurt. Ziet u weer iets, meld het ons." };

static const char *const zorg_open[] = { "Ik weet niet of dit de goede plek is, maar ik wil het toch melden.",
	"Ik twijfel al een tijdje of ik dit moet melden.", "Ik wil graag iets melden dat mij niet lekker zit." };
static const char *const zorg_zorg[] = { "Ik weet niet goed bij wie ik hiermee terecht kan.",
	"Ik wil niet overdreven doen, maar dit zit me niet lekker.",
	"Het is misschien niets, maar ik wil het toch gemeld hebben.",
	"Ik maak me zorgen om iemand in ons portiek." };
static const char *const zorg_slot[] = { "Kan er iemand gaan kijken?", "Ik wil niet dat mijn naam genoemd wordt.",
	"Ik hoop dat iemand kan kijken of alles goed gaat.",
	"Wilt u alstublieft voorzichtig zijn, ik wil het niet erger maken.",
	"U kunt mij altijd bellen als u meer wilt weten." };
static const char *const zorg_vervolg[] = { "Wij blijven de situatie volgen.",
	"Wij houden contact met de betrokken hulpverleners." };
static const char *const zorg_uitnodiging[] = {
	"Maakt u zich opnieuw zorgen, neem dan gerust weer contact met ons op.",
	"Dank dat u naar uw buren omkijkt. Ziet of hoort u weer iets, laat het ons weten.",
	"Twijfelt u, dan kunt u ook zelf Veilig Thuis bellen voor advies: 0800-2000." };

static const char *const initiatief_open[] = { "Hallo!", "Goedendag, wij hebben een idee voor de buurt.",
	"Ik heb een leuk idee voor ons complex.", "Namens een groepje bewoners een voorstel.",
	"Wij willen graag iets doen voor de buurt." };
static const char *const initiatief_slot[] = { "Wie kan ons hierbij helpen?", "We horen graag of dit kan.",
	"Wij komen graag langs om het toe te lichten.", "Alvast bedankt, we hebben er zin in!" };
static const char *const initiatief_vervolg[] = { "Wij denken graag mee over de planning.",
	"Misschien kunnen wij ook helpen met een bericht aan alle bewoners." };
static const char *const initiatief_uitnodiging[] = {
	"Heeft u in de tussentijd vragen, neem dan gerust contact met ons op.",
	"Wij kijken uit naar de samenwerking!", "Wij houden u op de hoogte van de volgende stappen." };

static const struct group overlast = { L(overlast_open), L(overlast_zorg), L(overlast_slot),
	L(overlast_vervolg), L(overlast_uitnodiging), NULL, { 28, 24, 16, 8, 12, 12 } };
static const struct group omgeving = { L(omgeving_open), L(omgeving_zorg), L(omgeving_slot),
	L(omgeving_vervolg), L(omgeving_uitnodiging), NULL, { 32, 18, 14, 6, 14, 16 } };
/* Worried neighbours write at length and are never angry. */
static const struct group zorg = { L(zorg_open), L(zorg_zorg), L(zorg_slot), L(zorg_vervolg),
	L(zorg_uitnodiging), "Bij acuut gevaar belt u altijd direct 112.", { 20, 38, 0, 22, 12, 8 } };
/* An idea is never angry or worried: its zorg list (weight 0) is a stand-in. */
static const struct group initiatief = { L(initiatief_open), L(initiatief_open), L(initiatief_slot),
	L(initiatief_vervolg), L(initiatief_uitnodiging), NULL, { 20, 38, 0, 0, 26, 16 } };

/* ---- Categories --------------------------------------------------------
 * Per code: feit (the fact, with slots), detail, poging (what the melder
 * tried), gevolg (what it does to them), ding ($x), and for the team:
 * onderwerp ($s), actie, grens (what could not be done) and notitie.
 */

static const char *const geluid_ding[] = { "harde muziek", "muziek met zware bassen",
	"gebonk op de vloer", "geschreeuw en gelach", "een keiharde tv", "geboor en getimmer",
	"ruzie met veel geschreeuw", "gestamp en geschuif met meubels", "feestjes met veel mensen" };
static const char *const geluid_feit[] = { "Al $l last van $x bij $v, $d $t.",
	"Weer $x bij $v, $t.", "Bij $v is het $d raak: $x $t.",
	"$w weer $x bij $v, $t. Ik heb geen oog dichtgedaan.", "Ik word $d wakker van $x bij $v.",
	"Sinds $v hier wonen is het $d onrustig: $x, vaak $t.",
	"Er komt $d $x uit de woning van $v.", "Geluidsoverlast van $v: $x, $d $t.",
	"Het lawaai van $v houdt maar niet op. $d $x, $t." };
static const char *const geluid_detail[] = { "Het gaat nu al $l zo.", "Het ergste is het $d.",
	"Het geluid komt door de vloer en de muren heen, je hoort alles.",
	"Soms gaat het door tot de ochtend en om 8 uur beginnen ze weer te boren.",
	"Overdag hoor ik ze ook, maar 's nachts is het echt niet te doen.",
	"Ze hebben ook vaak bezoek dat met veel lawaai $p staat te praten." };
static const char *const geluid_poging[] = { "Ik heb al $a aangebeld, maar er wordt niet opengedaan.",
	"Ik heb een briefje onder de deur geschoven, dat hielp een paar dagen.",
	"Ik heb er netjes met ze over gepraat, maar ze lachten me uit.",
	"Ik heb op de muur geklopt, toen werd het alleen maar harder.",
	"Ik heb $w de politie gebeld, die is langs geweest, maar een uur later begon het weer.",
	"Ik heb het al eens bij de huismeester aangekaart." };
static const char *const geluid_gevolg[] = { "Ik moet om 6 uur op voor mijn werk en kom nauwelijks aan slapen toe.",
	"Mijn kinderen worden er steeds wakker van en zijn op school doodmoe.",
	"Ik ben hier zo moe van, ik merk dat ik prikkelbaar word.",
	"Ik werk in ploegendienst en kan overdag ook niet slapen.",
	"Ik zie er inmiddels tegenop om naar huis te gaan.",
	"Mijn man is ziek en heeft zijn rust echt nodig." };
static const char *const geluid_onderwerp[] = { "geluidsoverlast", "de geluidsoverlast van uw buren",
	"het lawaai bij uw buren" };
static const char *const geluid_actie[] = {
	"Wij hebben een gesprek gehad met uw buren. Zij wisten niet dat het geluid zo ver droeg en hebben beloofd het rustiger aan te doen.",
	"Wij hebben uw buren een brief gestuurd waarin wij hen wijzen op de huisregels en de nachtrust na 23.00 uur.",
	"Wij zijn bij uw buren langs geweest. Zij hebben een harde vloer en gaan er vloerkleden op leggen om het geluid te dempen.",
	"Wij hebben u en uw buren aangemeld bij buurtbemiddeling. Een bemiddelaar neemt binnenkort contact met u op.",
	"Wij hebben uw buren uitgenodigd voor een gesprek op kantoor. Zij zijn niet verschenen; wij sturen hen nu een waarschuwingsbrief.",
	"Onze medewerker is 's avonds langs geweest en heeft het geluid zelf gehoord. Wij hebben uw buren daarop aangesproken." };
static const char *const geluid_grens[] = {
	"Geluid van gewoon wonen, zoals lopen en een deur die dichtgaat, kunnen wij helaas niet verbieden.",
	"Wij kunnen niet elke nacht komen kijken. Daarom vragen wij u het geluid bij te houden in een logboek, met datum en tijd." };
static const char *const geluid_notitie[] = {
	"Huisbezoek gedaan samen met wijkagent; bewoner erkent feestje, belooft beterschap.",
	"Geluidslogboek naar melder gestuurd.", "Waarschuwingsbrief geluid verstuurd naar de buren.",
	"Aanmelding buurtbemiddeling gedaan, beide partijen akkoord.",
	"$y rond 22.00 langs geweest, geen geluid gehoord." };

static const char *const stank_ding[] = { "een sterke rioollucht", "een doordringende sigarettenlucht",
	"een rottingslucht", "de lucht van wiet", "een penetrante kattenpislucht", "een vieze brandlucht",
	"een muffe lucht", "een lucht van bedorven eten" };
static const char *const stank_feit[] = { "Al $l hangt er $x $p.", "Uit de woning van $v komt $x, vooral $u.",
	"$x $p, het is niet te harden.",
	"Er komt $x via de ventilatie mijn woning in. Ik denk dat het van $v komt.",
	"Sinds $w ruik ik $x $p.", "Stankoverlast $p: $x.", "Als ik mijn voordeur opendoe, ruik ik meteen $x.",
	"$v laten hun vuilniszakken op het balkon staan en het stinkt enorm." };
static const char *const stank_detail[] = { "Het is het ergst als het warm is.",
	"Als ik de ramen openzet wordt het alleen maar erger.", "Andere buren ruiken het ook, ik ben niet de enige.",
	"Ik ben bang dat er iets mis is met de afvoer.", "Mijn was ruikt er inmiddels ook naar." };
static const char *const stank_poging[] = { "Ik heb er met de buren over gepraat, maar die zeggen dat ze niks ruiken.",
	"Ik heb zelf al een luchtreiniger gekocht, maar dat helpt niet.", "Ik heb het al $a bij de huismeester gemeld.",
	"Ik heb de ventilatieroosters dichtgeplakt, maar de lucht komt er toch door." };
static const char *const stank_gevolg[] = { "Ik krijg er hoofdpijn van.",
	"Mijn dochter heeft astma en heeft er echt last van.", "Ik schaam me als ik visite krijg.",
	"Ik word er misselijk van, vooral 's ochtends.", "Ik durf de ramen niet meer open te zetten." };
static const char *const stank_onderwerp[] = { "stankoverlast", "de lucht in uw portiek", "de stank bij uw woning" };
static const char *const stank_actie[] = {
	"Onze wijkbeheerder is gaan kijken en vond een verstopte afvoer. Een loodgieter heeft die inmiddels verholpen.",
	"Wij hebben de ventilatie in uw woning en in de woning van uw buren laten controleren.",
	"Wij hebben een gesprek gehad met uw buren over de lucht uit hun woning. Zij gaan hun afval vaker wegbrengen.",
	"Wij hebben een rioolbedrijf ingeschakeld; dat komt binnenkort de leidingen doorspuiten.",
	"Het portiek is extra schoongemaakt en wij houden de komende weken in de gaten of de lucht terugkomt." };
static const char *const stank_grens[] = {
	"Roken in de eigen woning is helaas niet verboden, ook al begrijpen wij dat u er last van heeft.",
	"De oorzaak hebben wij nog niet kunnen vinden. Wij zoeken verder." };
static const char *const stank_notitie[] = { "Wijkbeheer gaat afvoer controleren.",
	"Lucht zelf geroken in portiek, komt vermoedelijk van het riool.", "Loodgieter ingepland $y.",
	"Buren gebeld over vuilniszakken op balkon, geen gehoor. $y langs." };

static const char *const agressie_ding[] = { "gescheld", "bedreigingen", "intimiderend gedrag",
	"geschreeuw en gescheld", "racistische opmerkingen", "geduw en getrek" };
static const char *const agressie_feit[] = { "Ik word $d uitgescholden door $v als ik langs hun deur loop.",
	"$w werd ik $p bedreigd door een van $v.", "Een buurman van $f reageert met $x als je hem ergens op aanspreekt.",
	"Al $l last van $x van $v.", "$v zoeken steeds ruzie. $w stond een van hen met een stok voor mijn deur.",
	"Mijn buurman schreeuwt tegen iedereen die $p komt en heeft $w mijn zoon geduwd.",
	"Er is $w een vechtpartij geweest $o, iemand van $v was erbij betrokken.",
	"Ik ben $w door een bewoner van $f in mijn gezicht gespuugd." };
static const char *const agressie_detail[] = { "Er is ook gedreigd om mijn auto te bekrassen.",
	"Het gaat al $l zo, en het wordt steeds erger.", "Andere bewoners durven er ook niets meer van te zeggen.",
	"Ik word soms $p opgewacht als ik thuiskom.", "Er waren ook kinderen bij die alles gezien hebben." };
static const char *const agressie_poging[] = { "Ik heb aangifte gedaan bij de politie.",
	"Ik heb geprobeerd rustig te praten, maar er werd meteen geschreeuwd.",
	"Ik heb de wijkagent al een keer gesproken.",
	"Ik loop nu met een grote boog om de galerij heen, maar dat kan toch niet de oplossing zijn.",
	"Ik heb een filmpje gemaakt met mijn telefoon, dat kan ik sturen." };
static const char *const agressie_gevolg[] = { "Ik durf 's avonds niet meer alleen naar buiten.",
	"Ik voel me niet meer veilig in mijn eigen huis.", "Mijn kinderen durven niet meer alleen over de galerij.",
	"Ik slaap slecht en schrik van elk geluid op de galerij.", "Ik denk erover om te verhuizen, zo erg is het." };
static const char *const agressie_onderwerp[] = { "de bedreiging die u heeft meegemaakt",
	"het agressieve gedrag van uw buurman", "de agressie in uw portiek" };
static const char *const agressie_actie[] = {
	"Wij hebben samen met de wijkagent een gesprek gehad met de betrokken bewoner. Hem is duidelijk gemaakt dat dit gedrag niet wordt getolereerd.",
	"De betrokken bewoner heeft een officiële waarschuwingsbrief van ons ontvangen.",
	"Wij hebben contact opgenomen met de wijkagent, die de situatie nu ook volgt.",
	"Wij hebben de zaak besproken in het overleg met politie en gemeente.",
	"Slachtofferhulp kan u ondersteunen; wij hebben hun gegevens in de bijlage gezet." };
static const char *const agressie_grens[] = {
	"Wij raden u dringend aan om aangifte te doen bij de politie. Zonder aangifte kunnen wij juridisch weinig.",
	"Bij direct gevaar belt u altijd 112." };
static const char *const agressie_notitie[] = { "Wijkagent geïnformeerd, kent de bewoner.",
	"Gesprek met betrokkene gepland op kantoor, met twee collega's.", "Melder geadviseerd aangifte te doen.",
	"Waarschuwingsbrief verstuurd." };

static const char *const drugs_ding[] = { "drugs", "wiet", "lachgas", "pillen" };
static const char *const drugs_feit[] = { "Er wordt $d gedeald $p.", "$o staan $u jongeren te dealen.",
	"Bij $v komen de hele dag mensen die na vijf minuten weer weggaan. Ik denk dat daar gedeald wordt.",
	"$p hangen $u jongeren die $x gebruiken.", "$o liggen steeds lege lachgaspatronen en zakjes.",
	"Uit de woning van $v komt een sterke wietlucht en ik hoor een apparaat zoemen. Misschien een kwekerij?",
	"Er staan $u auto's met draaiende motor $o, er wordt iets doorgegeven door het raampje.",
	"$w zag ik weer een overdracht $p.", "Al $l is er een komen en gaan van mensen bij $v, ook $t." };
static const char *const drugs_detail[] = { "Ik heb er een paar keer een foto van gemaakt.",
	"Ze laten hun rommel achter, ik heb ook een naald gevonden.", "Het gebeurt vooral $u.",
	"Het is al $l zo.", "De kinderen spelen daar gewoon, dat vind ik zorgelijk." };
static const char *const drugs_poging[] = { "Ik heb het gemeld bij Meld Misdaad Anoniem.",
	"Ik heb de politie gebeld, maar die kwam pas na een uur.", "Ik durf ze niet aan te spreken.",
	"Ik heb met andere buren gepraat, zij zien het ook." };
static const char *const drugs_gevolg[] = { "Ik voel me niet prettig als ik thuiskom.",
	"Mijn kinderen mogen niet meer buiten spelen.", "Ik ben bang dat het een keer uit de hand loopt.",
	"De sfeer in het portiek is helemaal veranderd." };
static const char *const drugs_onderwerp[] = { "de drugsoverlast", "de handel die u heeft gezien",
	"de overlast door drugs bij uw woning" };
static const char *const drugs_actie[] = { "Wij hebben uw melding doorgegeven aan de politie en de wijkagent.",
	"Wij hebben samen met de politie een controle gedaan bij de woning.",
	"De struiken waar gedeald werd zijn gesnoeid, zodat de plek beter zichtbaar is.",
	"Wij hebben de situatie besproken met gemeente en politie; er wordt nu extra gesurveilleerd.",
	"Wij hebben de bewoners van de woning uitgenodigd voor een gesprek." };
static const char *const drugs_grens[] = { "Over het onderzoek van de politie kunnen wij u helaas niets vertellen.",
	"Wij kunnen alleen ingrijpen als er genoeg bewijs is; uw meldingen helpen daarbij." };
static const char *const drugs_notitie[] = { "Doorgezet naar politie via wijkagent.",
	"Melding meegenomen in overleg met gemeente en politie.", "Zelf $u gaan kijken: geen bijzonderheden gezien.",
	"Mogelijke hennepkwekerij, doorgegeven aan politie." };

static const char *const huisdieren_ding[] = { "een blaffende hond", "janken en blaffen", "duiven",
	"katten die overal plassen", "een krijsende papegaai" };
static const char *const huisdieren_feit[] = { "De hond van $v blaft $d, soms $t.",
	"$v laten hun hond $o poepen en ruimen het niet op.",
	"Er loopt $p vaak een grote hond los zonder riem, ik ben er bang voor.",
	"$v hebben $x op het balkon en dat geeft veel overlast.",
	"De buurvrouw van $f voert de duiven, nu zit alles onder de poep.",
	"Bij $v zitten volgens mij wel tien katten, de hele galerij stinkt naar kattenpis.",
	"De hond van $v wordt de hele dag alleen gelaten en jankt aan één stuk door.",
	"Overal $o ligt hondenpoep, vooral van de honden van $v.", "Al $l last van $x bij $v." };
static const char *const huisdieren_detail[] = { "Het begint al om 6 uur 's ochtends.",
	"De hond is ook al een keer naar mijn kind uitgevallen.", "Het gaat al $l zo.",
	"Op de galerij ligt ook regelmatig poep.", "Ik heb niets tegen dieren, maar dit gaat te ver." };
static const char *const huisdieren_poging[] = { "Ik heb het netjes gevraagd, maar de eigenaar zegt dat zijn hond niks doet.",
	"Ik heb een briefje in de bus gedaan.", "Ik heb de dierenambulance al eens gebeld.",
	"Ik heb foto's gemaakt van de poep op de galerij." };
static const char *const huisdieren_gevolg[] = { "Mijn kinderen durven niet meer langs hun deur.",
	"Ik kan niet meer rustig op mijn balkon zitten.", "Ik slaap er slecht door.",
	"Ik heb zelf allergie en heb hier echt last van." };
static const char *const huisdieren_onderwerp[] = { "de overlast van huisdieren", "de hond van uw buren",
	"de dieren bij uw buren" };
static const char *const huisdieren_actie[] = {
	"Wij hebben de eigenaar van de hond gesproken en gevraagd de hond niet meer zo lang alleen te laten.",
	"Wij hebben de bewoners een brief gestuurd over het opruimen van hondenpoep en het aanlijnen in de gemeenschappelijke ruimtes.",
	"Wij hebben de Dierenbescherming gevraagd om poolshoogte te nemen.",
	"Wij hebben de bewoner gevraagd te stoppen met het voeren van de duiven en de galerij laten schoonmaken.",
	"De gemeente handhaaft op loslopende honden; wij hebben uw melding aan hen doorgegeven." };
static const char *const huisdieren_grens[] = {
	"Huisdieren zijn volgens het huurcontract toegestaan, zolang ze geen overlast geven." };
static const char *const huisdieren_notitie[] = { "Eigenaar hond gesproken, belooft hond niet meer alleen te laten.",
	"Brief hondenpoep verspreid in portiek.", "Dierenbescherming gebeld." };

static const char *const overlast_overig_ding[] = { "hangjongeren", "scooters", "rook", "vreemden", "rommel" };
static const char *const overlast_overig_feit[] = { "$o hangen $u jongeren rond die veel lawaai maken en rommel achterlaten.",
	"$v roken de hele dag op de galerij en de rook komt mijn woning in.",
	"Er wordt over de galerij en door de fietsenstalling met scooters gereden, ook $t.",
	"$v zetten hun spullen in het portiek: fietsen, een kast, zakken met kleding.",
	"$w werd er $o vuurwerk afgestoken, terwijl het nog lang geen oud en nieuw is.",
	"Iemand van $v laat $d de deur van het portiek openstaan, er komen steeds vreemden binnen.",
	"$v gooien hun sigarettenpeuken van het balkon naar beneden, zo mijn tuin in.",
	"Al $l wordt er $p geslapen door iemand die hier niet woont.", "Al $l last van $x $o." };
static const char *const overlast_overig_detail[] = { "Het speelt al $l.", "Het is vooral $u erg.",
	"Meerdere buren hebben er last van.", "Ik weet niet goed onder welke categorie dit valt, vandaar deze melding.",
	"Het lijkt misschien klein, maar het gebeurt elke dag." };
static const char *const overlast_overig_poging[] = { "Ik heb ze er zelf op aangesproken, zonder resultaat.",
	"Ik heb het in de groepsapp van de flat gezet, maar er gebeurt niks.", "Ik heb de huismeester gebeld.",
	"Ik heb een briefje opgehangen in de hal." };
static const char *const overlast_overig_gevolg[] = { "Het woonplezier gaat er echt op achteruit.",
	"Ik erger me er elke dag aan.", "Het voelt niet meer als thuis.", "Ik woon hier niet meer met plezier." };
static const char *const overlast_overig_onderwerp[] = { "de overlast", "de overlast in uw complex" };
static const char *const overlast_overig_actie[] = { "Wij hebben de betrokken bewoners aangesproken.",
	"Wij hebben een bewonersbrief verspreid met de huisregels.",
	"Onze wijkbeheerder heeft de spullen in het portiek laten weghalen.",
	"Wij hebben het jongerenwerk gevraagd contact te leggen met de jongeren.",
	"Wij hebben de portiekdeur laten afstellen, zodat hij weer vanzelf dichtvalt." };
static const char *const overlast_overig_grens[] = {
	"Wij kunnen helaas niet alles voorkomen, maar uw melding helpt ons om een goed beeld te krijgen.",
	"Om privacyredenen kunnen wij u niet vertellen wat wij precies met uw buren hebben afgesproken." };
static const char *const overlast_overig_notitie[] = { "Bewonersbrief huisregels verspreid.",
	"Spullen in portiek gefotografeerd, bewoner krijgt een week.", "Jongerenwerk ingeschakeld." };

static const char *const vervuiling_ding[] = { "vuilniszakken", "oude meubels", "etensresten",
	"een kapotte bank", "grofvuil", "vieze luiers", "dozen en oud ijzer" };
static const char *const vervuiling_feit[] = { "$p staan al $l $x van $v.",
	"Uit de woning van $v komt een vieze lucht en het balkon staat vol met $x.",
	"Bij $v staat het balkon vol met troep, er zitten nu ook muizen.", "Iemand zet steeds $x $p.",
	"De woning op $f is volgens mij erg vervuild, je ziet door het raam overal $x liggen.",
	"$v gooien $x gewoon uit het raam naar beneden.", "$p is het een smerige boel met $x.",
	"Al $l wordt $p niet schoongemaakt, het ligt vol met $x.",
	"De tuin van $v is helemaal verwaarloosd en ligt vol met $x." };
static const char *const vervuiling_detail[] = { "Er komen nu ook ratten en muizen op af.",
	"In de zomer zitten er overal vliegen.", "Het is al $l zo.",
	"De schoonmaker zegt dat het niet zijn taak is.", "Het trekt ongedierte aan." };
static const char *const vervuiling_poging[] = { "Ik heb het al $a zelf opgeruimd, maar het komt steeds terug.",
	"Ik heb de buren erop aangesproken.", "Ik heb foto's gemaakt, die kan ik sturen.",
	"Ik heb de gemeente gebeld, maar die verwijzen naar jullie." };
static const char *const vervuiling_gevolg[] = { "Ik schaam me als er visite komt.",
	"Ik maak me zorgen om de hygiëne, er spelen hier kinderen.", "Het stinkt in de hele gang.",
	"Ik word er echt moedeloos van." };
static const char *const vervuiling_onderwerp[] = { "de vervuiling", "het afval in het portiek",
	"de vervuiling bij uw buren" };
static const char *const vervuiling_actie[] = { "Onze schoonmaakploeg heeft het portiek opgeruimd.",
	"Wij zijn op huisbezoek geweest. De bewoner krijgt hulp om de woning op te ruimen.",
	"Wij hebben de bewoner een brief gestuurd met het verzoek de spullen binnen een week weg te halen.",
	"Wij hebben een ongediertebestrijder ingeschakeld.", "Wij hebben het sociaal wijkteam gevraagd de bewoner te helpen." };
static const char *const vervuiling_grens[] = {
	"Wat er precies met de bewoner wordt afgesproken, kunnen wij u om privacyredenen niet vertellen." };
static const char *const vervuiling_notitie[] = { "Huisbezoek gedaan: woning ernstig vervuild. Wijkteam ingeschakeld.",
	"Schoonmaakploeg ingepland $y.", "Ongediertebestrijder gebeld." };

static const char *const zorgsignaal_ding[] = { "verward", "vergeetachtig", "eenzaam" };
static const char *const zorgsignaal_feit[] = { "Ik maak me zorgen om $z, ik heb $m al een week niet gezien.",
	"Ik heb $z al dagen niet gezien en de post stapelt zich op.",
	"$z loopt 's nachts verward over de galerij en belt bij mensen aan.",
	"$z is erg vergeetachtig geworden. $w had $h een pan op het vuur laten staan, de hele gang rook naar brand.",
	"$z lijkt niet meer goed voor zichzelf te zorgen. $h is erg mager geworden en de woning is vervuild.",
	"$z is $w gevallen $p en kon niet zelf opstaan.",
	"$z vraagt mij steeds welke dag het is en weet soms niet meer waar $h woont.",
	"Bij $z brandt al dagen het licht en de gordijnen blijven dicht.",
	"$z is sinds de dood van $e partner erg alleen en zegt soms dat het allemaal niet meer hoeft.",
	"$z staat regelmatig in $e nachtgoed buiten, ook als het koud is.",
	"$z is de laatste tijd erg $x en ik zie $m bijna niet meer buiten." };
static const char *const zorgsignaal_detail[] = { "Volgens mij komt er geen familie langs.",
	"$h is ver in de tachtig en loopt met een rollator.", "Ik doe weleens boodschappen voor $m, maar dat lukt niet altijd.",
	"$e kinderen wonen ver weg, ik heb geen nummer van ze.", "Het gaat al $l steeds slechter met $m.",
	"$h herkent mij soms niet meer." };
static const char *const zorgsignaal_poging[] = { "Ik heb aangebeld maar er werd niet opengedaan.",
	"Ik heb de huisarts gebeld, maar die mag mij niets vertellen.",
	"Ik heb $m aangeboden om te helpen, maar $h wil geen hulp.",
	"Ik heb een briefje in de bus gedaan met mijn telefoonnummer." };
static const char *const zorgsignaal_gevolg[] = { "Ik lig er wakker van.", "Ik ben bang dat er een keer iets ergs gebeurt.",
	"Ik wil niet dat $h daar alleen ligt en niemand het merkt.", "Ik weet niet bij wie ik anders terecht kan." };
static const char *const zorgsignaal_onderwerp[] = { "uw buur", "de bewoner om wie u zich zorgen maakt",
	"de situatie van uw buren" };
static const char *const zorgsignaal_actie[] = {
	"Wij zijn bij de bewoner langs geweest en hebben contact gelegd met de familie.",
	"Wij hebben de bewoner, met toestemming, aangemeld bij het sociaal wijkteam.",
	"Samen met de wijkverpleegkundige hebben wij een huisbezoek afgelegd.",
	"Wij hebben de huisarts van de bewoner ingelicht.", "Er is inmiddels thuiszorg geregeld." };
static const char *const zorgsignaal_grens[] = {
	"Om privacyredenen kunnen wij u niet alles vertellen, maar er wordt naar de bewoner omgekeken.",
	"Wij kunnen niemand dwingen hulp te aanvaarden; wel blijven wij in contact." };
static const char *const zorgsignaal_notitie[] = { "Huisbezoek gedaan, bewoner oogt verward. Dochter gebeld.",
	"Aangemeld bij wijkteam met toestemming bewoner.",
	"Geen gehoor bij huisbezoek; buren hebben bewoner gisteren nog gezien.", "Huisarts op de hoogte gebracht." };

static const char *const huiselijk_geweld_ding[] = { "geschreeuw", "gehuil", "harde klappen" };
static const char *const huiselijk_geweld_feit[] = { "Bij $v hoor ik $d geschreeuw en daarna een vrouw die huilt.",
	"$w hoorde ik bij de buren op $f harde klappen, geschreeuw en een kind dat huilde.",
	"Ik hoor $u ruzie bij $v. Een man schreeuwt en ik hoor iemand huilen.",
	"Ik heb mijn buurvrouw een paar keer gezien met blauwe plekken. Ze zegt dat ze gevallen is, maar ik geloof dat niet.",
	"$w hoorde ik door de muur heen iemand om hulp roepen bij $v.",
	"Bij $v gaat het $d mis: geschreeuw, dingen die kapot worden gegooid en daarna is het ineens stil.",
	"De kinderen van $v zitten vaak laat nog $p, ze lijken niet naar binnen te durven.",
	"Al $l hoor ik bij $v bijna elke nacht ruzie, met schreeuwen en bonken.",
	"$w hoorde ik weer $x bij $v, en een kind dat riep dat het moest ophouden." };
static const char *const huiselijk_geweld_detail[] = { "Daarna was het ineens heel stil, dat vond ik het engst.",
	"Er wonen kleine kinderen, daar maak ik me het meest zorgen om.", "Het gebeurt vooral $u.",
	"Mijn buurvrouw kijkt weg als ik haar op de galerij groet.", "Ik weet niet precies wat er gebeurt, maar het klinkt niet goed." };
static const char *const huiselijk_geweld_poging[] = { "Ik heb $w 112 gebeld, de politie is toen langs geweest.",
	"Ik heb de vrouw een keer voorzichtig gevraagd of alles goed gaat, ze zei van wel.",
	"Ik heb Veilig Thuis gebeld voor advies.", "Ik durf niet aan te bellen, ik weet niet wat er dan gebeurt." };
static const char *const huiselijk_geweld_gevolg[] = { "Ik kan er niet van slapen.",
	"Ik wil niet dat er iets gebeurt en dat ik dan niets gedaan heb.", "Het laat me niet los.",
	"Mijn kinderen horen het ook en vragen wat er aan de hand is." };
static const char *const huiselijk_geweld_onderwerp[] = { "de situatie bij uw buren", "wat u heeft gehoord bij uw buren" };
static const char *const huiselijk_geweld_actie[] = {
	"Wij hebben uw melding doorgegeven aan Veilig Thuis. Zij zijn hierin deskundig en nemen de zaak op.",
	"Wij hebben overlegd met de wijkagent en het wijkteam; er wordt actie ondernomen.",
	"Wij hebben contact gehad met Veilig Thuis en volgen de situatie samen met hen." };
static const char *const huiselijk_geweld_grens[] = {
	"Vanwege de privacy van de betrokkenen kunnen wij u niet vertellen wat er verder gebeurt.",
	"Wij begrijpen dat het onrustig voelt om niet te weten hoe het verder gaat." };
static const char *const huiselijk_geweld_notitie[] = { "Overlegd met Veilig Thuis, melding gedaan.",
	"Wijkagent geïnformeerd. Niet zelf op huisbezoek.", "Melder gewezen op 112 bij acuut gevaar." };

static const char *const criminaliteit_ding[] = { "fietsen", "pakketjes", "spullen uit de berging" };
static const char *const criminaliteit_feit[] = { "$w is er ingebroken in meerdere bergingen.",
	"Er zijn $w $x gestolen $p, het slot was doorgeknipt.",
	"Op de parkeerplaats staan $u mannen die bij auto's naar binnen kijken.",
	"Bij $v komen veel mensen met grote tassen. Ik vermoed dat er gestolen spullen worden verhandeld.",
	"De deur van het portiek is $w opengebroken, het slot is kapot.",
	"Iemand probeert $d de voordeuren op de galerij open te krijgen, ik zie krassen bij de sloten.",
	"Ik denk dat de woning op $f wordt onderverhuurd, er wonen steeds andere mensen.",
	"Volgens mij is er bij $v een hennepkwekerij: de ramen zijn afgeplakt en het zoemt de hele dag.",
	"Er is $w ingebroken bij $v, de deur stond open toen ik thuiskwam." };
static const char *const criminaliteit_detail[] = { "Ik heb het ook bij de politie gemeld.",
	"Het is de $k keer dit jaar.", "Er hangen geen camera's, misschien is dat een idee.",
	"Ik heb een kenteken genoteerd.", "Het is al $l onrustig in ons complex." };
static const char *const criminaliteit_poging[] = { "Ik heb aangifte gedaan.",
	"Ik heb de buren in de groepsapp gewaarschuwd.", "Ik heb de wijkagent gemaild.",
	"Ik heb zelf een extra slot gekocht." };
static const char *const criminaliteit_gevolg[] = { "Ik voel me niet meer veilig.",
	"Ik durf mijn fiets niet meer in de stalling te zetten.", "Ik slaap slecht sinds het gebeurd is.",
	"Mijn moeder woont hier ook en is erg geschrokken." };
static const char *const criminaliteit_onderwerp[] = { "de inbraak", "de verdachte situatie die u zag",
	"de diefstal in uw complex" };
static const char *const criminaliteit_actie[] = { "Het slot van de portiekdeur is vervangen.",
	"Wij hebben uw melding doorgegeven aan de politie.",
	"Wij onderzoeken of de woning wordt onderverhuurd en doen daarvoor een adrescontrole.",
	"Wij hebben extra verlichting laten plaatsen bij de fietsenstalling.",
	"Wij bekijken samen met de bewonerscommissie of camera's mogelijk zijn." };
static const char *const criminaliteit_grens[] = { "Aangifte doen kan alleen bij de politie; wij raden u aan dat te doen.",
	"Over een lopend onderzoek kunnen wij helaas niets zeggen." };
static const char *const criminaliteit_notitie[] = { "Slot portiekdeur laten vervangen.",
	"Adrescontrole woonfraude aangevraagd.", "Doorgegeven aan politie." };

static const char *const zwerfvuil_ding[] = { "chipszakken en flesjes", "plastic zakken", "blikjes en fastfoodbakjes",
	"grofvuil", "oude matrassen", "glas", "bouwafval" };
static const char *const zwerfvuil_feit[] = { "$o ligt al $l allerlei zwerfvuil.", "$o ligt het vol met $x.",
	"Iemand dumpt steeds $x naast de containers.", "Iemand dumpt steeds $x $o.",
	"Na het weekend ligt er $o altijd $x.", "$w is er $o een hele lading $x neergegooid.",
	"Troep $o: $x, overal.", "De containers zitten vol en het afval ligt ernaast: $x.",
	"Al $l wordt er $o niet meer opgeruimd, het ligt vol met $x." };
static const char *const zwerfvuil_detail[] = { "Er komen meeuwen en ratten op af.",
	"Kinderen spelen daar gewoon tussen de troep.", "Het is al $a gemeld.", "In het weekend is het het ergst.",
	"Het ziet er echt niet uit voor de buurt." };
static const char *const zwerfvuil_poging[] = { "Ik heb zelf met een paar buren een vuilniszak vol geraapt.",
	"Ik heb het gemeld bij de gemeente, maar die zegt dat het grond van de corporatie is.",
	"Ik heb foto's gemaakt.", "Ik heb iemand aangesproken die iets dumpte, maar die werd boos." };
static const char *const zwerfvuil_gevolg[] = { "Het trekt ongedierte aan.", "De buurt ziet er verwaarloosd uit.",
	"Ik ben bang dat een kind zich ergens aan openhaalt.", "Je wordt er gewoon somber van." };
static const char *const zwerfvuil_onderwerp[] = { "het zwerfvuil", "het afval bij de containers", "het gedumpte afval" };
static const char *const zwerfvuil_actie[] = { "De wijkbeheerder heeft het afval laten opruimen.",
	"Wij hebben de gemeente gevraagd de containers vaker te legen.", "Er zijn extra afvalbakken geplaatst.",
	"Wij hebben een bewonersbrief gestuurd over het aanbieden van grofvuil.",
	"Wij hebben de gedumpte spullen laten ophalen en zoeken uit van wie ze zijn." };
static const char *const zwerfvuil_grens[] = {
	"Het stuk grond waar het afval lag, is van de gemeente. Wij hebben uw melding aan hen doorgegeven." };
static const char *const zwerfvuil_notitie[] = { "Opdracht opruimen naar wijkbeheer.",
	"Gemeente gemeld, is hun grond.", "Gedumpt afval gefotografeerd, geen adres gevonden." };

static const char *const vernieling_ding[] = { "de voordeur van het portiek", "de ruit van de entree",
	"het hek van de fietsenstalling", "de intercom", "het speeltoestel op het pleintje",
	"de deur van de bergingsgang", "een brievenbus" };
static const char *const vernieling_feit[] = { "$x is vernield.", "$w is $x vernield.",
	"$x is al $l kapot en nu wordt er ook op gekrast en geschreven.", "Iemand heeft $w $x ingetrapt.",
	"$x is beklad met graffiti.", "Er is $w een ruit ingegooid bij de entree.",
	"Jongeren slopen $d $x, en niemand doet er iets aan.", "$x is weer stuk, nu voor de $k keer dit jaar.",
	"De deur van het portiek sluit niet meer sinds hij is opengebroken, iedereen kan zo naar binnen." };
static const char *const vernieling_detail[] = { "Er liggen nog brokstukken op de grond.",
	"Het lijkt erop dat het met opzet is gedaan.", "Het is de $k keer dit jaar.",
	"Ik heb gezien wie het waren, jongeren uit de buurt.", "Het gebeurde $u." };
static const char *const vernieling_poging[] = { "Ik heb foto's gemaakt.", "Ik heb de rommel zelf een beetje opgeruimd.",
	"Ik heb de politie gebeld.", "Ik heb de jongeren aangesproken, maar ze lachten me uit." };
static const char *const vernieling_gevolg[] = { "Zo voelt het niet veilig.", "Het ziet er zo verloederd uit.",
	"Het maakt de buurt kapot.", "Ik ben bang dat er iemand gewond raakt." };
static const char *const vernieling_onderwerp[] = { "de vernieling", "de schade in uw complex", "de vernielde deur" };
static const char *const vernieling_actie[] = { "De schade is inmiddels hersteld.",
	"Wij hebben de aannemer opdracht gegeven; de reparatie staat ingepland.",
	"Wij hebben aangifte gedaan bij de politie.", "De graffiti is verwijderd.",
	"Wij hebben de ruit voorlopig laten dichtmaken; het nieuwe glas is besteld." };
static const char *const vernieling_grens[] = {
	"De reparatie duurt helaas wat langer, omdat een onderdeel besteld moet worden." };
static const char *const vernieling_notitie[] = { "Opdracht reparatie naar aannemer.", "Aangifte gedaan.",
	"Graffiti verwijderen ingepland $y." };

static const char *const verlichting_ding[] = { "de lamp", "de plafondlamp", "de verlichting", "het licht" };
static const char *const verlichting_feit[] = { "De lamp $p is al $l kapot.",
	"$p is het 's avonds helemaal donker, de verlichting doet het niet.",
	"De buitenlamp bij de ingang knippert al $l en gaat dan uit.",
	"Op de galerij op $f doen twee lampen het niet meer.",
	"De verlichting $p brandt overdag en gaat 's avonds juist uit.",
	"Er is $p een lamp kapot, je ziet bijna niet waar je loopt.", "Lamp kapot $p.",
	"$x $p gaat na een paar seconden alweer uit, de bewegingsmelder werkt niet goed.",
	"$o is het pikkedonker, de lantaarnpaal doet het niet." };
static const char *const verlichting_detail[] = { "Het gaat om de lamp vlak bij de lift.",
	"De lampenkap is ook kapot, het glas ligt op de grond.", "Het is al $a gemeld.",
	"Vooral in de winter is het al vroeg donker.", "Het is al $l zo." };
static const char *const verlichting_poging[] = { "Ik heb het al eens bij de huismeester gezegd.",
	"Ik heb zelf een lampje bij mijn deur gehangen.", "Ik loop nu met de zaklamp van mijn telefoon." };
static const char *const verlichting_gevolg[] = { "Ik durf 's avonds niet meer alleen naar buiten.",
	"Mijn buurvrouw is er al bijna gevallen op de trap.", "In het donker hangen er nu jongeren.",
	"Ik vind het onveilig, vooral als ik laat thuiskom van mijn werk." };
static const char *const verlichting_onderwerp[] = { "de kapotte verlichting", "de lamp in uw complex" };
static const char *const verlichting_actie[] = { "De lamp is vervangen.",
	"Onze onderhoudsdienst heeft de verlichting gerepareerd.", "De bewegingsmelder is opnieuw afgesteld.",
	"De elektricien heeft de storing verholpen.",
	"De lantaarnpaal is van de gemeente; wij hebben uw melding aan hen doorgegeven." };
static const char *const verlichting_grens[] = {
	"De hele lamp moet vervangen worden; dat duurt ongeveer twee weken." };
static const char *const verlichting_notitie[] = { "Storingsopdracht lamp uitgezet bij onderhoudsdienst.",
	"Lamp vervangen, melder gebeld.", "Lantaarnpaal is van de gemeente, doorgezet." };

/* Green is always outside, so $x is the place here. */
static const char *const groen_ding[] = { "achter de flat", "in de binnentuin", "langs het fietspad",
	"bij de ingang", "rond het speelveldje", "naast de parkeerplaats" };
static const char *const groen_feit[] = { "De heg $x is al $l niet gesnoeid en hangt over het pad.",
	"Het gras $x staat kniehoog, er is al $l niet gemaaid.",
	"De struiken $x zijn zo hoog dat je niet meer ziet wie er staat.",
	"Een tak van de grote boom $x is $w afgebroken en ligt nog op het pad.",
	"De tuin van $v is een wildernis, het onkruid groeit over de schutting naar ons.",
	"De wortels van de boom $x drukken de tegels omhoog, mensen struikelen erover.",
	"Het onkruid $x groeit overal tussen de tegels.",
	"Er is $w een boom gekapt $x, maar de stronk en het hout liggen er nog.",
	"De bomen $x hangen tegen de ramen van $f, we hebben geen licht meer." };
static const char *const groen_detail[] = { "Er staan ook veel brandnetels, en de kinderen spelen daar.",
	"Vroeger kwam de hovenier elke maand, nu zien we niemand meer.", "Het is al $l zo.",
	"Achter de struiken wordt ook van alles gedumpt.",
	"Oudere bewoners kunnen er met hun rollator niet meer langs." };
static const char *const groen_poging[] = { "Ik heb zelf al een stuk gesnoeid, maar het is te veel.",
	"Ik heb het al $a gemeld.", "Ik heb het al eens aan de huismeester gevraagd." };
static const char *const groen_gevolg[] = { "Het ziet er verwaarloosd uit.",
	"Je voelt je er niet veilig, je ziet niet wie er achter de struiken staat.",
	"Zo is er geen plezier meer aan de buitenruimte.", "Het trekt ongedierte aan." };
static const char *const groen_onderwerp[] = { "het groenonderhoud", "het groen rond uw complex" };
static const char *const groen_actie[] = { "De hovenier heeft de heg gesnoeid en het gras gemaaid.",
	"De afgebroken tak is opgeruimd en de boom is gecontroleerd.",
	"Wij hebben het groen ingepland in de onderhoudsronde van volgende maand.",
	"Wij hebben de bewoner aangeschreven over het onderhoud van de eigen tuin.",
	"De tegels zijn rechtgelegd." };
static const char *const groen_grens[] = { "Een boom kappen mag alleen met een vergunning van de gemeente.",
	"Het onderhoud van een eigen tuin is de taak van de huurder zelf." };
static const char *const groen_notitie[] = { "Hovenier ingepland voor snoeien.",
	"Zelf gaan kijken: heg hangt inderdaad over pad.", "Bewoner aangeschreven over eigen tuin." };

/* An idea, not a complaint: $x is where it would happen. */
static const char *const bewonersinitiatief_ding[] = { "in de binnentuin", "achter de flat",
	"op het grasveld naast de flat", "op het pleintje", "in de gemeenschappelijke tuin" };
static const char *const bewonersinitiatief_feit[] = {
	"Idee: deze zomer een buurtbarbecue $x!", "Kunnen we $x een moestuin beginnen?",
	"Met een paar buren willen we $x een moestuin beginnen, met bakken voor groente en kruiden.",
	"Wij willen deze zomer een buurtbarbecue organiseren $x, voor alle bewoners van het complex.",
	"De speeltuin achter de flat is echt aan vervanging toe. Met een paar ouders willen we hem opknappen.",
	"Ik wil graag een opruimdag organiseren met de buren, om $x alles weer netjes te maken.",
	"Wij willen bij de ingang een minibieb neerzetten, een kastje waar iedereen boeken kan ruilen.",
	"Met een groepje bewoners van $f willen we de galerij opfleuren met plantenbakken.",
	"Wij zouden graag een burendag houden $x, met koffie, spelletjes voor de kinderen en muziek.",
	"Het grasveld naast de flat wordt nauwelijks gebruikt. Wij willen er een pluktuin van maken.",
	"Een paar buren en ik willen een koffieochtend beginnen in de gemeenschappelijke ruimte, zodat mensen elkaar beter leren kennen.",
	"Wij willen de blinde muur van de flat laten beschilderen door kinderen uit de buurt, samen met een kunstenaar." };
static const char *const bewonersinitiatief_detail[] = { "Er hebben zich al acht buren aangemeld om mee te helpen.",
	"Iemand uit de flat is hovenier en wil ons helpen.", "De kinderen hier hebben bijna niets te doen.",
	"We willen dat iedereen mee kan doen, ook de oudere bewoners.", "We hebben al een plan op papier, met tekeningen.",
	"Zo leren mensen elkaar weer kennen, nu groet bijna niemand elkaar." };
static const char *const bewonersinitiatief_poging[] = { "We hebben al met de buurtvereniging gesproken.",
	"De gemeente zegt dat we geld kunnen aanvragen uit het wijkbudget.",
	"Een bouwmarkt in de buurt wil wat materiaal sponsoren.",
	"We hebben een groepsapp met inmiddels twintig bewoners." };
static const char *const bewonersinitiatief_gevolg[] = { "We zoeken nog een plek om spullen op te slaan.",
	"Kan de corporatie meebetalen aan materiaal?", "We hebben toestemming nodig om de bakken neer te zetten.",
	"Is er een kleine bijdrage mogelijk?", "Mogen we het grasveld daarvoor gebruiken?" };
static const char *const bewonersinitiatief_onderwerp[] = { "uw idee voor de buurt", "uw initiatief", "uw plan" };
static const char *const bewonersinitiatief_actie[] = {
	"Wat een mooi initiatief! Onze leefbaarheidsconsulent neemt contact met u op om het plan te bespreken.",
	"Wij dragen graag bij aan het materiaal en regelen toestemming voor het gebruik van het grasveld.",
	"Wij hebben het plan voorgelegd aan de bewonerscommissie; zij zijn enthousiast.",
	"Uit ons leefbaarheidsbudget kunnen wij een bijdrage geven.",
	"Wij brengen u in contact met het buurthuis, dat ervaring heeft met zulke activiteiten." };
static const char *const bewonersinitiatief_grens[] = {
	"Voor bakken op de galerij geldt wel dat de vluchtweg vrij moet blijven.",
	"Een bijdrage is mogelijk tot een bepaald bedrag; dat bespreken wij graag met u." };
static const char *const bewonersinitiatief_notitie[] = { "Leuk plan. Afspraak met initiatiefnemer $y.",
	"Budget leefbaarheid gecheckt, ruimte voor bijdrage.", "Bewonerscommissie geïnformeerd." };

struct cat {
	const char *code;
	const struct group *g;
	struct list feit, detail, poging, gevolg, ding;
	struct list onderwerp, actie, grens, notitie;
};

#define CAT(c, grp) { #c, &grp, L(c##_feit), L(c##_detail), L(c##_poging), L(c##_gevolg), \
	L(c##_ding), L(c##_onderwerp), L(c##_actie), L(c##_grens), L(c##_notitie) }

/* The first row is the fallback for codes we do not know. */
static const struct cat cats[] = {
	CAT(overlast_overig, overlast), CAT(geluid, overlast), CAT(stank, overlast),
	CAT(agressie, overlast), CAT(drugs, overlast), CAT(huisdieren, overlast),
	CAT(criminaliteit, overlast), CAT(vervuiling, omgeving), CAT(zwerfvuil, omgeving),
	CAT(vernieling, omgeving), CAT(verlichting, omgeving), CAT(groen, omgeving),
	CAT(zorgsignaal, zorg), CAT(huiselijk_geweld, zorg), CAT(bewonersinitiatief, initiatief),
};

static const char *const notitie_algemeen[] = { "Melder teruggebeld, geen gehoor. Morgen opnieuw proberen.",
	"Ontvangstbevestiging per mail verstuurd.", "Melder gesproken: situatie is ongewijzigd.",
	"Foto's van melder ontvangen en toegevoegd.", "Afgestemd met collega wijkbeheer.",
	"Buren gebeld, geen gehoor. $y langs.", "Besproken in teamoverleg, $c pakt het op.",
	"Melder wil anoniem blijven, niet noemen bij de buren.",
	"Eerdere meldingen op dit adres nagekeken: $a eerder gemeld." };
static const char *const notitie_vervolg[] = { "Over twee weken opnieuw checken.", "Terugkoppeling naar melder volgt.",
	"Dossier bijgewerkt.", "Actie bij $c.", "Melder geïnformeerd.", "Op $y terugkomen." };

static const char *const aanhef[] = { "Beste melder,", "Geachte heer, mevrouw,", "Beste bewoner,", "Goedendag," };
static const char *const dank[] = { "Dank u wel voor uw melding over $s.", "Bedankt voor uw melding over $s.",
	"Wij hebben uw melding over $s ontvangen en bekeken." };
static const char *const functie[] = { "Sociaal beheerder", "Leefbaarheidsmedewerker", "Wijkbeheerder",
	"Team Sociaal Beheer" };

/* ---- Names ---------------------------------------------------------------
 * One origin per name, mostly: a city mixes them, a name usually does not.
 * The Polish surnames are ones that do not change with gender.
 */

static const char *const nl_m[] = { "Jan", "Pieter", "Kees", "Daan", "Sem", "Henk", "Ruud", "Bas", "Thijs",
	"Wim", "Gerrit", "Jeroen", "Sander", "Erik" };
static const char *const nl_v[] = { "Anna", "Marieke", "Sanne", "Ingrid", "Tineke", "Lotte", "Emma", "Els",
	"Ria", "Noor", "Joke", "Anouk", "Ilse", "Femke" };
static const char *const nl_a[] = { "de Boer", "de Vries", "van Dijk", "Bakker", "Jansen", "Visser", "Smit",
	"Meijer", "de Jong", "van den Berg", "van der Meer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
	"van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "de Graaf", "van der Linden", "Kok",
	"de Haan", "Vermeulen", "van den Heuvel", "van 't Hof", "Verhoeven", "Postma" };
static const char *const tr_m[] = { "Mehmet", "Mustafa", "Emre", "Hüseyin", "Burak", "Ahmet", "Murat", "Kemal" };
static const char *const tr_v[] = { "Fatma", "Ayşe", "Elif", "Zeynep", "Özlem", "Emine", "Hatice", "Büşra" };
static const char *const tr_a[] = { "Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Öztürk", "Aydın",
	"Arslan", "Doğan", "Koç", "Kurt" };
static const char *const ma_m[] = { "Mohamed", "Youssef", "Said", "Karim", "Bilal", "Hamza", "Ayoub", "Rachid" };
static const char *const ma_v[] = { "Fatima", "Khadija", "Nadia", "Samira", "Imane", "Naima", "Salma", "Loubna" };
static const char *const ma_a[] = { "El Amrani", "Bouzid", "Benali", "El Idrissi", "Ait Hammou", "Boukhari",
	"Ouali", "Azzouzi", "Chaouki", "El Khatib", "Bakkali", "Tahiri" };
static const char *const sr_m[] = { "Ravi", "Anand", "Marvin", "Glenn", "Dennis", "Rishi", "Romeo", "Sunil" };
static const char *const sr_v[] = { "Sharda", "Jennifer", "Roshni", "Priya", "Shanti", "Gracia", "Chantal", "Anjali" };
static const char *const sr_a[] = { "Ramdin", "Sewnath", "Doekhie", "Kromodimedjo", "Pinas", "Wijngaarde",
	"Biharie", "Jagesar", "Rellum", "Sumter", "Karsters", "Ramsaran" };
static const char *const pl_m[] = { "Piotr", "Tomasz", "Marek", "Paweł", "Krzysztof", "Łukasz" };
static const char *const pl_v[] = { "Agnieszka", "Katarzyna", "Magdalena", "Ewa", "Joanna", "Małgorzata" };
static const char *const pl_a[] = { "Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Kaczmarek",
	"Zając", "Król", "Wróbel", "Dudek" };
static const char *const ov_m[] = { "Ahmad", "Yonas", "Luca", "Kofi", "Tiago", "Omar", "Dmytro", "Minh" };
static const char *const ov_v[] = { "Rania", "Senait", "Ana", "Maria", "Amira", "Olena", "Akosua", "Lin" };
static const char *const ov_a[] = { "Al-Hassan", "Haile", "Tesfay", "Rossi", "Mensah", "Pereira", "Nguyen",
	"Martina", "Kovalenko", "Ibrahim", "Gomes", "Chen" };

static const struct {
	struct list m, v, a;
	unsigned weight;
} origins[] = {
	{ L(nl_m), L(nl_v), L(nl_a), 55 }, { L(tr_m), L(tr_v), L(tr_a), 10 },
	{ L(ma_m), L(ma_v), L(ma_a), 12 }, { L(sr_m), L(sr_v), L(sr_a), 8 },
	{ L(pl_m), L(pl_v), L(pl_a), 5 }, { L(ov_m), L(ov_v), L(ov_a), 10 },
};

/* ---- The pen: a bounded buffer that expands slots ------------------------ */

struct pen {
	struct demo_rng *r;
	const struct cat *c;
	int vrouw;	/* picks from the man/woman pairs, fixed for one text */
	int depth;
	size_t len;
	char buf[TEXT_MAX];
};

static void pen_init(struct pen *p, struct demo_rng *r, const struct cat *c)
{
	p->r = r;
	p->c = c;
	p->vrouw = (int)demo_rng_below(r, 2);
	p->depth = 0;
	p->len = 0;
	p->buf[0] = '\0';
}

/* Bytes of a UTF-8 string that fit in `room` without splitting a letter. */
static size_t utf8_fit(const char *s, size_t n, size_t room)
{
	if (n <= room)
		return n;
	while (room > 0 && ((unsigned char)s[room] & 0xC0) == 0x80)
		room--;
	return room;
}

static void put(struct pen *p, const char *s, size_t n)
{
	n = utf8_fit(s, n, sizeof(p->buf) - 1 - p->len);
	memcpy(p->buf + p->len, s, n);
	p->len += n;
	p->buf[p->len] = '\0';
}

static void put_str(struct pen *p, const char *s)
{
	put(p, s, strlen(s));
}

static const char *pick(struct pen *p, struct list l)
{
	return l.s[demo_rng_below(p->r, l.n)];
}

static void expand(struct pen *p, const char *t);

static void put_number(struct pen *p, unsigned v)
{
	char d[12];
	size_t i = sizeof(d);

	do
		d[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	put(p, d + i, sizeof(d) - i);
}

/* Pairs are stored man, woman; pick a pair, then the text's gender. */
static void put_pair(struct pen *p, const char *const *pairs, uint32_t n)
{
	expand(p, pairs[2 * demo_rng_below(p->r, n / 2) + (uint32_t)p->vrouw]);
}

static void slot(struct pen *p, char key)
{
	switch (key) {
	case '#': put_number(p, 2 + demo_rng_below(p->r, 118)); return;
	case 'x': expand(p, pick(p, p->c->ding)); return;
	case 's': expand(p, pick(p, p->c->onderwerp)); return;
	case 'z': put_pair(p, persoon, COUNT(persoon)); return;
	case 'h': put_str(p, hij[p->vrouw]); return;
	case 'm': put_str(p, hem[p->vrouw]); return;
	case 'e': put_str(p, zijn[p->vrouw]); return;
	}
	for (size_t i = 0; i < COUNT(slots); i++)
		if (slots[i].key == key) {
			expand(p, pick(p, slots[i].l));
			return;
		}
}

static void expand(struct pen *p, const char *t)
{
	if (p->depth >= DEPTH_MAX)
		return;
	p->depth++;
	for (const char *d; (d = strchr(t, '$')) != NULL && d[1] != '\0'; t = d + 2) {
		put(p, t, (size_t)(d - t));
		slot(p, d[1]);
	}
	put_str(p, t);
	p->depth--;
}

/* One sentence from the list, after a space unless at a line start. */
static void say(struct pen *p, struct list l)
{
	if (p->len > 0 && p->buf[p->len - 1] != '\n')
		put_str(p, " ");
	expand(p, pick(p, l));
}

static void say_maybe(struct pen *p, struct list l, uint32_t percent)
{
	if (demo_rng_below(p->r, 100) < percent)
		say(p, l);
}

/* Capital after a sentence end or a line break: slots start in lowercase. */
static void capitalize(char *s, size_t from, size_t to)
{
	int up = from == 0;

	for (size_t i = from; i < to; i++) {
		char ch = s[i];

		if (ch == '.' || ch == '!' || ch == '?' || ch == '\n')
			up = 1;
		else if (up && ch >= 'a' && ch <= 'z')
			s[i] = (char)(ch - 'a' + 'A'), up = 0;
		else if (ch != ' ')
			up = 0;
	}
}

/* As typed on a phone: all lowercase, no closing period, maybe a slip. */
static void mobiel(struct pen *p)
{
	uint32_t at = demo_rng_below(p->r, 1000), slip = demo_rng_below(p->r, 100);

	if (p->len > 0 && p->buf[p->len - 1] == '.')
		p->buf[--p->len] = '\0';
	if (demo_rng_below(p->r, 100) < 30)
		put_str(p, pick(p, (struct list)L(mobiel_staart)));
	for (size_t i = 0; i < p->len; i++)
		if (p->buf[i] >= 'A' && p->buf[i] <= 'Z')
			p->buf[i] = (char)(p->buf[i] - 'A' + 'a');
	if (slip >= 60 || p->len < 2)
		return;
	/* Swap two neighbouring ASCII letters: the commonest thumb slip. */
	for (size_t i = at % (p->len - 1); i + 1 < p->len; i++) {
		char a = p->buf[i], b = p->buf[i + 1];

		if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && a != b) {
			p->buf[i] = b, p->buf[i + 1] = a;
			return;
		}
	}
}

/* Copy out at most max - 1 bytes, whole letters only, and a NUL. */
static size_t deliver(const struct pen *p, char *out, size_t max)
{
	size_t n;

	if (max == 0)
		return 0;
	n = utf8_fit(p->buf, p->len, max - 1);
	memcpy(out, p->buf, n);
	out[n] = '\0';
	return n;
}

static const struct cat *cat_find(const char *code)
{
	for (size_t i = 0; code && i < COUNT(cats); i++)
		if (strcmp(cats[i].code, code) == 0)
			return &cats[i];
	return &cats[0];
}

static enum tone tone_pick(struct pen *p)
{
	const unsigned char *w = p->c->g->weight;
	uint32_t sum = 0, x;
	int t;

	for (t = 0; t < TONE__MAX; t++)
		sum += w[t];
	x = demo_rng_below(p->r, sum);
	for (t = 0; x >= w[t]; t++)
		x -= w[t];
	return (enum tone)t;
}

/* Opening, fact and the rest per tone; the rates keep lengths spread. */
static void compose(struct pen *p, enum tone t)
{
	const struct cat *c = p->c;
	const struct group *g = c->g;

	switch (t) {
	case KORT:
		say(p, c->feit);
		break;
	case LANG:
		say_maybe(p, g->open, 70);
		say(p, c->feit);
		say(p, c->detail);
		if (demo_rng_below(p->r, 3) == 0)
			put_str(p, "\n\n");
		say_maybe(p, c->poging, 80);
		say_maybe(p, c->gevolg, 80);
		say_maybe(p, g->slot, 70);
		break;
	case BOOS:
		say(p, (struct list)L(boos_open));
		say(p, c->feit);
		say_maybe(p, c->poging, 50);
		say(p, (struct list)L(boos_slot));
		break;
	case ZORG:
		say(p, g->zorg);
		say(p, c->feit);
		say_maybe(p, c->detail, 60);
		say_maybe(p, c->gevolg, 70);
		say_maybe(p, g->slot, 60);
		break;
	case BELEEFD:
		say(p, (struct list)L(beleefd_open));
		say(p, c->feit);
		say_maybe(p, c->detail, 50);
		say_maybe(p, g->slot, 50);
		put_str(p, "\n");	/* a letter's closing goes on its own line */
		say(p, (struct list)L(beleefd_slot));
		break;
	default:
		say(p, c->feit);
		say_maybe(p, c->detail, 40);
		break;
	}
}

size_t demo_text_melding(struct demo_rng *r, const char *categorie, char *out, size_t max)
{
	struct pen p;
	enum tone t;

	pen_init(&p, r, cat_find(categorie));
	t = tone_pick(&p);
	compose(&p, t);
	capitalize(p.buf, 0, p.len);
	if (t == MOBIEL)
		mobiel(&p);
	return deliver(&p, out, max);
}

size_t demo_text_terugkoppeling(struct demo_rng *r, const char *categorie, char *out, size_t max)
{
	struct pen p;
	const struct cat *c = cat_find(categorie);
	char naam[96];

	pen_init(&p, r, c);
	expand(&p, pick(&p, (struct list)L(aanhef)));
	put_str(&p, "\n\n");
	expand(&p, pick(&p, (struct list)L(dank)));
	say(&p, c->actie);
	/* A follow-up, not a second action: two actions could contradict. */
	say_maybe(&p, c->g->vervolg, 35);
	say_maybe(&p, c->grens, 45);
	put_str(&p, "\n\n");
	expand(&p, pick(&p, c->g->uitnodiging));
	/* Where someone may be in danger, the answer always says what to do. */
	if (c->g->vast)
		say(&p, (struct list){ &c->g->vast, 1 });
	capitalize(p.buf, 0, p.len);
	/* The signature comes after capitalize: "J. de Boer" keeps its "de". */
	put_str(&p, "\n\nMet vriendelijke groet,\n");
	demo_text_naam(r, naam, sizeof(naam));
	put_str(&p, naam);
	put_str(&p, "\n");
	put_str(&p, pick(&p, (struct list)L(functie)));
	return deliver(&p, out, max);
}

size_t demo_text_notitie(struct demo_rng *r, const char *categorie, char *out, size_t max)
{
	struct pen p;

	pen_init(&p, r, cat_find(categorie));
	if (demo_rng_below(r, 100) < 55)
		say(&p, p.c->notitie);
	else
		say(&p, (struct list)L(notitie_algemeen));
	say_maybe(&p, (struct list)L(notitie_vervolg), 40);
	capitalize(p.buf, 0, p.len);
	return deliver(&p, out, max);
}

/* The first letter of a name and a period; the letter may be two bytes. */
static void put_initial(struct pen *p, const char *name)
{
	size_t n = 1;

	while (((unsigned char)name[n] & 0xC0) == 0x80)
		n++;
	put(p, name, n);
	put_str(p, ".");
}

size_t demo_text_naam(struct demo_rng *r, char *out, size_t max)
{
	struct pen p;
	uint32_t o = 0, x = 0, form;
	struct list first, last;

	pen_init(&p, r, &cats[0]);
	for (size_t i = 0; i < COUNT(origins); i++)
		x += origins[i].weight;
	for (x = demo_rng_below(r, x); x >= origins[o].weight; o++)
		x -= origins[o].weight;
	first = p.vrouw ? origins[o].v : origins[o].m;
	/* Some marry or are born across origins: then a Dutch surname. */
	last = demo_rng_below(r, 100) < 85 ? origins[o].a : origins[0].a;
	form = demo_rng_below(r, 100);
	if (form < 70) {
		put_str(&p, pick(&p, first));
	} else {
		put_initial(&p, pick(&p, first));
		if (form >= 92)
			put_initial(&p, pick(&p, first));
	}
	put_str(&p, " ");
	put_str(&p, pick(&p, last));
	return deliver(&p, out, max);
}
