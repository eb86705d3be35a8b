{{%AUTOESCAPE context="HTML"}}
{{! How the dashboard counts: the definitions of issue 9 in plain Dutch (GET /dashboard/uitleg). Variables: TERMIJN_GROEN, TERMIJN_ORANJE, STREEF_GROEN, STREEF_ORANJE; include TABS. }}
<div class="page-header">
<h1>Hoe tellen we?</h1>
<p class="lead">Zo worden de cijfers op het dashboard, in de exports en in <code>/api/v1/kpi</code> berekend. Overal dezelfde regels, dus overal dezelfde uitkomst.</p>
</div>
{{>TABS}}
<div class="prose">
<h2 id="periode">Periode, peildatum en wijk</h2>
<p>U kiest een <strong>periode</strong> (een week, maand, kwartaal, jaar of eigen begin- en einddatum, beide dagen tellen mee) en een <strong>peildatum</strong>: de dag waarop u de stand wilt zien, meestal vandaag. Dagen zijn Nederlandse kalenderdagen.</p>
<p>Meetellen doen de meldingen die <strong>binnenkwamen in de periode</strong> en niet na de peildatum, eventueel alleen die in één wijk. Alles wat ná de peildatum gebeurde (een bevestiging, een terugkoppeling) telt als nog niet gebeurd. Zo kunt u terugkijken: "hoe stonden we er op 1 april voor?".</p>
<p>We tellen met de momenten die medewerkers vastleggen: wanneer een melding binnenkwam (ook als die later is ingevoerd, bijvoorbeeld een telefoontje van gisteren) en wanneer er bevestigd of teruggekoppeld is.</p>

<h2 id="termijnen">Termijnen</h2>
<p>Termijnen tellen in <strong>werkdagen</strong>: maandag tot en met vrijdag, zonder de nationale feestdagen en zonder de sluitingsdagen van de corporatie. De dag van binnenkomst telt niet mee. Een melding van vrijdag met een termijn van 2 werkdagen moet dus uiterlijk dinsdag bevestigd zijn.</p>
<p>De uiterste data worden <strong>vastgelegd op het moment dat de melding binnenkomt</strong>, met de termijnen van de soort en de kalender van dat moment. Verandert de beheerder later de termijnen van een soort of de sluitingsdagen, dan veranderen de cijfers van vroeger niet.</p>
<p>We kijken naar de <strong>eerste</strong> bevestiging en de <strong>eerste</strong> terugkoppeling. Een melding die is afgesloten en later heropend, houdt die.</p>

<h2 id="bevestiging">Ontvangst bevestigd binnen termijn</h2>
<ul>
<li><strong>Op tijd</strong>: bevestigd op of vóór de uiterste datum (standaard 2 werkdagen na binnenkomst).</li>
<li><strong>Te laat</strong>: bevestigd ná de uiterste datum, of nog niet bevestigd terwijl de uiterste datum al vóór de peildatum lag.</li>
<li><strong>Open</strong>: nog niet bevestigd, maar de uiterste datum is de peildatum of later. Deze meldingen tellen niet mee in het percentage: ze zijn nog niet te laat.</li>
<li><strong>Percentage op tijd</strong> = op tijd ÷ (op tijd + te laat), afgerond op één decimaal. Is er nog niets op tijd of te laat, dan staat er een streepje.</li>
</ul>

<h2 id="terugkoppeling">Teruggekoppeld binnen termijn en binnen streefwaarde</h2>
<p>Hetzelfde, met de termijn voor terugkoppeling (standaard 10 werkdagen). <strong>Binnen streefwaarde</strong> telt de meldingen die binnen de streeftermijn (standaard 5 werkdagen) zijn teruggekoppeld; het percentage is binnen streefwaarde ÷ (op tijd + te laat) van de terugkoppeltermijn.</p>
<p>Wie terugkoppelt zonder eerst te bevestigen, heeft de melder ook laten weten dat de melding binnen is: dat moment telt dan ook als bevestiging.</p>

<h2 id="doorlooptijd">Doorlooptijd</h2>
<p>Voor de meldingen met een terugkoppeling: het aantal werkdagen van binnenkomst tot de eerste terugkoppeling. We tonen de <strong>mediaan</strong> (de helft was sneller of even snel) en het <strong>90e percentiel</strong> (90% was sneller of even snel), allebei volgens de "nearest rank"-methode: het getal van de melding op die plaats in de gesorteerde rij.</p>

<h2 id="kleuren">Groen, oranje en rood</h2>
<ul>
<li>Bevestiging en terugkoppeling binnen termijn: <span class="badge badge-ok">groen</span> bij {{TERMIJN_GROEN}}% of meer, <span class="badge badge-today">oranje</span> van {{TERMIJN_ORANJE}}% tot {{TERMIJN_GROEN}}%, <span class="badge badge-late">rood</span> onder {{TERMIJN_ORANJE}}%.</li>
<li>Binnen streefwaarde: groen bij {{STREEF_GROEN}}% of meer, oranje van {{STREEF_ORANJE}}% tot {{STREEF_GROEN}}%, rood onder {{STREEF_ORANJE}}%.</li>
</ul>

