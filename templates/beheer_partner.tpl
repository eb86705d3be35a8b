{{%AUTOESCAPE context="HTML"}}
{{! One partner organisation: create (NEW) or edit (EDIT with ACTIEF_CHECKED, USERS) (GET/POST /beheer/partners/nieuw, /beheer/partners/{id}). Variables: HEADING, ACTION, CSRF_TOKEN, NAAM, CONTACT_NAAM, CONTACT_EMAIL, CONTACT_TELEFOON, CONVENANT; sections SOORT_OPTION (VALUE, LABEL, SELECTED), ERRORS and NAAM_/SOORT_/CONTACT_NAAM_/CONTACT_EMAIL_/CONTACT_TELEFOON_/CONVENANT_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/partners">Partnerorganisaties</a></li><li aria-current="page">{{HEADING}}</li></ol>
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
<label for="naam">Naam van de organisatie</label>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="120" autocomplete="organization" required{{#NAAM_ERROR}} aria-invalid="true" aria-describedby="naam-fout"{{/NAAM_ERROR}}>
</div>
<div class="field{{#SOORT_ERROR}} field-has-error{{/SOORT_ERROR}}">
<label for="soort">Soort organisatie</label>
{{#SOORT_ERROR}}<p class="field-error" id="soort-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SOORT_ERROR}}
<select id="soort" name="soort" class="input-20" required{{#SOORT_ERROR}} aria-invalid="true" aria-describedby="soort-fout"{{/SOORT_ERROR}}>
<option value="">Kies een soort</option>
{{#SOORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/SOORT_OPTION}}
</select>
</div>
<fieldset>
<legend>Contactpersoon <span class="optional">(niet verplicht)</span></legend>
<div class="field{{#CONTACT_NAAM_ERROR}} field-has-error{{/CONTACT_NAAM_ERROR}}">
<label for="contact_naam">Naam</label>
{{#CONTACT_NAAM_ERROR}}<p class="field-error" id="contact_naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CONTACT_NAAM_ERROR}}
<input type="text" id="contact_naam" name="contact_naam" value="{{CONTACT_NAAM}}" maxlength="120" autocomplete="off"{{#CONTACT_NAAM_ERROR}} aria-invalid="true" aria-describedby="contact_naam-fout"{{/CONTACT_NAAM_ERROR}}>
</div>
<div class="field{{#CONTACT_EMAIL_ERROR}} field-has-error{{/CONTACT_EMAIL_ERROR}}">
<label for="contact_email">E-mailadres</label>
{{#CONTACT_EMAIL_ERROR}}<p class="field-error" id="contact_email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CONTACT_EMAIL_ERROR}}
<input type="email" id="contact_email" name="contact_email" value="{{CONTACT_EMAIL}}" maxlength="254" autocomplete="off" spellcheck="false"{{#CONTACT_EMAIL_ERROR}} aria-invalid="true" aria-describedby="contact_email-fout"{{/CONTACT_EMAIL_ERROR}}>
</div>
<div class="field{{#CONTACT_TELEFOON_ERROR}} field-has-error{{/CONTACT_TELEFOON_ERROR}}">
<label for="contact_telefoon">Telefoonnummer</label>
{{#CONTACT_TELEFOON_ERROR}}<p class="field-error" id="contact_telefoon-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CONTACT_TELEFOON_ERROR}}
<input type="tel" id="contact_telefoon" name="contact_telefoon" value="{{CONTACT_TELEFOON}}" maxlength="30" autocomplete="off" class="input-10"{{#CONTACT_TELEFOON_ERROR}} aria-invalid="true" aria-describedby="contact_telefoon-fout"{{/CONTACT_TELEFOON_ERROR}}>
</div>
</fieldset>
<div class="field{{#CONVENANT_ERROR}} field-has-error{{/CONVENANT_ERROR}}">
<label for="convenant">Convenant <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="convenant-hint">Het kenmerk of de naam van de afspraken over het delen van gegevens, bijvoorbeeld "Convenant Zorg en Veiligheid 2025".</p>
{{#CONVENANT_ERROR}}<p class="field-error" id="convenant-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CONVENANT_ERROR}}
<input type="text" id="convenant" name="convenant" value="{{CONVENANT}}" maxlength="200" autocomplete="off" aria-describedby="convenant-hint{{#CONVENANT_ERROR}} convenant-fout{{/CONVENANT_ERROR}}"{{#CONVENANT_ERROR}} aria-invalid="true"{{/CONVENANT_ERROR}}>
</div>
{{#EDIT}}
<div class="field">
<p class="label">Samenwerking</p>
<div class="choice">
<input type="checkbox" id="actief" name="actief" value="1"{{#ACTIEF_CHECKED}} checked{{/ACTIEF_CHECKED}} aria-describedby="actief-hint">
<label for="actief">Actief: medewerkers kunnen naar deze organisatie doorverwijzen</label>
</div>
<p class="hint" id="actief-hint">Deze organisatie heeft {{USERS}} account(s). Stopt de samenwerking, zet dan ook die accounts uit onder Gebruikers.</p>
</div>
{{/EDIT}}
<div class="form-actions">
<button type="submit" class="button button-primary">{{#NEW}}Organisatie toevoegen{{/NEW}}{{#EDIT}}Wijzigingen opslaan{{/EDIT}}</button>
<a href="/beheer/partners">Annuleren</a>
</div>
</form>
