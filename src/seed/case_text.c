/*
 * case_text.c - the demo's eight leefbaarheidsdossiers (cases.h):
 * who lives where, who reported what, and what the team did about it, in
 * the words a team writes. The people are made up; the homes are the demo
 * register's.
 *
 *   Kadeweg 8        an old man who can no longer cope; moved to a care home  (closed, verhuisd)
 *   Akkerlaan 14 B   drug dealing from a flat in complex C-1042                (donkerrood)
 *   Rozenlaan 14     a quarrel between neighbours, solved by buurtbemiddeling  (closed, opgelost)
 *   Kerkstraat 17    a hoarder who wants help; a vervuilde woning              (oranje)
 *   Merelstraat 7    a barking dog and weekend parties                         (groen)
 *   Parklaan 3       a confused elderly tenant; the wijkteam declines          (oranje)
 *   Havenstraat 21   a young tenant's visitors in the portiek                  (groen)
 *   Molenstraat 12   suspected domestic violence; gevoelig                     (rood)
 */
#include "seed/cases.h"

const char *const case_partner_names[CP__MAX] = {
	[CP_WIJKTEAM] = "Sociaal Wijkteam Voorbeeldstad",
	[CP_GGZ] = "GGZ Voorbeeld",
	[CP_POLITIE] = "Politie basisteam Voorbeeldstad",
	[CP_BUURTBEMIDDELING] = "Buurtbemiddeling Voorbeeldstad",
};

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define HM(h, m) ((h) * 60 + (m))

/* ---- Kadeweg 8: meneer De Graaf ---- */

static const struct case_melding kadeweg_m[] = {
	{ .wd_ago = 190, .minute = HM(19, 12), .categorie = "vervuiling", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Ria Koster", .email = "ria.koster@ziggo.example", .telefoon = "0625514872",
	  .omschrijving = "De tuin van nummer 8 staat vol met oude meubels, vuilniszakken en kapotte fietsen. Het stinkt "
			  "en ik zie 's avonds ratten onder de schutting door gaan. Meneer woont er alleen en ik zie hem "
			  "bijna nooit meer buiten.",
	  .voorval = "Al een paar maanden, het wordt steeds erger", .confirm = 1, .feedback = 6, .close = 8,
	  .terugkoppeling = "Dank voor uw melding. Onze wijkbeheerder is langs geweest en heeft de tuin gezien. Wij nemen "
			    "contact op met de bewoner en bekijken samen met hem hoe de tuin opgeruimd kan worden. Over de "
			    "bewoner zelf kunnen wij u om privacyredenen niets vertellen.",
	  .link = 1 },
	{ .wd_ago = 184, .minute = HM(10, 40), .categorie = "groen", .kanaal = KANAAL_TELEFOON,
	  .naam = "H. Bos", .email = "", .telefoon = "0591234567",
	  .omschrijving = "Mevrouw Bos belt over de heg van Kadeweg 8: die is zo hoog en breed geworden dat hij half over "
			  "het trottoir hangt. Met haar rollator kan zij er niet meer langs en moet zij de straat op.",
	  .confirm = 0, .feedback = 5, .close = 7, .kosten_cent = 14500,
	  .terugkoppeling = "Wij hebben de heg laten snoeien door onze hovenier, zodat u weer over het trottoir kunt. "
			    "Dank dat u het ons liet weten.",
	  .link = 1 },
	{ .wd_ago = 173, .minute = HM(14, 5), .categorie = "zorgsignaal", .kanaal = KANAAL_INTERN_TECHNISCH,
	  .omschrijving = "Monteur cv-onderhoud meldt: meneer wist niet welke dag het was en dacht dat de monteur zijn "
			  "zoon was. In de keuken stond eten te bederven. Meneer maakte een verwarde indruk.",
	  .confirm = 1, .feedback = 3, .close = 4,
	  .terugkoppeling = "Teruggekoppeld aan de technische dienst: het sociaal beheer is al betrokken bij deze bewoner "
			    "en heeft het sociaal wijkteam ingeschakeld.",
	  .link = 1 },
};

static const struct case_action kadeweg_a[] = {
	{ 178, CA_INTERVENTION, 0, INS_HUISBEZOEK, 0, "Samen met de wijkbeheerder bij meneer langs geweest.",
	  "Tuin en schuur vol spullen. Meneer is vriendelijk maar vergeetachtig; hij zegt dat zijn zoon in Groningen "
	  "'alles regelt'. Afgesproken dat wij contact opnemen met de zoon.", NULL },
	{ 178, CA_MEMBER, 0, WHO_WIJKBEHEER_OOST, 0, NULL, NULL, NULL },
	{ 176, CA_NOTE, 0, 1, 0, "Zoon gebeld (nummer van meneer gekregen). Hij maakt zich al langer zorgen: zijn vader is "
	  "het afgelopen jaar twee keer gevallen. De huisarts wil een geheugenonderzoek; vader weigert dat tot nu toe.", NULL, NULL },
	{ 171, CA_ESCALATE, 0, AVE_ORANJE, 0, "Meneer redt zich niet meer zelfstandig en wil geen hulp van buiten. Het "
	  "sociaal wijkteam neemt de regie over de ondersteuning; wij blijven betrokken voor woning en tuin.", NULL, NULL },
	{ 171, CA_REFER, 0, CP_WIJKTEAM, 0, "Zorgen over zelfredzaamheid en mogelijke dementie; tuin en woning raken "
	  "vervuild.",
	  "Willen jullie bij meneer langsgaan en kijken welke ondersteuning nodig is (huishoudelijke hulp, casemanager "
	  "dementie)? Graag horen wij wat jullie afspreken, zodat wij de opruimactie van de tuin daarop afstemmen.",
	  "Alleenstaande man van 82, huurder sinds 1979. Tuin en schuur staan vol spullen en afval, de heg is "
	  "verwaarloosd. Bij ons huisbezoek maakte hij een vergeetachtige indruk. Zijn zoon woont in Groningen, is op de "
	  "hoogte en wil bij een gesprek zijn." },
	{ 170, CA_REF_ACCEPT, 0, 0, 0, NULL, NULL, NULL },
	{ 163, CA_REF_ANSWER, 0, 0, 0, "Huisbezoek gedaan samen met de zoon. Meneer heeft ingestemd met thuiszorg en is "
	  "aangemeld bij de casemanager dementie. Op zijn eigen verzoek en dat van zijn zoon staat hij ingeschreven voor "
	  "een plek in woonzorgcentrum De Linde; de wachttijd is twee tot drie maanden.", NULL, NULL },
	{ 160, CA_INTERVENTION, WHO_WIJKBEHEER_OOST, INS_SAMENWERKING, 0, "Opruimactie van tuin en schuur met de zoon "
	  "en vrijwilligers van de Klusbus.", "Tuin leeg, heg gesnoeid, schuur opgeruimd. Drie containers afval afgevoerd.", NULL },
	{ 130, CA_NOTE, 0, 0, 0, "De zoon meldt dat er een plek is in De Linde; de verhuizing is over vier weken. De "
	  "huuropzegging volgt deze week.", NULL, NULL },
	{ 122, CA_ESCALATE, 0, AVE_GROEN, 0, "De verhuizing naar het woonzorgcentrum is geregeld en de zorg is rond; de "
	  "regie ligt weer bij meneer en zijn zoon.", NULL, NULL },
	{ 120, CA_REF_CLOSE, 0, 0, 0, NULL, NULL, NULL },
	{ 118, CA_CLOSE, 0, UITKOMST_VERHUISD, 0, "Meneer is verhuisd naar woonzorgcentrum De Linde. De woning is "
	  "opgeleverd en doorgegeven aan verhuur.", NULL, NULL },
};

