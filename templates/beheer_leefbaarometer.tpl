{{%AUTOESCAPE context="HTML"}}
{{! The beheerder loads the Leefbaarometer's table (GET/POST /beheer/leefbaarometer). Variables: CSRF_TOKEN, MAX_MB; sections ERRORS with ERROR_ITEM (FIELD_ID, MSG), BESTAND_ERROR (MSG), FOUTEN (BESTAND, N, FOUT with REGEL (LINE) and MSG, MEER with N), SCORES (JAAR with JAAR, RIJEN), GEEN_SCORES, IMPORTS (IMPORT with WANNEER, DOOR, BESTAND, RIJEN, JAREN), KOLOM (NAAM, NAMEN, UITLEG), KLASSE (N, LABEL). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Leefbaarometer</li></ol>
</nav>
<h1>Leefbaarometer</h1>
<p class="lead">De scores van de Leefbaarometer per wijk en buurt staan op het wijkprofiel en bij de kaart op het dashboard, naast de eigen cijfers. Lees hier de tabel met scores in die de Leefbaarometer als open data publiceert (leefbaarometer.nl, Open data: de scores per buurt of per wijk, als CSV).</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Het bestand is niet ingelezen</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#FOUTEN}}
<section class="card" aria-labelledby="fouten-lijst">
<h2 id="fouten-lijst">Fouten in {{BESTAND}} ({{N}})</h2>
<p>Verbeter deze regels en lees het bestand opnieuw in. Er is niets opgeslagen: een bestand wordt helemaal ingelezen of helemaal niet.</p>
<ul class="import-errors">
{{#FOUT}}<li>{{#REGEL}}<strong>regel {{LINE}}:</strong> {{/REGEL}}{{MSG}}</li>
{{/FOUT}}
</ul>
{{#MEER}}<p>En nog {{N}} fouten.</p>{{/MEER}}
</section>
{{/FOUTEN}}
<section aria-labelledby="opgeslagen">
<h2 id="opgeslagen">Opgeslagen scores</h2>
{{#GEEN_SCORES}}<p>Er zijn nog geen scores ingelezen.</p>{{/GEEN_SCORES}}
{{#SCORES}}
<div class="table-wrap" role="region" aria-labelledby="scores-tabel" tabindex="0">
<table class="table table-compact">
<caption id="scores-tabel">Wijken en buurten met een score, per jaar</caption>
<thead><tr><th scope="col">Jaar</th><th scope="col" class="num">Wijken en buurten</th></tr></thead>
<tbody>
{{#JAAR}}<tr><th scope="row">{{JAAR}}</th><td class="num">{{RIJEN}}</td></tr>
{{/JAAR}}
</tbody>
</table>
</div>
{{/SCORES}}
</section>
<section aria-labelledby="inlezen">
<h2 id="inlezen">Een tabel inlezen</h2>
<form class="form" method="post" action="/beheer/leefbaarometer" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#BESTAND_ERROR}} field-has-error{{/BESTAND_ERROR}}">
<label for="bestand">CSV-bestand met scores</label>
<p class="hint" id="bestand-hint">Een kopregel met kolomnamen (zie hieronder), gescheiden door ; of ,; getallen met een decimale komma of punt. Alleen de wijken en buurten die onder Gebieden staan: laat de andere regels van de landelijke tabel weg. Een jaar dat al is ingelezen, wordt vervangen. Hoogstens {{MAX_MB}} MB.</p>
{{#BESTAND_ERROR}}<p class="field-error" id="bestand-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESTAND_ERROR}}
<input type="file" id="bestand" name="bestand" accept=".csv,text/csv,text/plain" aria-describedby="bestand-hint{{#BESTAND_ERROR}} bestand-fout{{/BESTAND_ERROR}}"{{#BESTAND_ERROR}} aria-invalid="true"{{/BESTAND_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Inlezen</button>
</div>
</form>
</section>
{{#IMPORTS}}
<section aria-labelledby="eerder">
<h2 id="eerder">Eerder ingelezen</h2>
<div class="table-wrap" role="region" aria-labelledby="imports-tabel" tabindex="0">
<table class="table table-compact">
<caption id="imports-tabel">De laatste keren dat een tabel is ingelezen</caption>
<thead><tr><th scope="col">Wanneer</th><th scope="col">Door</th><th scope="col">Bestand</th><th scope="col" class="num">Regels</th><th scope="col">Per jaar</th></tr></thead>
<tbody>
{{#IMPORT}}<tr><td class="nowrap">{{WANNEER}}</td><td>{{DOOR}}</td><td>{{BESTAND}}</td><td class="num">{{RIJEN}}</td><td>{{JAREN}}</td></tr>
{{/IMPORT}}
</tbody>
</table>
</div>
</section>
{{/IMPORTS}}
<section aria-labelledby="kolommen">
<h2 id="kolommen">Welke kolommen worden gelezen</h2>
<p>Een kolom wordt gevonden aan de eerste van deze namen in de kopregel (hoofdletters, spaties en streepjes maken niet uit); andere kolommen worden overgeslagen. Per dimensie is een waarde of een klasse nodig. Staat er geen klasse in het bestand, dan wordt die afgeleid uit de afwijking van het landelijk gemiddelde, in stappen van 0,04 rond 0 (klasse 5 van -0,04 tot 0,04); de pagina van het gebied zegt dan ‘afgeleid’.</p>
<div class="table-wrap" role="region" aria-labelledby="kolommen-tabel" tabindex="0">
<table class="table table-compact">
<caption id="kolommen-tabel">Kolommen en de namen waaronder ze gevonden worden</caption>
<thead><tr><th scope="col">Kolom</th><th scope="col">Namen in de kopregel</th><th scope="col">Betekenis</th></tr></thead>
<tbody>
{{#KOLOM}}<tr><th scope="row"><code>{{NAAM}}</code></th><td><code>{{NAMEN}}</code></td><td>{{UITLEG}}</td></tr>
{{/KOLOM}}
</tbody>
</table>
</div>
<p>De klassen: {{#KLASSE}}{{N}} {{LABEL}}{{#KLASSE_separator}}, {{/KLASSE_separator}}{{/KLASSE}}.</p>
</section>
