{{%AUTOESCAPE context="HTML"}}
{{! Closing days (GET/POST /beheer/sluitingsdagen). Variables: CSRF_TOKEN, DATUM_IN, REDEN_IN, REDEN_MAX, MIN_DATUM, MAX_DATUM, FROM_YEAR; sections ERRORS, DATUM_ERROR, REDEN_ERROR (MSG), SUGGEST (DATUM, DAG, REDEN, CSRF_TOKEN), COMING with DAY (DATUM, DAG, REDEN, CSRF_TOKEN), NO_COMING, PAST with DAY (DATUM, DAG, REDEN) and MORE (COUNT), HOLIDAY_YEAR (YEAR) with HOLIDAY (DATUM, DAG, NAAM, WEEKEND, PASSED, WERKDAG; MAAK_WERKDAG and MAAK_VRIJ with CSRF_TOKEN, DATUM, DAG, NAAM). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Sluitingsdagen</li></ol>
</nav>
<h1>Sluitingsdagen</h1>
<p class="lead">Op een sluitingsdag is de organisatie dicht. Zo’n dag telt niet als werkdag voor de termijnen: de ontvangstbevestiging, de terugkoppeling en de streeftermijn. Weekenden en de nationale feestdagen tellen al vanzelf niet mee.</p>
<div class="callout">
<p><strong>Termijnen liggen vast bij ontvangst.</strong> Een sluitingsdag toevoegen of weghalen geldt voor meldingen die daarna binnenkomen. De uiterste data van meldingen die al binnen zijn, veranderen niet.</p>
</div>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<h2 id="komend-titel">Komende sluitingsdagen</h2>
{{#COMING}}
<div class="table-wrap" role="region" aria-labelledby="komend-titel" tabindex="0">
<table class="table">
<thead>
<tr><th scope="col">Datum</th><th scope="col">Reden</th><th scope="col"><span class="visually-hidden">Actie</span></th></tr>
</thead>
<tbody>
{{#DAY}}
<tr>
<td><time datetime="{{DATUM}}">{{DAG}}</time></td>
<td>{{REDEN}}</td>
<td class="text-right">
<form method="post" action="/beheer/sluitingsdagen/{{DATUM}}/verwijderen" class="mb-0">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" class="button button-secondary button-small">Weghalen<span class="visually-hidden">: {{DAG}}</span></button>
</form>
</td>
</tr>
{{/DAY}}
</tbody>
</table>
</div>
{{/COMING}}
{{#NO_COMING}}
<p class="empty">Er zijn geen komende sluitingsdagen.</p>
{{/NO_COMING}}

<h2>Sluitingsdag toevoegen</h2>
{{#SUGGEST}}
<form method="post" action="/beheer/sluitingsdagen" class="button-row">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="datum" value="{{DATUM}}">
<input type="hidden" name="reden" value="{{REDEN}}">
<button type="submit" class="button button-secondary">{{REDEN}} toevoegen <span class="muted">({{DAG}})</span></button>
</form>
{{/SUGGEST}}
<form class="form" method="post" action="/beheer/sluitingsdagen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#DATUM_ERROR}} field-has-error{{/DATUM_ERROR}}">
<label for="datum">Datum</label>
<p class="hint" id="datum-hint">Vandaag of later, bijvoorbeeld een dag tussen Kerst en Oud en Nieuw.</p>
{{#DATUM_ERROR}}<p class="field-error" id="datum-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DATUM_ERROR}}
<input class="input-10" type="date" id="datum" name="datum" value="{{DATUM_IN}}" min="{{MIN_DATUM}}" max="{{MAX_DATUM}}" required aria-describedby="datum-hint{{#DATUM_ERROR}} datum-fout{{/DATUM_ERROR}}"{{#DATUM_ERROR}} aria-invalid="true"{{/DATUM_ERROR}}>
</div>
<div class="field{{#REDEN_ERROR}} field-has-error{{/REDEN_ERROR}}">
<label for="reden">Reden</label>
<p class="hint" id="reden-hint">Bijvoorbeeld Goede Vrijdag of Collectieve vrije dag.</p>
{{#REDEN_ERROR}}<p class="field-error" id="reden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/REDEN_ERROR}}
<input class="input-20" type="text" id="reden" name="reden" value="{{REDEN_IN}}" maxlength="{{REDEN_MAX}}" autocomplete="off" required aria-describedby="reden-hint{{#REDEN_ERROR}} reden-fout{{/REDEN_ERROR}}"{{#REDEN_ERROR}} aria-invalid="true"{{/REDEN_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Sluitingsdag toevoegen</button>
</div>
</form>

<h2>Feestdagen</h2>
<p>Deze dagen zijn geen werkdag; u hoeft ze niet toe te voegen. Werkt uw organisatie op een feestdag, bijvoorbeeld omdat de cao dat zegt, maak er dan een werkdag van: dat geldt voor meldingen die daarna binnenkomen. Goede Vrijdag hoort er niet bij: wilt u die dag dicht, voeg hem dan toe als sluitingsdag.</p>
{{#HOLIDAY_YEAR}}
<div class="table-wrap" role="region" aria-labelledby="feestdagen-{{YEAR}}" tabindex="0">
<table class="table table-compact">
<caption id="feestdagen-{{YEAR}}">Feestdagen {{YEAR}}</caption>
<thead>
<tr><th scope="col">Datum</th><th scope="col">Feestdag</th><th scope="col">Werkdag?</th></tr>
</thead>
<tbody>
{{#HOLIDAY}}
<tr>
<td><time datetime="{{DATUM}}">{{DAG}}</time></td>
<td>{{NAAM}}{{#WEEKEND}} <span class="muted">(valt in het weekend)</span>{{/WEEKEND}}{{#PASSED}} <span class="muted">(geweest)</span>{{/PASSED}}</td>
<td>{{#WERKDAG}}<strong>Werkdag</strong> {{/WERKDAG}}{{#MAAK_WERKDAG}}<form method="post" action="/beheer/feestdagen/{{DATUM}}/werkdag" class="mb-0">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" class="button button-secondary button-small">Toch werkdag<span class="visually-hidden">: {{NAAM}}, {{DAG}}</span></button>
</form>{{/MAAK_WERKDAG}}{{#MAAK_VRIJ}}<form method="post" action="/beheer/feestdagen/{{DATUM}}/vrij" class="mb-0">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" class="button button-secondary button-small">Weer vrij<span class="visually-hidden">: {{NAAM}}, {{DAG}}</span></button>
</form>{{/MAAK_VRIJ}}</td>
</tr>
{{/HOLIDAY}}
</tbody>
</table>
</div>
{{/HOLIDAY_YEAR}}

{{#PAST}}
<h2 id="eerder-titel">Eerdere sluitingsdagen</h2>
<p>Deze dagen zijn voorbij en blijven staan: ze bepaalden de termijnen van de meldingen uit die tijd. Sluitingsdagen van vóór {{FROM_YEAR}} staan niet in deze lijst.</p>
<div class="table-wrap" role="region" aria-labelledby="eerder-titel" tabindex="0">
<table class="table table-compact">
<thead>
<tr><th scope="col">Datum</th><th scope="col">Reden</th></tr>
</thead>
<tbody>
{{#DAY}}
<tr>
<td><time datetime="{{DATUM}}">{{DAG}}</time></td>
<td>{{REDEN}}</td>
</tr>
{{/DAY}}
</tbody>
</table>
</div>
{{#MORE}}<p class="muted">En nog {{COUNT}} eerdere sluitingsdagen.</p>{{/MORE}}
{{/PAST}}
