{{%AUTOESCAPE context="HTML"}}
{{! The upload form for a gebieden or adressen file (partial of beheer_gebieden.tpl and beheer_gebieden_preview.tpl). Variables: CSRF_TOKEN, MAX_MB; sections GEBIEDEN_CHECKED, ADRESSEN_CHECKED, ERRORS with ERROR_ITEM (FIELD_ID, MSG), SOORT_GEBIEDEN_ERROR and BESTAND_ERROR (MSG). }}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="upload-fouten-titel" tabindex="-1">
<h2 id="upload-fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="form" method="post" action="/beheer/gebieden/import" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#SOORT_GEBIEDEN_ERROR}} field-has-error{{/SOORT_GEBIEDEN_ERROR}}"{{#SOORT_GEBIEDEN_ERROR}} aria-describedby="soort-fout"{{/SOORT_GEBIEDEN_ERROR}}>
<legend>Welk bestand leest u in?</legend>
{{#SOORT_GEBIEDEN_ERROR}}<p class="field-error" id="soort-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SOORT_GEBIEDEN_ERROR}}
<ul class="choices">
<li class="choice"><input type="radio" id="soort-gebieden" name="soort" value="gebieden"{{#GEBIEDEN_CHECKED}} checked{{/GEBIEDEN_CHECKED}} aria-describedby="soort-gebieden-hint"><label for="soort-gebieden">Gebieden: wijken, buurten en complexen<span class="hint" id="soort-gebieden-hint">Kolommen <code>code;<wbr>naam;<wbr>soort;<wbr>bovenliggend;<wbr>woningen</code>. Lees dit bestand eerst in: het adressenbestand verwijst naar deze codes.</span></label></li>
<li class="choice"><input type="radio" id="soort-adressen" name="soort" value="adressen"{{#ADRESSEN_CHECKED}} checked{{/ADRESSEN_CHECKED}} aria-describedby="soort-adressen-hint"><label for="soort-adressen">Adressen: het adressenbestand van alle woningen<span class="hint" id="soort-adressen-hint">Kolommen <code>postcode;<wbr>huisnummer;<wbr>toevoeging;<wbr>straat;<wbr>woonplaats;<wbr>buurt;<wbr>complex;<wbr>bag_id</code>. Een adres dat niet meer in het bestand staat, krijgt de markering ‘ontbreekt’.</span></label></li>
</ul>
</fieldset>
<div class="field{{#BESTAND_ERROR}} field-has-error{{/BESTAND_ERROR}}">
<label for="bestand">CSV-bestand</label>
<p class="hint" id="bestand-hint">Een kopregel met de kolomnamen, gescheiden door ; of , (in Excel: ‘Opslaan als’, ‘CSV UTF-8’). Hoogstens {{MAX_MB}} MB. U ziet eerst een controle; pas na uw bevestiging wordt iets opgeslagen.</p>
{{#BESTAND_ERROR}}<p class="field-error" id="bestand-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESTAND_ERROR}}
<input type="file" id="bestand" name="bestand" accept=".csv,text/csv,text/plain" aria-describedby="bestand-hint{{#BESTAND_ERROR}} bestand-fout{{/BESTAND_ERROR}}"{{#BESTAND_ERROR}} aria-invalid="true"{{/BESTAND_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Bestand controleren</button>
</div>
</form>
