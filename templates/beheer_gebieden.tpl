{{%AUTOESCAPE context="HTML"}}
{{! Areas and the address register (GET /beheer/gebieden). Sections: REGISTER (ADRESSEN, HAS_ONTBREEKT with ONTBREEKT), WIJK (WIJK_HEAD with NAAM, CODE, HREF, WONINGEN, ADRESSEN; NO_WIJK_HEAD; TABLE with TABLE_ID, WIJK_NAAM and AREA (NAAM, HREF, SOORT, CODE, LIGT_IN, WONINGEN, ADRESSEN, IS_COMPLEX); NO_AREAS), EMPTY; include UPLOAD (beheer_gebieden_upload.tpl). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Gebieden</li></ol>
</nav>
<div class="page-header">
<h1>Gebieden</h1>
<p class="button-row"><a class="button button-secondary" href="/beheer/gebieden/nieuw">Nieuw gebied</a></p>
</div>
<p class="lead">De wijken, buurten en complexen van de corporatie en het adressenbestand van haar woningen. Elke melding wordt bij binnenkomst aan dit bestand gekoppeld en komt zo bij de medewerkers van die wijk terecht.</p>

<section class="card" aria-labelledby="inlezen-titel">
<h2 id="inlezen-titel" class="mt-0">Bestand inlezen</h2>
{{>UPLOAD}}
</section>

<section aria-labelledby="register-titel">
<h2 id="register-titel">Adressenbestand</h2>
{{#REGISTER}}
<p>Het adressenbestand bevat <strong>{{ADRESSEN}}</strong> adressen.{{#HAS_ONTBREEKT}} Met de markering ‘ontbreekt’, omdat ze niet in het laatst ingelezen bestand stonden: {{ONTBREEKT}}. Meldingen op die adressen komen nog wel in hun buurt.{{/HAS_ONTBREEKT}}</p>
{{/REGISTER}}
<p class="muted">Een melding op een adres dat niet in het bestand staat, komt in de wijk van de postcode als alle adressen met die postcode in één wijk liggen; anders in ‘onbekend’, waar de coördinator of ondersteuner het gebied kiest. Na het inlezen van een nieuw bestand worden de open meldingen in ‘onbekend’ opnieuw gekoppeld.</p>
</section>

<section aria-labelledby="gebieden-titel">
<h2 id="gebieden-titel">Wijken, buurten en complexen</h2>
{{#WIJK}}
{{#WIJK_HEAD}}<h3><a href="{{HREF}}">{{NAAM}}</a> <span class="muted">{{CODE}}</span></h3>
<p class="muted">{{WONINGEN}} woningen · {{ADRESSEN}} adressen in het adressenbestand</p>{{/WIJK_HEAD}}
{{#NO_WIJK_HEAD}}<h3>Zonder wijk</h3>{{/NO_WIJK_HEAD}}
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="{{TABLE_ID}}" tabindex="0">
<table class="table table-compact table-stack">
<caption id="{{TABLE_ID}}" class="visually-hidden">Buurten en complexen in {{WIJK_NAAM}}</caption>
<thead>
<tr><th scope="col">Naam</th><th scope="col">Soort</th><th scope="col">Code</th><th scope="col">Ligt in</th><th scope="col" class="num">Woningen</th><th scope="col" class="num">Adressen</th></tr>
</thead>
<tbody>
{{#AREA}}
<tr>
<td>{{#IS_COMPLEX}}<span aria-hidden="true">↳ </span>{{/IS_COMPLEX}}<a href="{{HREF}}">{{NAAM}}</a></td>
<td data-label="Soort">{{SOORT}}</td>
<td data-label="Code"><span class="mono">{{CODE}}</span></td>
<td data-label="Ligt in"><span class="mono">{{LIGT_IN}}</span></td>
<td data-label="Woningen" class="num">{{WONINGEN}}</td>
<td data-label="Adressen" class="num">{{ADRESSEN}}</td>
</tr>
{{/AREA}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#NO_AREAS}}<p class="muted">Deze wijk heeft nog geen buurten.</p>{{/NO_AREAS}}
{{/WIJK}}
{{#EMPTY}}
<p class="empty">Er zijn nog geen gebieden. Lees hierboven een gebiedenbestand in, of <a href="/beheer/gebieden/nieuw">voeg een gebied toe</a>.</p>
{{/EMPTY}}
</section>
