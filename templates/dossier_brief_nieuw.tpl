{{%AUTOESCAPE context="HTML"}}
{{! The preview of a new letter (web/dossier_brief.c): the form of the dossier page's "Brief maken" again, and under it the letter as it would be saved (VOORBEELD, PAPER). Nothing is stored until "Opslaan". Variables DID, REF, ADRES_DOSSIER, CSRF_TOKEN, NAAM, ADRES, FEITEN; SOORT_OPT (VALUE LABEL CHECKED), AANHEF_OPT (VALUE LABEL SELECTED); ERRORS and BRIEF_*_ERROR. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/dossiers">Dossiers</a></li><li><a href="/dossiers/{{DID}}">{{REF}}</a></li><li aria-current="page">Nieuwe brief</li></ol></nav>
<div class="no-print">
<h1>Nieuwe brief</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is nog geen voorbeeld</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#VOORBEELD}}<p>Hieronder staat de brief zoals hij bewaard wordt. Er is nog niets bewaard: pas zo nodig iets aan en kies <strong>Opslaan</strong>.</p>{{/VOORBEELD}}
<form method="post" action="/dossiers/{{DID}}/brief" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#BRIEF_SOORT_ERROR}} field-has-error{{/BRIEF_SOORT_ERROR}}" id="brief-soort" tabindex="-1">
<legend>Soort brief</legend>
{{#BRIEF_SOORT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_SOORT_ERROR}}
<ul class="choices">
{{#SOORT_OPT}}<li class="choice"><input type="radio" id="brief-soort-{{VALUE}}" name="soort" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="brief-soort-{{VALUE}}">{{LABEL}}</label></li>
{{/SOORT_OPT}}
</ul>
</fieldset>
<div class="field{{#BRIEF_NAAM_ERROR}} field-has-error{{/BRIEF_NAAM_ERROR}}">
<label for="brief-naam">Naam van de geadresseerde</label>
<p class="hint" id="brief-naam-hint">Leeg laten: de brief gaat aan "De bewoner(s) van" het adres.</p>
{{#BRIEF_NAAM_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_NAAM_ERROR}}
<input type="text" id="brief-naam" name="naam" value="{{NAAM}}" maxlength="200" aria-describedby="brief-naam-hint">
</div>
<div class="field{{#BRIEF_AANHEF_ERROR}} field-has-error{{/BRIEF_AANHEF_ERROR}}">
<label for="brief-aanhef">Aanhef</label>
{{#BRIEF_AANHEF_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_AANHEF_ERROR}}
<select id="brief-aanhef" name="aanhef">{{#AANHEF_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AANHEF_OPT}}</select>
</div>
<div class="field{{#BRIEF_ADRES_ERROR}} field-has-error{{/BRIEF_ADRES_ERROR}}">
<label for="brief-adres">Adres (onder de naam, hoogstens 5 regels)</label>
<p class="hint" id="brief-adres-hint">Leeg laten: het adres van het dossier ({{ADRES_DOSSIER}}).</p>
{{#BRIEF_ADRES_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_ADRES_ERROR}}
<textarea id="brief-adres" name="adres" rows="3" maxlength="320" aria-describedby="brief-adres-hint">{{ADRES:pre_escape}}</textarea>
</div>
<div class="field{{#BRIEF_FEITEN_ERROR}} field-has-error{{/BRIEF_FEITEN_ERROR}}">
<label for="brief-feiten">De feiten</label>
<p class="hint" id="brief-feiten-hint">Wat is er wanneer gebeurd? Dit komt zo in de brief.</p>
{{#BRIEF_FEITEN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_FEITEN_ERROR}}
<textarea id="brief-feiten" name="feiten" rows="5" maxlength="10000" aria-describedby="brief-feiten-hint">{{FEITEN:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" name="stap" value="voorbeeld" class="button">Voorbeeld</button> <button type="submit" name="stap" value="opslaan" class="button button-primary">Opslaan</button></div>
</form>
</div>
{{#VOORBEELD}}{{>PAPER}}{{/VOORBEELD}}