/* ---- Akkerlaan 14 B: drugshandel in De Akkers ---- */

static const char terug_drugs[] =
	"Dank voor uw melding. Wij nemen dit serieus en werken hierin samen met de politie. Over de aanpak bij een "
	"bewoner kunnen wij u niets vertellen. Blijft u alstublieft melden wat u ziet: dat helpt ons.";

static const struct case_melding akkerlaan_m[] = {
	{ .wd_ago = 158, .minute = HM(21, 35), .categorie = "drugs", .kanaal = KANAAL_WEBFORMULIER,
	  .omschrijving = "Bij de flat op 14 B komen de hele avond mensen aan de deur, soms tien of twintig per avond. Ze "
			  "blijven maar een paar minuten. In het trappenhuis ruikt het naar wiet en er liggen zakjes.",
	  .voorval = "Elke avond, al weken", .confirm = 1, .feedback = 5, .close = 10, .terugkoppeling = terug_drugs,
	  .link = 1 },
	{ .wd_ago = 152, .minute = HM(9, 20), .categorie = "drugs", .kanaal = KANAAL_TELEFOON,
	  .naam = "Anja de Wit", .email = "anja.dewit@hotmail.example", .telefoon = "0614470932",
	  .omschrijving = "Mevrouw woont op 14 D en durft haar kinderen niet meer alleen het trappenhuis in te laten. Er "
			  "hangen 's avonds mannen bij de voordeur die niet in de flat wonen. Gisteren werd er in de lift "
			  "gedeald.",
	  .confirm = 0, .feedback = 4, .close = 9, .terugkoppeling = terug_drugs, .link = 1 },
	{ .wd_ago = 130, .minute = HM(8, 10), .categorie = "agressie", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Anja de Wit", .email = "anja.dewit@hotmail.example", .telefoon = "0614470932",
	  .omschrijving = "De bewoner van 14 B heeft mij vanochtend in de lift bedreigd. Hij zei dat ik moest ophouden met "
			  "bellen, anders zou hij mijn ruiten ingooien. Ik ben echt bang.",
	  .voorval = "Vanochtend rond 8 uur", .confirm = 0, .feedback = 2, .close = 12,
	  .terugkoppeling = "Wat vervelend dat u dit is overkomen. Wij raden u aan aangifte te doen bij de politie "
			    "(0900-8844); anoniem melden kan bij Meld Misdaad Anoniem (0800-7000). Wij hebben uw melding "
			    "opgenomen en bespreken haar met de politie.",
	  .link = 1 },
	{ .wd_ago = 112, .minute = HM(11, 0), .categorie = "criminaliteit", .kanaal = KANAAL_INTERN_VERHUUR,
	  .omschrijving = "Verhuur: de huurachterstand van 14 B is in drie maanden opgelopen tot ruim 2.400 euro en "
			  "contact lukt niet. Bij een poging tot huisbezoek een sterke hennepgeur bij de voordeur.",
	  .confirm = 0, .feedback = 2, .close = 3,
	  .terugkoppeling = "Teruggekoppeld aan verhuur: bekend bij het sociaal beheer, opgenomen in het dossier.",
	  .link = 1 },
	{ .wd_ago = 90, .minute = HM(16, 45), .categorie = "drugs", .kanaal = KANAAL_WEBFORMULIER,
	  .omschrijving = "Weer veel aanloop bij 14 B, nu ook overdag. Er staat vaak een scooter met twee jongens voor de "
			  "deur die alles in de gaten houden.",
	  .confirm = 1, .feedback = 4, .close = 6, .terugkoppeling = terug_drugs, .link = 1 },
	{ .wd_ago = 68, .minute = HM(7, 55), .categorie = "drugs", .kanaal = KANAAL_EMAIL,
	  .naam = "K. Yilmaz", .email = "k.yilmaz@live.example", .telefoon = "",
	  .omschrijving = "Vannacht om half drie een harde knal bij de voordeur van 14 B. De politie is geweest. Ik woon op "
			  "16 A en wil weten wat jullie hieraan doen. Mijn kinderen slapen slecht.",
	  .voorval = "Vannacht om half drie", .confirm = 0, .feedback = 2, .close = 8,
	  .terugkoppeling = "De politie heeft ons over het incident geïnformeerd. Welke maatregelen wij tegen een huurder "
			    "nemen, kunnen wij u niet vertellen. Wel kunnen wij u zeggen dat wij samen met politie en "
			    "gemeente werken aan een oplossing.",
	  .link = 1 },
	{ .wd_ago = 20, .minute = HM(20, 10), .categorie = "drugs", .kanaal = KANAAL_WEBFORMULIER,
	  .omschrijving = "Sinds de woning dicht is, is het rustig in het trappenhuis. Maar nu komen er mensen bij 16 B "
			  "aankloppen die naar Dennis vragen.",
	  .confirm = 1, .feedback = 3, .close = 5, .terugkoppeling = terug_drugs, .link = 1 },
};

