{{%AUTOESCAPE context="HTML"}}
{{! The answer term per kind of partner organisation (handlers/doorverwijzingen_beheer.c). Variables: CSRF_TOKEN, MIN, MAX. Sections: ERRORS, TERMIJN (FIELD SOORT WERKDAGEN, GEWIJZIGD (OP DOOR), ROW_ERROR (MSG)). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/partners">Partnerorganisaties</a></li><li aria-current="page">Antwoordtermijnen</li></ol>
</nav>
<h1>Antwoordtermijnen van partners</h1>
<p class="lead">Binnen hoeveel werkdagen een partner op een doorverwijzing antwoordt, per soort organisatie. De dag van verzending telt niet mee; weekenden, feestdagen en sluitingsdagen ook niet.</p>
<div class="callout">
<p><strong>Een doorverwijzing legt haar termijn vast bij verzending.</strong> Een wijziging hier geldt voor doorverwijzingen die daarna worden verstuurd.</p>
</div>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets opgeslagen. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/beheer/partners/termijnen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="table-wrap" role="region" aria-labelledby="termijnen-titel" tabindex="0">
<table class="table table-stack">
<caption id="termijnen-titel" class="visually-hidden">Antwoordtermijn per soort organisatie</caption>
<thead>
<tr><th scope="col">Soort organisatie</th><th scope="col">Werkdagen</th><th scope="col">Laatst gewijzigd</th></tr>
</thead>
<tbody>
{{#TERMIJN}}
<tr>
<td><label for="{{FIELD}}">{{SOORT}}</label></td>
<td data-label="Werkdagen"><div class="field{{#ROW_ERROR}} field-has-error{{/ROW_ERROR}} mb-0">
{{#ROW_ERROR}}<p class="field-error" id="{{FIELD}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ROW_ERROR}}
<input class="input-2" type="number" inputmode="numeric" min="{{MIN}}" max="{{MAX}}" id="{{FIELD}}" name="{{FIELD}}" value="{{WERKDAGEN}}"{{#ROW_ERROR}} aria-invalid="true" aria-describedby="{{FIELD}}-fout"{{/ROW_ERROR}}>
</div></td>
<td data-label="Laatst gewijzigd">{{#GEWIJZIGD}}{{OP}} <span class="muted">door {{DOOR}}</span>{{/GEWIJZIGD}}</td>
</tr>
{{/TERMIJN}}
</tbody>
</table>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Termijnen opslaan</button>
<a href="/beheer/partners">Terug naar de partnerorganisaties</a>
</div>
</form>
