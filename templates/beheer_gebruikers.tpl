{{%AUTOESCAPE context="HTML"}}
{{! The list of accounts (GET /beheer/gebruikers). Variables: Q; sections ROL_OPTION (VALUE, LABEL, SELECTED), STATUS_ACTIEF, STATUS_INACTIEF, ERRORS, Q_ERROR, TABLE with USER (HREF, NAAM, EMAIL, ROL, ORG with PARTNER, AREAS with GEBIEDEN, ALL_AREAS, NO_AREAS, ACTIVE, INACTIVE, MUST_CHANGE, CREATED), EMPTY; include PAGER. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Gebruikers</li></ol>
</nav>
<div class="page-header">
<h1>Gebruikers</h1>
<p class="button-row"><a class="button button-primary" href="/beheer/gebruikers/nieuw">Nieuwe gebruiker</a></p>
</div>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het zoekformulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="filters" method="get" action="/beheer/gebruikers" role="search" aria-label="Gebruikers zoeken">
<div class="field{{#Q_ERROR}} field-has-error{{/Q_ERROR}}">
<label for="q">Naam of e-mailadres</label>
{{#Q_ERROR}}<p class="field-error" id="q-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/Q_ERROR}}
<input type="search" id="q" name="q" value="{{Q}}" maxlength="100" spellcheck="false"{{#Q_ERROR}} aria-invalid="true" aria-describedby="q-fout"{{/Q_ERROR}}>
</div>
<div class="field">
<label for="rol">Rol</label>
<select id="rol" name="rol">
<option value="">Alle rollen</option>
{{#ROL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ROL_OPTION}}
</select>
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
<a href="/beheer/gebruikers">Alles tonen</a>
</div>
</form>
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="gebruikers-titel" tabindex="0">
<table class="table table-stack">
<caption id="gebruikers-titel" class="visually-hidden">Gebruikers</caption>
<thead>
<tr><th scope="col">Naam</th><th scope="col">Rol</th><th scope="col">Organisatie of wijken</th><th scope="col">Status</th><th scope="col">Sinds</th></tr>
</thead>
<tbody>
{{#USER}}
<tr>
<td><a href="{{HREF}}">{{NAAM}}</a><br><span class="muted">{{EMAIL}}</span></td>
<td data-label="Rol">{{ROL}}</td>
<td data-label="Organisatie of wijken">{{#ORG}}{{PARTNER}}{{/ORG}}{{#AREAS}}{{GEBIEDEN}}{{/AREAS}}{{#ALL_AREAS}}Alle wijken{{/ALL_AREAS}}{{#NO_AREAS}}<span class="muted">–</span>{{/NO_AREAS}}</td>
<td data-label="Status">{{#ACTIVE}}<span class="badge badge-ok">Actief</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge badge-neutral">Niet actief</span>{{/INACTIVE}}{{#MUST_CHANGE}} <span class="badge badge-today">Nieuw wachtwoord nodig</span>{{/MUST_CHANGE}}</td>
<td class="nowrap" data-label="Sinds">{{CREATED}}</td>
</tr>
{{/USER}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Geen gebruikers gevonden. Pas de zoekopdracht aan, of <a href="/beheer/gebruikers">toon alle gebruikers</a>.</p>
{{/EMPTY}}
{{>PAGER}}
