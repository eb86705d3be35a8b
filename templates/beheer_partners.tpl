{{%AUTOESCAPE context="HTML"}}
{{! The list of partner organisations (GET /beheer/partners). Variables: Q; sections STATUS_ACTIEF, STATUS_INACTIEF, ERRORS, Q_ERROR, TABLE with PARTNER (HREF, NAAM, SOORT, CONTACT with CONTACT_NAAM, MAIL (CONTACT_EMAIL), TEL (CONTACT_TELEFOON); NO_CONTACT, CONVENANT, USERS, ACTIVE, INACTIVE), EMPTY; include PAGER. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Partnerorganisaties</li></ol>
</nav>
<div class="page-header">
<h1>Partnerorganisaties</h1>
<p class="button-row"><a class="button button-primary" href="/beheer/partners/nieuw">Nieuwe organisatie</a> <a class="button button-secondary" href="/beheer/partners/termijnen">Antwoordtermijnen</a></p>
</div>
<p class="lead">Organisaties waarnaar sociaal beheer doorverwijst, zoals het wijkteam, de GGZ of het Veiligheidshuis. Medewerkers van een partner krijgen een account met de rol Partner.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het zoekformulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="filters" method="get" action="/beheer/partners" role="search" aria-label="Organisaties zoeken">
<div class="field{{#Q_ERROR}} field-has-error{{/Q_ERROR}}">
<label for="q">Naam</label>
{{#Q_ERROR}}<p class="field-error" id="q-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/Q_ERROR}}
<input type="search" id="q" name="q" value="{{Q}}" maxlength="100"{{#Q_ERROR}} aria-invalid="true" aria-describedby="q-fout"{{/Q_ERROR}}>
</div>
<div class="field">
<label for="status">Status</label>
<select id="status" name="status">
<option value="">Actief en niet actief</option>
<option value="actief"{{#STATUS_ACTIEF}} selected{{/STATUS_ACTIEF}}>Alleen actief</option>
<option value="inactief"{{#STATUS_INACTIEF}} selected{{/STATUS_INACTIEF}}>Alleen niet actief</option>
</select>
</div>
<div class="form-actions">
<button type="submit" class="button button-secondary">Zoeken</button>
<a href="/beheer/partners">Alles tonen</a>
</div>
</form>
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="partners-titel" tabindex="0">
<table class="table table-stack">
<caption id="partners-titel" class="visually-hidden">Partnerorganisaties</caption>
<thead>
<tr><th scope="col">Naam</th><th scope="col">Soort</th><th scope="col">Contact</th><th scope="col">Convenant</th><th scope="col" class="num">Accounts</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#PARTNER}}
<tr>
<td><a href="{{HREF}}">{{NAAM}}</a></td>
<td data-label="Soort">{{SOORT}}</td>
<td data-label="Contact">{{#CONTACT}}{{CONTACT_NAAM}}{{#MAIL}}<br><a href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a>{{/MAIL}}{{#TEL}}<br><span class="nowrap">{{CONTACT_TELEFOON}}</span>{{/TEL}}{{/CONTACT}}{{#NO_CONTACT}}<span class="muted">–</span>{{/NO_CONTACT}}</td>
<td data-label="Convenant">{{CONVENANT}}</td>
<td class="num" data-label="Accounts">{{USERS}}</td>
<td data-label="Status">{{#ACTIVE}}<span class="badge badge-ok">Actief</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge badge-neutral">Niet actief</span>{{/INACTIVE}}</td>
</tr>
{{/PARTNER}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Geen organisaties gevonden. Pas de zoekopdracht aan, of <a href="/beheer/partners/nieuw">voeg een organisatie toe</a>.</p>
{{/EMPTY}}
{{>PAGER}}
