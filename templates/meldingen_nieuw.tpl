{{%AUTOESCAPE context="HTML"}}
{{! Staff intake of a melding (handlers/meldingen.c). Variables: CSRF_TOKEN, NU, ONTVANGEN_OP, BIJLAGEN_ID, MAX_*, the kept fields. Sections: CATEGORIE_OPT, KANAAL_OPT (VALUE LABEL SELECTED), ERRORS, *_ERROR, FILE_MSG, HAS_PENDING, PENDING, ANONIEM_JA/NEE. }}
<div class="form">
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/meldingen">Meldingen</a></li><li aria-current="page">Melding invoeren</li></ol></nav>
<h1>Melding invoeren</h1>
<p class="lead">Voor een melding die per telefoon, e-mail, aan de balie, bij een wijkbezoek, van een collega of van een partner binnenkwam.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">De melding is nog niet opgeslagen. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/meldingen" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="bijlagen_id" value="{{BIJLAGEN_ID}}">

<fieldset class="field">
<legend>Hoe en wanneer kwam de melding binnen?</legend>
<div class="field{{#KANAAL_ERROR}} field-has-error{{/KANAAL_ERROR}}">
<label for="kanaal">Kanaal</label>
{{#KANAAL_ERROR}}<p class="field-error" id="kanaal-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/KANAAL_ERROR}}
<select class="input-20" id="kanaal" name="kanaal"{{#KANAAL_ERROR}} aria-invalid="true" aria-describedby="kanaal-fout"{{/KANAAL_ERROR}}>{{#KANAAL_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KANAAL_OPT}}</select>
</div>
<div class="field{{#ONTVANGEN_OP_ERROR}} field-has-error{{/ONTVANGEN_OP_ERROR}}">
<label for="ontvangen_op">Ontvangen op</label>
<p class="hint" id="ontvangen_op-hint">Datum en tijd (Nederlandse tijd). Staat op nu; pas het aan voor een melding van eerder, bijvoorbeeld een telefoontje van gisteren.</p>
{{#ONTVANGEN_OP_ERROR}}<p class="field-error" id="ontvangen_op-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ONTVANGEN_OP_ERROR}}
<input class="input-10" type="datetime-local" id="ontvangen_op" name="ontvangen_op" value="{{ONTVANGEN_OP}}" max="{{NU}}" aria-describedby="ontvangen_op-hint{{#ONTVANGEN_OP_ERROR}} ontvangen_op-fout{{/ONTVANGEN_OP_ERROR}}"{{#ONTVANGEN_OP_ERROR}} aria-invalid="true"{{/ONTVANGEN_OP_ERROR}}>
</div>
</fieldset>

<div class="field{{#CATEGORIE_ERROR}} field-has-error{{/CATEGORIE_ERROR}}">
<label for="categorie">Soort melding</label>
{{#CATEGORIE_ERROR}}<p class="field-error" id="categorie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CATEGORIE_ERROR}}
<select class="input-20" id="categorie" name="categorie"{{#CATEGORIE_ERROR}} aria-invalid="true" aria-describedby="categorie-fout"{{/CATEGORIE_ERROR}}>{{#CATEGORIE_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORIE_OPT}}</select>
</div>

<div class="field{{#OMSCHRIJVING_ERROR}} field-has-error{{/OMSCHRIJVING_ERROR}}">
<label for="omschrijving">Wat is er gemeld?</label>
{{#OMSCHRIJVING_ERROR}}<p class="field-error" id="omschrijving-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/OMSCHRIJVING_ERROR}}
<textarea id="omschrijving" name="omschrijving" rows="6" maxlength="5000"{{#OMSCHRIJVING_ERROR}} aria-invalid="true" aria-describedby="omschrijving-fout"{{/OMSCHRIJVING_ERROR}}>{{OMSCHRIJVING}}</textarea>
</div>

<div class="field{{#VOORVAL_ERROR}} field-has-error{{/VOORVAL_ERROR}}">
<label for="voorval">Wanneer gebeurde het? <span class="optional">(niet verplicht)</span></label>
{{#VOORVAL_ERROR}}<p class="field-error" id="voorval-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VOORVAL_ERROR}}
<input type="text" id="voorval" name="voorval" value="{{VOORVAL}}" maxlength="200"{{#VOORVAL_ERROR}} aria-invalid="true" aria-describedby="voorval-fout"{{/VOORVAL_ERROR}}>
</div>

<fieldset class="field">
<legend>Waar is het?</legend>
<p class="hint">Het adres waar het om gaat, of een beschrijving van de plek.</p>
<div class="field-row">
<div class="field{{#POSTCODE_ERROR}} field-has-error{{/POSTCODE_ERROR}}">
<label for="postcode">Postcode</label>
{{#POSTCODE_ERROR}}<p class="field-error" id="postcode-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/POSTCODE_ERROR}}
<input class="input-4" type="text" id="postcode" name="postcode" value="{{POSTCODE}}" maxlength="10"{{#POSTCODE_ERROR}} aria-invalid="true" aria-describedby="postcode-fout"{{/POSTCODE_ERROR}}>
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
<div class="field{{#PLAATS_ERROR}} field-has-error{{/PLAATS_ERROR}}">
<label for="plaats">Of beschrijf de plek</label>
{{#PLAATS_ERROR}}<p class="field-error" id="plaats-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PLAATS_ERROR}}
<input type="text" id="plaats" name="plaats" value="{{PLAATS}}" maxlength="200"{{#PLAATS_ERROR}} aria-invalid="true" aria-describedby="plaats-fout"{{/PLAATS_ERROR}}>
</div>
</fieldset>

<fieldset class="field">
<legend>De melder</legend>
<ul class="choices">
<li class="choice"><input type="radio" id="anoniem-nee" name="anoniem" value="0"{{#ANONIEM_NEE}} checked{{/ANONIEM_NEE}}><label for="anoniem-nee">Met naam en contactgegevens</label></li>
<li class="choice"><input type="radio" id="anoniem-ja" name="anoniem" value="1"{{#ANONIEM_JA}} checked{{/ANONIEM_JA}}><label for="anoniem-ja">Anoniem<span class="hint">De melder krijgt dan geen berichten.</span></label></li>
</ul>
<div class="field{{#MELDER_NAAM_ERROR}} field-has-error{{/MELDER_NAAM_ERROR}}">
<label for="melder_naam">Naam</label>
{{#MELDER_NAAM_ERROR}}<p class="field-error" id="melder_naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MELDER_NAAM_ERROR}}
<input type="text" id="melder_naam" name="melder_naam" value="{{MELDER_NAAM}}" maxlength="120" autocomplete="off"{{#MELDER_NAAM_ERROR}} aria-invalid="true" aria-describedby="melder_naam-fout"{{/MELDER_NAAM_ERROR}}>
</div>
<div class="field{{#MELDER_EMAIL_ERROR}} field-has-error{{/MELDER_EMAIL_ERROR}}">
<label for="melder_email">E-mailadres</label>
{{#MELDER_EMAIL_ERROR}}<p class="field-error" id="melder_email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MELDER_EMAIL_ERROR}}
<input type="email" id="melder_email" name="melder_email" value="{{MELDER_EMAIL}}" maxlength="254" spellcheck="false" autocomplete="off"{{#MELDER_EMAIL_ERROR}} aria-invalid="true" aria-describedby="melder_email-fout"{{/MELDER_EMAIL_ERROR}}>
</div>
<div class="field{{#MELDER_TELEFOON_ERROR}} field-has-error{{/MELDER_TELEFOON_ERROR}}">
<label for="melder_telefoon">Telefoonnummer</label>
{{#MELDER_TELEFOON_ERROR}}<p class="field-error" id="melder_telefoon-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MELDER_TELEFOON_ERROR}}
<input class="input-10" type="tel" id="melder_telefoon" name="melder_telefoon" value="{{MELDER_TELEFOON}}" maxlength="20" autocomplete="off"{{#MELDER_TELEFOON_ERROR}} aria-invalid="true" aria-describedby="melder_telefoon-fout"{{/MELDER_TELEFOON_ERROR}}>
</div>
</fieldset>

<div class="field{{#BIJLAGEN_ERROR}} field-has-error{{/BIJLAGEN_ERROR}}">
<label for="bijlagen">Bestanden <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="bijlagen-hint">Ten hoogste {{MAX_FILES}} bestanden, elk tot {{MAX_FILE_MB}} MB, samen tot {{MAX_TOTAL_MB}} MB. Foto (JPG, PNG, HEIC), video (MP4, MOV) of geluid (MP3, M4A, WAV).</p>
{{#FILE_MSG}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{NAME}}: {{MSG}}</p>{{/FILE_MSG}}
{{#HAS_PENDING}}
<p>Deze bestanden zijn al toegevoegd. Vink aan wat weg moet:</p>
<ul class="choices">
{{#PENDING}}
<li class="choice"><input type="checkbox" id="verwijder-{{ID}}" name="verwijder" value="{{ID}}"><label for="verwijder-{{ID}}">{{NAME}} ({{KIND}}, {{SIZE}}) weghalen</label></li>
{{/PENDING}}
</ul>
{{/HAS_PENDING}}
<input type="file" id="bijlagen" name="bijlagen" multiple accept="image/jpeg,image/png,image/heic,video/mp4,video/quicktime,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav,.heic,.m4a" aria-describedby="bijlagen-hint">
</div>

<div class="form-actions">
<button type="submit" class="button button-primary">Melding opslaan</button>
<a href="/meldingen">Annuleren</a>
</div>
</form>
</div>