static const struct case_action akkerlaan_a[] = {
	{ 150, CA_MEMBER, 0, WHO_COORDINATOR, 0, NULL, NULL, NULL },
	{ 149, CA_NOTE, 0, 1, 0, "Wijkagent Van Dijk bevestigt dat 14 B bij de politie bekend is: meerdere meldingen van "
	  "drugshandel, er loopt een onderzoek. Deze informatie niet delen met melders.", NULL, NULL },
	{ 148, CA_INTERVENTION, 0, INS_AANSPREKEN, 0, "Huurder aan de deur aangesproken op de aanloop en de hennepgeur.",
	  "Ontkent alles; zegt dat het vrienden zijn. Gewezen op de huurovereenkomst en het verbod op drugshandel.", NULL },
	{ 147, CA_LETTER, 0, BRIEF_WAARSCHUWING, 0,
	  "- Meerdere buren melden dat er elke avond veel mensen kort bij uw woning aanbellen.\n"
	  "- In het trappenhuis bij uw woning hangt een sterke geur van hennep.\n"
	  "- Buren voelen zich hierdoor onveilig in hun eigen flat.", NULL, NULL },
	{ 146, CA_REFER, 0, CP_POLITIE, 0, "Signalen van drugshandel vanuit de woning; de politie vraagt om de meldingen.",
	  "Kunnen jullie de meldingen over Akkerlaan 14 B meenemen in jullie onderzoek en ons laten weten of er aanleiding "
	  "is voor een bestuurlijke aanpak?",
	  "Sinds ruim een maand melden bewoners van complex De Akkers veel aanloop bij Akkerlaan 14 B, vooral 's avonds, "
	  "en hennepgeur in het trappenhuis. De huurder is aangesproken en heeft een waarschuwingsbrief gekregen." },
	{ 135, CA_ESCALATE, 0, AVE_ROOD, 0, "Een buurvrouw is bedreigd en de drugsoverlast houdt aan. De casus is "
	  "ingebracht in het casusoverleg van het Zorg- en Veiligheidshuis, met politie en gemeente.", NULL, NULL },
	{ 128, CA_INTERVENTION, 0, INS_HOOR_EN_WEDERHOOR, 0, "Gesprek op kantoor met de huurder.",
	  "Huurder erkent dat hij 'soms wat verkoopt' maar zegt te stoppen. De afspraken staan op papier en zijn door "
	  "hem getekend.", NULL },
	{ 127, CA_REF_CLOSE, 0, 0, 0, NULL, NULL, NULL },
	{ 126, CA_NOTE, 0, 0, 0, "De politie heeft de meldingen ontvangen en neemt ze mee in het onderzoek. Verdere "
	  "afstemming loopt via het casusoverleg van het Zorg- en Veiligheidshuis.", NULL, NULL },
	{ 110, CA_LETTER, 0, BRIEF_SOMMATIE, 0,
	  "- U heeft een buurvrouw in de lift bedreigd.\n"
	  "- Sinds ons gesprek en uw getekende afspraken melden buren nog steeds dagelijks aanloop bij uw woning.\n"
	  "- Er is een huurachterstand van ruim 2.400 euro ontstaan.", NULL, NULL },
	{ 100, CA_INTERVENTION, WHO_COORDINATOR, INS_STOPGESPREK, 0, "Stopgesprek door de coördinator, samen met de "
	  "wijkagent.", "De huurder is duidelijk gemaakt dat wij bij nieuwe meldingen de kantonrechter vragen de huur te "
	  "ontbinden. Hij is het gesprek uitgelopen.", NULL },
	{ 66, CA_NOTE, 0, 1, 0, "Na de explosie heeft de politie de woning doorzocht: een handelsvoorraad harddrugs en "
	  "contant geld aangetroffen. De burgemeester is geïnformeerd en bereidt sluiting voor op grond van artikel 13b "
	  "Opiumwet.", NULL, NULL },
	{ 65, CA_ESCALATE, WHO_COORDINATOR, AVE_DONKERROOD, 0, "Na de explosie en de vondst van harddrugs ligt de regie "
	  "bij de burgemeester: sluiting van de woning voor zes maanden wordt voorbereid.", NULL, NULL },
	{ 55, CA_INTERVENTION, 0, INS_BEEINDIGING_HUUR, 60, "Dagvaarding: ontbinding van de huurovereenkomst en "
	  "ontruiming. Zitting bij de kantonrechter aangevraagd.", "", NULL },
	{ 45, CA_NOTE, 0, 0, 0, "De burgemeester heeft de woning voor zes maanden gesloten. Sloten vervangen; de huurder "
	  "verblijft volgens de politie bij familie.", NULL, NULL },
};

/* ---- Rozenlaan 14: burenruzie ---- */

static const struct case_melding rozenlaan_m[] = {
	{ .wd_ago = 146, .minute = HM(22, 5), .categorie = "geluid", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Gerard Smit", .email = "g.smit@kpnmail.example", .telefoon = "0653318840",
	  .omschrijving = "Mijn buren op 14 zijn al weken elke avond tot na tienen aan het klussen: boren, zagen, hameren. "
			  "Ik heb er iets van gezegd, maar ze worden alleen maar bozer.",
	  .voorval = "Elke avond tussen 19 en 23 uur", .confirm = 1, .feedback = 6, .close = 9,
	  .terugkoppeling = "Dank voor uw melding. Klussen mag, maar niet tot laat in de avond. Wij nemen contact op met uw "
			    "buren en vragen hen rekening met u te houden. Wij raden u ook aan om met hulp van "
			    "Buurtbemiddeling met elkaar in gesprek te gaan; dat is gratis.",
	  .link = 1 },
	{ .wd_ago = 143, .minute = HM(13, 30), .categorie = "overlast_overig", .kanaal = KANAAL_TELEFOON,
	  .naam = "M. Peeters", .email = "", .telefoon = "0612093377", .huisnummer = 16,
	  .omschrijving = "Mevrouw Peeters van nummer 14 belt: de buurman van 16 zet zijn auto steeds voor hun inrit en "
			  "scheldt haar uit als ze er iets van zegt. Ze voelt zich niet meer welkom in haar eigen straat.",
	  .confirm = 0, .feedback = 4, .close = 9,
	  .terugkoppeling = "Wij hebben met uw buurman gesproken. Wij stellen voor dat u samen met Buurtbemiddeling in "
			    "gesprek gaat; uw buurman staat daarvoor open.",
	  .link = 1 },
	{ .wd_ago = 139, .minute = HM(18, 50), .categorie = "agressie", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Gerard Smit", .email = "g.smit@kpnmail.example", .telefoon = "0653318840",
	  .omschrijving = "Vandaag stond de buurman van 14 met een stuk hout in zijn hand voor mijn deur te schreeuwen. "
			  "Mijn vrouw was erg geschrokken.",
	  .confirm = 1, .feedback = 3, .close = 20,
	  .terugkoppeling = "Wat vervelend dat dit is gebeurd. Bij dreiging kunt u altijd 112 bellen. Wij spreken beide "
			    "huishoudens apart en zetten buurtbemiddeling in.",
	  .link = 1 },
};