<h2 id="overig">Overige cijfers</h2>
<ul>
<li><strong>Ontvangen</strong>: het aantal meldingen in de periode, ook per soort, pijler, kanaal en wijk. "Onbekend" zijn meldingen die nog niet aan een wijk zijn gekoppeld.</li>
<li><strong>Verschillende melders</strong>: melders geteld op hun e-mailadres, of hun telefoonnummer als er geen e-mailadres is. Anonieme melders tellen niet mee.</li>
<li><strong>Kosten</strong>: de kosten van meldingen die in de periode zijn afgesloten, per soort.</li>
<li><strong>Per 100 woningen</strong>: meldingen gedeeld door het aantal woningen van de wijk (uit de gebiedenlijst), maal 100.</li>
<li><strong>Heatmap</strong>: de kleuren lopen van licht (weinig) naar donker (veel), in vijf gelijke stappen tot het hoogste getal in de tabel. Het getal staat er altijd bij.</li>
</ul>

<h2 id="dossiers">Dossiers</h2>
<ul>
<li><strong>Dossiers geopend</strong>: leefbaarheidsdossiers die in de periode zijn geopend (niet na de peildatum).</li>
<li><strong>Dossiers open</strong>: dossiers die op de peildatum open waren: geopend op of vóór die dag en toen nog niet gesloten.</li>
<li><strong>Vervuilde woningen</strong>: het aantal verschillende adressen met een dossier dat ergens in de periode open was en op een dag in de periode als vervuilde woning gemarkeerd stond.</li>
<li><strong>Uitzettingen</strong>: dossiers die in de periode zijn gesloten met als uitkomst een ontruiming.</li>
<li><strong>Doorverwijzingen</strong>: doorverwijzingen naar partners die in de periode zijn verstuurd, en uit hoeveel verschillende dossiers.</li>
<li>Elk cijfer opent de lijst erachter, met dezelfde periode en wijk in de filters. Bij vervuilde woningen toont de lijst per adres één dossier: het nieuwste.</li>
</ul>
<p>Gevoelige dossiers tellen alleen mee voor wie ze mag zien: de coördinator en de sociaal beheerders en leefbaarheidsmedewerkers van de wijk. Voor een ondersteuner of wijkbeheerder staan ze ook niet in de aantallen, want zelfs een aantal zou verraden dat ze bestaan.</p>
<p>Wie aan wijken gebonden is, telt alleen die wijken: ook geen meldingen die u zelf elders aannam en geen dossiers buiten uw wijken waarin u alleen teamlid bent. De lijst achter een cijfer laat die dan ook weg ("Alleen mijn wijken"); zonder dat vinkje ziet u ze in uw lijsten gewoon.</p>

<h2 id="werkvoorraad">Werkvoorraad en werklijst</h2>
<p>Deze cijfers gaan over <strong>vandaag</strong>, niet over de gekozen periode. "Vandaag bevestigen" zijn open meldingen waarvan de bevestigtermijn vandaag afloopt; "te laat" zijn open meldingen waarvan die termijn al voorbij is en die nog niet bevestigd zijn. Hetzelfde voor terugkoppelen. Afgesloten meldingen tellen niet mee. Waar de dagelijkse e-mail is ingesteld, krijgt elke medewerker op werkdagen een kort overzicht van zijn of haar eigen lijst.</p>

<h2 id="lijsten">De lijsten achter de cijfers</h2>
<p>Elk cijfer opent de lijst met precies de meldingen die het telt: dezelfde periode, peildatum en wijk, en het filter <strong>Termijn</strong> dat bij het cijfer hoort. Zo staan achter "Te laat" ook de meldingen die te laat wél zijn bevestigd of teruggekoppeld. "Te laat" en "Open, nog binnen termijn" tellen elke melding één keer, ook als beide termijnen meedoen; de aantallen per termijn staan als aparte links naast de tegel. De cijfers van de werkvoorraad (vandaag bevestigen of terugkoppelen, te laat) openen de lijst met het filter <strong>Vandaag te doen</strong> of <strong>Te laat</strong>.</p>

<h2 id="export">Exports</h2>
<p>De CSV-bestanden zijn UTF-8 met een BOM, met puntkomma (Nederlandse Excel, decimalen met komma) of met komma (decimalen met punt). Een cel die begint met =, +, - of @ krijgt een apostrof ervoor, zodat Excel of Power BI hem nooit als formule uitvoert. Namen en contactgegevens van melders en de omschrijving staan er niet in. Elke export komt in het auditlog.</p>
</div>
