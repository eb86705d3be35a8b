{{%AUTOESCAPE context="HTML"}}
{{! Privacy requests (GET /privacyverzoeken, and after a refused POST /privacyverzoeken/corrigeren or /verwijderen). Variables: CSRF_TOKEN, EMAIL, TELEFOON, POSTCODE, HUISNUMMER, TOEVOEGING, T_MELDINGEN, T_DOSSIERS, T_DOORVERWIJZINGEN, T_BIJLAGEN, T_MAIL, T_SESSIES, T_AUDIT; sections AUTOMATISCH, GEVONDEN, VERZOEK (Q_EMAIL, Q_TELEFOON, NAAM, NIEUW_EMAIL, NIEUW_TELEFOON), ERRORS and EMAIL_/TELEFOON_/POSTCODE_/HUISNUMMER_/TOEVOEGING_/NAAM_/NIEUW_EMAIL_/NIEUW_TELEFOON_/BEVESTIGEN_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li aria-current="page">Privacyverzoeken</li></ol>
</nav>
<h1>Privacyverzoeken</h1>
<p class="lead">Vraagt iemand wat wij over hem of haar bewaren (inzage), of vraagt iemand gegevens te verbeteren of te verwijderen? Zoek de persoon op e-mailadres, telefoonnummer of adres. Elke inzage, verbetering en verwijdering staat in het auditlogboek.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="form" method="get" action="/privacyverzoeken" novalidate>
<div class="field{{#EMAIL_ERROR}} field-has-error{{/EMAIL_ERROR}}">
<label for="email">E-mailadres</label>
{{#EMAIL_ERROR}}<p class="field-error" id="email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/EMAIL_ERROR}}
<input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254" autocomplete="off" spellcheck="false"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-fout"{{/EMAIL_ERROR}}>
</div>
<div class="field{{#TELEFOON_ERROR}} field-has-error{{/TELEFOON_ERROR}}">
<label for="telefoon">Telefoonnummer</label>
{{#TELEFOON_ERROR}}<p class="field-error" id="telefoon-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TELEFOON_ERROR}}
<input class="input-10" type="tel" id="telefoon" name="telefoon" value="{{TELEFOON}}" maxlength="20" autocomplete="off"{{#TELEFOON_ERROR}} aria-invalid="true" aria-describedby="telefoon-fout"{{/TELEFOON_ERROR}}>
</div>
<fieldset>
<legend>Adres</legend>
<div class="field{{#POSTCODE_ERROR}} field-has-error{{/POSTCODE_ERROR}}">
<label for="postcode">Postcode</label>
{{#POSTCODE_ERROR}}<p class="field-error" id="postcode-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/POSTCODE_ERROR}}
<input class="input-5" type="text" id="postcode" name="postcode" value="{{POSTCODE}}" maxlength="7" autocomplete="off"{{#POSTCODE_ERROR}} aria-invalid="true" aria-describedby="postcode-fout"{{/POSTCODE_ERROR}}>
</div>
<div class="field{{#HUISNUMMER_ERROR}} field-has-error{{/HUISNUMMER_ERROR}}">
<label for="huisnummer">Huisnummer</label>
{{#HUISNUMMER_ERROR}}<p class="field-error" id="huisnummer-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HUISNUMMER_ERROR}}
<input class="input-5" type="text" inputmode="numeric" id="huisnummer" name="huisnummer" value="{{HUISNUMMER}}" maxlength="5" autocomplete="off"{{#HUISNUMMER_ERROR}} aria-invalid="true" aria-describedby="huisnummer-fout"{{/HUISNUMMER_ERROR}}>
</div>
<div class="field{{#TOEVOEGING_ERROR}} field-has-error{{/TOEVOEGING_ERROR}}">
<label for="toevoeging">Toevoeging <span class="optional">(niet verplicht)</span></label>
{{#TOEVOEGING_ERROR}}<p class="field-error" id="toevoeging-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOEVOEGING_ERROR}}
<input class="input-5" type="text" id="toevoeging" name="toevoeging" value="{{TOEVOEGING}}" maxlength="5" autocomplete="off"{{#TOEVOEGING_ERROR}} aria-invalid="true" aria-describedby="toevoeging-fout"{{/TOEVOEGING_ERROR}}>
</div>
</fieldset>
<div class="form-actions">
<button type="submit" class="button button-primary">Zoeken</button>
</div>
</form>
{{#GEVONDEN}}
<h2>Inzage</h2>
<p>Alles wat Leefbaar over deze persoon bewaart: <a href="/privacyverzoeken/inzage?email={{EMAIL:u}}&amp;telefoon={{TELEFOON:u}}&amp;postcode={{POSTCODE:u}}&amp;huisnummer={{HUISNUMMER:u}}&amp;toevoeging={{TOEVOEGING:u}}">als pagina om af te drukken</a> of <a href="/privacyverzoeken/inzage.json?email={{EMAIL:u}}&amp;telefoon={{TELEFOON:u}}&amp;postcode={{POSTCODE:u}}&amp;huisnummer={{HUISNUMMER:u}}&amp;toevoeging={{TOEVOEGING:u}}">als JSON-bestand</a>. Meldingen van buren over dit adres staan erin zonder wie ze deed.</p>
{{/GEVONDEN}}
{{#VERZOEK}}
<h2>Gegevens van de melder verbeteren</h2>
<p>Dit verandert naam, e-mailadres en telefoonnummer in elke melding die deze persoon deed.</p>
<form class="form" method="post" action="/privacyverzoeken/corrigeren" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="email" value="{{Q_EMAIL}}">
<input type="hidden" name="telefoon" value="{{Q_TELEFOON}}">
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam</label>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="120" autocomplete="off"{{#NAAM_ERROR}} aria-invalid="true" aria-describedby="naam-fout"{{/NAAM_ERROR}}>
</div>
<div class="field{{#NIEUW_EMAIL_ERROR}} field-has-error{{/NIEUW_EMAIL_ERROR}}">
<label for="nieuw_email">E-mailadres</label>
{{#NIEUW_EMAIL_ERROR}}<p class="field-error" id="nieuw_email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NIEUW_EMAIL_ERROR}}
<input type="email" id="nieuw_email" name="nieuw_email" value="{{NIEUW_EMAIL}}" maxlength="254" autocomplete="off" spellcheck="false"{{#NIEUW_EMAIL_ERROR}} aria-invalid="true" aria-describedby="nieuw_email-fout"{{/NIEUW_EMAIL_ERROR}}>
</div>
<div class="field{{#NIEUW_TELEFOON_ERROR}} field-has-error{{/NIEUW_TELEFOON_ERROR}}">
<label for="nieuw_telefoon">Telefoonnummer</label>
{{#NIEUW_TELEFOON_ERROR}}<p class="field-error" id="nieuw_telefoon-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NIEUW_TELEFOON_ERROR}}
<input class="input-10" type="tel" id="nieuw_telefoon" name="nieuw_telefoon" value="{{NIEUW_TELEFOON}}" maxlength="20" autocomplete="off"{{#NIEUW_TELEFOON_ERROR}} aria-invalid="true" aria-describedby="nieuw_telefoon-fout"{{/NIEUW_TELEFOON_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Verbeteren</button>
</div>
</form>
<h2>Gegevens van de melder verwijderen</h2>
<p>Naam, e-mailadres, telefoonnummer en de statuslink gaan weg uit elke melding die deze persoon deed, en de berichten aan hem of haar worden leeggemaakt. De meldingen zelf blijven, zonder melder. Dit kan niet zolang een melding bij een lopend dossier hoort.</p>
<form class="form" method="post" action="/privacyverzoeken/verwijderen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="email" value="{{Q_EMAIL}}">
<input type="hidden" name="telefoon" value="{{Q_TELEFOON}}">
<div class="field{{#BEVESTIGEN_ERROR}} field-has-error{{/BEVESTIGEN_ERROR}}">
{{#BEVESTIGEN_ERROR}}<p class="field-error" id="bevestigen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEVESTIGEN_ERROR}}
<label class="checkbox"><input type="checkbox" id="bevestigen" name="bevestigen" value="1"{{#BEVESTIGEN_ERROR}} aria-invalid="true" aria-describedby="bevestigen-fout"{{/BEVESTIGEN_ERROR}}> De melder vroeg om verwijderen. Ik begrijp dat dit niet ongedaan kan worden.</label>
</div>
<div class="form-actions">
<button type="submit" class="button button-secondary">Verwijderen</button>
</div>
</form>
{{/VERZOEK}}
<h2>Bewaartermijnen</h2>
<p>Na deze termijnen worden gegevens geanonimiseerd: namen, contactgegevens, teksten en het precieze adres gaan weg; data, soort, wijk en uitkomst blijven voor de cijfers. {{#AUTOMATISCH}}Dit gebeurt elke dag vanzelf.{{/AUTOMATISCH}} De termijnen staan in de configuratie, onder [privacy].</p>
<div class="table-wrap" role="region" aria-label="Bewaartermijnen" tabindex="0">
<table class="table">
<thead><tr><th scope="col">Wat</th><th scope="col">Termijn</th></tr></thead>
<tbody>
<tr><td>Gesloten meldingen (een melding in een dossier wacht op het dossier)</td><td>{{T_MELDINGEN}} maanden na sluiten</td></tr>
<tr><td>Bestanden bij gesloten meldingen</td><td>{{T_BIJLAGEN}} maanden na sluiten</td></tr>
<tr><td>Gesloten dossiers</td><td>{{T_DOSSIERS}} maanden na sluiten</td></tr>
<tr><td>Gesloten doorverwijzingen</td><td>{{T_DOORVERWIJZINGEN}} maanden na sluiten</td></tr>
<tr><td>Mail aan medewerkers en partners</td><td>{{T_MAIL}} maanden</td></tr>
<tr><td>Sessies en mislukte inlogpogingen</td><td>{{T_SESSIES}} dagen</td></tr>
<tr><td>Auditlogboek: adres en toelichting (wie, wat en wanneer blijven)</td><td>{{T_AUDIT}} maanden</td></tr>
</tbody>
</table>
</div>