static const struct case_action rozenlaan_a[] = {
	{ 137, CA_INTERVENTION, 0, INS_HOOR_EN_WEDERHOOR, 0, "Met beide huishoudens apart gesproken.",
	  "Beide partijen voelen zich niet gehoord. De familie Peeters verbouwt de zolder en werkt alleen 's avonds, "
	  "omdat ze overdag werken. De buurman parkeert voor de inrit omdat er anders geen plek is. Beide staan open "
	  "voor bemiddeling.", NULL },
	{ 136, CA_REFER, 0, CP_BUURTBEMIDDELING, 0, "Oplopende burenruzie over klussen en parkeren; beide partijen willen "
	  "bemiddeling.", "Willen jullie met beide buren in gesprek gaan en hen helpen afspraken te maken?",
	  "Twee buren aan de Rozenlaan (nummer 14 en 16) hebben ruzie over klussen in de avond en parkeren voor een inrit. "
	  "Er is één keer geschreeuwd en gedreigd. Beide huishoudens hebben ingestemd met buurtbemiddeling; hun "
	  "telefoonnummers geven wij door na hun toestemming." },
	{ 136, CA_INTERVENTION, 0, INS_BUURTBEMIDDELING, 10, "Aangemeld bij Buurtbemiddeling Voorbeeldstad.", "", NULL },
	{ 120, CA_INTERVENTION_DONE, 0, 1, 0, "Twee gesprekken met de bemiddelaars. Afspraken op papier: klussen tot 20.00 "
	  "uur en niet op zondag; de inrit blijft vrij, de familie Peeters zet de aanhanger voortaan op eigen terrein.", NULL, NULL },
	{ 119, CA_NOTE, 0, 0, 0, "Buurtbemiddeling belde: het tweede gesprek ging goed, beide buren hebben de afspraken "
	  "getekend. Zij sluiten de zaak af.", NULL, NULL },
	{ 118, CA_REF_CLOSE, 0, 0, 0, NULL, NULL, NULL },
	{ 100, CA_NOTE, 0, 0, 0, "Vijf weken na de afspraken beide buren nagebeld: geen klachten meer, het contact is "
	  "weer normaal.", NULL, NULL },
	{ 98, CA_CLOSE, 0, UITKOMST_OPGELOST, 0, "Geen nieuwe meldingen sinds de afspraken via Buurtbemiddeling; beide "
	  "buren zijn tevreden.", NULL, NULL },
};

/* ---- Kerkstraat 17: een vervuilde woning ---- */

static const struct case_melding kerkstraat_m[] = {
	{ .wd_ago = 101, .minute = HM(20, 15), .categorie = "stank", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Wilma Hendriks", .email = "wilma.hendriks@gmail.example", .telefoon = "0648813520",
	  .omschrijving = "Uit de woning van mijn bovenbuurman op nummer 17 komt al weken een vieze, zoete lucht. In het "
			  "trappenhuis is het niet meer te harden en ik zie steeds meer vliegjes. Ik maak me ook zorgen om "
			  "hem: hij doet de deur niet meer open.",
	  .voorval = "Al een paar weken", .confirm = 1, .feedback = 4, .close = 6,
	  .terugkoppeling = "Dank voor uw melding en uw zorg om uw buurman. Wij zijn bij hem langs geweest en helpen hem "
			    "samen met andere organisaties. Wat wij precies doen, kunnen wij om privacyredenen niet "
			    "vertellen. Merkt u dat de stank blijft, laat het ons dan weten.",
	  .link = 1 },
	{ .wd_ago = 97, .minute = HM(11, 25), .categorie = "vervuiling", .kanaal = KANAAL_INTERN_TECHNISCH,
	  .omschrijving = "Technische dienst (reparatie lekkage): de woning staat tot het plafond vol met kranten, dozen en "
			  "zakken. Keuken en badkamer zijn nauwelijks bereikbaar. De lekkage is niet verholpen omdat de "
			  "leidingen niet te bereiken zijn.",
	  .confirm = 0, .feedback = 2, .close = 5,
	  .terugkoppeling = "Teruggekoppeld aan de technische dienst: het sociaal beheer heeft een dossier geopend; de "
			    "reparatie wordt ingepland zodra de keuken bereikbaar is.",
	  .link = 1 },
	{ .wd_ago = 60, .minute = HM(9, 5), .categorie = "stank", .kanaal = KANAAL_TELEFOON,
	  .naam = "Wilma Hendriks", .email = "wilma.hendriks@gmail.example", .telefoon = "0648813520",
	  .omschrijving = "Mevrouw Hendriks belt opnieuw: de stank is weer erger en nu zitten er ook kakkerlakken in haar "
			  "keuken. Ze denkt dat ze van boven komen.",
	  .confirm = 0, .feedback = 3, .close = 7,
	  .terugkoppeling = "Wij laten uw woning en die van uw bovenbuurman behandelen tegen ongedierte. De bestrijder "
			    "belt u voor een afspraak.",
	  .link = 1 },
	{ .wd_ago = 25, .minute = HM(10, 40), .categorie = "vervuiling", .kanaal = KANAAL_WIJKBEZOEK,
	  .intake = WHO_WIJKBEHEER, .assignee = WHO_WIJKBEHEER,
	  .omschrijving = "Bij de schouw gezien: het balkon van Kerkstraat 17 staat vol vuilniszakken. Meeuwen pikken ze "
			  "open; afval valt op het balkon van de benedenburen.",
	  .confirm = 0, .feedback = 2, .close = DEMO_NOT,
	  .terugkoppeling = "Besproken met de begeleider van het wijkteam: het balkon gaat mee in de tweede opruimronde.",
	  .link = 1 },
	{ .wd_ago = 4, .minute = HM(19, 40), .categorie = "vervuiling", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Wilma Hendriks", .email = "wilma.hendriks@gmail.example", .telefoon = "0648813520",
	  .omschrijving = "Er liggen weer zakken op het balkon van 17 en als het regent lekt er vies water op mijn balkon.",
	  .confirm = 1, .feedback = 6, .close = DEMO_NOT,
	  .terugkoppeling = "Het balkon wordt deze week leeggehaald.", .link = 0 },
};

