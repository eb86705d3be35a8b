{{%AUTOESCAPE context="HTML"}}
{{! The melder's verzoek tot heropenen on the staff melding page (the HEROPENVERZOEK include, web/melding_heropenverzoek.c), and the page of its own when a decision comes back with errors. Variables: ID, REFERENTIE, SCORE, LABEL, GEGEVEN, GEGEVEN_ISO; sections PAGINA, HV_TEKST (TEKST), HV_FORM (CSRF_TOKEN, TOELICHTING, HEROPENEN_CHECKED, NIET_CHECKED, HV_ERRORS with HV_ERROR_ITEM, HEROPENVERZOEK_BESLUIT_ERROR and HEROPENVERZOEK_TOELICHTING_ERROR with MSG). }}
{{#PAGINA}}<p><a href="/meldingen/{{ID}}">Terug naar melding {{REFERENTIE}}</a></p>{{/PAGINA}}
<section class="card callout-warning" id="heropenverzoek" aria-labelledby="heropenverzoek-titel">
<h2 id="heropenverzoek-titel" class="mt-0">Verzoek tot heropenen</h2>
<p>De melder is ontevreden over de afhandeling: een <strong>{{SCORE}} van 5</strong> ({{LABEL}}), gegeven op <time datetime="{{GEGEVEN_ISO}}">{{GEGEVEN}}</time>. Besluit of de melding weer opengaat.</p>
{{#HV_TEKST}}<p class="prose usertext">{{TEKST:pre_escape}}</p>{{/HV_TEKST}}
{{#HV_FORM}}
{{#HV_ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="heropenverzoek-fouten" tabindex="-1">
<h3 id="heropenverzoek-fouten">Controleer het besluit</h3>
<ul>
{{#HV_ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/HV_ERROR_ITEM}}
</ul>
</div>
{{/HV_ERRORS}}
<form method="post" action="/meldingen/{{ID}}/heropenverzoek" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#HEROPENVERZOEK_BESLUIT_ERROR}} field-has-error{{/HEROPENVERZOEK_BESLUIT_ERROR}}" id="heropenverzoek-besluit" tabindex="-1">
<legend>Besluit</legend>
{{#HEROPENVERZOEK_BESLUIT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HEROPENVERZOEK_BESLUIT_ERROR}}
<ul class="choices">
<li class="choice"><input type="radio" id="heropenverzoek-heropenen" name="besluit" value="heropenen"{{#HEROPENEN_CHECKED}} checked{{/HEROPENEN_CHECKED}}><label for="heropenverzoek-heropenen">Heropenen: de melding gaat weer in behandeling</label></li>
<li class="choice"><input type="radio" id="heropenverzoek-niet" name="besluit" value="niet_heropenen"{{#NIET_CHECKED}} checked{{/NIET_CHECKED}}><label for="heropenverzoek-niet">Niet heropenen: de melding blijft afgesloten</label></li>
</ul>
</fieldset>
<div class="field{{#HEROPENVERZOEK_TOELICHTING_ERROR}} field-has-error{{/HEROPENVERZOEK_TOELICHTING_ERROR}}">
<label for="heropenverzoek-toelichting">Toelichting <span class="hint">Waarom dit besluit? Komt op de tijdlijn.</span></label>
{{#HEROPENVERZOEK_TOELICHTING_ERROR}}<p class="field-error" id="heropenverzoek-toelichting-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HEROPENVERZOEK_TOELICHTING_ERROR}}
<textarea id="heropenverzoek-toelichting" name="toelichting" rows="3" maxlength="2000"{{#HEROPENVERZOEK_TOELICHTING_ERROR}} aria-describedby="heropenverzoek-toelichting-fout" aria-invalid="true"{{/HEROPENVERZOEK_TOELICHTING_ERROR}}>{{TOELICHTING:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Besluit vastleggen</button></div>
</form>
{{/HV_FORM}}
</section>
