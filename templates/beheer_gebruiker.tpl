{{%AUTOESCAPE context="HTML"}}
{{! One account: create (section NEW) or edit (section EDIT) (GET/POST /beheer/gebruikers/nieuw, /beheer/gebruikers/{id}). Variables: HEADING, ACTION, CSRF_TOKEN, NAAM; sections NEW (EMAIL), EDIT (EMAIL, NIEUW_EMAIL, CREATED, PASSWORD_ACTION, ACTIEF_CHECKED, TOKENS with TOKEN (TOKEN_ID, TOKEN_NAAM, SCOPE, CREATED, USED with LAST_USED, NEVER_USED, REVOKED with REVOKED_AT, LIVE with REVOKE_ACTION), NO_TOKENS), IS_ACTIVE, IS_INACTIVE, IS_MUST_CHANGE, SELF, ROL_OPTION (VALUE, LABEL, SELECTED), PARTNER_OPTION (VALUE, LABEL, SELECTED), NO_PARTNERS, WIJKEN with WIJK (ID, CODE, NAAM, CHECKED), NO_WIJKEN, ERRORS and NAAM_/EMAIL_/ROL_/PARTNER_/WIJKEN_/WACHTWOORD_/ACTIEF_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/gebruikers">Gebruikers</a></li><li aria-current="page">{{HEADING}}</li></ol>
</nav>
<h1>{{HEADING}}</h1>
{{#EDIT}}
<dl class="summary-list">
<div><dt>E-mailadres</dt><dd>{{EMAIL}}</dd></div>
<div><dt>Status</dt><dd>{{#IS_ACTIVE}}<span class="badge badge-ok">Actief</span>{{/IS_ACTIVE}}{{#IS_INACTIVE}}<span class="badge badge-neutral">Niet actief</span>{{/IS_INACTIVE}}{{#IS_MUST_CHANGE}} <span class="badge badge-today">Nieuw wachtwoord nodig</span>{{/IS_MUST_CHANGE}}</dd></div>
<div><dt>Aangemaakt</dt><dd>{{CREATED}}</dd></div>
</dl>
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
{{#EDIT}}<h2 class="mt-0">Gegevens en rechten</h2>{{/EDIT}}
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam</label>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="120" autocomplete="off" required{{#NAAM_ERROR}} aria-invalid="true" aria-describedby="naam-fout"{{/NAAM_ERROR}}>
</div>
{{#NEW}}
<div class="field{{#EMAIL_ERROR}} field-has-error{{/EMAIL_ERROR}}">
<label for="email">E-mailadres</label>
<p class="hint" id="email-hint">Hiermee logt de gebruiker in.</p>
{{#EMAIL_ERROR}}<p class="field-error" id="email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/EMAIL_ERROR}}
<input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254" autocomplete="off" spellcheck="false" required aria-describedby="email-hint{{#EMAIL_ERROR}} email-fout{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
</div>
{{/NEW}}
{{#EDIT}}
<div class="field{{#EMAIL_ERROR}} field-has-error{{/EMAIL_ERROR}}">
<label for="email">E-mailadres</label>
<p class="hint" id="email-hint">Hiermee logt de gebruiker in. Na een wijziging krijgt het oude adres daarvan bericht.</p>
{{#EMAIL_ERROR}}<p class="field-error" id="email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/EMAIL_ERROR}}
<input type="email" id="email" name="email" value="{{NIEUW_EMAIL}}" maxlength="254" autocomplete="off" spellcheck="false" required aria-describedby="email-hint{{#EMAIL_ERROR}} email-fout{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
</div>
{{/EDIT}}
<div class="field{{#ROL_ERROR}} field-has-error{{/ROL_ERROR}}">
<label for="rol">Rol</label>
<p class="hint" id="rol-hint">De rol bepaalt wat iemand mag zien en doen. Een beheerder ziet geen meldingen of dossiers.</p>
{{#ROL_ERROR}}<p class="field-error" id="rol-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ROL_ERROR}}
<select id="rol" name="rol" class="input-20" required aria-describedby="rol-hint{{#ROL_ERROR}} rol-fout{{/ROL_ERROR}}"{{#ROL_ERROR}} aria-invalid="true"{{/ROL_ERROR}}>
<option value="">Kies een rol</option>
{{#ROL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ROL_OPTION}}
</select>
</div>
<div class="field{{#PARTNER_ERROR}} field-has-error{{/PARTNER_ERROR}}">
<label for="partner">Partnerorganisatie</label>
<p class="hint" id="partner-hint">Alleen voor de rol Partner: de organisatie waarvoor deze persoon werkt. Een partner ziet alleen de doorverwijzingen aan de eigen organisatie.</p>
{{#PARTNER_ERROR}}<p class="field-error" id="partner-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PARTNER_ERROR}}
<select id="partner" name="partner" class="input-20" aria-describedby="partner-hint{{#PARTNER_ERROR}} partner-fout{{/PARTNER_ERROR}}"{{#PARTNER_ERROR}} aria-invalid="true"{{/PARTNER_ERROR}}>
<option value="">Geen organisatie</option>
{{#PARTNER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PARTNER_OPTION}}
</select>
{{#NO_PARTNERS}}<p class="hint">Er zijn nog geen partnerorganisaties. <a href="/beheer/partners/nieuw">Voeg eerst een organisatie toe</a>.</p>{{/NO_PARTNERS}}
</div>
<fieldset class="field{{#WIJKEN_ERROR}} field-has-error{{/WIJKEN_ERROR}}" id="wijken" aria-describedby="wijken-hint{{#WIJKEN_ERROR}} wijken-fout{{/WIJKEN_ERROR}}">
<legend>Wijken</legend>
<p class="hint" id="wijken-hint">Voor wijkbeheerders, sociaal beheerders en leefbaarheidsmedewerkers: zij werken alleen aan meldingen en dossiers in deze wijken. Ondersteuners en coördinatoren zien alle wijken.</p>
{{#WIJKEN_ERROR}}<p class="field-error" id="wijken-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WIJKEN_ERROR}}
{{#WIJKEN}}
<ul class="choices">
{{#WIJK}}<li class="choice"><input type="checkbox" id="wijk-{{ID}}" name="wijk" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label for="wijk-{{ID}}">{{NAAM}} <span class="muted">({{CODE}})</span></label></li>
{{/WIJK}}
</ul>
{{/WIJKEN}}
{{#NO_WIJKEN}}<p>Er zijn nog geen wijken ingevoerd. Voeg ze toe onder Gebieden; daarna kunt u hier wijken kiezen.</p>{{/NO_WIJKEN}}
</fieldset>
{{#NEW}}
<div class="field{{#WACHTWOORD_ERROR}} field-has-error{{/WACHTWOORD_ERROR}}">
<label for="wachtwoord">Tijdelijk wachtwoord</label>
<p class="hint" id="wachtwoord-hint">Minstens 12 tekens, niet het e-mailadres. Geef het persoonlijk of telefonisch door, niet in dezelfde e-mail als het e-mailadres. Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.</p>
{{#WACHTWOORD_ERROR}}<p class="field-error" id="wachtwoord-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WACHTWOORD_ERROR}}
<input type="password" id="wachtwoord" name="wachtwoord" autocomplete="new-password" minlength="12" required aria-describedby="wachtwoord-hint{{#WACHTWOORD_ERROR}} wachtwoord-fout{{/WACHTWOORD_ERROR}}"{{#WACHTWOORD_ERROR}} aria-invalid="true"{{/WACHTWOORD_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Gebruiker aanmaken</button>
<a href="/beheer/gebruikers">Annuleren</a>
</div>
{{/NEW}}
{{#EDIT}}
<div class="field{{#ACTIEF_ERROR}} field-has-error{{/ACTIEF_ERROR}}">
<p class="label" id="actief-label">Account</p>
{{#ACTIEF_ERROR}}<p class="field-error" id="actief-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ACTIEF_ERROR}}
<div class="choice">
<input type="checkbox" id="actief" name="actief" value="1"{{#ACTIEF_CHECKED}} checked{{/ACTIEF_CHECKED}} aria-describedby="actief-hint{{#ACTIEF_ERROR}} actief-fout{{/ACTIEF_ERROR}}"{{#ACTIEF_ERROR}} aria-invalid="true"{{/ACTIEF_ERROR}}>
<label for="actief">Account is actief: deze persoon kan inloggen</label>
</div>
<p class="hint" id="actief-hint">Haal het vinkje weg als iemand uit dienst gaat. De gebruiker wordt dan direct overal uitgelogd en de API-tokens werken niet meer. De geschiedenis blijft bewaard.</p>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Wijzigingen opslaan</button>
<a href="/beheer/gebruikers">Terug naar de lijst</a>
</div>
{{/EDIT}}
</form>
{{#EDIT}}
<section aria-labelledby="wachtwoord-titel">
<h2 id="wachtwoord-titel">Wachtwoord opnieuw instellen</h2>
{{#SELF}}
<p>Dit is uw eigen account. Uw eigen wachtwoord wijzigt u via <a href="/account/wachtwoord">Wachtwoord wijzigen</a>.</p>
{{#WACHTWOORD_ERROR}}<p class="field-error" id="wachtwoord">{{MSG}}</p>{{/WACHTWOORD_ERROR}}
{{/SELF}}
{{#NOT_SELF}}
<p>Is iemand het wachtwoord kwijt? Typ een tijdelijk wachtwoord en geef het persoonlijk door. De gebruiker wordt overal uitgelogd en moet bij de volgende keer inloggen een eigen wachtwoord kiezen.</p>
<form class="form" method="post" action="{{PASSWORD_ACTION}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#WACHTWOORD_ERROR}} field-has-error{{/WACHTWOORD_ERROR}}">
<label for="wachtwoord">Tijdelijk wachtwoord</label>
<p class="hint" id="wachtwoord-hint">Minstens 12 tekens, niet het e-mailadres.</p>
{{#WACHTWOORD_ERROR}}<p class="field-error" id="wachtwoord-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WACHTWOORD_ERROR}}
<input type="password" id="wachtwoord" name="wachtwoord" autocomplete="new-password" minlength="12" required aria-describedby="wachtwoord-hint{{#WACHTWOORD_ERROR}} wachtwoord-fout{{/WACHTWOORD_ERROR}}"{{#WACHTWOORD_ERROR}} aria-invalid="true"{{/WACHTWOORD_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-secondary">Tijdelijk wachtwoord instellen</button>
</div>
</form>
{{/NOT_SELF}}
</section>
<section aria-labelledby="tokens-titel">
<h2 id="tokens-titel">API-tokens</h2>
<p>Met een API-token praat een ander systeem (de website, een BI-koppeling) met Leefbaar namens deze gebruiker. Een nieuw token maakt u onder <a href="/beheer/tokens">API-tokens</a>, of op de server met <code>leefbaar token --email {{EMAIL}}</code>.</p>
{{#NO_TOKENS}}<p class="muted">Deze gebruiker heeft geen API-tokens.</p>{{/NO_TOKENS}}
{{#TOKENS}}
<div class="table-wrap" role="region" aria-labelledby="tokens-tabel" tabindex="0">
<table class="table table-compact table-stack">
<caption id="tokens-tabel" class="visually-hidden">API-tokens van deze gebruiker</caption>
<thead>
<tr><th scope="col">Nummer</th><th scope="col">Koppeling</th><th scope="col">Mag</th><th scope="col">Aangemaakt</th><th scope="col">Laatst gebruikt</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#TOKEN}}
<tr>
<td class="num" data-label="Nummer">{{TOKEN_ID}}</td>
<td data-label="Koppeling">{{TOKEN_NAAM}}</td>
<td data-label="Mag">{{SCOPE}}</td>
<td class="nowrap" data-label="Aangemaakt">{{CREATED}}</td>
<td class="nowrap" data-label="Laatst gebruikt">{{#USED}}{{LAST_USED}}{{/USED}}{{#NEVER_USED}}<span class="muted">nooit</span>{{/NEVER_USED}}</td>
<td data-label="Status">{{#REVOKED}}<span class="badge badge-neutral">Ingetrokken</span> <span class="nowrap">{{REVOKED_AT}}</span>{{/REVOKED}}{{#LIVE}}<form method="post" action="{{REVOKE_ACTION}}" class="mb-0"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button-danger button-small">Intrekken<span class="visually-hidden"> token {{TOKEN_ID}}</span></button></form>{{/LIVE}}</td>
</tr>
{{/TOKEN}}
</tbody>
</table>
</div>
{{/TOKENS}}
</section>
{{/EDIT}}