static const struct case_action kerkstraat_a[] = {
	{ 95, CA_MEMBER, 0, WHO_WIJKBEHEER, 0, NULL, NULL, NULL },
	{ 94, CA_INTERVENTION, 0, INS_HUISBEZOEK, 0, "Samen met Wim Wijkbeheer, na een afspraak via de zus van meneer.",
	  "Woning ernstig vervuild (niveau 7 op de Clutter Image Rating); keuken niet bruikbaar, één pad door de kamer. "
	  "Meneer schaamt zich en wil hulp, maar weet niet waar hij moet beginnen.", NULL },
	{ 94, CA_VERVUILD, 0, 0, 0, NULL, NULL, NULL },
	{ 93, CA_NOTE, 0, 1, 0, "Meneer vertelt dat het misging na het overlijden van zijn moeder, twee jaar geleden. Hij is "
	  "bij de huisarts onder behandeling voor somberheid. Zijn zus (in Zwolle) is betrokken en wil helpen.", NULL, NULL },
	{ 92, CA_ESCALATE, 0, AVE_ORANJE, 0, "Meneer kan de vervuiling niet zelf oplossen en heeft ondersteuning nodig. "
	  "Het sociaal wijkteam neemt de regie over de hulp; wij houden de regie over de woning.", NULL, NULL },
	{ 92, CA_REFER, 0, CP_WIJKTEAM, 0, "Ernstig vervuilde woning; de bewoner wil hulp. Zorgen over somberheid.",
	  "Kunnen jullie een hulpverlener koppelen die meneer helpt bij het opruimen en bij het bijhouden daarna, en ons "
	  "laten weten wat jullie afspreken?",
	  "Alleenstaande huurder van 58. De woning is ernstig vervuild: veel spullen en afval, keuken en badkamer zijn "
	  "nauwelijks bruikbaar. Meneer wil hulp en staat open voor contact; zijn zus is betrokken. Wij stemmen graag een "
	  "eerste afspraak met jullie af." },
	{ 91, CA_REF_ACCEPT, 0, 0, 0, NULL, NULL, NULL },
	{ 88, CA_REF_ANSWER, 0, 0, 1, "Huisbezoek gedaan met meneer en zijn zus. Meneer krijgt een vaste begeleider van ons "
	  "team (twee keer per week) en is aangemeld bij de GGD voor hygiënisch advies. Het verslag en het plan van "
	  "aanpak staan in de bijlage. Voorstel: opruimen in drie rondes, de eerste over drie weken.", NULL, NULL },
	{ 87, CA_NOTE, 0, 0, 0, "Plan van aanpak van het wijkteam ontvangen. Wim regelt containers en "
	  "ongediertebestrijding voor de eerste opruimronde.", NULL, NULL },
	{ 70, CA_INTERVENTION, WHO_WIJKBEHEER, INS_SAMENWERKING, 0, "Eerste opruimronde met de begeleider van het wijkteam "
	  "en twee vrijwilligers; ongediertebestrijding.", "Keuken en badkamer weer bereikbaar, lekkage hersteld. Twee "
	  "containers afval afgevoerd.", NULL },
	{ 58, CA_NOTE, WHO_WIJKBEHEER, 0, 0, "Tweede ongediertebestrijding ingepland, ook in de woning van de "
	  "benedenbuurvrouw.", NULL, NULL },
	{ 40, CA_NOTE, 0, 1, 0, "De zus belt: meneer heeft een terugval en laat de begeleider de laatste twee weken niet "
	  "binnen.", NULL, NULL },
	{ 22, CA_INTERVENTION, 0, INS_HUISBEZOEK, 25, "Huisbezoek samen met de begeleider van het wijkteam: afspraken over "
	  "het balkon en de tweede opruimronde.", "", NULL },
	{ 20, CA_REF_ANSWER, 0, 0, 0, "Aanvulling: na een terugval laat meneer de begeleider weer binnen. De tweede "
	  "opruimronde staat gepland; wij vragen jullie het balkon daarin mee te nemen.", NULL, NULL },
};

/* ---- Merelstraat 7: de hond en de feesten ---- */

static const struct case_melding merelstraat_m[] = {
	{ .wd_ago = 70, .minute = HM(15, 20), .categorie = "huisdieren", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Henk Jansen", .email = "henk.jansen@ziggo.example", .telefoon = "0612873401",
	  .omschrijving = "De hond van de buren op nummer 7 blaft en jankt elke dag urenlang als de eigenaar weg is. "
			  "Vandaag van 7 uur 's ochtends tot 3 uur 's middags. Ik werk thuis en kan me niet meer "
			  "concentreren.",
	  .voorval = "Elke werkdag, al een maand", .confirm = 1, .feedback = 7, .close = 9,
	  .terugkoppeling = "Dank voor uw melding. Wij hebben uw buurman gevraagd een oplossing te zoeken voor zijn hond "
			    "als hij van huis is. Wilt u ons laten weten als het blaffen doorgaat? Dan nemen wij verdere "
			    "stappen.",
	  .link = 1 },
	{ .wd_ago = 62, .minute = HM(10, 5), .categorie = "geluid", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Petra van Dam", .email = "petra.vandam@outlook.example", .telefoon = "",
	  .omschrijving = "Nummer 7 heeft bijna elk weekend tot diep in de nacht harde muziek en bezoek. Afgelopen "
			  "zaterdag tot half vier. Als ik aanbel, doet niemand open.",
	  .voorval = "Afgelopen weekend", .confirm = 0, .feedback = 5, .close = 8,
	  .terugkoppeling = "Dank voor uw melding. Wij hebben uw buurman aangesproken op de muziek in de nacht en houden "
			    "de situatie in de gaten. Blijft u ons laten weten wanneer het gebeurt, met datum en tijd.",
	  .link = 1 },
	{ .wd_ago = 57, .minute = HM(9, 40), .categorie = "huisdieren", .kanaal = KANAAL_TELEFOON,
	  .naam = "Henk Jansen", .email = "henk.jansen@ziggo.example", .telefoon = "0612873401",
	  .omschrijving = "Meneer Jansen belt opnieuw over de hond van 7: het blaffen is niet minder geworden. Ook laat de "
			  "buurman de hond in de gemeenschappelijke tuin zijn behoefte doen.",
	  .confirm = 0, .feedback = 6, .close = 8,
	  .terugkoppeling = "Wij hebben uw buurman een brief gestuurd over de hond en de tuin. Wilt u een logboek bijhouden "
			    "van wanneer de hond blaft? Dat helpt ons bij de volgende stap.",
	  .link = 1 },
	{ .wd_ago = 38, .minute = HM(11, 50), .categorie = "geluid", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Petra van Dam", .email = "petra.vandam@outlook.example", .telefoon = "",
	  .omschrijving = "Weer muziek en geschreeuw tot na drieën. Ik heb het met mijn telefoon opgenomen.",
	  .voorval = "Zaterdagnacht", .confirm = 1, .feedback = 4, .close = 6,
	  .terugkoppeling = "Dank voor het doorgeven. Wij hebben uw buurman een waarschuwingsbrief gestuurd.",
	  .link = 1 },
	{ .wd_ago = 16, .minute = HM(17, 30), .categorie = "huisdieren", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Henk Jansen", .email = "henk.jansen@ziggo.example", .telefoon = "0612873401",
	  .omschrijving = "Het blaffen is een stuk minder sinds de hond naar een oppas gaat, maar deze week was het weer "
			  "twee dagen raak.",
	  .confirm = 1, .feedback = 3, .close = DEMO_NOT,
	  .terugkoppeling = "Fijn dat het beter gaat. Wij hebben de twee dagen met uw buurman besproken.", .link = 1 },
	{ .wd_ago = 1, .minute = HM(9, 10), .categorie = "geluid", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Petra van Dam", .email = "petra.vandam@outlook.example", .telefoon = "",
	  .omschrijving = "Afgelopen nacht weer feest op 7, tot na vieren. De politie is geweest.",
	  .confirm = 2, .feedback = 6, .close = DEMO_NOT, .terugkoppeling = "", .link = 0 },
};

