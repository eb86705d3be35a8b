{{%AUTOESCAPE context="HTML"}}
{{! Opening a dossier (handlers/dossiers.c). Variables: CSRF_TOKEN, ONDERWERP, POSTCODE, HUISNUMMER, TOEVOEGING, MELDINGEN; sections ERRORS, *_ERROR (ONDERWERP, PIJLER, POSTCODE, HUISNUMMER, TOEVOEGING, COMPLEX, MELDINGEN), PIJLER_OPT (ID, VALUE, LABEL, CHECKED), COMPLEX_OPT (VALUE, LABEL, SELECTED), HAS_COMPLEX, GEVOELIG_CHECKED. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/dossiers">Dossiers</a></li><li aria-current="page">Nieuw dossier</li></ol></nav>
<div class="form">
<h1>Nieuw dossier</h1>
<p class="lead">Een leefbaarheidsdossier bundelt de meldingen over één adres of complex, met wat u eraan doet. U wordt eigenaar van het dossier.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Het dossier is nog niet aangemaakt. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/dossiers" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">

<fieldset class="field">
<legend>1. Over welk adres gaat het?</legend>
<p class="hint">Een adres uit ons woningbestand. Gaat het om een heel complex, kies dan hieronder het complex en laat het adres leeg.</p>
<div class="field-row">
<div class="field{{#POSTCODE_ERROR}} field-has-error{{/POSTCODE_ERROR}}">
<label for="postcode">Postcode</label>
{{#POSTCODE_ERROR}}<p class="field-error" id="postcode-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/POSTCODE_ERROR}}
<input class="input-4" type="text" id="postcode" name="postcode" value="{{POSTCODE}}" maxlength="10" autocomplete="off"{{#POSTCODE_ERROR}} aria-invalid="true" aria-describedby="postcode-fout"{{/POSTCODE_ERROR}}>
</div>
<div class="field{{#HUISNUMMER_ERROR}} field-has-error{{/HUISNUMMER_ERROR}}">
<label for="huisnummer">Huisnummer</label>
{{#HUISNUMMER_ERROR}}<p class="field-error" id="huisnummer-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HUISNUMMER_ERROR}}
<input class="input-2" type="text" inputmode="numeric" id="huisnummer" name="huisnummer" value="{{HUISNUMMER}}" maxlength="6"{{#HUISNUMMER_ERROR}} aria-invalid="true" aria-describedby="huisnummer-fout"{{/HUISNUMMER_ERROR}}>
</div>
<div class="field{{#TOEVOEGING_ERROR}} field-has-error{{/TOEVOEGING_ERROR}}">
<label for="toevoeging">Toevoeging</label>
{{#TOEVOEGING_ERROR}}<p class="field-error" id="toevoeging-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOEVOEGING_ERROR}}
<input class="input-2" type="text" id="toevoeging" name="toevoeging" value="{{TOEVOEGING}}" maxlength="6"{{#TOEVOEGING_ERROR}} aria-invalid="true" aria-describedby="toevoeging-fout"{{/TOEVOEGING_ERROR}}>
</div>
</div>
{{#HAS_COMPLEX}}
<div class="field{{#COMPLEX_ERROR}} field-has-error{{/COMPLEX_ERROR}}">
<label for="complex">Of een complex</label>
{{#COMPLEX_ERROR}}<p class="field-error" id="complex-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/COMPLEX_ERROR}}
<select id="complex" name="complex"{{#COMPLEX_ERROR}} aria-invalid="true" aria-describedby="complex-fout"{{/COMPLEX_ERROR}}>
<option value="">Geen complex: het adres hierboven</option>
{{#COMPLEX_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/COMPLEX_OPT}}
</select>
</div>
{{/HAS_COMPLEX}}
</fieldset>

<div class="field{{#ONDERWERP_ERROR}} field-has-error{{/ONDERWERP_ERROR}}">
<label for="onderwerp">2. Huishouden of korte omschrijving <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="onderwerp-hint">Bijvoorbeeld: bewoners 2-hoog, of: geluidsoverlast in het portiek. Schrijf geen gezondheid of vermoedens op; die horen in een vertrouwelijke notitie.</p>
{{#ONDERWERP_ERROR}}<p class="field-error" id="onderwerp-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ONDERWERP_ERROR}}
<input type="text" id="onderwerp" name="onderwerp" value="{{ONDERWERP}}" maxlength="200" aria-describedby="onderwerp-hint{{#ONDERWERP_ERROR}} onderwerp-fout{{/ONDERWERP_ERROR}}"{{#ONDERWERP_ERROR}} aria-invalid="true"{{/ONDERWERP_ERROR}}>
</div>

<fieldset class="field{{#PIJLER_ERROR}} field-has-error{{/PIJLER_ERROR}}" id="pijler" tabindex="-1">
<legend>3. Pijler</legend>
{{#PIJLER_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PIJLER_ERROR}}
<ul class="choices">
{{#PIJLER_OPT}}<li class="choice"><input type="radio" id="{{ID}}" name="pijler" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="{{ID}}">{{LABEL}}</label></li>
{{/PIJLER_OPT}}
</ul>
</fieldset>

<fieldset class="field">
<legend>4. Gevoelig dossier?</legend>
<ul class="choices">
<li class="choice"><input type="checkbox" id="gevoelig" name="gevoelig" value="1"{{#GEVOELIG_CHECKED}} checked{{/GEVOELIG_CHECKED}} aria-describedby="gevoelig-hint"><label for="gevoelig">Ja, dit dossier is gevoelig<span class="hint" id="gevoelig-hint">Bijvoorbeeld bij gezondheid, verslaving of een vermoeden van een misdrijf. Alleen het team ziet het dossier dan: u, de leden, de sociaal beheerders en leefbaarheidsmedewerkers van de wijk en de coördinator. Anderen vinden het nergens terug.</span></label></li>
</ul>
</fieldset>

<div class="field{{#MELDINGEN_ERROR}} field-has-error{{/MELDINGEN_ERROR}}">
<label for="meldingen">5. Meldingen om meteen te koppelen <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="meldingen-hint">De nummers van de meldingen, bijvoorbeeld M-2026-000123, elk op een eigen regel. Alleen meldingen uit dezelfde wijk.</p>
{{#MELDINGEN_ERROR}}<p class="field-error" id="meldingen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MELDINGEN_ERROR}}
<textarea id="meldingen" name="meldingen" rows="4" aria-describedby="meldingen-hint{{#MELDINGEN_ERROR}} meldingen-fout{{/MELDINGEN_ERROR}}"{{#MELDINGEN_ERROR}} aria-invalid="true"{{/MELDINGEN_ERROR}}>{{MELDINGEN:pre_escape}}</textarea>
</div>

<div class="form-actions">
<button type="submit" class="button button-primary">Dossier openen</button>
<a href="/dossiers">Annuleren</a>
</div>
</form>
</div>
