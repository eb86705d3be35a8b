{{%AUTOESCAPE context="HTML"}}
{{! The satisfaction question on the melder's status page (the TEVREDENHEID include, web/melder_tevredenheid.c), and the page of its own when the answer comes back with errors. Variables: TOKEN, REFERENTIE, CSRF_TOKEN, TEKST (as typed); sections PAGINA (a page of its own), VRAAG with SCORE (VALUE, LABEL, CHECKED), TV_ERRORS (TV_ERROR_ITEM), TEVREDENHEID_SCORE_ERROR, TEVREDENHEID_TEKST_ERROR, TEVREDENHEID_MELDING_ERROR (MSG); GEGEVEN (SCORE, LABEL, TV_TEKST section with TEKST, VERZOEK). }}
{{#PAGINA}}<div class="form">
<h1>Uw melding <span class="ref">{{REFERENTIE}}</span></h1>{{/PAGINA}}
<section class="card" id="tevredenheid" aria-labelledby="tevredenheid-titel">
{{#VRAAG}}
<h2 id="tevredenheid-titel">Hoe tevreden bent u?</h2>
<p>Uw melding is afgesloten. Wilt u ons laten weten hoe tevreden u bent over hoe wij haar hebben afgehandeld? Bent u ontevreden, dan bekijken wij of we de melding opnieuw oppakken.</p>
{{#TV_ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="tevredenheid-fouten" tabindex="-1">
<h3 id="tevredenheid-fouten">Controleer uw antwoord</h3>
<ul>
{{#TV_ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/TV_ERROR_ITEM}}
</ul>
</div>
{{/TV_ERRORS}}
{{#TEVREDENHEID_MELDING_ERROR}}<p class="field-error" id="tevredenheid-melding"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TEVREDENHEID_MELDING_ERROR}}
<form method="post" action="/melding/status/{{TOKEN}}/tevredenheid" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#TEVREDENHEID_SCORE_ERROR}} field-has-error{{/TEVREDENHEID_SCORE_ERROR}}" id="tevredenheid-score" tabindex="-1"{{#TEVREDENHEID_SCORE_ERROR}} aria-describedby="tevredenheid-score-fout"{{/TEVREDENHEID_SCORE_ERROR}}>
<legend>Hoe tevreden bent u over de afhandeling?</legend>
{{#TEVREDENHEID_SCORE_ERROR}}<p class="field-error" id="tevredenheid-score-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TEVREDENHEID_SCORE_ERROR}}
<ul class="choices">
{{#SCORE}}<li class="choice"><input type="radio" id="tevredenheid-score-{{VALUE}}" name="score" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="tevredenheid-score-{{VALUE}}">{{VALUE}} - {{LABEL}}</label></li>
{{/SCORE}}
</ul>
</fieldset>
<div class="field{{#TEVREDENHEID_TEKST_ERROR}} field-has-error{{/TEVREDENHEID_TEKST_ERROR}}">
<label for="tevredenheid-tekst">Wilt u iets toelichten? <span class="optional">(niet verplicht)</span></label>
{{#TEVREDENHEID_TEKST_ERROR}}<p class="field-error" id="tevredenheid-tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TEVREDENHEID_TEKST_ERROR}}
<textarea id="tevredenheid-tekst" name="tekst" rows="4" maxlength="2000"{{#TEVREDENHEID_TEKST_ERROR}} aria-describedby="tevredenheid-tekst-fout" aria-invalid="true"{{/TEVREDENHEID_TEKST_ERROR}}>{{TEKST:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Verstuur uw antwoord</button></div>
</form>
{{/VRAAG}}
{{#GEGEVEN}}
<h2 id="tevredenheid-titel">Bedankt voor uw antwoord</h2>
<p>U gaf de afhandeling een <strong>{{SCORE}} van 5</strong>: {{LABEL}}.</p>
{{#TV_TEKST}}<p class="prose usertext">{{TEKST:pre_escape}}</p>{{/TV_TEKST}}
{{#VERZOEK}}<p>U bent ontevreden. Wij bekijken of wij uw melding opnieuw oppakken en laten u weten wat wij besluiten.</p>{{/VERZOEK}}
{{/GEGEVEN}}
</section>
{{#PAGINA}}<p><a href="/melding/status/{{TOKEN}}">Terug naar uw melding</a></p>
</div>{{/PAGINA}}
