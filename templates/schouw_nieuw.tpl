{{%AUTOESCAPE context="HTML"}}
{{! Planning a wijkschouw (web/schouw.c, plan_form). Variables: CSRF_TOKEN DAG DEELNEMERS TOELICHTING; sections GEBIED_OPT (VALUE LABEL SELECTED), ERRORS (ERROR_ITEM: FIELD_ID MSG), *_ERROR (GEBIED DAG DEELNEMERS TOELICHTING). }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/schouwen">Wijkschouwen</a></li><li aria-current="page">Schouw plannen</li></ol></nav>
<div class="form">
<h1>Schouw plannen</h1>
<p class="lead">Kies de wijk of buurt, de dag en wie er meelopen. Tijdens de schouw vult u op uw telefoon de checklist in en legt u bevindingen vast, met foto.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">De schouw is nog niet gepland. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/schouwen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#GEBIED_ERROR}} field-has-error{{/GEBIED_ERROR}}">
<label for="gebied">Wijk of buurt</label>
{{#GEBIED_ERROR}}<p class="field-error" id="gebied-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/GEBIED_ERROR}}
<select id="gebied" name="gebied"{{#GEBIED_ERROR}} aria-invalid="true" aria-describedby="gebied-fout"{{/GEBIED_ERROR}}>
<option value="">Kies een wijk of buurt</option>
{{#GEBIED_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/GEBIED_OPT}}</select>
</div>
<div class="field{{#DAG_ERROR}} field-has-error{{/DAG_ERROR}}">
<label for="dag">Dag van de schouw</label>
{{#DAG_ERROR}}<p class="field-error" id="dag-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DAG_ERROR}}
<input type="date" id="dag" name="dag" value="{{DAG}}"{{#DAG_ERROR}} aria-invalid="true" aria-describedby="dag-fout"{{/DAG_ERROR}}>
</div>
<div class="field{{#DEELNEMERS_ERROR}} field-has-error{{/DEELNEMERS_ERROR}}">
<label for="deelnemers">Wie lopen er mee?</label>
<p class="hint" id="deelnemers-hint">Eén organisatie per regel, bijvoorbeeld de gemeente, de huurdersorganisatie, de politie of het wijkteam.</p>
{{#DEELNEMERS_ERROR}}<p class="field-error" id="deelnemers-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DEELNEMERS_ERROR}}
<textarea id="deelnemers" name="deelnemers" rows="4" aria-describedby="deelnemers-hint{{#DEELNEMERS_ERROR}} deelnemers-fout{{/DEELNEMERS_ERROR}}"{{#DEELNEMERS_ERROR}} aria-invalid="true"{{/DEELNEMERS_ERROR}}>{{DEELNEMERS:pre_escape}}</textarea>
</div>
<div class="field{{#TOELICHTING_ERROR}} field-has-error{{/TOELICHTING_ERROR}}">
<label for="toelichting">Waar letten we op? <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="toelichting-hint">Wat de partijen vooraf hebben verzameld: vragen en zorgen over deze buurt.</p>
{{#TOELICHTING_ERROR}}<p class="field-error" id="toelichting-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOELICHTING_ERROR}}
<textarea id="toelichting" name="toelichting" rows="4" aria-describedby="toelichting-hint{{#TOELICHTING_ERROR}} toelichting-fout{{/TOELICHTING_ERROR}}"{{#TOELICHTING_ERROR}} aria-invalid="true"{{/TOELICHTING_ERROR}}>{{TOELICHTING:pre_escape}}</textarea>
</div>
<div class="form-actions"><button class="button button-primary" type="submit">Schouw plannen</button> <a href="/schouwen">Annuleren</a></div>
</form>
</div>
