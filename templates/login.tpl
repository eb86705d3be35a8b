{{%AUTOESCAPE context="HTML"}}
{{! Staff and partner login. Variables: CSRF_TOKEN, EMAIL, TERUG; sections ERRORS, EMAIL_ERROR, WACHTWOORD_ERROR, BEWAARD_MSG, FAILED_MSG, BLOCKED_MSG (BLOCKED). }}
<div class="form">
<h1>Inloggen</h1>
<p class="lead">Voor medewerkers van {{ORG_NAME}} en van partnerorganisaties.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#BEWAARD_MSG}}
<div class="callout callout-warning" role="status">
<p>Uw sessie was verlopen. Wat u in het formulier invulde is bewaard: log opnieuw in, dan kunt u het alsnog versturen.</p>
</div>
{{/BEWAARD_MSG}}
{{#FAILED_MSG}}
<div class="error-summary" role="alert">
<h2>Inloggen is niet gelukt</h2>
<p>Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account is niet actief. Controleer wat u typte en probeer het opnieuw.</p>
</div>
{{/FAILED_MSG}}
{{#BLOCKED_MSG}}
<div class="error-summary" role="alert">
<h2>Even geduld</h2>
<p>{{BLOCKED}}</p>
</div>
{{/BLOCKED_MSG}}
<form method="post" action="/login" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="terug" value="{{TERUG}}">
<div class="field{{#EMAIL_ERROR}} field-has-error{{/EMAIL_ERROR}}">
<label for="email">E-mailadres</label>
{{#EMAIL_ERROR}}<p class="field-error" id="email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/EMAIL_ERROR}}
<input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="username" spellcheck="false" maxlength="254" required{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-fout"{{/EMAIL_ERROR}}>
</div>
<div class="field{{#WACHTWOORD_ERROR}} field-has-error{{/WACHTWOORD_ERROR}}">
<label for="wachtwoord">Wachtwoord</label>
{{#WACHTWOORD_ERROR}}<p class="field-error" id="wachtwoord-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WACHTWOORD_ERROR}}
<input type="password" id="wachtwoord" name="wachtwoord" autocomplete="current-password" required{{#WACHTWOORD_ERROR}} aria-invalid="true" aria-describedby="wachtwoord-fout"{{/WACHTWOORD_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Inloggen</button>
</div>
</form>
<p class="muted">Wachtwoord vergeten? Vraag de beheerder van Leefbaar in uw organisatie om een nieuw wachtwoord.</p>
<p class="muted">Wilt u overlast melden als huurder of buurtbewoner? Daarvoor hoeft u niet in te loggen: <a href="/melden">meld het hier</a>.</p>
</div>
