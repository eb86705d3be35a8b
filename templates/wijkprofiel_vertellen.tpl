{{%AUTOESCAPE context="HTML"}}
{{! The vertellen entries of a wijk or buurt (issue 18): the VERTELLEN include of the wijkprofiel, and the page GET /wijken/{code}/vertellen with all of them (also the 422 answer of POST /wijken/{code}/vertellen) - web/wijk_inzet.c. Variables: CODE, NAAM, TOTAAL; sections PAGINA, VT_MORE (SHOWN), VT_NONE, VT_ENTRY (DAG, DAG_ISO, BRON_ID, BRON_LABEL, AANLEIDING_LABEL, TEKST, DOOR, VT_PARTNER (PARTNER), VT_BUURT (BUURT)), VT_FORM (CSRF_TOKEN, DAG_IN, TEKST_IN, VT_BRON (ID, LABEL, CHECKED), VT_PARTNER_OPTION (ID, NAAM, SELECTED), VT_AANLEIDING (ID, LABEL, SELECTED), VT_ERRORS with VT_ERROR_ITEM, VT_DAG_ERROR, VT_BRON_ERROR, VT_PARTNER_ERROR, VT_AANLEIDING_ERROR, VT_TEKST_ERROR with MSG); include PAGER. }}
{{#PAGINA}}<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/wijken/{{CODE}}">{{NAAM}}</a></li><li aria-current="page">Vertellen</li></ol></nav>{{/PAGINA}}
<section class="card" id="vertellen" aria-labelledby="vertellen-titel">
<h2 id="vertellen-titel" class="mt-0">Vertellen</h2>
<p class="muted">Wat de wijkbeheerder ziet, wat partners waarnemen en wat bewoners vertellen: het verhaal naast de cijfers.</p>
{{#VT_NONE}}<p class="muted">Nog niets verteld over {{NAAM}}.</p>{{/VT_NONE}}
<ol class="timeline">
{{#VT_ENTRY}}<li data-bron="{{BRON_ID}}"><span class="timeline-when"><time datetime="{{DAG_ISO}}">{{DAG}}</time></span>
<p class="timeline-what"><strong>{{BRON_LABEL}}</strong>{{#VT_PARTNER}} ({{PARTNER}}){{/VT_PARTNER}} <span class="muted">{{AANLEIDING_LABEL}}{{#VT_BUURT}}, {{BUURT}}{{/VT_BUURT}}; vastgelegd door {{DOOR}}</span></p>
<p class="prose usertext">{{TEKST:pre_escape}}</p></li>
{{/VT_ENTRY}}
</ol>
{{#VT_MORE}}<p><a href="/wijken/{{CODE}}/vertellen">Alle {{TOTAAL}} verhalen</a> <span class="muted">(hier de {{SHOWN}} nieuwste)</span></p>{{/VT_MORE}}
{{>PAGER}}
{{#VT_FORM}}
<h3 id="vertellen-toevoegen">Verhaal toevoegen</h3>
{{#VT_ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="vertellen-fouten" tabindex="-1">
<h4 id="vertellen-fouten">Controleer het verhaal</h4>
<ul>
{{#VT_ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/VT_ERROR_ITEM}}
</ul>
</div>
{{/VT_ERRORS}}
<form method="post" action="/wijken/{{CODE}}/vertellen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#VT_BRON_ERROR}} field-has-error{{/VT_BRON_ERROR}}" id="vertellen-bron" tabindex="-1">
<legend>Van wie komt het?</legend>
{{#VT_BRON_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VT_BRON_ERROR}}
<ul class="choices">
{{#VT_BRON}}<li class="choice"><input type="radio" id="vertellen-bron-{{ID}}" name="bron" value="{{ID}}"{{#VT_CHECKED}} checked{{/VT_CHECKED}}><label for="vertellen-bron-{{ID}}">{{LABEL}}</label></li>
{{/VT_BRON}}</ul>
</fieldset>
<div class="field{{#VT_PARTNER_ERROR}} field-has-error{{/VT_PARTNER_ERROR}}">
<label for="vertellen-partner">Partnerorganisatie <span class="hint">Alleen bij een waarneming van een partner.</span></label>
{{#VT_PARTNER_ERROR}}<p class="field-error" id="vertellen-partner-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VT_PARTNER_ERROR}}
<select id="vertellen-partner" name="partner" class="input-20"{{#VT_PARTNER_ERROR}} aria-invalid="true" aria-describedby="vertellen-partner-fout"{{/VT_PARTNER_ERROR}}>
<option value="">Geen</option>
{{#VT_PARTNER_OPTION}}<option value="{{ID}}"{{#VT_SELECTED}} selected{{/VT_SELECTED}}>{{NAAM}}</option>
{{/VT_PARTNER_OPTION}}</select>
</div>
<div class="field{{#VT_AANLEIDING_ERROR}} field-has-error{{/VT_AANLEIDING_ERROR}}">
<label for="vertellen-aanleiding">Waar gehoord of gezien?</label>
{{#VT_AANLEIDING_ERROR}}<p class="field-error" id="vertellen-aanleiding-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VT_AANLEIDING_ERROR}}
<select id="vertellen-aanleiding" name="aanleiding" class="input-20"{{#VT_AANLEIDING_ERROR}} aria-invalid="true" aria-describedby="vertellen-aanleiding-fout"{{/VT_AANLEIDING_ERROR}}>
<option value="">Kies</option>
{{#VT_AANLEIDING}}<option value="{{ID}}"{{#VT_SELECTED}} selected{{/VT_SELECTED}}>{{LABEL}}</option>
{{/VT_AANLEIDING}}</select>
</div>
<div class="field{{#VT_DAG_ERROR}} field-has-error{{/VT_DAG_ERROR}}">
<label for="vertellen-dag">Datum <span class="hint">Leeg is vandaag.</span></label>
{{#VT_DAG_ERROR}}<p class="field-error" id="vertellen-dag-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VT_DAG_ERROR}}
<input type="date" id="vertellen-dag" name="dag" value="{{DAG_IN}}" class="input-10"{{#VT_DAG_ERROR}} aria-invalid="true" aria-describedby="vertellen-dag-fout"{{/VT_DAG_ERROR}}>
</div>
<div class="field{{#VT_TEKST_ERROR}} field-has-error{{/VT_TEKST_ERROR}}">
<label for="vertellen-tekst">Wat is er verteld of gezien?</label>
{{#VT_TEKST_ERROR}}<p class="field-error" id="vertellen-tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VT_TEKST_ERROR}}
<textarea id="vertellen-tekst" name="tekst" rows="4" maxlength="4000"{{#VT_TEKST_ERROR}} aria-describedby="vertellen-tekst-fout" aria-invalid="true"{{/VT_TEKST_ERROR}}>{{TEKST_IN:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Verhaal vastleggen</button></div>
</form>
{{/VT_FORM}}
</section>
