{{%AUTOESCAPE context="HTML"}}
{{! One team: create (NEW) or edit (EDIT) (GET/POST /beheer/routering/teams/nieuw, /beheer/routering/teams/{id}). Variables: HEADING, ACTION, CSRF_TOKEN, NAAM, NAAM_MAX; sections LID_OPTION (VALUE, ID, LABEL, CHECKED), ERRORS and NAAM_/LEDEN_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/routering">Routering</a></li><li><a href="/beheer/routering/teams">Teams</a></li><li aria-current="page">{{HEADING}}</li></ol>
</nav>
<h1>{{HEADING}}</h1>
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
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam</label>
<p class="hint" id="naam-hint">Zo staat het team bij de regels en op de melding, bijvoorbeeld Team Noord.</p>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="{{NAAM_MAX}}" autocomplete="off" required aria-describedby="naam-hint{{#NAAM_ERROR}} naam-fout{{/NAAM_ERROR}}"{{#NAAM_ERROR}} aria-invalid="true"{{/NAAM_ERROR}}>
</div>
<fieldset class="field{{#LEDEN_ERROR}} field-has-error{{/LEDEN_ERROR}}" id="leden"{{#LEDEN_ERROR}} aria-describedby="leden-fout"{{/LEDEN_ERROR}}>
<legend>Leden</legend>
<p class="hint">Actieve medewerkers. Een lid krijgt alleen meldingen uit de wijken waarin het werkt.</p>
{{#LEDEN_ERROR}}<p class="field-error" id="leden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/LEDEN_ERROR}}
<ul class="choices">
{{#LID_OPTION}}<li class="choice"><input type="checkbox" id="{{ID}}" name="lid" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="{{ID}}">{{LABEL}}</label></li>
{{/LID_OPTION}}
</ul>
</fieldset>
<div class="form-actions">
<button type="submit" class="button button-primary">{{#NEW}}Team aanmaken{{/NEW}}{{#EDIT}}Wijzigingen opslaan{{/EDIT}}</button>
<a href="/beheer/routering/teams">Annuleren</a>
</div>
</form>
