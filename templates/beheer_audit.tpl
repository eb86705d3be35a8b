{{%AUTOESCAPE context="HTML"}}
{{! The audit trail (GET /beheer/audit). Variables: GEBRUIKER, ACTIE, OBJECT, VAN, TOT; sections ACTION_SUGGESTION and TYPE_SUGGESTION (VALUE), ERRORS and GEBRUIKER_/ACTIE_/OBJECT_/VAN_/TOT_ERROR (MSG), TABLE with ROW (WHEN, WHEN_ISO, WHO with USER_NAAM and USER_EMAIL, WHO_NOBODY, WHO_CLI, IP, ACTION, ACTION_ID, OBJECT_TYPE, OBJECT_ID, DETAIL, DETAIL_HIDDEN for a case's details), EMPTY; include PAGER. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Auditlog</li></ol>
</nav>
<h1>Auditlog</h1>
<p class="lead">Wie wat deed en wanneer, de nieuwste bovenaan. Regels in het auditlog kunnen niet worden gewijzigd of verwijderd. Tijden zijn Nederlandse tijd.</p>
<p>Bij meldingen, dossiers, doorverwijzingen en personen ziet u wie wat deed en met welk nummer, niet wat er in de zaak staat.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het zoekformulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="filters" method="get" action="/beheer/audit" role="search" aria-label="Auditlog filteren">
<div class="field{{#GEBRUIKER_ERROR}} field-has-error{{/GEBRUIKER_ERROR}}">
<label for="gebruiker">E-mailadres van de gebruiker</label>
{{#GEBRUIKER_ERROR}}<p class="field-error" id="gebruiker-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/GEBRUIKER_ERROR}}
<input type="email" id="gebruiker" name="gebruiker" value="{{GEBRUIKER}}" maxlength="254" spellcheck="false"{{#GEBRUIKER_ERROR}} aria-invalid="true" aria-describedby="gebruiker-fout"{{/GEBRUIKER_ERROR}}>
</div>
<div class="field{{#ACTIE_ERROR}} field-has-error{{/ACTIE_ERROR}}">
<label for="actie">Actie</label>
{{#ACTIE_ERROR}}<p class="field-error" id="actie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ACTIE_ERROR}}
<input type="text" id="actie" name="actie" value="{{ACTIE}}" maxlength="64" list="acties" spellcheck="false" autocomplete="off"{{#ACTIE_ERROR}} aria-invalid="true" aria-describedby="actie-fout"{{/ACTIE_ERROR}}>
<datalist id="acties">{{#ACTION_SUGGESTION}}<option value="{{VALUE}}">{{/ACTION_SUGGESTION}}</datalist>
</div>
<div class="field{{#OBJECT_ERROR}} field-has-error{{/OBJECT_ERROR}}">
<label for="object">Soort object</label>
{{#OBJECT_ERROR}}<p class="field-error" id="object-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/OBJECT_ERROR}}
<input type="text" id="object" name="object" value="{{OBJECT}}" maxlength="64" list="objecten" spellcheck="false" autocomplete="off"{{#OBJECT_ERROR}} aria-invalid="true" aria-describedby="object-fout"{{/OBJECT_ERROR}}>
<datalist id="objecten">{{#TYPE_SUGGESTION}}<option value="{{VALUE}}">{{/TYPE_SUGGESTION}}</datalist>
</div>
<div class="field{{#VAN_ERROR}} field-has-error{{/VAN_ERROR}}">
<label for="van">Vanaf datum</label>
{{#VAN_ERROR}}<p class="field-error" id="van-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VAN_ERROR}}
<input type="date" id="van" name="van" value="{{VAN}}" class="input-10"{{#VAN_ERROR}} aria-invalid="true" aria-describedby="van-fout"{{/VAN_ERROR}}>
</div>
<div class="field{{#TOT_ERROR}} field-has-error{{/TOT_ERROR}}">
<label for="tot">Tot en met datum</label>
{{#TOT_ERROR}}<p class="field-error" id="tot-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOT_ERROR}}
<input type="date" id="tot" name="tot" value="{{TOT}}" class="input-10"{{#TOT_ERROR}} aria-invalid="true" aria-describedby="tot-fout"{{/TOT_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-secondary">Filteren</button>
<a href="/beheer/audit">Alles tonen</a>
</div>
</form>
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="audit-titel" tabindex="0">
<table class="table table-compact table-stack">
<caption id="audit-titel" class="visually-hidden">Auditlog, nieuwste eerst</caption>
<thead>
<tr><th scope="col">Moment</th><th scope="col">Wie</th><th scope="col">Actie</th><th scope="col">Object</th><th scope="col">Details</th><th scope="col">IP-adres</th></tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td><time datetime="{{WHEN_ISO}}"><strong>{{WHEN}}</strong></time></td>
<td data-label="Wie">{{#WHO}}{{USER_NAAM}}<br><span class="muted">{{USER_EMAIL}}</span>{{/WHO}}{{#WHO_NOBODY}}<span class="muted">niet ingelogd</span>{{/WHO_NOBODY}}{{#WHO_CLI}}<span class="muted">opdrachtregel (server)</span>{{/WHO_CLI}}</td>
<td data-label="Actie"><span title="{{ACTION_ID}}">{{ACTION}}</span></td>
<td data-label="Object">{{OBJECT_TYPE}} {{OBJECT_ID}}</td>
<td data-label="Details">{{DETAIL}}{{#DETAIL_HIDDEN}}<span class="muted">inhoud van de zaak, niet getoond</span>{{/DETAIL_HIDDEN}}</td>
<td class="nowrap" data-label="IP-adres">{{IP}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Geen regels gevonden bij deze filters. <a href="/beheer/audit">Toon alles</a>.</p>
{{/EMPTY}}
{{>PAGER}}