static const struct case_action merelstraat_a[] = {
	{ 53, CA_INTERVENTION, 0, INS_AANSPREKEN, 0, "Huurder aan de deur aangesproken op de hond en de muziek.",
	  "Meneer werkt in ploegendienst en wist niet dat de hond zo lang blaft. Hij zegt de muziek zachter te zetten. "
	  "Hij was niet onvriendelijk, wel verbaasd.", NULL },
	{ 52, CA_NOTE, 0, 0, 0, "Melder op nummer 9 teruggebeld en verteld dat wij met de buurman hebben gesproken. Hij "
	  "houdt een logboek bij.", NULL, NULL },
	{ 36, CA_LETTER, 0, BRIEF_WAARSCHUWING, 0,
	  "- Uw hond blaft en jankt op werkdagen urenlang als u niet thuis bent.\n"
	  "- In de weekenden is er tot diep in de nacht harde muziek en bezoek in uw woning.\n"
	  "- Uw hond doet zijn behoefte in de gemeenschappelijke tuin.", NULL, NULL },
	{ 30, CA_INTERVENTION, 0, INS_HUISBEZOEK, 0, "Huisbezoek na de waarschuwingsbrief.",
	  "Meneer heeft een hondenoppas geregeld voor de dagen dat hij werkt. Over de muziek: hij geeft toe dat het uit de "
	  "hand liep met vrienden en belooft beterschap.", NULL },
	{ 12, CA_NOTE, 0, 0, 0, "Logboek van de buurman op 9 ontvangen: het blaffen is duidelijk minder, met twee "
	  "uitschieters. De buurvrouw op 5 meldt nog steeds feesten in het weekend.", NULL, NULL },
	{ 2, CA_INTERVENTION, 0, INS_BUURTBEMIDDELING, 8, "De buren willen met elkaar in gesprek; aangemeld bij "
	  "Buurtbemiddeling.", "", NULL },
	{ 2, CA_REFER, 0, CP_BUURTBEMIDDELING, 0, "Aanhoudende overlast door muziek in het weekend; de buren willen met "
	  "hulp met elkaar in gesprek.",
	  "Willen jullie een gesprek organiseren tussen de bewoner van nummer 7 en zijn buren op 5 en 9?",
	  "Drie buren aan de Merelstraat. Er zijn meldingen over een blaffende hond (inmiddels grotendeels opgelost) en "
	  "over harde muziek en feesten in het weekend. Alle drie willen in gesprek; hun contactgegevens volgen na hun "
	  "toestemming." },
};

/* ---- Parklaan 3: mevrouw Brouwer ---- */

static const struct case_melding parklaan_m[] = {
	{ .wd_ago = 33, .minute = HM(8, 45), .categorie = "zorgsignaal", .kanaal = KANAAL_TELEFOON,
	  .naam = "Joke Mulder", .email = "joke.mulder@ziggo.example", .telefoon = "0623345098",
	  .omschrijving = "De buurvrouw van nummer 3 belt 's nachts bij mevrouw Mulder aan, omdat ze denkt dat er inbrekers "
			  "in haar huis zijn. Vannacht stond ze om 3 uur in haar nachthemd op de galerij. Mevrouw Mulder "
			  "maakt zich grote zorgen.",
	  .voorval = "Vannacht om 3 uur", .confirm = 0, .feedback = 3, .close = 6,
	  .terugkoppeling = "Dank dat u ons belde. Wij gaan bij uw buurvrouw langs en schakelen hulp in als dat nodig is. "
			    "Wat wij precies doen, kunnen wij u om privacyredenen niet vertellen, maar wij zijn ermee bezig.",
	  .link = 1 },
	{ .wd_ago = 31, .minute = HM(7, 30), .categorie = "zorgsignaal", .kanaal = KANAAL_EMAIL,
	  .naam = "Monique Brouwer", .email = "monique.brouwer@gmail.example", .telefoon = "",
	  .omschrijving = "Ik ben de dochter van mevrouw Brouwer, Parklaan 3. Ik woon in Spanje en krijg verwarde "
			  "telefoontjes van mijn moeder. Ze zegt dat er vreemden in haar huis komen. Kunt u bij haar "
			  "langsgaan?",
	  .confirm = 0, .feedback = 2, .close = 4,
	  .terugkoppeling = "Dank voor uw bericht. Wij zijn bij uw moeder langs geweest en nemen telefonisch contact met u op "
			    "over de hulp die wij voor haar willen inschakelen.",
	  .link = 1 },
	{ .wd_ago = 12, .minute = HM(16, 20), .categorie = "zorgsignaal", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Joke Mulder", .email = "joke.mulder@ziggo.example", .telefoon = "0623345098",
	  .omschrijving = "Mevrouw van nummer 3 liep vanmiddag verward over straat en kon haar huis niet meer vinden. Een "
			  "andere buurvrouw heeft haar thuisgebracht.",
	  .confirm = 1, .feedback = 3, .close = DEMO_NOT,
	  .terugkoppeling = "Dank voor uw melding. Wij hebben de zorgverlening van uw buurvrouw opnieuw gevraagd in actie te "
			    "komen.",
	  .link = 1 },
};

