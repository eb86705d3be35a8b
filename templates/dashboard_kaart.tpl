{{%AUTOESCAPE context="HTML"}}
{{! Map and heatmap of wijken (GET /dashboard/kaart). Variables: PERIODE, MAAT, SOORT; includes TABS, FILTERS; sections HEATMAP (PER; HM_COL with LABEL, LANG; HM_ROW with NAAM, SUM, HM_CELL (VALUE, HEAT, HREF, TITLE); HEAT_LEGEND with HEAT, FILL, RANGE), MAP (include SVG; MAP_LEGEND), MAP_ROW (NAAM, COUNT, PER100, HEAT), MAP_NONE, MAP_NONE_HERE; the Leefbaarometer in MAP_ROW and HM_ROW (LBM with LBM_KLASSE, LBM_LABEL, LBM_JAAR, LBM_SIGN, LBM_TREND_ID, LBM_TREND; LBM_GEEN), LBM_NONE, LBM_TABLE (LBM_DIM_COL with NAAM; LBM_ROW with NAAM, IS_BUURT, LBM/LBM_GEEN, LBM_DIM with HAS (KLASSE, LABEL, TR with SIGN, TREND)). }}
<div class="page-header">
<h1>Kaart en heatmap</h1>
<p class="lead">Waar groeit welk probleem? Per wijk: {{MAAT}}, voor <strong>{{SOORT}}</strong>.</p>
</div>
{{>TABS}}
{{>FILTERS}}
<section aria-labelledby="kaart-kop">
<h2 id="kaart-kop">Kaart, {{PERIODE}}</h2>
{{#MAP}}
<div class="map-layout">
<figure class="map">
{{>SVG}}
<figcaption class="heat-legend">
<p class="heat-legend-title">Legenda ({{MAAT}})</p>
<ul>
{{#MAP_LEGEND}}<li><span class="heat-swatch heat-{{HEAT}}" aria-hidden="true"></span> {{RANGE}}</li>
{{/MAP_LEGEND}}
</ul>
</figcaption>
</figure>
<div class="table-wrap" role="region" aria-labelledby="kaart-tabel" tabindex="0">
<table class="table table-compact">
<caption id="kaart-tabel">De cijfers van de kaart</caption>
<thead><tr><th scope="col">Wijk</th><th scope="col" class="num">Meldingen</th><th scope="col" class="num">Per 100 woningen</th><th scope="col">Leefbaarometer</th></tr></thead>
<tbody>
{{#MAP_ROW}}<tr><th scope="row" class="nowrap"><span class="heat-swatch heat-{{HEAT}}" aria-hidden="true"></span> {{NAAM}}</th><td class="num">{{COUNT}}</td><td class="num">{{PER100}}</td><td>{{#LBM}}<span class="lbm-klasse lbm-k{{LBM_KLASSE}}">{{LBM_KLASSE}}</span> {{LBM_LABEL}} ({{LBM_JAAR}})<br><span class="lbm-trend lbm-trend-{{LBM_TREND_ID}}"><span aria-hidden="true">{{LBM_SIGN}}</span> {{LBM_TREND}}</span>{{/LBM}}{{#LBM_GEEN}}geen meting{{/LBM_GEEN}}</td></tr>
{{/MAP_ROW}}
</tbody>
</table>
</div>
</div>
{{/MAP}}
{{#MAP_NONE}}<p class="callout">Er is nog geen kaart geladen. De beheerder kan een GeoJSON-bestand met de wijken of buurten laden onder Beheer, Kaart van de wijken. Tot die tijd staan de cijfers in de tabel hieronder.</p>{{/MAP_NONE}}
{{#MAP_NONE_HERE}}<p class="callout">Voor deze wijken staan geen vormen in de geladen kaart. De cijfers staan in de tabel hieronder.</p>{{/MAP_NONE_HERE}}
{{#MAP_NONE}}
<div class="table-wrap" role="region" aria-labelledby="kaart-tabel" tabindex="0">
<table class="table table-compact">
<caption id="kaart-tabel">Meldingen per wijk</caption>
<thead><tr><th scope="col">Wijk</th><th scope="col" class="num">Meldingen</th><th scope="col" class="num">Per 100 woningen</th><th scope="col">Leefbaarometer</th></tr></thead>
<tbody>
{{#MAP_ROW}}<tr><th scope="row" class="nowrap"><span class="heat-swatch heat-{{HEAT}}" aria-hidden="true"></span> {{NAAM}}</th><td class="num">{{COUNT}}</td><td class="num">{{PER100}}</td><td>{{#LBM}}<span class="lbm-klasse lbm-k{{LBM_KLASSE}}">{{LBM_KLASSE}}</span> {{LBM_LABEL}} ({{LBM_JAAR}})<br><span class="lbm-trend lbm-trend-{{LBM_TREND_ID}}"><span aria-hidden="true">{{LBM_SIGN}}</span> {{LBM_TREND}}</span>{{/LBM}}{{#LBM_GEEN}}geen meting{{/LBM_GEEN}}</td></tr>
{{/MAP_ROW}}
</tbody>
</table>
</div>
{{/MAP_NONE}}
</section>

<section aria-labelledby="lbm-kop">
<h2 id="lbm-kop">Leefbaarometer per wijk en buurt</h2>
<p>De laatste meting van de Leefbaarometer naast de eigen cijfers: per wijk en buurt de klasse (1 zeer onvoldoende tot 9 uitstekend) en de verandering sinds de meting ervoor. De Leefbaarometer schat de leefbaarheid uit kenmerken van de woonomgeving; de meldingen hierboven zijn wat bewoners zelf zien.</p>
{{#LBM_NONE}}<p class="callout">Er zijn nog geen scores van de Leefbaarometer ingelezen. De beheerder leest ze in onder Beheer, Leefbaarometer.</p>{{/LBM_NONE}}
{{#LBM_TABLE}}
<div class="table-wrap" role="region" aria-labelledby="lbm-tabel" tabindex="0">
<table class="table table-compact lbm-table">
<caption id="lbm-tabel">Leefbaarometer: laatste meting per wijk en buurt</caption>
<thead><tr><th scope="col">Wijk of buurt</th><th scope="col">Totaal</th>{{#LBM_DIM_COL}}<th scope="col">{{NAAM}}</th>{{/LBM_DIM_COL}}</tr></thead>
<tbody>
{{#LBM_ROW}}<tr><th scope="row"{{#IS_BUURT}} class="lbm-buurt"{{/IS_BUURT}}>{{#IS_BUURT}}<span class="visually-hidden">buurt </span>{{/IS_BUURT}}{{NAAM}}</th><td>{{#LBM}}<span class="lbm-klasse lbm-k{{LBM_KLASSE}}">{{LBM_KLASSE}}</span> {{LBM_LABEL}} ({{LBM_JAAR}})<br><span class="lbm-trend lbm-trend-{{LBM_TREND_ID}}"><span aria-hidden="true">{{LBM_SIGN}}</span> {{LBM_TREND}}</span>{{/LBM}}{{#LBM_GEEN}}geen meting{{/LBM_GEEN}}</td>{{#LBM_DIM}}<td>{{#HAS}}<span class="lbm-klasse lbm-k{{KLASSE}}">{{KLASSE}}</span> {{LABEL}}{{#TR}} <span class="lbm-trend lbm-trend-{{TREND}}"><span aria-hidden="true">{{SIGN}}</span><span class="visually-hidden">{{TREND}}</span></span>{{/TR}}{{/HAS}}</td>{{/LBM_DIM}}</tr>
{{/LBM_ROW}}
</tbody>
</table>
</div>
<p class="hint">▲ beter, ▼ slechter, = gelijk: de klasse vergeleken met de meting ervoor.</p>
{{/LBM_TABLE}}
</section>

{{#HEATMAP}}
<section aria-labelledby="heat-kop">
<h2 id="heat-kop">Heatmap: wijken per {{PER}}</h2>
<p>Per wijk en per {{PER}}: {{MAAT}}. Hoe donkerder de cel, hoe meer; een cel opent de meldingen erachter.</p>
<div class="table-wrap" role="region" aria-labelledby="heat-tabel" tabindex="0">
<table class="table table-compact heat-table">
<caption id="heat-tabel">Wijken per {{PER}} ({{MAAT}})</caption>
<thead><tr><th scope="col">Wijk</th>{{#HM_COL}}<th scope="col" class="num"><abbr title="{{LANG}}">{{LABEL}}</abbr></th>{{/HM_COL}}<th scope="col" class="num">Hele periode</th><th scope="col">Leefbaarometer</th></tr></thead>
<tbody>
{{#HM_ROW}}<tr><th scope="row">{{NAAM}}</th>{{#HM_CELL}}<td class="num heat-{{HEAT}}"><a href="{{HREF}}" title="{{TITLE}}">{{VALUE}}</a></td>{{/HM_CELL}}<td class="num">{{SUM}}</td><td class="nowrap">{{#LBM}}<span class="lbm-klasse lbm-k{{LBM_KLASSE}}">{{LBM_KLASSE}}</span> {{LBM_LABEL}} ({{LBM_JAAR}})<br><span class="lbm-trend lbm-trend-{{LBM_TREND_ID}}"><span aria-hidden="true">{{LBM_SIGN}}</span> {{LBM_TREND}}</span>{{/LBM}}{{#LBM_GEEN}}geen meting{{/LBM_GEEN}}</td></tr>
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
