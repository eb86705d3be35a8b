{{%AUTOESCAPE context="HTML"}}
{{! The public overlast form. Sections: GROEP (GROEP_NAAM, CATEGORY: CODE NAAM SELECTED), DUBBEL (the repeat question: DAGEN DAGBOEK_VAN ERNST DUBBEL_FOUT), ERRORS, *_ERROR, FILE_MSG, PENDING, NOTICE_MSG, ANONIEM_JA/NEE, DELEN_JA. }}
<div class="form">
<h1>Overlast melden</h1>
<p class="lead">Vertel ons wat er aan de hand is. U krijgt meteen een meldnummer en een persoonlijke link om uw melding te volgen. <a href="/privacy">Wat wij met uw gegevens doen</a>.</p>
<p class="callout callout-urgent">Is er direct gevaar? Bel <a class="phone" href="tel:112">112</a>. Dit formulier is niet voor noodgevallen.</p>
{{#NOTICE_MSG}}
<div class="error-summary" role="alert">
<h2>Uw melding is nog niet verstuurd</h2>
<p>{{NOTICE}}</p>
</div>
{{/NOTICE_MSG}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Uw melding is nog niet verstuurd. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/melden" enctype="multipart/form-data" novalidate id="meldformulier">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="bijlagen_id" value="{{BIJLAGEN_ID}}">

{{#DUBBEL}}
<section class="callout dubbel" aria-labelledby="dubbel-titel" id="dubbel">
<h2 id="dubbel-titel">U heeft dit al eerder gemeld</h2>
<p>Met dezelfde contactgegevens is in de afgelopen {{DAGEN}} dagen al een melding over dit onderwerp op dit adres gedaan, en die melding loopt nog. Gaat het om hetzelfde? Zet dit dan bij die melding, in het overlastdagboek. Dan ziet de medewerker alles bij elkaar.</p>
{{#DUBBEL_FOUT}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DUBBEL_FOUT}}
<div class="field">
<label for="dagboek_van">Wanneer begon het?</label>
<p class="hint" id="dagboek_van-hint">Datum en tijd, bijvoorbeeld gisteravond 23.00 uur.</p>
<input type="datetime-local" id="dagboek_van" name="dagboek_van" value="{{DAGBOEK_VAN}}" aria-describedby="dagboek_van-hint">
</div>
<fieldset class="field">
<legend>Hoe erg was het? (1 = een beetje, 5 = heel erg)</legend>
<ul class="choices choices-inline">
{{#ERNST}}<li class="choice"><input type="radio" id="dagboek_ernst-{{WAARDE}}" name="dagboek_ernst" value="{{WAARDE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="dagboek_ernst-{{WAARDE}}">{{WAARDE}}</label></li>{{/ERNST}}
</ul>
</fieldset>
<div class="form-actions">
<button type="submit" name="dubbel" value="toevoegen" class="button button-primary">Bij mijn eerdere melding zetten</button>
<button type="submit" name="dubbel" value="nieuw" class="button">Toch als nieuwe melding versturen</button>
</div>
</section>
{{/DUBBEL}}

<div class="field{{#OMSCHRIJVING_ERROR}} field-has-error{{/OMSCHRIJVING_ERROR}}">
<label for="omschrijving">1. Wat is er gebeurd?</label>
<p class="hint" id="omschrijving-hint">Beschrijf wat u zag of hoorde. Noem geen namen van buren als dat niet nodig is.</p>
{{#OMSCHRIJVING_ERROR}}<p class="field-error" id="omschrijving-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/OMSCHRIJVING_ERROR}}
<textarea id="omschrijving" name="omschrijving" rows="5" maxlength="5000" aria-describedby="omschrijving-hint{{#OMSCHRIJVING_ERROR}} omschrijving-fout{{/OMSCHRIJVING_ERROR}}"{{#OMSCHRIJVING_ERROR}} aria-invalid="true"{{/OMSCHRIJVING_ERROR}}>{{OMSCHRIJVING:pre_escape}}</textarea>
</div>

<div class="field{{#CATEGORIE_ERROR}} field-has-error{{/CATEGORIE_ERROR}}">
<label for="categorie">2. Waar gaat het over?</label>
{{#CATEGORIE_ERROR}}<p class="field-error" id="categorie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CATEGORIE_ERROR}}
<select id="categorie" name="categorie"{{#CATEGORIE_ERROR}} aria-invalid="true" aria-describedby="categorie-fout"{{/CATEGORIE_ERROR}}>
<option value="">Kies een onderwerp</option>
{{#GROEP}}<optgroup label="{{GROEP_NAAM}}">
{{#CATEGORY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAAM}}</option>
{{/CATEGORY}}</optgroup>
{{/GROEP}}
</select>
</div>

<div class="field{{#VOORVAL_ERROR}} field-has-error{{/VOORVAL_ERROR}}">
<label for="voorval">3. Wanneer was het? <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="voorval-hint">Bijvoorbeeld: gisteravond rond 23.00 uur, of: elk weekend.</p>
{{#VOORVAL_ERROR}}<p class="field-error" id="voorval-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VOORVAL_ERROR}}
<input type="text" id="voorval" name="voorval" value="{{VOORVAL}}" maxlength="200" aria-describedby="voorval-hint"{{#VOORVAL_ERROR}} aria-invalid="true"{{/VOORVAL_ERROR}}>
</div>

<fieldset class="field">
<legend>4. Waar is het?</legend>
<p class="hint">Vul het adres in waar de overlast is. Weet u geen adres, beschrijf dan de plek.</p>
<div class="field-row">
<div class="field{{#POSTCODE_ERROR}} field-has-error{{/POSTCODE_ERROR}}">
<label for="postcode">Postcode</label>
{{#POSTCODE_ERROR}}<p class="field-error" id="postcode-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/POSTCODE_ERROR}}
<input class="input-4" type="text" id="postcode" name="postcode" value="{{POSTCODE}}" autocomplete="postal-code" maxlength="10"{{#POSTCODE_ERROR}} aria-invalid="true" aria-describedby="postcode-fout"{{/POSTCODE_ERROR}}>
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
<p class="hint" id="plaats-hint">Bijvoorbeeld: het speeltuintje achter de flat aan de Merelstraat.</p>
{{#PLAATS_ERROR}}<p class="field-error" id="plaats-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PLAATS_ERROR}}
<input type="text" id="plaats" name="plaats" value="{{PLAATS}}" maxlength="200" aria-describedby="plaats-hint"{{#PLAATS_ERROR}} aria-invalid="true"{{/PLAATS_ERROR}}>
</div>
</fieldset>

<div class="field{{#BIJLAGEN_ERROR}} field-has-error{{/BIJLAGEN_ERROR}}">
<label for="bijlagen">5. Foto's, video of geluid <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="bijlagen-hint">Ten hoogste {{MAX_FILES}} bestanden, elk tot {{MAX_FILE_MB}} MB, samen tot {{MAX_TOTAL_MB}} MB. Foto (JPG, PNG, HEIC), video (MP4, MOV) of geluid (MP3, M4A, WAV).</p>
{{#FILE_MSG}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{NAME}}: {{MSG}}</p>{{/FILE_MSG}}
{{#HAS_PENDING}}
<p>Deze bestanden heeft u al toegevoegd; wij bewaren ze een uur voor u. Vink aan wat u wilt weghalen:</p>
<ul class="choices">
{{#PENDING}}
<li class="choice"><input type="hidden" name="bewaard" value="{{ID}}"><input type="checkbox" id="verwijder-{{ID}}" name="verwijder" value="{{ID}}"><label for="verwijder-{{ID}}">{{NAME}} ({{KIND}}, {{SIZE}}) weghalen</label></li>
{{/PENDING}}
</ul>
{{/HAS_PENDING}}
<input type="file" id="bijlagen" name="bijlagen" multiple accept="image/jpeg,image/png,image/heic,video/mp4,video/quicktime,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav,.heic,.m4a" aria-describedby="bijlagen-hint">
</div>

<fieldset class="field">
<legend>6. Uw gegevens</legend>
<p class="hint">Met uw gegevens kunnen wij u op de hoogte houden en vragen stellen. Wij delen uw naam niet met de mensen over wie u meldt.</p>
<ul class="choices">
<li class="choice"><input type="radio" id="anoniem-nee" name="anoniem" value="0"{{#ANONIEM_NEE}} checked{{/ANONIEM_NEE}}><label for="anoniem-nee">Ik meld met mijn naam en contactgegevens</label></li>
<li class="choice"><input type="radio" id="anoniem-ja" name="anoniem" value="1"{{#ANONIEM_JA}} checked{{/ANONIEM_JA}} aria-describedby="anoniem-hint"><label for="anoniem-ja">Ik meld anoniem<span class="hint" id="anoniem-hint">Wij kunnen u dan niet bereiken. Met uw persoonlijke link ziet u wel wat er met uw melding gebeurt. De velden hieronder kunt u dan leeg laten.</span></label></li>
</ul>
<div class="field{{#MELDER_NAAM_ERROR}} field-has-error{{/MELDER_NAAM_ERROR}}">
<label for="melder_naam">Naam</label>
{{#MELDER_NAAM_ERROR}}<p class="field-error" id="melder_naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MELDER_NAAM_ERROR}}
<input type="text" id="melder_naam" name="melder_naam" value="{{MELDER_NAAM}}" autocomplete="name" maxlength="120"{{#MELDER_NAAM_ERROR}} aria-invalid="true" aria-describedby="melder_naam-fout"{{/MELDER_NAAM_ERROR}}>
</div>
<div class="field{{#MELDER_EMAIL_ERROR}} field-has-error{{/MELDER_EMAIL_ERROR}}">
<label for="melder_email">E-mailadres</label>
<p class="hint" id="melder_email-hint">Hierop ontvangt u de bevestiging en onze reactie.</p>
{{#MELDER_EMAIL_ERROR}}<p class="field-error" id="melder_email-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MELDER_EMAIL_ERROR}}
<input type="email" id="melder_email" name="melder_email" value="{{MELDER_EMAIL}}" autocomplete="email" spellcheck="false" maxlength="254" aria-describedby="melder_email-hint{{#MELDER_EMAIL_ERROR}} melder_email-fout{{/MELDER_EMAIL_ERROR}}"{{#MELDER_EMAIL_ERROR}} aria-invalid="true"{{/MELDER_EMAIL_ERROR}}>
</div>
<div class="field{{#MELDER_TELEFOON_ERROR}} field-has-error{{/MELDER_TELEFOON_ERROR}}">
<label for="melder_telefoon">Telefoonnummer <span class="optional">(als u liever gebeld wordt)</span></label>
{{#MELDER_TELEFOON_ERROR}}<p class="field-error" id="melder_telefoon-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MELDER_TELEFOON_ERROR}}
<input class="input-10" type="tel" id="melder_telefoon" name="melder_telefoon" value="{{MELDER_TELEFOON}}" autocomplete="tel" maxlength="20"{{#MELDER_TELEFOON_ERROR}} aria-invalid="true" aria-describedby="melder_telefoon-fout"{{/MELDER_TELEFOON_ERROR}}>
</div>
<div class="field">
<div class="choice"><input type="checkbox" id="delen_met_partners" name="delen_met_partners" value="1"{{#DELEN_JA}} checked{{/DELEN_JA}} aria-describedby="delen-hint"><label for="delen_met_partners">Partners die kunnen helpen mogen mijn contactgegevens krijgen<span class="hint" id="delen-hint">Soms vragen wij hulp van het sociaal wijkteam, buurtbemiddeling, de gemeente of de politie. Met een vinkje mogen zij u bellen of mailen. Zonder vinkje delen wij alleen wat er gebeurt, zonder uw naam en contactgegevens.</span></label></div>
</div>
</fieldset>

<div class="visually-hidden" aria-hidden="true">
<label for="website_controle">Laat dit veld leeg</label>
<input type="text" id="website_controle" name="website_controle" value="" tabindex="-1" autocomplete="off">
</div>

<p class="hint">Wat wij met uw gegevens doen, leest u in onze <a href="/privacy">privacyverklaring</a>.</p>
<p class="upload-voortgang" id="upload-voortgang" role="status" aria-live="polite" hidden></p>
<div class="form-actions">
<button type="submit" class="button button-primary button-large">Melding versturen</button>
</div>
</form>
</div>
<script src="/static/melden.js" defer></script>
