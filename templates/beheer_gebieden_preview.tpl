{{%AUTOESCAPE context="HTML"}}
{{! The check of an uploaded gebieden or adressen file (POST /beheer/gebieden/import, and .../bevestigen when the file no longer fits). Variables: HEADING, BESTAND, BESTANDSNAAM; sections FOUTEN (FOUTEN_ZIN, ADRESSEN_HINT, FOUT with REGEL (LINE) and MSG, MEER with N, include UPLOAD), OK (N_RIJEN, TOEGEVOEGD, BIJGEWERKT, ONGEWIJZIGD, GEPLAATST, ADRESSEN_KIND with ONTBREEKT, MISSING_WARNING with ONTBREEKT and REGISTER), GEBIEDEN_ROWS (N, ROW with LINE, CODE, NAAM, SOORT, HAS_PARENT with BOVENLIGGEND, WONINGEN, WAT), ADRESSEN_ROWS (N, ROW with LINE, ADRES, POSTCODE, WOONPLAATS, BUURT, HAS_COMPLEX with COMPLEX, HAS_BAG with BAG_ID, WAT), CONFIRM (CSRF_TOKEN, TOKEN, SOORT, BESTANDSNAAM, GELDIG_TOT). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/gebieden">Gebieden</a></li><li aria-current="page">Controle</li></ol>
</nav>
<h1>{{HEADING}}</h1>
{{#FOUTEN}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Dit bestand is niet ingelezen</h2>
<p>In het {{BESTAND}} {{BESTANDSNAAM}} {{FOUTEN_ZIN}}. Er is niets opgeslagen: een bestand wordt helemaal ingelezen of helemaal niet. Pas het bestand aan en lees het opnieuw in.</p>
{{#ADRESSEN_HINT}}<p>Noemt het bestand buurten of complexen die hier nog niet bestaan? Lees dan eerst het gebiedenbestand in.</p>{{/ADRESSEN_HINT}}
</div>
<h2>Wat er mis is</h2>
<ul id="fouten">
{{#FOUT}}<li>{{#REGEL}}<strong>Regel {{LINE}}:</strong> {{/REGEL}}{{MSG}}</li>
{{/FOUT}}
</ul>
{{#MEER}}<p>En nog {{N}} fouten. Los eerst de fouten hierboven op; vaak verdwijnen de andere dan vanzelf.</p>{{/MEER}}
<section class="card" aria-labelledby="opnieuw-titel">
<h2 id="opnieuw-titel" class="mt-0">Opnieuw inlezen</h2>
{{>UPLOAD}}
</section>
{{/FOUTEN}}
{{#OK}}
<p class="lead">Het {{BESTAND}} {{BESTANDSNAAM}} is gecontroleerd en in orde. Er is nog niets opgeslagen: kijk of dit klopt en kies dan ‘Inlezen en opslaan’.</p>
<dl class="summary-list">
<div><dt>Rijen in het bestand</dt><dd>{{N_RIJEN}}</dd></div>
<div><dt>Nieuw</dt><dd>{{TOEGEVOEGD}}</dd></div>
<div><dt>Bijgewerkt</dt><dd>{{BIJGEWERKT}}</dd></div>
<div><dt>Ongewijzigd</dt><dd>{{ONGEWIJZIGD}}</dd></div>
{{#ADRESSEN_KIND}}<div><dt>Adressen die niet meer in het bestand staan</dt><dd>{{ONTBREEKT}} <span class="muted">(zij krijgen de markering ‘ontbreekt’; er wordt niets verwijderd)</span></dd></div>{{/ADRESSEN_KIND}}
<div><dt>Meldingen in ‘onbekend’ die een wijk krijgen</dt><dd>{{GEPLAATST}}</dd></div>
</dl>
{{#MISSING_WARNING}}
<div class="callout callout-warning" role="note">
<p><strong>Let op:</strong> {{ONTBREEKT}} van de {{REGISTER}} adressen in het adressenbestand staan niet in dit bestand. Is dit wel het volledige bestand van alle woningen, en niet een deel ervan?</p>
</div>
{{/MISSING_WARNING}}
{{/OK}}
{{#GEBIEDEN_ROWS}}
<h2 id="rijen-titel">De eerste {{N}} rijen</h2>
<div class="table-wrap" role="region" aria-labelledby="rijen-titel" tabindex="0">
<table class="table table-compact table-stack">
<caption class="visually-hidden">De eerste {{N}} rijen van het bestand en wat er met elk gebeurt</caption>
<thead>
<tr><th scope="col">Regel</th><th scope="col">Gebied</th><th scope="col">Ligt in</th><th scope="col" class="num">Woningen</th><th scope="col">Wat er gebeurt</th></tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td data-label="Regel">{{LINE}}</td>
<td data-label="Gebied">{{NAAM}}<br><span class="muted">{{SOORT}} <span class="mono">{{CODE}}</span></span></td>
<td data-label="Ligt in">{{#HAS_PARENT}}<span class="mono">{{BOVENLIGGEND}}</span>{{/HAS_PARENT}}</td>
<td data-label="Woningen" class="num">{{WONINGEN}}</td>
<td data-label="Wat er gebeurt">{{WAT}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/GEBIEDEN_ROWS}}
{{#ADRESSEN_ROWS}}
<h2 id="rijen-titel">De eerste {{N}} rijen</h2>
<div class="table-wrap" role="region" aria-labelledby="rijen-titel" tabindex="0">
<table class="table table-compact table-stack">
<caption class="visually-hidden">De eerste {{N}} rijen van het bestand en wat er met elk gebeurt</caption>
<thead>
<tr><th scope="col">Regel</th><th scope="col">Adres</th><th scope="col">Buurt en complex</th><th scope="col">BAG-id</th><th scope="col">Wat er gebeurt</th></tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td data-label="Regel">{{LINE}}</td>
<td data-label="Adres">{{ADRES}}<br><span class="muted">{{POSTCODE}} {{WOONPLAATS}}</span></td>
<td data-label="Buurt en complex"><span class="mono">{{BUURT}}</span>{{#HAS_COMPLEX}}<br>complex <span class="mono">{{COMPLEX}}</span>{{/HAS_COMPLEX}}</td>
<td data-label="BAG-id">{{#HAS_BAG}}<span class="mono">{{BAG_ID}}</span>{{/HAS_BAG}}</td>
<td data-label="Wat er gebeurt">{{WAT}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/ADRESSEN_ROWS}}
{{#CONFIRM}}
<form class="form" method="post" action="/beheer/gebieden/import/bevestigen">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="token" value="{{TOKEN}}">
<input type="hidden" name="soort" value="{{SOORT}}">
<input type="hidden" name="bestandsnaam" value="{{BESTANDSNAAM}}">
<p class="hint">Deze controle blijft geldig tot {{GELDIG_TOT}}. Daarna leest u het bestand opnieuw in.</p>
<div class="form-actions">
<button type="submit" class="button button-primary">Inlezen en opslaan</button>
<a href="/beheer/gebieden">Annuleren</a>
</div>
</form>
{{/CONFIRM}}
