{{%AUTOESCAPE context="HTML"}}
{{! The wijkprofiel (GET /wijken/{code}; web/wijkprofiel.c computes every figure, the other parts fill their includes: web/wijkmonitor.h). Variables: NAAM, CODE, SOORT, JAAR, WONINGEN, CSV_HREF, CSV_KOMMA_HREF, JSON_HREF; sections IN_WIJK (WIJK_CODE, WIJK_HREF), BUURTEN (BUURT: NAAM, HREF; a wijk's buurten), GEEN_WONINGEN, JAAR_OPTIE (VALUE, SELECTED), VERGELIJK (NU_VENSTER, VORIG_VENSTER, M_/P_/B_/T_ NU, VORIG, WAT; M_CLASS), PIJLER_HEAD, JAAR_ROW (JAAR, ONTVANGEN, PER100, PCELL, BEV, TER, STREEF, OPEN, TE_LAAT), SOORT_HEAD, SOORT_ROW (NAAM, PIJLER, SCELL), AVE_HEAD, DOSSIER_ROW (JAAR, GEOPEND, OPEN, VERVUILD, UITZETTINGEN, DOORVERWIJZINGEN, DOORVERWEZEN, ECELL), AVE_NU (NIVEAU, CLASS, N), ZONDER_GEVOELIG, TEVREDEN (CHART_TEVREDEN, TEVREDEN_ROW), TEVREDEN_GEEN, INTERVENTIES (INTERVENTIE: SOORT, GEPLAND, VERLOPEN, DOSSIER, HREF, ONDERWERP), INTERVENTIES_GEEN; includes CHART_MELDINGEN, CHART_TERMIJNEN, CHART_DOSSIERS, CHART_ESCALATIES and the parts' INZET, LEEFBAROMETER, VERTELLEN, SCHOUWEN, INITIATIEVEN, BUDGET. }}
<div class="page-header">
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/wijken">Wijken</a></li>{{#IN_WIJK}}<li><a href="{{WIJK_HREF}}">{{WIJK_NAAM}}</a></li>{{/IN_WIJK}}<li aria-current="page">{{NAAM}}</li></ol></nav>
<h1>Wijkprofiel {{NAAM}}</h1>
<p class="lead">De {{SOORT}} {{NAAM}} ({{CODE}}), {{WONINGEN}} woningen. Eigen cijfers van {{JAAR}} en de vijf jaren ervoor, met de Leefbaarometer ernaast: tellen én vertellen.</p>
{{#BUURTEN}}<p>Buurten in deze wijk: {{#BUURT}}<a href="{{HREF}}">{{NAAM}}</a>{{#BUURT_separator}}, {{/BUURT_separator}}{{/BUURT}}.</p>{{/BUURTEN}}
{{#GEEN_WONINGEN}}<p class="callout callout-warning">Het aantal woningen van deze {{SOORT}} is niet bekend, dus cijfers per 100 woningen ontbreken. De beheerder vult het in bij de gebieden.</p>{{/GEEN_WONINGEN}}
<form method="get" class="filters wijk-jaar">
<label for="jaar">Jaar</label>
<select id="jaar" name="jaar">
{{#JAAR_OPTIE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>
{{/JAAR_OPTIE}}</select>
<button type="submit" class="btn btn-secondary">Toon</button>
</form>
</div>

{{>INZET}}

{{#VERGELIJK}}
<section aria-labelledby="vergelijk">
<h2 id="vergelijk">Dit jaar naast vorig jaar</h2>
<p>{{NU_VENSTER}} naast {{VORIG_VENSTER}}: hele maanden, zodat beide kanten even lang zijn.</p>
<ul class="tiles">
<li><div class="tile"><span class="tile-label">Meldingen</span><span class="tile-value">{{M_NU}}</span><span class="tile-note {{M_CLASS}}">{{M_WAT}} ({{M_VORIG}})</span></div></li>
<li><div class="tile"><span class="tile-label">Per 100 woningen</span><span class="tile-value">{{P_NU}}</span><span class="tile-note">{{P_WAT}} ({{P_VORIG}})</span></div></li>
<li><div class="tile"><span class="tile-label">Bevestiging op tijd</span><span class="tile-value">{{B_NU}}</span><span class="tile-note">{{B_WAT}} ({{B_VORIG}})</span></div></li>
<li><div class="tile"><span class="tile-label">Terugkoppeling op tijd</span><span class="tile-value">{{T_NU}}</span><span class="tile-note">{{T_WAT}} ({{T_VORIG}})</span></div></li>
</ul>
</section>
{{/VERGELIJK}}

<section aria-labelledby="meldingen">
<h2 id="meldingen">Meldingen en termijnen</h2>
<p>Elk jaar telt de meldingen die in dat jaar binnenkwamen, met de stand van vandaag: op tijd is binnen de termijn van de soort (standaard bevestigen binnen 2 werkdagen, terugkoppelen binnen 10, streefwaarde 5). Wat nog niet is bevestigd of teruggekoppeld telt als te laat zodra de termijn voorbij is.</p>
<div class="wijk-grafieken">
{{>CHART_MELDINGEN}}
{{>CHART_TERMIJNEN}}
</div>
<div class="table-wrap" role="region" aria-labelledby="jaar-titel" tabindex="0">
<table class="table table-compact">
<caption id="jaar-titel">Meldingen en termijnen per jaar</caption>
<thead>
<tr><th scope="col">Jaar</th><th scope="col" class="num">Meldingen</th><th scope="col" class="num">Per 100 woningen</th>{{#PIJLER_HEAD}}<th scope="col" class="num">{{NAAM}}</th>{{/PIJLER_HEAD}}<th scope="col" class="num">Bevestiging op tijd</th><th scope="col" class="num">Terugkoppeling op tijd</th><th scope="col" class="num">Binnen streefwaarde</th><th scope="col" class="num">Terugkoppeling te laat</th><th scope="col" class="num">Terugkoppeling open</th></tr>
</thead>
<tbody>
{{#JAAR_ROW}}<tr><th scope="row" class="nowrap">{{JAAR}}</th><td class="num">{{ONTVANGEN}}</td><td class="num">{{PER100}}</td>{{#PCELL}}<td class="num">{{VALUE}}</td>{{/PCELL}}<td class="num">{{BEV}}</td><td class="num">{{TER}}</td><td class="num">{{STREEF}}</td><td class="num">{{TE_LAAT}}</td><td class="num">{{OPEN}}</td></tr>
{{/JAAR_ROW}}
</tbody>
</table>
</div>
</section>

{{>LEEFBAROMETER}}

<section aria-labelledby="soorten">
<h2 id="soorten">Meldingen per soort</h2>
<div class="table-wrap" role="region" aria-labelledby="soort-titel" tabindex="0">
<table class="table table-compact heat-table">
<caption id="soort-titel">Meldingen per soort per jaar (kleur: hoe donkerder, hoe meer)</caption>
<thead>
<tr><th scope="col">Soort</th><th scope="col">Pijler</th>{{#SOORT_HEAD}}<th scope="col" class="num">{{LABEL}}</th>{{/SOORT_HEAD}}</tr>
</thead>
<tbody>
{{#SOORT_ROW}}<tr><th scope="row">{{NAAM}}</th><td>{{PIJLER}}</td>{{#SCELL}}<td class="num heat-{{HEAT}}" title="{{TITLE}}">{{VALUE}}</td>{{/SCELL}}</tr>
{{/SOORT_ROW}}
</tbody>
</table>
</div>
</section>

<section aria-labelledby="dossiers">
<h2 id="dossiers">Dossiers, doorverwijzingen en escalaties</h2>
{{#ZONDER_GEVOELIG}}<p class="hint">Gevoelige dossiers tellen hier niet mee: uw rol mag ze niet inzien.</p>{{/ZONDER_GEVOELIG}}
<div class="wijk-grafieken">
{{>CHART_DOSSIERS}}
{{>CHART_ESCALATIES}}
</div>
<div class="table-wrap" role="region" aria-labelledby="dossier-titel" tabindex="0">
<table class="table table-compact">
<caption id="dossier-titel">Dossiers per jaar</caption>
<thead>
<tr><th scope="col">Jaar</th><th scope="col" class="num">Geopend</th><th scope="col" class="num">Open aan het eind</th><th scope="col" class="num">Vervuilde woningen</th><th scope="col" class="num">Uitzettingen</th><th scope="col" class="num">Doorverwijzingen</th><th scope="col" class="num">Dossiers doorverwezen</th>{{#AVE_HEAD}}<th scope="col" class="num">Naar {{NAAM}}</th>{{/AVE_HEAD}}</tr>
</thead>
<tbody>
{{#DOSSIER_ROW}}<tr><th scope="row" class="nowrap">{{JAAR}}</th><td class="num">{{GEOPEND}}</td><td class="num">{{OPEN}}</td><td class="num">{{VERVUILD}}</td><td class="num">{{UITZETTINGEN}}</td><td class="num">{{DOORVERWIJZINGEN}}</td><td class="num">{{DOORVERWEZEN}}</td>{{#ECELL}}<td class="num">{{VALUE}}</td>{{/ECELL}}</tr>
{{/DOSSIER_ROW}}
</tbody>
</table>
</div>
<h3 id="ave-nu">Open dossiers op de AVE-ladder vandaag</h3>
<ul class="ave-nu" aria-labelledby="ave-nu">
{{#AVE_NU}}<li><span class="badge {{CLASS}}">{{NIVEAU}}</span> {{N}}</li>
{{/AVE_NU}}</ul>
</section>

<section aria-labelledby="tevredenheid">
<h2 id="tevredenheid">Tevredenheid van melders</h2>
{{#TEVREDEN_GEEN}}<p>Melders in deze {{SOORT}} hebben in deze jaren nog geen cijfer gegeven.</p>{{/TEVREDEN_GEEN}}
{{#TEVREDEN}}
{{>CHART_TEVREDEN}}
<div class="table-wrap" role="region" aria-labelledby="tevreden-titel" tabindex="0">
<table class="table table-compact">
<caption id="tevreden-titel">Cijfers van melders per jaar</caption>
<thead><tr><th scope="col">Jaar</th><th scope="col" class="num">Antwoorden</th><th scope="col" class="num">Gemiddeld cijfer</th></tr></thead>
<tbody>
{{#TEVREDEN_ROW}}<tr><th scope="row" class="nowrap">{{JAAR}}</th><td class="num">{{AANTAL}}</td><td class="num">{{GEMIDDELDE}}</td></tr>
{{/TEVREDEN_ROW}}
</tbody>
</table>
</div>
{{/TEVREDEN}}
</section>

<section aria-labelledby="lopend">
<h2 id="lopend">Interventies en acties die lopen</h2>
{{#INTERVENTIES_GEEN}}<p>Er staan geen geplande interventies open in dossiers van deze {{SOORT}} die u mag inzien.</p>{{/INTERVENTIES_GEEN}}
{{#INTERVENTIES}}
<div class="table-wrap" role="region" aria-labelledby="interventie-titel" tabindex="0">
<table class="table table-compact">
<caption id="interventie-titel">Geplande interventies in open dossiers</caption>
<thead><tr><th scope="col">Gepland</th><th scope="col">Interventie</th><th scope="col">Dossier</th><th scope="col">Adres of complex</th></tr></thead>
<tbody>
{{#INTERVENTIE}}<tr><td class="nowrap">{{GEPLAND}}{{#VERLOPEN}} <span class="badge badge-late">verlopen</span>{{/VERLOPEN}}</td><td>{{SOORT}}</td><td><a href="{{HREF}}">{{DOSSIER}}</a></td><td>{{ONDERWERP}}</td></tr>
{{/INTERVENTIE}}
</tbody>
</table>
</div>
{{/INTERVENTIES}}
{{>INITIATIEVEN}}
</section>

{{>VERTELLEN}}
{{>SCHOUWEN}}
{{>BUDGET}}

<section aria-labelledby="export">
<h2 id="export">De cijfers meenemen</h2>
<p>De cijfers van deze pagina per jaar: <a href="{{CSV_HREF}}">CSV voor Excel</a> (<a href="{{CSV_KOMMA_HREF}}">met komma's</a>), of <a href="{{JSON_HREF}}">JSON</a> voor de eigen BI.</p>
</section>
