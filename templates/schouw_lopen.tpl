{{%AUTOESCAPE context="HTML"}}
{{! Walking a wijkschouw on a phone (web/schouw.c, walk): the checklist per theme and a finding with a photo and a location; the findings so far. Variables: ID DAG GEBIED DEELNEMERS MAX_FILE_MB; sections AFGEROND, OPEN (ID CSRF_TOKEN, ERRORS (ERROR_ITEM), *_ERROR (CHECKLIST THEMA PUNT OMSCHRIJVING FOTO LOCATIE POSTCODE HUISNUMMER TOEVOEGING PLEK SCHOUW), THEMA (NAAM ID, PUNT (CODE TEKST OORDEEL_ID, OORDEEL_OPT (VALUE LABEL SELECTED))), THEMA_OPT (VALUE LABEL SELECTED), PUNT_GROEP (LABEL, PUNT_OPT (VALUE LABEL SELECTED)), OMSCHRIJVING LAT LON POSTCODE HUISNUMMER TOEVOEGING PLEK, FOTO_AGAIN (NAAM), BEVINDING (NR ID THEMA LOCATIE, PUNT (TEKST), OMSCHRIJVING, FOTO (NAAM))). }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/schouwen">Wijkschouwen</a></li><li><a href="/schouwen/{{ID}}">Schouw {{DAG}}</a></li><li aria-current="page">Lopen</li></ol></nav>
<h1 class="schouw-lopen-titel">Schouw lopen: {{GEBIED}}</h1>
<p class="muted">{{DAG}}. Met: {{DEELNEMERS}}.</p>
{{#AFGEROND}}<div class="callout"><p>Deze schouw is afgerond. Er kan niets meer bij. <a href="/schouwen/{{ID}}">Naar de schouw</a></p></div>{{/AFGEROND}}
{{#OPEN}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Nog niet opgeslagen. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#SCHOUW_ERROR}}<p class="field-error" id="schouw"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SCHOUW_ERROR}}

<section class="schouw-walk" aria-labelledby="bevinding-titel">
<h2 id="bevinding-titel">Bevinding vastleggen</h2>
<form method="post" action="/schouwen/{{ID}}/bevindingen" enctype="multipart/form-data" novalidate id="bevinding-form">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#THEMA_ERROR}} field-has-error{{/THEMA_ERROR}}">
<label for="thema">Thema</label>
{{#THEMA_ERROR}}<p class="field-error" id="thema-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/THEMA_ERROR}}
<select id="thema" name="thema"{{#THEMA_ERROR}} aria-invalid="true" aria-describedby="thema-fout"{{/THEMA_ERROR}}>
<option value="">Kies een thema</option>
{{#THEMA_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/THEMA_OPT}}</select>
</div>
<div class="field{{#PUNT_ERROR}} field-has-error{{/PUNT_ERROR}}">
<label for="punt">Punt van de checklist <span class="optional">(niet verplicht)</span></label>
{{#PUNT_ERROR}}<p class="field-error" id="punt-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PUNT_ERROR}}
<select id="punt" name="punt"{{#PUNT_ERROR}} aria-invalid="true" aria-describedby="punt-fout"{{/PUNT_ERROR}}>
<option value="">Geen of iets anders</option>
{{#PUNT_GROEP}}<optgroup label="{{LABEL}}">
{{#PUNT_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PUNT_OPT}}</optgroup>
{{/PUNT_GROEP}}</select>
</div>
<div class="field{{#OMSCHRIJVING_ERROR}} field-has-error{{/OMSCHRIJVING_ERROR}}">
<label for="omschrijving">Wat ziet u?</label>
{{#OMSCHRIJVING_ERROR}}<p class="field-error" id="omschrijving-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/OMSCHRIJVING_ERROR}}
<textarea id="omschrijving" name="omschrijving" rows="4" maxlength="2000"{{#OMSCHRIJVING_ERROR}} aria-invalid="true" aria-describedby="omschrijving-fout"{{/OMSCHRIJVING_ERROR}}>{{OMSCHRIJVING:pre_escape}}</textarea>
</div>
<div class="field{{#FOTO_ERROR}} field-has-error{{/FOTO_ERROR}}">
<label for="foto">Foto <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="foto-hint">Maak een foto met uw telefoon, tot {{MAX_FILE_MB}} MB. Wij halen de locatie- en cameragegevens eruit.</p>
{{#FOTO_ERROR}}<p class="field-error" id="foto-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/FOTO_ERROR}}
{{#FOTO_AGAIN}}<p class="field-error">Kies de foto opnieuw: {{NAAM}}</p>{{/FOTO_AGAIN}}
<input type="file" id="foto" name="foto" accept="image/*" capture="environment" aria-describedby="foto-hint{{#FOTO_ERROR}} foto-fout{{/FOTO_ERROR}}"{{#FOTO_ERROR}} aria-invalid="true"{{/FOTO_ERROR}}>
</div>
<fieldset class="field{{#LOCATIE_ERROR}} field-has-error{{/LOCATIE_ERROR}}" id="locatie" tabindex="-1">
<legend>Waar is het?</legend>
<p class="hint">Een adres, een beschrijving van de plek, of de locatie van uw telefoon.</p>
{{#LOCATIE_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/LOCATIE_ERROR}}
<input type="hidden" id="lat" name="lat" value="{{LAT}}">
<input type="hidden" id="lon" name="lon" value="{{LON}}">
<p class="schouw-geo"><button class="button button-secondary button-small" type="button" id="geo-knop" hidden>Locatie van mijn telefoon gebruiken</button> <span id="geo-status" role="status"></span></p>
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
<div class="field{{#PLEK_ERROR}} field-has-error{{/PLEK_ERROR}}">
<label for="plek">Of beschrijf de plek</label>
{{#PLEK_ERROR}}<p class="field-error" id="plek-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PLEK_ERROR}}
<input type="text" id="plek" name="plek" value="{{PLEK}}" maxlength="200"{{#PLEK_ERROR}} aria-invalid="true" aria-describedby="plek-fout"{{/PLEK_ERROR}}>
</div>
</fieldset>
<div class="form-actions"><button class="button button-primary button-block" type="submit">Bevinding opslaan</button></div>
</form>
</section>

<section class="schouw-walk" id="checklist" aria-labelledby="checklist-titel" tabindex="-1">
<h2 id="checklist-titel">Checklist</h2>
{{#CHECKLIST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CHECKLIST_ERROR}}
<form method="post" action="/schouwen/{{ID}}/checklist">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#THEMA}}
<fieldset class="schouw-thema">
<legend>{{NAAM}}</legend>
{{#PUNT}}
<div class="field schouw-punt">
<input type="hidden" name="punt" value="{{CODE}}">
<label for="oordeel-{{CODE}}">{{TEKST}}</label>
<select id="oordeel-{{CODE}}" name="oordeel">
<option value="">Nog niet beoordeeld</option>
{{#OORDEEL_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OORDEEL_OPT}}</select>
</div>
{{/PUNT}}
</fieldset>
{{/THEMA}}
<div class="form-actions"><button class="button button-secondary button-block" type="submit">Checklist opslaan</button></div>
</form>
</section>

<section class="schouw-walk" aria-labelledby="gezien-titel">
<h2 id="gezien-titel">Vastgelegd</h2>
<ol class="schouw-bevindingen">
{{#BEVINDING}}<li id="bevinding-{{ID}}"><strong>{{NR}}. {{THEMA}}</strong>{{#PUNT}}: {{TEKST}}{{/PUNT}}<br>{{OMSCHRIJVING}} <span class="muted">({{LOCATIE}}{{#FOTO}}, foto {{NAAM}}{{/FOTO}})</span></li>
{{/BEVINDING}}</ol>
<p><a href="/schouwen/{{ID}}">Klaar met lopen: naar de schouw</a></p>
</section>
<script src="/static/schouw.js" defer></script>
{{/OPEN}}
