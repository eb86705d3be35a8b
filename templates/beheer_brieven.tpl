{{%AUTOESCAPE context="HTML"}}
{{! The letter templates (handlers/beheer_brieven.c): one form per kind of letter, with the placeholders the text may hold. Sections PLACEHOLDER (NAAM, UITLEG), BRIEF (SOORT, LABEL, TEKST, GEWIJZIGD with OP and DOOR, OPEN, TEKST_ERROR with MSG), ERRORS. Variable CSRF_TOKEN. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Brieven</li></ol></nav>
<h1>Brieven</h1>
<p class="lead">De standaardtekst van de waarschuwingsbrief en de sommatiebrief, met het briefhoofd van uw organisatie. Een medewerker maakt de brief vanuit een dossier; Leefbaar vult dan de invulplekken in. Een brief die al gemaakt is, verandert niet meer als u de tekst hier aanpast.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">De brief is niet opgeslagen</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<section class="card" aria-labelledby="invulplekken-titel">
<h2 class="mt-0" id="invulplekken-titel">Invulplekken</h2>
<dl class="summary-list">
{{#PLACEHOLDER}}<div><dt><code>{{NAAM}}</code></dt><dd>{{UITLEG}}</dd></div>
{{/PLACEHOLDER}}
</dl>
</section>
{{#BRIEF}}
<section aria-labelledby="brief-{{SOORT}}-titel">
<h2 id="brief-{{SOORT}}-titel">{{LABEL}}</h2>
<form method="post" action="/beheer/brieven/{{SOORT}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#TEKST_ERROR}} field-has-error{{/TEKST_ERROR}}">
<label for="{{SOORT}}-tekst">Tekst van de {{LABEL_KLEIN}}</label>
{{#GEWIJZIGD}}<p class="hint">Laatst gewijzigd op {{OP}} door {{DOOR}}.</p>{{/GEWIJZIGD}}
{{#TEKST_ERROR}}<p class="field-error" id="{{SOORT}}-tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TEKST_ERROR}}
<textarea class="letter-input" id="{{SOORT}}-tekst" name="tekst" rows="24" maxlength="20000"{{#TEKST_ERROR}} aria-invalid="true" aria-describedby="{{SOORT}}-tekst-fout"{{/TEKST_ERROR}}>{{TEKST:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-primary">{{LABEL}} opslaan</button></div>
</form>
</section>
{{/BRIEF}}
