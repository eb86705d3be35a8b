{{%AUTOESCAPE context="HTML"}}
{{! The caption and capture moment of one attachment (issue 17, point 7): the BIJSCHRIFT include inside a BIJLAGE item of melding_detail.tpl, and the page of its own when a caption comes back with an error (web/melding_bijlagen.c). Variables: ID, BIJLAGE_ID; sections PAGINA (REFERENTIE, NAAM), TEKST (BIJSCHRIFT), GEMAAKT (OP, OP_ISO), FORM (CSRF_TOKEN, VELD_ID, WAARDE, KNOP, OPEN, ERRORS with ERROR_ITEM, BIJSCHRIFT_ERROR with MSG). }}
{{#PAGINA}}<p><a href="/meldingen/{{ID}}">Terug naar melding {{REFERENTIE}}</a></p>
<p>Bestand: <a href="/meldingen/{{ID}}/bijlagen/{{BIJLAGE_ID}}">{{NAAM}}</a></p>{{/PAGINA}}
{{#TEKST}}<span class="bijschrift">{{BIJSCHRIFT}}</span>{{/TEKST}}
{{#GEMAAKT}}<span class="muted bijschrift-moment">gemaakt op <time datetime="{{OP_ISO}}">{{OP}}</time></span>{{/GEMAAKT}}
{{#FORM}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="bijschrift-fouten" tabindex="-1">
<h2 id="bijschrift-fouten">Controleer het bijschrift</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<details class="bijschrift-form"{{#OPEN}} open{{/OPEN}}>
<summary>{{KNOP}}</summary>
<form method="post" action="/meldingen/{{ID}}/bijlagen/{{BIJLAGE_ID}}/bijschrift" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#BIJSCHRIFT_ERROR}} field-has-error{{/BIJSCHRIFT_ERROR}}">
<label for="{{VELD_ID}}">Bijschrift <span class="hint">Wat is te zien? Staat bij de foto in het dossier voor de rechter. Ten hoogste 300 tekens.</span></label>
{{#BIJSCHRIFT_ERROR}}<p class="field-error" id="{{VELD_ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BIJSCHRIFT_ERROR}}
<input type="text" id="{{VELD_ID}}" name="bijschrift" value="{{WAARDE}}"{{#BIJSCHRIFT_ERROR}} aria-describedby="{{VELD_ID}}-fout" aria-invalid="true"{{/BIJSCHRIFT_ERROR}}>
</div>
<div class="form-actions"><button type="submit" class="button">Opslaan</button></div>
</form>
</details>
{{/FORM}}
