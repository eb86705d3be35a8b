{{%AUTOESCAPE context="HTML"}}
{{! The Leefbaarometer on the wijkprofiel (web/lbm.c, include LEEFBAROMETER). Variables: NAAM, JAAR; sections ONBESCHIKBAAR, GEEN, METINGEN (LAATSTE_JAAR, KLASSE, LABEL, LAATSTE_TREND with ID, SIGN, TEKST; JAAR_COL with JAAR; MAAT with NAAM and CEL (KLASSE, LABEL, AFGELEID, WAARDE with W, TREND with ID, SIGN, TEKST); UITLEG_AFGELEID; include CHART), BUURTEN (BUURT with NAAM, CODE, HREF, JAAR, KLASSE, LABEL, TREND_ID, SIGN, TREND, LAAGSTE, LAAGSTE_KLASSE, LAAGSTE_LABEL). }}
<section class="wijkprofiel-blok lbm" aria-labelledby="lbm-kop">
<h2 id="lbm-kop">Leefbaarometer</h2>
{{#ONBESCHIKBAAR}}<p class="callout">De scores van de Leefbaarometer konden nu niet worden geladen.</p>{{/ONBESCHIKBAAR}}
{{#GEEN}}<p>Er zijn nog geen scores van de Leefbaarometer voor {{NAAM}} tot en met {{JAAR}}. De beheerder leest ze in onder Beheer, Leefbaarometer.</p>{{/GEEN}}
{{#METINGEN}}
<p class="lbm-laatste">Laatste meting ({{LAATSTE_JAAR}}): <strong><span class="lbm-klasse lbm-k{{KLASSE}}">{{KLASSE}}</span> {{LABEL}}</strong>{{#LAATSTE_TREND}}, <span class="lbm-trend lbm-trend-{{ID}}"><span aria-hidden="true">{{SIGN}}</span> {{TEKST}}</span>{{/LAATSTE_TREND}}.</p>
<div class="table-wrap" role="region" aria-labelledby="lbm-tabel" tabindex="0">
<table class="table table-compact lbm-table">
<caption id="lbm-tabel">Klasse per dimensie en meting, met de verandering sinds de meting ervoor</caption>
<thead><tr><th scope="col">Dimensie</th>{{#JAAR_COL}}<th scope="col">{{JAAR}}</th>{{/JAAR_COL}}</tr></thead>
<tbody>
{{#MAAT}}<tr><th scope="row">{{NAAM}}</th>{{#CEL}}<td><span class="lbm-klasse lbm-k{{KLASSE}}">{{KLASSE}}</span> {{LABEL}}{{#AFGELEID}} <span class="hint">(afgeleid)</span>{{/AFGELEID}}{{#WAARDE}}<br><span class="hint">afwijking {{W}}</span>{{/WAARDE}}{{#TREND}}<br><span class="lbm-trend lbm-trend-{{ID}}"><span aria-hidden="true">{{SIGN}}</span> {{TEKST}}</span>{{/TREND}}</td>{{/CEL}}</tr>
{{/MAAT}}
</tbody>
</table>
</div>
{{#UITLEG_AFGELEID}}<p class="hint">‘Afgeleid’: het bestand gaf voor deze dimensie geen klasse; die is bepaald uit de afwijking van het landelijk gemiddelde, in stappen van 0,04 rond 0.</p>{{/UITLEG_AFGELEID}}
{{>CHART}}
<p class="hint">Klassen: 1 zeer onvoldoende, 2 ruim onvoldoende, 3 onvoldoende, 4 zwak, 5 voldoende, 6 ruim voldoende, 7 goed, 8 zeer goed, 9 uitstekend. De Leefbaarometer is een schatting uit kenmerken van de woonomgeving; de eigen cijfers hierboven laten zien wat bewoners melden.</p>
{{/METINGEN}}
{{#BUURTEN}}
<div class="table-wrap" role="region" aria-labelledby="lbm-buurten" tabindex="0">
<table class="table table-compact">
<caption id="lbm-buurten">De buurten van {{NAAM}}: laatste meting</caption>
<thead><tr><th scope="col">Buurt</th><th scope="col">Jaar</th><th scope="col">Totaal</th><th scope="col">Verandering</th><th scope="col">Laagste dimensie</th></tr></thead>
<tbody>
{{#BUURT}}<tr><th scope="row"><a href="{{HREF}}">{{NAAM}}</a></th><td>{{JAAR}}</td><td><span class="lbm-klasse lbm-k{{KLASSE}}">{{KLASSE}}</span> {{LABEL}}</td><td><span class="lbm-trend lbm-trend-{{TREND_ID}}"><span aria-hidden="true">{{SIGN}}</span> {{TREND}}</span></td><td>{{LAAGSTE}}: {{LAAGSTE_KLASSE}} {{LAAGSTE_LABEL}}</td></tr>
{{/BUURT}}
</tbody>
</table>
</div>
{{/BUURTEN}}
</section>
