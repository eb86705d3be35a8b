{{%AUTOESCAPE context="HTML"}}
{{! One area: create (section NEW) or edit (section EDIT) (GET/POST /beheer/gebieden/nieuw, /beheer/gebieden/{id}). Variables: HEADING, ACTION, CSRF_TOKEN, NAAM, WONINGEN; sections NEW (CODE, SOORT_OPTION with VALUE, LABEL, SELECTED), EDIT (CODE, SOORT_LABEL, ADRESSEN), WIJK_HAS_NO_PARENT, PARENT_FIELD (NONE_SELECTED, NEW_HINT, WIJKEN and BUURTEN with OPTION (VALUE, LABEL, SELECTED)), ERRORS and CODE_/SOORT_/NAAM_/BOVENLIGGEND_/WONINGEN_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/gebieden">Gebieden</a></li><li aria-current="page">{{HEADING}}</li></ol>
</nav>
<h1>{{HEADING}}</h1>
{{#EDIT}}
<dl class="summary-list">
<div><dt>Soort</dt><dd>{{SOORT_LABEL}}</dd></div>
<div><dt>Code</dt><dd><span class="mono">{{CODE}}</span></dd></div>
<div><dt>Adressen in het adressenbestand</dt><dd>{{ADRESSEN}}</dd></div>
</dl>
<p class="muted">De code en de soort veranderen niet: adressen, meldingen en gebruikers verwijzen ernaar. Is een code fout, maak dan een nieuw gebied en lees het adressenbestand opnieuw in.</p>
{{/EDIT}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#NEW}}
<div class="field{{#SOORT_ERROR}} field-has-error{{/SOORT_ERROR}}">
<label for="soort">Soort</label>
{{#SOORT_ERROR}}<p class="field-error" id="soort-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SOORT_ERROR}}
<select id="soort" name="soort" class="input-20" required{{#SOORT_ERROR}} aria-invalid="true" aria-describedby="soort-fout"{{/SOORT_ERROR}}>
<option value="">Kies een soort</option>
{{#SOORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/SOORT_OPTION}}
</select>
</div>
<div class="field{{#CODE_ERROR}} field-has-error{{/CODE_ERROR}}">
<label for="code">Code</label>
<p class="hint" id="code-hint">Voor een wijk of buurt de CBS-code, zoals WK036301 of BU03630101 (te vinden bij het CBS onder ‘Wijk- en buurtkaart’). Voor een complex het eigen complexnummer: letters, cijfers, - en _, hoogstens 20 tekens.</p>
{{#CODE_ERROR}}<p class="field-error" id="code-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CODE_ERROR}}
<input type="text" id="code" name="code" value="{{CODE}}" class="input-10" maxlength="40" autocomplete="off" spellcheck="false" required aria-describedby="code-hint{{#CODE_ERROR}} code-fout{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
</div>
{{/NEW}}
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam</label>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="120" autocomplete="off" required{{#NAAM_ERROR}} aria-invalid="true" aria-describedby="naam-fout"{{/NAAM_ERROR}}>
</div>
{{#WIJK_HAS_NO_PARENT}}<p class="muted">Een wijk ligt niet in een ander gebied.</p>{{/WIJK_HAS_NO_PARENT}}
{{#PARENT_FIELD}}
<div class="field{{#BOVENLIGGEND_ERROR}} field-has-error{{/BOVENLIGGEND_ERROR}}">
<label for="bovenliggend">Ligt in</label>
<p class="hint" id="bovenliggend-hint">Een buurt ligt in een wijk. Een complex ligt in een buurt, of in een wijk als het over meer buurten verspreid is.{{#NEW_HINT}} Een wijk ligt nergens in: kies dan ‘Geen’.{{/NEW_HINT}}</p>
{{#BOVENLIGGEND_ERROR}}<p class="field-error" id="bovenliggend-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BOVENLIGGEND_ERROR}}
<select id="bovenliggend" name="bovenliggend" class="input-20" aria-describedby="bovenliggend-hint{{#BOVENLIGGEND_ERROR}} bovenliggend-fout{{/BOVENLIGGEND_ERROR}}"{{#BOVENLIGGEND_ERROR}} aria-invalid="true"{{/BOVENLIGGEND_ERROR}}>
<option value=""{{#NONE_SELECTED}} selected{{/NONE_SELECTED}}>Geen</option>
{{#WIJKEN}}<optgroup label="Wijken">
{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OPTION}}</optgroup>{{/WIJKEN}}
{{#BUURTEN}}<optgroup label="Buurten">
{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OPTION}}</optgroup>{{/BUURTEN}}
</select>
</div>
{{/PARENT_FIELD}}
<div class="field{{#WONINGEN_ERROR}} field-has-error{{/WONINGEN_ERROR}}">
<label for="woningen">Aantal woningen</label>
<p class="hint" id="woningen-hint">Woningen van de corporatie in dit gebied.</p>
{{#WONINGEN_ERROR}}<p class="field-error" id="woningen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WONINGEN_ERROR}}
<input type="text" inputmode="numeric" id="woningen" name="woningen" value="{{WONINGEN}}" class="input-4" maxlength="7" autocomplete="off" aria-describedby="woningen-hint{{#WONINGEN_ERROR}} woningen-fout{{/WONINGEN_ERROR}}"{{#WONINGEN_ERROR}} aria-invalid="true"{{/WONINGEN_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">{{#NEW}}Gebied aanmaken{{/NEW}}{{#EDIT}}Wijzigingen opslaan{{/EDIT}}</button>
<a href="/beheer/gebieden">Annuleren</a>
</div>
</form>
