{{%AUTOESCAPE context="HTML"}}
{{! The dashboard (GET /dashboard; handlers/dashboard.c computes every figure). Variables: PERIODE, PEILDATUM, WIJK, UITLEG_HREF; includes TABS, FILTERS; sections PEIL_ANDERS, TILE (LABEL, VALUE, HREF, CLASS, NOTE, NOTE2 with TEXT2, BADGE with CLASS, TEXT, WHY, SUB with TEXT, HREF: a figure of the note with its own list), DOSSIER_TILE (LABEL, VALUE, NOTE, HREF, SUB with TEXT, HREF: the dossiers behind the referrals), CAT_ROW, PIJLER_ROW, KANAAL_ROW (NAAM, COUNT, HREF, KOSTEN), WIJK_ROW (NAAM, COUNT, HREF, WONINGEN, PER100), WORK (VANDAAG, WERKLIJST_HREF, T_BV, T_BL, T_TV, T_TL, T_OPEN; WORK_ROW with NAAM, NOBODY, CELL (VALUE, KEY, CLASS, LINK with HREF, ZERO); WORK_EMPTY), WORK_ERROR, TREND (PER, EENHEID, BEREIK; includes CHART_TERMIJNEN, CHART_SOORTEN; PIJLER_HEAD, TREND_ROW, SOORT_HEAD, SOORT_ROW), HEATMAP (MAAT; HM_COL, HM_ROW, HEAT_LEGEND), EXPORT (MELDINGEN_, KPI_, DOSSIERS_, DOORVERWIJZINGEN_ PUNTKOMMA and KOMMA). }}
<div class="page-header">
<h1>Dashboard</h1>
<p class="lead">Cijfers over <strong>{{PERIODE}}</strong> voor {{WIJK}}, stand per {{PEILDATUM}}.{{#PEIL_ANDERS}} Let op: de peildatum is niet vandaag.{{/PEIL_ANDERS}} <a href="{{UITLEG_HREF}}">Hoe tellen we?</a></p>
</div>
{{>TABS}}
{{>FILTERS}}

<section aria-labelledby="kerncijfers">
<h2 id="kerncijfers">Kerncijfers</h2>
<ul class="tiles">
{{#TILE}}<li><a class="tile {{CLASS}}" href="{{HREF}}">
<span class="tile-label">{{LABEL}}</span>
<span class="tile-value">{{VALUE}}</span>
{{#BADGE}}<span><span class="badge {{CLASS}}">{{TEXT}}</span> <span class="tile-note">{{WHY}}</span></span>{{/BADGE}}
<span class="tile-note">{{NOTE}}</span>
{{#NOTE2}}<span class="tile-note">{{TEXT2}}</span>{{/NOTE2}}
</a>{{#SUB}}<a class="tile-sub" href="{{HREF}}">{{TEXT}}</a> {{/SUB}}</li>
{{/TILE}}
</ul>
<p class="hint">Groen, oranje en rood vergelijken het percentage met de norm; zie <a href="{{UITLEG_HREF}}">de uitleg</a>. Elk cijfer opent de lijst met de meldingen, dossiers of doorverwijzingen erachter.</p>
<h3 id="dossiercijfers">Dossiers</h3>
<ul class="tiles" aria-labelledby="dossiercijfers">
{{#DOSSIER_TILE}}<li><a class="tile" href="{{HREF}}">
<span class="tile-label">{{LABEL}}</span>
<span class="tile-value">{{VALUE}}</span>
<span class="tile-note">{{NOTE}}</span>
</a>{{#SUB}}<a class="tile-sub" href="{{HREF}}">{{TEXT}}</a>{{/SUB}}</li>
{{/DOSSIER_TILE}}
</ul>
</section>

<section aria-labelledby="werkvoorraad">
<h2 id="werkvoorraad">Werkvoorraad vandaag</h2>
{{#WORK_ERROR}}<p class="callout callout-warning">De werkvoorraad kon niet worden geladen. Probeer het zo opnieuw.</p>{{/WORK_ERROR}}
{{#WORK}}
<p>Wat vandaag ({{VANDAAG}}) bevestigd of teruggekoppeld moet worden, wat al te laat is, en hoeveel open meldingen ieder heeft. Deze cijfers gaan over nu, niet over de gekozen periode. <a href="{{WERKLIJST_HREF}}">Naar de werklijst per behandelaar</a></p>
<div class="table-wrap" role="region" aria-labelledby="werk-titel" tabindex="0">
<table class="table table-compact">
<caption id="werk-titel">Werkvoorraad per behandelaar</caption>
<thead>
<tr><th scope="col">Behandelaar</th><th scope="col" class="num">Bevestigen vandaag</th><th scope="col" class="num">Bevestiging te laat</th><th scope="col" class="num">Terugkoppelen vandaag</th><th scope="col" class="num">Terugkoppeling te laat</th><th scope="col" class="num">Open</th></tr>
</thead>
<tbody>
{{#WORK_ROW}}<tr>
<th scope="row" class="nowrap">{{#NOBODY}}<em>{{/NOBODY}}{{NAAM}}{{#NOBODY}}</em>{{/NOBODY}}</th>
{{#CELL}}<td class="num">{{#LINK}}<a href="{{HREF}}"><span class="{{CLASS}}">{{VALUE}}</span></a>{{/LINK}}{{#ZERO}}<span class="muted">0</span>{{/ZERO}}</td>{{/CELL}}
</tr>
{{/WORK_ROW}}
</tbody>
<tfoot>
<tr><th scope="row">Totaal</th><td class="num">{{T_BV}}</td><td class="num">{{T_BL}}</td><td class="num">{{T_TV}}</td><td class="num">{{T_TL}}</td><td class="num">{{T_OPEN}}</td></tr>
</tfoot>
</table>
</div>
{{#WORK_EMPTY}}<p class="empty">Er staan geen open meldingen.</p>{{/WORK_EMPTY}}
{{/WORK}}
</section>

{{#TREND}}
<section aria-labelledby="trends">
<h2 id="trends">Trends {{PER}}</h2>
<p>Van {{BEREIK}}. Elke {{EENHEID}} telt zoals de kerncijfers: de meldingen die in die {{EENHEID}} binnenkwamen, met de stand per de peildatum.</p>
{{>CHART_TERMIJNEN}}
{{>CHART_SOORTEN}}
<div class="table-wrap" role="region" aria-labelledby="trend-titel" tabindex="0">
<table class="table table-compact">
<caption id="trend-titel">Termijnen en meldingen {{PER}}</caption>
<thead>
<tr><th scope="col">Periode</th><th scope="col" class="num">Ontvangen</th><th scope="col" class="num">Bevestiging op tijd</th><th scope="col" class="num">Terugkoppeling op tijd</th><th scope="col" class="num">Binnen streefwaarde</th>{{#PIJLER_HEAD}}<th scope="col" class="num">{{NAAM}}</th>{{/PIJLER_HEAD}}</tr>
</thead>
<tbody>
{{#TREND_ROW}}<tr><th scope="row" class="nowrap">{{LABEL}}</th><td class="num">{{ONTVANGEN}}</td><td class="num">{{BEV}}</td><td class="num">{{TER}}</td><td class="num">{{STREEF}}</td>{{#PCELL}}<td class="num">{{VALUE}}</td>{{/PCELL}}</tr>
{{/TREND_ROW}}
</tbody>
</table>
</div>
<div class="table-wrap" role="region" aria-labelledby="soort-titel" tabindex="0">
<table class="table table-compact heat-table">
<caption id="soort-titel">Meldingen per soort {{PER}} (kleur: hoe donkerder, hoe meer)</caption>
<thead>
<tr><th scope="col">Soort</th>{{#SOORT_HEAD}}<th scope="col" class="num">{{LABEL}}</th>{{/SOORT_HEAD}}<th scope="col" class="num">Totaal</th></tr>
</thead>
<tbody>
{{#SOORT_ROW}}<tr><th scope="row">{{NAAM}}</th>{{#SCELL}}<td class="num heat-{{HEAT}}" title="{{TITLE}}">{{VALUE}}</td>{{/SCELL}}<td class="num">{{SUM}}</td></tr>
{{/SOORT_ROW}}
</tbody>
</table>
</div>
</section>
{{/TREND}}

{{#HEATMAP}}
<section aria-labelledby="heatmap">
<h2 id="heatmap">Heatmap: soorten per wijk</h2>
<p>Per soort en wijk: {{MAAT}} in de gekozen periode. Hoe donkerder de cel, hoe meer; het getal staat er altijd in. Een cel opent de meldingen erachter.</p>
<div class="table-wrap" role="region" aria-labelledby="heatmap-titel" tabindex="0">
<table class="table table-compact heat-table">
<caption id="heatmap-titel">Soorten per wijk ({{MAAT}})</caption>
<thead>
<tr><th scope="col">Soort</th>{{#HM_COL}}<th scope="col" class="num">{{NAAM}}</th>{{/HM_COL}}<th scope="col" class="num">Totaal</th></tr>
</thead>
<tbody>
{{#HM_ROW}}<tr><th scope="row">{{NAAM}}</th>{{#HM_CELL}}<td class="num heat-{{HEAT}}"><a href="{{HREF}}" title="{{TITLE}}">{{VALUE}}</a></td>{{/HM_CELL}}<td class="num">{{SUM}}</td></tr>
{{/HM_ROW}}
</tbody>
</table>
</div>
<div class="heat-legend">
<p class="heat-legend-title">Legenda ({{MAAT}})</p>
<ul>
{{#HEAT_LEGEND}}<li><span class="heat-swatch heat-{{HEAT}}" aria-hidden="true"></span> {{RANGE}}</li>
{{/HEAT_LEGEND}}
</ul>
</div>
</section>
{{/HEATMAP}}

<section aria-labelledby="verdeling">
<h2 id="verdeling">Verdeling van de meldingen</h2>
<div class="dashboard-grid">
<div class="table-wrap" role="region" aria-labelledby="cat-titel" tabindex="0">
<table class="table table-compact">
<caption id="cat-titel">Per soort</caption>
<thead><tr><th scope="col">Soort</th><th scope="col" class="num">Meldingen</th><th scope="col" class="num">Kosten (afgesloten)</th></tr></thead>
<tbody>
{{#CAT_ROW}}<tr><th scope="row">{{NAAM}}</th><td class="num"><a href="{{HREF}}">{{COUNT}}</a></td><td class="num">{{KOSTEN}}</td></tr>
{{/CAT_ROW}}
</tbody>
</table>
</div>
<div class="table-wrap" role="region" aria-labelledby="wijk-titel" tabindex="0">
<table class="table table-compact">
<caption id="wijk-titel">Per wijk</caption>
<thead><tr><th scope="col">Wijk</th><th scope="col" class="num">Meldingen</th><th scope="col" class="num">Woningen</th><th scope="col" class="num">Per 100 woningen</th></tr></thead>
<tbody>
{{#WIJK_ROW}}<tr><th scope="row">{{NAAM}}</th><td class="num"><a href="{{HREF}}">{{COUNT}}</a></td><td class="num">{{WONINGEN}}</td><td class="num">{{PER100}}</td></tr>
{{/WIJK_ROW}}
</tbody>
</table>
</div>
<div class="table-wrap" role="region" aria-labelledby="pijler-titel" tabindex="0">
<table class="table table-compact">
<caption id="pijler-titel">Per pijler</caption>
<thead><tr><th scope="col">Pijler</th><th scope="col" class="num">Meldingen</th></tr></thead>
<tbody>
{{#PIJLER_ROW}}<tr><th scope="row">{{NAAM}}</th><td class="num"><a href="{{HREF}}">{{COUNT}}</a></td></tr>
{{/PIJLER_ROW}}
</tbody>
</table>
</div>
<div class="table-wrap" role="region" aria-labelledby="kanaal-titel" tabindex="0">
<table class="table table-compact">
<caption id="kanaal-titel">Per kanaal</caption>
<thead><tr><th scope="col">Kanaal</th><th scope="col" class="num">Meldingen</th></tr></thead>
<tbody>
{{#KANAAL_ROW}}<tr><th scope="row">{{NAAM}}</th><td class="num"><a href="{{HREF}}">{{COUNT}}</a></td></tr>
{{/KANAAL_ROW}}
</tbody>
</table>
</div>
</div>
</section>

{{>TEVREDENHEID}}

{{#EXPORT}}
<section aria-labelledby="exporteren">
<h2 id="exporteren">Exporteren</h2>
<p>CSV-bestanden van deze periode en wijk voor Excel of Power BI, zonder namen en contactgegevens van melders en zonder de teksten uit dossiers. Met puntkomma voor Nederlandse Excel, met komma voor andere programma's. Het downloaden wordt vastgelegd in het auditlog.</p>
<ul class="link-list">
<li>Meldingen: <a href="{{MELDINGEN_PUNTKOMMA}}" download>CSV met puntkomma</a> · <a href="{{MELDINGEN_KOMMA}}" download>CSV met komma</a></li>
<li>Kerncijfers per wijk: <a href="{{KPI_PUNTKOMMA}}" download>CSV met puntkomma</a> · <a href="{{KPI_KOMMA}}" download>CSV met komma</a></li>
<li>Dossiers (open in de periode): <a href="{{DOSSIERS_PUNTKOMMA}}" download>CSV met puntkomma</a> · <a href="{{DOSSIERS_KOMMA}}" download>CSV met komma</a></li>
<li>Doorverwijzingen (verstuurd in de periode): <a href="{{DOORVERWIJZINGEN_PUNTKOMMA}}" download>CSV met puntkomma</a> · <a href="{{DOORVERWIJZINGEN_KOMMA}}" download>CSV met komma</a></li>
</ul>
</section>
{{/EXPORT}}
