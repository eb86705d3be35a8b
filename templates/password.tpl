{{%AUTOESCAPE context="HTML"}}
{{! Change one's own password. Variables: CSRF_TOKEN; sections MUST_CHANGE, ERRORS, HUIDIG_ERROR, NIEUW_ERROR, HERHAAL_ERROR. }}
<div class="form">
<h1>Wachtwoord wijzigen</h1>
{{#MUST_CHANGE}}
<div class="callout callout-warning">
<p>U bent ingelogd met een tijdelijk wachtwoord van de beheerder. Kies nu een eigen wachtwoord voordat u verdergaat.</p>
</div>
{{/MUST_CHANGE}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/account/wachtwoord" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="text" name="gebruikersnaam" autocomplete="username" value="" hidden>
<div class="field{{#HUIDIG_ERROR}} field-has-error{{/HUIDIG_ERROR}}">
<label for="huidig">Huidig wachtwoord</label>
{{#HUIDIG_ERROR}}<p class="field-error" id="huidig-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HUIDIG_ERROR}}
<input type="password" id="huidig" name="huidig" autocomplete="current-password" required{{#HUIDIG_ERROR}} aria-invalid="true" aria-describedby="huidig-fout"{{/HUIDIG_ERROR}}>
</div>
<div class="field{{#NIEUW_ERROR}} field-has-error{{/NIEUW_ERROR}}">
<label for="nieuw">Nieuw wachtwoord</label>
<p class="hint" id="nieuw-hint">Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</p>
{{#NIEUW_ERROR}}<p class="field-error" id="nieuw-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NIEUW_ERROR}}
<input type="password" id="nieuw" name="nieuw" autocomplete="new-password" minlength="12" required aria-describedby="nieuw-hint{{#NIEUW_ERROR}} nieuw-fout{{/NIEUW_ERROR}}"{{#NIEUW_ERROR}} aria-invalid="true"{{/NIEUW_ERROR}}>
</div>
<div class="field{{#HERHAAL_ERROR}} field-has-error{{/HERHAAL_ERROR}}">
<label for="herhaal">Nieuw wachtwoord nog een keer</label>
{{#HERHAAL_ERROR}}<p class="field-error" id="herhaal-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HERHAAL_ERROR}}
<input type="password" id="herhaal" name="herhaal" autocomplete="new-password" required{{#HERHAAL_ERROR}} aria-invalid="true" aria-describedby="herhaal-fout"{{/HERHAAL_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Wachtwoord opslaan</button>
</div>
</form>
</div>
