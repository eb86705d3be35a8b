{{%AUTOESCAPE context="HTML"}}
{{! API tokens of every account (GET/POST /beheer/tokens). Variables: CSRF_TOKEN, NAAM; sections NEW_TOKEN (TOKEN, ID), TOKENS, NO_TOKENS, TOKEN (ID, NAAM, GEEN_NAAM, ACCOUNT, EMAIL, ACCOUNT_HREF, SCOPE, CREATED, USED with LAST_USED, NEVER_USED, REVOKED with REVOKED_AT, LIVE with REVOKE_ACTION), ACCOUNT_OPTION (VALUE, LABEL, SELECTED), SCOPE_OPTION (VALUE, LABEL, CHECKED), ERRORS and NAAM_/GEBRUIKER_/SCOPE_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">API-tokens</li></ol>
</nav>
<h1>API-tokens</h1>
<p class="lead">Met een API-token praat een ander systeem met Leefbaar namens een account: de website van de corporatie stuurt meldingen in, een BI-koppeling leest cijfers en lijsten.</p>
{{#NEW_TOKEN}}
<div class="callout callout-warning" role="status">
<h2>Nieuw token {{ID}}</h2>
<p>Kopieer het token nu en zet het in de koppeling. Het wordt maar één keer getoond; Leefbaar bewaart alleen een vingerafdruk ervan.</p>
<p><code class="token-waarde">{{TOKEN}}</code></p>
</div>
{{/NEW_TOKEN}}
<h2>Alle tokens</h2>
{{#TOKENS}}
<div class="table-wrap" role="region" aria-labelledby="tokens-tabel" tabindex="0">
<table class="table table-compact table-stack">
<caption id="tokens-tabel" class="visually-hidden">Alle API-tokens</caption>
<thead>
<tr><th scope="col">Nummer</th><th scope="col">Koppeling</th><th scope="col">Account</th><th scope="col">Mag</th><th scope="col">Aangemaakt</th><th scope="col">Laatst gebruikt</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#TOKEN}}
<tr>
<td class="num" data-label="Nummer">{{ID}}</td>
<td data-label="Koppeling">{{NAAM}}{{#GEEN_NAAM}}<span class="muted">zonder naam</span>{{/GEEN_NAAM}}</td>
<td data-label="Account"><a href="{{ACCOUNT_HREF}}">{{ACCOUNT}}</a> <span class="muted">{{EMAIL}}</span></td>
<td data-label="Mag">{{SCOPE}}</td>
<td class="nowrap" data-label="Aangemaakt">{{CREATED}}</td>
<td class="nowrap" data-label="Laatst gebruikt">{{#USED}}{{LAST_USED}}{{/USED}}{{#NEVER_USED}}<span class="muted">nooit</span>{{/NEVER_USED}}</td>
<td data-label="Status">{{#REVOKED}}<span class="badge badge-neutral">Ingetrokken</span> <span class="nowrap">{{REVOKED_AT}}</span>{{/REVOKED}}{{#LIVE}}<form method="post" action="{{REVOKE_ACTION}}" class="mb-0"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button-danger button-small">Intrekken<span class="visually-hidden"> token {{ID}}</span></button></form>{{/LIVE}}</td>
</tr>
{{/TOKEN}}
</tbody>
</table>
</div>
{{/TOKENS}}
{{#NO_TOKENS}}<p class="muted">Er zijn nog geen API-tokens.</p>{{/NO_TOKENS}}
<h2 id="nieuw-titel">Nieuw token</h2>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="form" method="post" action="/beheer/tokens" novalidate aria-labelledby="nieuw-titel">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam van de koppeling</label>
<p class="hint" id="naam-hint">Bijvoorbeeld website, huurdersapp of BI.</p>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="60" autocomplete="off" required aria-describedby="naam-hint{{#NAAM_ERROR}} naam-fout{{/NAAM_ERROR}}"{{#NAAM_ERROR}} aria-invalid="true"{{/NAAM_ERROR}}>
</div>
<div class="field{{#GEBRUIKER_ERROR}} field-has-error{{/GEBRUIKER_ERROR}}">
<label for="gebruiker">Account</label>
<p class="hint" id="gebruiker-hint">Het token mag nooit meer dan dit account. Maak voor een koppeling bij voorkeur een eigen account aan.</p>
{{#GEBRUIKER_ERROR}}<p class="field-error" id="gebruiker-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/GEBRUIKER_ERROR}}
<select id="gebruiker" name="gebruiker" class="input-20" required aria-describedby="gebruiker-hint{{#GEBRUIKER_ERROR}} gebruiker-fout{{/GEBRUIKER_ERROR}}"{{#GEBRUIKER_ERROR}} aria-invalid="true"{{/GEBRUIKER_ERROR}}>
<option value="">Kies een account</option>
{{#ACCOUNT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ACCOUNT_OPTION}}
</select>
</div>
<fieldset class="field{{#SCOPE_ERROR}} field-has-error{{/SCOPE_ERROR}}" id="scope"{{#SCOPE_ERROR}} aria-describedby="scope-fout"{{/SCOPE_ERROR}}>
<legend>Wat mag het token?</legend>
{{#SCOPE_ERROR}}<p class="field-error" id="scope-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SCOPE_ERROR}}
<ul class="choices">
{{#SCOPE_OPTION}}<li class="choice"><input type="radio" id="scope-{{VALUE}}" name="scope" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="scope-{{VALUE}}">{{LABEL}}</label></li>
{{/SCOPE_OPTION}}
</ul>
</fieldset>
<div class="form-actions">
<button type="submit" class="button button-primary">Token aanmaken</button>
</div>
</form>
