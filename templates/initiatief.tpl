{{%AUTOESCAPE context="HTML"}}
{{! The public application for the leefbaarheidsfonds (GET/POST /initiatief). Variables: CSRF_TOKEN and each field's value by its name in upper case; sections WIJK (WIJK_NAAM, BUURT: CODE NAAM SELECTED), NOTICE_MSG (NOTICE), ERRORS (ERROR_ITEM: FIELD_ID MSG) and <FIELD>_ERROR (MSG). }}
<div class="form">
<h1>Geld aanvragen voor een bewonersinitiatief</h1>
<p class="lead">Wilt u met buren iets doen voor uw buurt, zoals een buurtfeest, een moestuin of een opknapdag? Uit het leefbaarheidsfonds kunt u daarvoor een bijdrage aanvragen. U krijgt meteen een aanvraagnummer en een persoonlijke link om uw aanvraag te volgen.</p>
{{#NOTICE_MSG}}
<div class="error-summary" role="alert">
<h2>Uw aanvraag is nog niet verstuurd</h2>
<p>{{NOTICE}}</p>
</div>
{{/NOTICE_MSG}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Uw aanvraag is nog niet verstuurd. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/initiatief" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field">
<legend>1. Wat wilt u doen?</legend>
<div class="field{{#TITEL_ERROR}} field-has-error{{/TITEL_ERROR}}">
<label for="titel">Naam van uw initiatief</label>
<p class="hint" id="titel-hint">Kort, bijvoorbeeld ‘Buurtmoestuin Lindenhof’ of ‘Opknapdag speeltuin’.</p>
{{#TITEL_ERROR}}<p class="field-error" id="titel-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TITEL_ERROR}}
<input type="text" id="titel" name="titel" value="{{TITEL}}" maxlength="120" autocomplete="off" aria-describedby="titel-hint{{#TITEL_ERROR}} titel-fout{{/TITEL_ERROR}}"{{#TITEL_ERROR}} aria-invalid="true"{{/TITEL_ERROR}}>
</div>
<div class="field{{#WAT_ERROR}} field-has-error{{/WAT_ERROR}}">
<label for="wat">Wat gaat u doen?</label>
<p class="hint" id="wat-hint">Wat is het plan, wanneer, en wie helpen er mee?</p>
{{#WAT_ERROR}}<p class="field-error" id="wat-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WAT_ERROR}}
<textarea id="wat" name="wat" rows="5" maxlength="4000" aria-describedby="wat-hint{{#WAT_ERROR}} wat-fout{{/WAT_ERROR}}"{{#WAT_ERROR}} aria-invalid="true"{{/WAT_ERROR}}>{{WAT}}</textarea>
</div>
<div class="field{{#VOOR_WIE_ERROR}} field-has-error{{/VOOR_WIE_ERROR}}">
<label for="voor_wie">Voor wie is het?</label>
<p class="hint" id="voor_wie-hint">Bijvoorbeeld ‘de kinderen van de flat’ of ‘alle bewoners van de straat’.</p>
{{#VOOR_WIE_ERROR}}<p class="field-error" id="voor_wie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VOOR_WIE_ERROR}}
<textarea id="voor_wie" name="voor_wie" rows="5" maxlength="1000" aria-describedby="voor_wie-hint{{#VOOR_WIE_ERROR}} voor_wie-fout{{/VOOR_WIE_ERROR}}"{{#VOOR_WIE_ERROR}} aria-invalid="true"{{/VOOR_WIE_ERROR}}>{{VOOR_WIE}}</textarea>
</div>
</fieldset>
<fieldset class="field">
<legend>2. Waar?</legend>
<div class="field{{#BUURT_ERROR}} field-has-error{{/BUURT_ERROR}}">
<label for="buurt">Buurt</label>
<p class="hint" id="buurt-hint">Kies uw buurt. Weet u die niet? Vul dan hieronder uw postcode en huisnummer in.</p>
{{#BUURT_ERROR}}<p class="field-error" id="buurt-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BUURT_ERROR}}
<select id="buurt" name="buurt" aria-describedby="buurt-hint{{#BUURT_ERROR}} buurt-fout{{/BUURT_ERROR}}"{{#BUURT_ERROR}} aria-invalid="true"{{/BUURT_ERROR}}>
<option value="">Kies een buurt</option>
{{#WIJK}}<optgroup label="{{WIJK_NAAM}}">
{{#BUURT}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAAM}}</option>
{{/BUURT}}</optgroup>
{{/WIJK}}</select>
</div>
<div class="field-row">
<div class="field{{#POSTCODE_ERROR}} field-has-error{{/POSTCODE_ERROR}}">
<label for="postcode">Postcode <span class="optional">(niet verplicht)</span></label>
{{#POSTCODE_ERROR}}<p class="field-error" id="postcode-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/POSTCODE_ERROR}}
<input class="input-4" type="text" id="postcode" name="postcode" value="{{POSTCODE}}" maxlength="7" autocomplete="postal-code"{{#POSTCODE_ERROR}} aria-invalid="true" aria-describedby="postcode-fout"{{/POSTCODE_ERROR}}>
</div>
<div class="field{{#HUISNUMMER_ERROR}} field-has-error{{/HUISNUMMER_ERROR}}">
<label for="huisnummer">Huisnummer <span class="optional">(niet verplicht)</span></label>
{{#HUISNUMMER_ERROR}}<p class="field-error" id="huisnummer-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HUISNUMMER_ERROR}}
<input class="input-4" type="text" id="huisnummer" name="huisnummer" value="{{HUISNUMMER}}" maxlength="5" autocomplete="off"{{#HUISNUMMER_ERROR}} aria-invalid="true" aria-describedby="huisnummer-fout"{{/HUISNUMMER_ERROR}}>
</div>
<div class="field{{#TOEVOEGING_ERROR}} field-has-error{{/TOEVOEGING_ERROR}}">
<label for="toevoeging">Toevoeging <span class="optional">(niet verplicht)</span></label>
{{#TOEVOEGING_ERROR}}<p class="field-error" id="toevoeging-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOEVOEGING_ERROR}}
<input class="input-4" type="text" id="toevoeging" name="toevoeging" value="{{TOEVOEGING}}" maxlength="4" autocomplete="off"{{#TOEVOEGING_ERROR}} aria-invalid="true" aria-describedby="toevoeging-fout"{{/TOEVOEGING_ERROR}}>
</div>
</div>
<div class="field{{#WAAR_ERROR}} field-has-error{{/WAAR_ERROR}}">
<label for="waar">Plek <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="waar-hint">Waar precies? Bijvoorbeeld ‘het grasveld achter flat 2’.</p>
{{#WAAR_ERROR}}<p class="field-error" id="waar-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WAAR_ERROR}}
<input type="text" id="waar" name="waar" value="{{WAAR}}" maxlength="300" autocomplete="off" aria-describedby="waar-hint{{#WAAR_ERROR}} waar-fout{{/WAAR_ERROR}}"{{#WAAR_ERROR}} aria-invalid="true"{{/WAAR_ERROR}}>
</div>
</fieldset>
<fieldset class="field">
<legend>3. Hoeveel geld vraagt u?</legend>
<div class="field{{#BEDRAG_ERROR}} field-has-error{{/BEDRAG_ERROR}}">
<label for="bedrag">Bedrag in euro’s</label>
<p class="hint" id="bedrag-hint">Bijvoorbeeld 250 of 1.250,50. Zet in uw beschrijving waar het geld voor is.</p>
{{#BEDRAG_ERROR}}<p class="field-error" id="bedrag-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEDRAG_ERROR}}
<input class="input-10" type="text" id="bedrag" name="bedrag" value="{{BEDRAG}}" maxlength="20" autocomplete="off" aria-describedby="bedrag-hint{{#BEDRAG_ERROR}} bedrag-fout{{/BEDRAG_ERROR}}"{{#BEDRAG_ERROR}} aria-invalid="true"{{/BEDRAG_ERROR}}>
</div>
</fieldset>
<fieldset class="field">
<legend>4. Uw gegevens</legend>
<p class="hint">Wij gebruiken uw gegevens alleen voor deze aanvraag. Vul uw e-mailadres of telefoonnummer in, of allebei.</p>
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam</label>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="120" autocomplete="name"{{#NAAM_ERROR}} aria-invalid="true" aria-describedby="naam-fout"{{/NAAM_ERROR}}>
</div>
<div class="field{{#EMAIL_ERROR}} field-has-error{{/EMAIL_ERROR}}">
<label for="email">E-mailadres</label>
<p class="hint" id="email-hint">Hierop ontvangt u de bevestiging met uw persoonlijke link en het besluit.</p>
{{#EMAIL_ERROR}}<p class="field-error" id="email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/EMAIL_ERROR}}
<input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254" autocomplete="email" aria-describedby="email-hint{{#EMAIL_ERROR}} email-fout{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
</div>
<div class="field{{#TELEFOON_ERROR}} field-has-error{{/TELEFOON_ERROR}}">
<label for="telefoon">Telefoonnummer</label>
{{#TELEFOON_ERROR}}<p class="field-error" id="telefoon-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TELEFOON_ERROR}}
<input class="input-10" type="tel" id="telefoon" name="telefoon" value="{{TELEFOON}}" maxlength="20" autocomplete="tel"{{#TELEFOON_ERROR}} aria-invalid="true" aria-describedby="telefoon-fout"{{/TELEFOON_ERROR}}>
</div>
</fieldset>

<div class="visually-hidden" aria-hidden="true">
<label for="website_controle">Laat dit veld leeg</label>
<input type="text" id="website_controle" name="website_controle" value="" tabindex="-1" autocomplete="off">
</div>

<p class="hint">Wat wij met uw gegevens doen, leest u in onze <a href="/privacy">privacyverklaring</a>.</p>
<div class="form-actions">
<button type="submit" class="button button-primary button-large">Aanvraag versturen</button>
</div>
</form>
</div>
