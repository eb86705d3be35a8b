{{%AUTOESCAPE context="HTML"}}
{{! The schouw report for the huurdersorganisatie (web/schouw.c, handle_schouw_rapport), printable: the plan, the checklist per theme with each point, every finding with what became of it. Variables: ID DAG GEBIED STATUS DEELNEMERS N_* GEMAAKT; sections DEELNEMER (NAAM), TOELICHTING (TEKST), THEMA (NAAM OK NIET_OK NVT, PUNT (TEKST OORDEEL OORDEEL_ID)), BEVINDING (NR THEMA OMSCHRIJVING LOCATIE UITKOMST, PUNT (TEKST), FOTO, MELDING, ACTIE), HAS_/NO_BEVINDINGEN. }}
<nav class="breadcrumbs no-print" aria-label="Kruimelpad"><ol><li><a href="/schouwen">Wijkschouwen</a></li><li><a href="/schouwen/{{ID}}">Schouw {{DAG}}</a></li><li aria-current="page">Rapport</li></ol></nav>
<article class="schouw-rapport">
<h1>Schouwrapport {{GEBIED}}</h1>
<dl class="summary-list">
<div><dt>Dag</dt><dd>{{DAG}}</dd></div>
<div><dt>Gebied</dt><dd>{{GEBIED}}</dd></div>
<div><dt>Status</dt><dd>{{STATUS}}</dd></div>
<div><dt>Deelnemers</dt><dd><ul class="schouw-deelnemers">{{#DEELNEMER}}<li>{{NAAM}}</li>{{/DEELNEMER}}</ul></dd></div>
{{#TOELICHTING}}<div><dt>Waar letten we op?</dt><dd class="usertext">{{TEKST:pre_escape}}</dd></div>{{/TOELICHTING}}
<div><dt>Bevindingen</dt><dd>{{N_BEVINDINGEN}}: {{N_MELDINGEN}} gemeld, {{N_ACTIES_OPEN}} acties open, {{N_OPEN}} zonder vervolg</dd></div>
</dl>
<p class="no-print">Druk dit rapport af met de printfunctie van uw browser. <a href="/schouwen/{{ID}}/bevindingen.csv">Bevindingen als CSV</a></p>

<h2>Checklist</h2>
{{#THEMA}}
<table class="table schouw-checklist">
<caption>{{NAAM}}: {{OK}} in orde, {{NIET_OK}} niet in orde, {{NVT}} niet van toepassing</caption>
<thead><tr><th scope="col">Punt</th><th scope="col">Oordeel</th></tr></thead>
<tbody>
{{#PUNT}}<tr><td>{{TEKST}}</td><td class="oordeel-{{OORDEEL_ID}}">{{OORDEEL}}</td></tr>
{{/PUNT}}</tbody>
</table>
{{/THEMA}}

<h2>Bevindingen en wat ermee gebeurt</h2>
{{#NO_BEVINDINGEN}}<p>Er zijn geen bevindingen vastgelegd.</p>{{/NO_BEVINDINGEN}}
{{#HAS_BEVINDINGEN}}
<table class="table schouw-rapport-bevindingen">
<caption class="visually-hidden">Bevindingen</caption>
<thead><tr><th scope="col">Nr</th><th scope="col">Bevinding</th><th scope="col">Waar</th><th scope="col">Vervolg</th></tr></thead>
<tbody>
{{#BEVINDING}}<tr id="bevinding-{{ID}}"><td class="num">{{NR}}</td><td><strong>{{THEMA}}</strong>{{#PUNT}}: {{TEKST}}{{/PUNT}}<br><span class="usertext">{{OMSCHRIJVING:pre_escape}}</span>{{#FOTO}}{{#INLINE}}<br><img class="schouw-rapport-foto" src="/schouwen/{{SCHOUW_ID}}/fotos/{{ID}}" alt="Foto bij bevinding {{NR}}">{{/INLINE}}{{/FOTO}}</td><td>{{LOCATIE}}</td>
<td>{{#MELDING}}Melding {{REFERENTIE}}<br>Status: {{STATUS}}{{/MELDING}}{{#ACTIE}}Actie: {{ACTIE}}<br>Door: {{EIGENAAR}}<br>Klaar op: {{DAG}}<br>{{#GEDAAN}}Gedaan op {{DAG}}{{/GEDAAN}}{{#OPEN}}Nog open{{/OPEN}}{{#TE_LAAT}} (te laat){{/TE_LAAT}}{{/ACTIE}}{{#GEEN_UITKOMST}}Nog geen vervolg{{/GEEN_UITKOMST}}</td></tr>
{{/BEVINDING}}</tbody>
</table>
{{/HAS_BEVINDINGEN}}
<p class="muted">Gemaakt op {{GEMAAKT}}.</p>
</article>