static const struct case_action parklaan_a[] = {
	{ 29, CA_INTERVENTION, 0, INS_HUISBEZOEK, 0, "Huisbezoek bij mevrouw.",
	  "Mevrouw is vriendelijk maar niet goed georiënteerd in tijd. Koelkast leeg, post ongeopend. Er is geen hulp in "
	  "huis; haar dochter woont in het buitenland.", NULL },
	{ 29, CA_NOTE, 0, 1, 0, "Dochter gebeld: haar moeder is bekend bij de geheugenpolikliniek, maar kwam de laatste "
	  "afspraken niet na. De dochter geeft toestemming om het wijkteam en de GGZ in te schakelen.", NULL, NULL },
	{ 28, CA_ESCALATE, 0, AVE_ORANJE, 0, "Mevrouw kan zonder ondersteuning niet meer zelfstandig wonen; de regie over "
	  "zorg en begeleiding ligt bij het sociaal wijkteam.", NULL, NULL },
	{ 28, CA_REFER, 0, CP_WIJKTEAM, 0, "Verward gedrag, vermoedelijk dementie; geen hulp in huis.",
	  "Kunnen jullie bij mevrouw langsgaan en zorg in huis regelen?",
	  "Alleenstaande vrouw van 79. Buren melden dat zij 's nachts verward aanbelt en op de galerij staat. Bij ons "
	  "huisbezoek was zij niet goed georiënteerd; er is geen hulp in huis. Haar dochter woont in het buitenland, is "
	  "op de hoogte en geeft toestemming voor contact." },
	{ 27, CA_REF_DECLINE, 0, 0, 0, "Mevrouw is al in behandeling bij GGZ Voorbeeld (ouderenpsychiatrie) en heeft daar "
	  "een casemanager. Om dubbele regie te voorkomen nemen wij dit niet op. Wilt u contact opnemen met de "
	  "casemanager van de GGZ? Wij sluiten aan als de GGZ daarom vraagt.", NULL, NULL },
	{ 26, CA_NOTE, 0, 0, 0, "Het wijkteam wijst af: mevrouw heeft een casemanager bij GGZ Voorbeeld. De casemanager "
	  "telefonisch geprobeerd, niet bereikt.", NULL, NULL },
	{ 10, CA_REFER, 0, CP_GGZ, 0, "Mevrouw heeft een casemanager bij de GGZ; de situatie thuis wordt slechter.",
	  "Kan de casemanager contact met ons opnemen en met mevrouw en haar dochter bekijken of zij nog thuis kan wonen?",
	  "Mevrouw (79) woont alleen aan de Parklaan. Buren melden verward gedrag: 's nachts aanbellen, verdwalen in de "
	  "buurt. Er is geen hulp in huis. Haar dochter woont in het buitenland en geeft toestemming voor contact. Volgens "
	  "het sociaal wijkteam is mevrouw bij u in behandeling." },
	{ 5, CA_NOTE, 0, 0, 0, "GGZ opnieuw gebeld: de casemanager is met vakantie, een collega belt terug. De dochter komt "
	  "volgende maand naar Nederland.", NULL, NULL },
};

/* ---- Havenstraat 21: bezoek in het portiek ---- */

static const struct case_melding havenstraat_m[] = {
	{ .wd_ago = 24, .minute = HM(8, 5), .categorie = "geluid", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Fatma Yılmaz", .email = "fatma.yilmaz@gmail.example", .telefoon = "0687712094",
	  .omschrijving = "Boven mij op 21 is bijna elke avond bezoek dat pas om 2 uur vertrekt. Ze schreeuwen in het "
			  "trappenhuis en laten de portiekdeur openstaan.",
	  .voorval = "Bijna elke avond", .confirm = 1, .feedback = 5, .close = 7,
	  .terugkoppeling = "Dank voor uw melding. Wij hebben de bewoner aangesproken en afspraken met hem gemaakt over "
			    "bezoek in de avond. Laat u het ons weten als het niet beter wordt?",
	  .link = 1 },
	{ .wd_ago = 22, .minute = HM(10, 15), .categorie = "vernieling", .kanaal = KANAAL_WIJKBEZOEK,
	  .intake = WHO_WIJKBEHEER_OOST, .assignee = WHO_WIJKBEHEER_OOST,
	  .omschrijving = "Portiekdeur Havenstraat 17-25 geforceerd, slot kapot. Brandplekken van sigaretten op de trap.",
	  .confirm = 0, .feedback = 1, .close = 3, .kosten_cent = 38500,
	  .terugkoppeling = "Slot en deur hersteld, dranger geplaatst.", .link = 1 },
	{ .wd_ago = 9, .minute = HM(7, 50), .categorie = "geluid", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Fatma Yılmaz", .email = "fatma.yilmaz@gmail.example", .telefoon = "0687712094",
	  .omschrijving = "Weer tot 3 uur herrie, en nu liggen er ook lachgascilinders in het portiek.",
	  .voorval = "Vannacht", .confirm = 0, .feedback = DEMO_NOT, .close = DEMO_NOT, .terugkoppeling = "",
	  .link = 1 },
};

static const struct case_action havenstraat_a[] = {
	{ 20, CA_MEMBER, 0, WHO_WIJKBEHEER_OOST, 0, NULL, NULL, NULL },
	{ 18, CA_INTERVENTION, 0, INS_AANSPREKEN, 0, "Huurder (22) aangesproken.",
	  "De jongeman woont sinds kort zelfstandig; zijn vrienden komen 's avonds omdat er bij hem ruimte is. "
	  "Afgesproken: bezoek weg voor 23 uur en niet in het trappenhuis blijven hangen.", NULL },
	{ 17, CA_NOTE, WHO_WIJKBEHEER_OOST, 0, 0, "Portiekdeur gerepareerd en voorzien van een dranger die de deur zelf "
	  "sluit.", NULL, NULL },
	{ 7, CA_INTERVENTION, 0, INS_BEWONERSBIJEENKOMST, 12, "Bijeenkomst met de bewoners van portiek 17-25 over "
	  "samenleven en afspraken in het trappenhuis.", "", NULL },
	{ 3, CA_REFER, 0, CP_WIJKTEAM, 0, "Jonge huurder die net zelfstandig woont, moeite heeft met grenzen stellen en "
	  "twee maanden huurachterstand heeft.",
	  "Kunnen jullie contact leggen met de huurder en kijken of begeleiding bij zelfstandig wonen en bij geldzaken "
	  "nodig is?",
	  "Huurder van 22 die sinds een half jaar zelfstandig woont. Buren melden bijna elke avond bezoek tot laat en "
	  "overlast in het portiek. In ons gesprek zei hij dat hij het lastig vindt om vrienden weg te sturen. Hij heeft "
	  "twee maanden huurachterstand en staat open voor hulp." },
};

/* ---- Molenstraat 12: vermoeden van huiselijk geweld (gevoelig) ---- */

