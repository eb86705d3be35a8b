{{%AUTOESCAPE context="HTML"}}
{{! Placing a melding in a wijk (and buurt), on the melding's page (melding_detail.tpl): at the top while it has no wijk, at the bottom otherwise. An include: every value is set on its own dictionary (handlers/meldingen.c). }}
<section class="card" aria-labelledby="plaatsen-titel">
{{#ONBEKEND}}<h2 class="mt-0" id="plaatsen-titel">Plaatsen in een wijk</h2>
<p>Deze melding hoort nog bij geen wijk. Kies de wijk (en zo mogelijk de buurt), zodat de medewerkers van die wijk haar zien.</p>{{/ONBEKEND}}
<details{{#OPEN}} open{{/OPEN}}{{#ONBEKEND}} open{{/ONBEKEND}}>
<summary{{#ANDERS}} id="plaatsen-titel"{{/ANDERS}}>{{#ANDERS}}In een andere wijk plaatsen{{/ANDERS}}{{#ONBEKEND}}Wijk kiezen{{/ONBEKEND}}</summary>
<form method="post" action="/meldingen/{{ID}}/plaatsen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#PLAATSEN_WIJK_ERROR}} field-has-error{{/PLAATSEN_WIJK_ERROR}}">
<label for="plaatsen-wijk">Wijk</label>
{{#PLAATSEN_WIJK_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PLAATSEN_WIJK_ERROR}}
<select id="plaatsen-wijk" name="wijk"><option value="">Kies een wijk</option>{{#WIJK_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/WIJK_OPT}}</select>
</div>
<div class="field{{#PLAATSEN_BUURT_ERROR}} field-has-error{{/PLAATSEN_BUURT_ERROR}}">
<label for="plaatsen-buurt">Buurt <span class="optional">(niet verplicht)</span></label>
{{#PLAATSEN_BUURT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PLAATSEN_BUURT_ERROR}}
<select id="plaatsen-buurt" name="buurt"><option value="">Geen buurt</option>{{#BUURT_GROEP}}<optgroup label="{{WIJK}}">{{#BUURT_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BUURT_OPT}}</optgroup>{{/BUURT_GROEP}}</select>
</div>
<div class="form-actions"><button type="submit" id="plaatsen-knop" class="button button-primary">Plaatsen</button></div>
</form>
</details>
</section>
