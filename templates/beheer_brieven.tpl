{{%AUTOESCAPE context="HTML"}}
{{! The letter templates (handlers/beheer_brieven.c): one form per kind of letter, with the placeholders the text may hold. Sections HOOFD_* (the letterhead: HOOFD_FIELD with NAME LABEL VALUE MAX LINE/AREA ERROR, HOOFD_LOGO with TYPE DATA, LOGO_ERROR, HOOFD_GEWIJZIGD, HOOFD_ERRORS), PLACEHOLDER (NAAM, UITLEG), BRIEF (SOORT, LABEL, TEKST, GEWIJZIGD with OP and DOOR, OPEN, TEKST_ERROR with MSG), ERRORS. Variable CSRF_TOKEN. }}
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
<section class="card" aria-labelledby="briefhoofd-titel" id="briefhoofd">
<h2 class="mt-0" id="briefhoofd-titel">Briefhoofd</h2>
<p>Bovenaan elke brief: het logo, de naam en de gegevens van uw organisatie. Het adres van de huurder valt in het venster van de envelop; houd het logo klein (bijvoorbeeld 600 × 200 pixels).</p>
{{#HOOFD_ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="hoofd-fouten-titel" tabindex="-1">
<h3 id="hoofd-fouten-titel">Het briefhoofd is niet opgeslagen</h3>
<ul>
{{#HOOFD_ERROR_ITEM}}<li><a href="#hoofd-{{FIELD}}">{{MSG}}</a></li>{{/HOOFD_ERROR_ITEM}}
</ul>
</div>
{{/HOOFD_ERRORS}}
{{#HOOFD_GEWIJZIGD}}<p class="hint">Laatst gewijzigd op {{OP}} door {{DOOR}}.</p>{{/HOOFD_GEWIJZIGD}}
{{#HOOFD_LOGO}}<p><img class="brief-logo-voorbeeld" src="data:{{TYPE}};base64,{{DATA}}" alt="Het huidige logo"></p>{{/HOOFD_LOGO}}
<form method="post" action="/beheer/brieven/briefhoofd" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#HOOFD_FIELD}}
<div class="field{{#ERROR}} field-has-error{{/ERROR}}">
<label for="hoofd-{{NAME}}">{{LABEL}}</label>
{{#ERROR}}<p class="field-error" id="hoofd-{{NAME}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ERROR}}
{{#LINE}}<input type="text" id="hoofd-{{NAME}}" name="{{NAME}}" value="{{VALUE}}" maxlength="{{MAX}}"{{#ERROR}} aria-invalid="true" aria-describedby="hoofd-{{NAME}}-fout"{{/ERROR}}>{{/LINE}}
{{#AREA}}<textarea id="hoofd-{{NAME}}" name="{{NAME}}" rows="3" maxlength="{{MAX}}"{{#ERROR}} aria-invalid="true" aria-describedby="hoofd-{{NAME}}-fout"{{/ERROR}}>{{VALUE:pre_escape}}</textarea>{{/AREA}}
</div>
{{/HOOFD_FIELD}}
<div class="field{{#LOGO_ERROR}} field-has-error{{/LOGO_ERROR}}">
<label for="hoofd-logo">Nieuw logo (PNG of JPEG, hoogstens 512 kB)</label>
{{#LOGO_ERROR}}<p class="field-error" id="hoofd-logo-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/LOGO_ERROR}}
<input type="file" id="hoofd-logo" name="logo" accept="image/png,image/jpeg"{{#LOGO_ERROR}} aria-invalid="true" aria-describedby="hoofd-logo-fout"{{/LOGO_ERROR}}>
</div>
{{#HOOFD_LOGO}}<div class="field"><input type="checkbox" id="hoofd-logo-weg" name="logo_weg" value="1"> <label for="hoofd-logo-weg">Logo weghalen</label></div>{{/HOOFD_LOGO}}
<div class="form-actions"><button type="submit" class="button button-primary">Briefhoofd opslaan</button></div>
</form>
</section>
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