static const struct case_melding molenstraat_m[] = {
	{ .wd_ago = 19, .minute = HM(7, 40), .categorie = "geluid", .kanaal = KANAAL_WEBFORMULIER,
	  .naam = "Sandra Kok", .email = "sandra.kok@hotmail.example", .telefoon = "",
	  .omschrijving = "Bij de buren op 12 is het vaak heel onrustig: harde ruzies, deuren die dichtslaan, gegil. "
			  "Vannacht weer, rond 1 uur.",
	  .voorval = "Vannacht rond 1 uur", .confirm = 1, .feedback = 4, .close = 8,
	  .terugkoppeling = "Dank voor uw melding. Wij hebben contact gezocht met de bewoners. Hoort u geschreeuw waarbij u "
			    "zich zorgen maakt over iemands veiligheid, bel dan 112.",
	  .link = 1 },
	{ .wd_ago = 16, .minute = HM(13, 15), .categorie = "huiselijk_geweld", .kanaal = KANAAL_TELEFOON,
	  .omschrijving = "Anonieme beller (buurvrouw) hoort de man op 12 schreeuwen en de vrouw huilen. Zij denkt dat er "
			  "geslagen wordt en hoort ook de kinderen huilen. Zij wil anoniem blijven.",
	  .confirm = 0, .feedback = 1, .close = 6,
	  .terugkoppeling = "Beller gewezen op Veilig Thuis (0800-2000) en op 112 bij direct gevaar.", .link = 1 },
	{ .wd_ago = 6, .minute = HM(18, 30), .categorie = "huiselijk_geweld", .kanaal = KANAAL_WEBFORMULIER,
	  .omschrijving = "Weer geschreeuw bij 12, en de vrouw had vanochtend een blauw oog. Ik weet niet wat ik moet doen.",
	  .confirm = 1, .feedback = DEMO_NOT, .close = DEMO_NOT, .terugkoppeling = "", .link = 1 },
};

static const struct case_action molenstraat_a[] = {
	{ 15, CA_NOTE, 0, 1, 0, "Overleg met Veilig Thuis volgens de meldcode: zij nemen de melding in behandeling. Niets "
	  "hiervan delen met de melders.", NULL, NULL },
	{ 14, CA_INTERVENTION, 0, INS_SAMENWERKING, 0, "Melding gedaan bij Veilig Thuis (meldcode huiselijk geweld en "
	  "kindermishandeling).", "Veilig Thuis doet onderzoek en neemt contact op met het gezin.", NULL },
	{ 13, CA_ESCALATE, 0, AVE_ROOD, 0, "Vermoeden van huiselijk geweld met jonge kinderen in huis. De casus is "
	  "besproken in het Zorg- en Veiligheidshuis; de regie ligt daar.", NULL, NULL },
	{ 4, CA_REFER, 0, CP_WIJKTEAM, 0, "Ondersteuning van moeder en kinderen naast het onderzoek van Veilig Thuis.",
	  "Kunnen jullie moeder en kinderen ondersteunen, in afstemming met Veilig Thuis?",
	  "Gezin met twee jonge kinderen. Er is een vermoeden van huiselijk geweld; Veilig Thuis doet onderzoek en weet van "
	  "deze doorverwijzing. Moeder heeft aangegeven hulp te willen." },
	{ 3, CA_REF_ACCEPT, 0, 0, 0, NULL, NULL, NULL },
	{ 2, CA_NOTE, 0, 1, 0, "Moeder gesproken op kantoor, zonder haar partner. Zij wil met de kinderen tijdelijk naar "
	  "haar zus en vraagt naar een urgentieverklaring.", NULL, NULL },
};

/* In the order they were opened. */
const struct case_spec case_specs[] = {
	{ "9995 EC", "", 8, "Meneer De Graaf (82), alleenstaand", "J. de Graaf", PIJLER_FYSIEK, 0, WHO_LEEFBAAR,
	  180, kadeweg_m, N(kadeweg_m), kadeweg_a, N(kadeweg_a) },
	{ "9994 CD", "B", 14, "Huurder 14 B, alleenstaand", "D. Martens", PIJLER_SOCIAAL_REPRESSIEF, 0,
	  WHO_SOCIAAL, 150, akkerlaan_m, N(akkerlaan_m), akkerlaan_a, N(akkerlaan_a) },
	{ "9993 BC", "", 14, "Familie Peeters en de buurman van 16", "familie Peeters", PIJLER_SAMEN_WONEN, 0,
	  WHO_SOCIAAL, 140, rozenlaan_m, N(rozenlaan_m), rozenlaan_a, N(rozenlaan_a) },
	{ "9991 AA", "", 17, "Meneer Van Leeuwen (58), alleenstaand", "P. van Leeuwen", PIJLER_FYSIEK, 0,
	  WHO_SOCIAAL, 95, kerkstraat_m, N(kerkstraat_m), kerkstraat_a, N(kerkstraat_a) },
	{ "9994 CA", "", 7, "Huurder met hond", "R. Vermeulen", PIJLER_SAMEN_WONEN, 0, WHO_SOCIAAL, 55,
	  merelstraat_m, N(merelstraat_m), merelstraat_a, N(merelstraat_a) },
	{ "9995 DA", "", 3, "Mevrouw Brouwer (79), alleenstaand", "A. Brouwer", PIJLER_SOCIAAL_PREVENTIEF, 0,
	  WHO_LEEFBAAR, 30, parklaan_m, N(parklaan_m), parklaan_a, N(parklaan_a) },
	{ "9995 EB", "", 21, "Jonge huurder, veel bezoek", "S. Bakker", PIJLER_SAMEN_WONEN, 0, WHO_LEEFBAAR, 20,
	  havenstraat_m, N(havenstraat_m), havenstraat_a, N(havenstraat_a) },
	{ "9991 AE", "", 12, "Gezin met twee jonge kinderen", "de bewoners van Molenstraat 12", PIJLER_SOCIAAL_PREVENTIEF, 1,
	  WHO_SOCIAAL, 15, molenstraat_m, N(molenstraat_m), molenstraat_a, N(molenstraat_a) },
};
const int n_case_specs = N(case_specs);

/* ---- the wijkteam's report (a PDF in its answer on Kerkstraat 17) ---- */

const char *const case_report_file = "verslag-huisbezoek.pdf";
const char *const case_report_title = "Verslag huisbezoek en plan van aanpak";
const char *const case_report_lines[] = {
	"Aanwezig: de bewoner, zijn zus en de begeleider van het sociaal wijkteam.",
	"",
	"Situatie",
	"De woning is ernstig vervuild: veel spullen en afval, keuken en badkamer",
	"zijn nauwelijks bruikbaar. De bewoner schaamt zich, wil hulp en werkt mee.",
	"Hij is bij de huisarts onder behandeling; zijn zus is nauw betrokken.",
	"",
	"Afspraken",
	"1. Een vaste begeleider van het wijkteam, twee keer per week.",
	"2. Aanmelding bij de GGD voor hygiënisch advies.",
	"3. Opruimen in drie rondes; de eerste over drie weken, met containers en",
	"   ongediertebestrijding via de corporatie.",
	"4. Evaluatie na de tweede ronde met bewoner, zus en corporatie.",
	"",
	"Sociaal Wijkteam Voorbeeldstad",
	NULL,
};
