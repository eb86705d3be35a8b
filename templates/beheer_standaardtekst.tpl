{{%AUTOESCAPE context="HTML"}}
{{! One standard text: create (NEW) or edit (EDIT with DELETE_ACTION, CSRF_TOKEN) (GET/POST /beheer/standaardteksten/nieuw, /beheer/standaardteksten/{id}). Variables: HEADING, ACTION, CSRF_TOKEN, TITEL, TEKST, TITEL_MAX, TEKST_MAX; sections ACTIEF_CHECKED, STAP_OPTION (VALUE, LABEL, ID, CHECKED), CATEGORIE_OPTION (VALUE, LABEL, SELECTED), PLACEHOLDER (NAAM, UITLEG), ERRORS and TITEL_/STAP_/CATEGORIE_/TEKST_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/standaardteksten">Standaardteksten</a></li><li aria-current="page">{{HEADING}}</li></ol>
</nav>
<h1>{{HEADING}}</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het formulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#TITEL_ERROR}} field-has-error{{/TITEL_ERROR}}">
<label for="titel">Titel</label>
<p class="hint" id="titel-hint">Zoals medewerkers hem in de keuzelijst zien, bijvoorbeeld Geluid: gesprek met de buren.</p>
{{#TITEL_ERROR}}<p class="field-error" id="titel-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TITEL_ERROR}}
<input type="text" id="titel" name="titel" value="{{TITEL}}" maxlength="{{TITEL_MAX}}" autocomplete="off" required aria-describedby="titel-hint{{#TITEL_ERROR}} titel-fout{{/TITEL_ERROR}}"{{#TITEL_ERROR}} aria-invalid="true"{{/TITEL_ERROR}}>
</div>
<fieldset class="field{{#STAP_ERROR}} field-has-error{{/STAP_ERROR}}" id="stap"{{#STAP_ERROR}} aria-describedby="stap-fout"{{/STAP_ERROR}}>
<legend>Bij welk bericht</legend>
{{#STAP_ERROR}}<p class="field-error" id="stap-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/STAP_ERROR}}
<ul class="choices">
{{#STAP_OPTION}}<li class="choice"><input type="radio" id="{{ID}}" name="stap" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="{{ID}}">{{LABEL}}</label></li>
{{/STAP_OPTION}}
</ul>
</fieldset>
<div class="field{{#CATEGORIE_ERROR}} field-has-error{{/CATEGORIE_ERROR}}">
<label for="categorie">Categorie</label>
<p class="hint" id="categorie-hint">Medewerkers zien de tekst alleen bij meldingen van deze categorie; Alle categorieën: bij elke melding.</p>
{{#CATEGORIE_ERROR}}<p class="field-error" id="categorie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CATEGORIE_ERROR}}
<select id="categorie" name="categorie" aria-describedby="categorie-hint{{#CATEGORIE_ERROR}} categorie-fout{{/CATEGORIE_ERROR}}"{{#CATEGORIE_ERROR}} aria-invalid="true"{{/CATEGORIE_ERROR}}>{{#CATEGORIE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORIE_OPTION}}</select>
</div>
<div class="field{{#TEKST_ERROR}} field-has-error{{/TEKST_ERROR}}">
<label for="tekst">Tekst</label>
<div class="hint" id="tekst-hint">
<p>Zonder aanhef en groet: Leefbaar zet er één aanhef boven (met de naam van de melder als die bekend is) en sluit af met de groet van uw organisatie. Deze invulplekken vult Leefbaar in voor de melding:</p>
<ul>
{{#PLACEHOLDER}}<li><code>{{NAAM}}</code>: {{UITLEG}}</li>
{{/PLACEHOLDER}}
</ul>
</div>
{{#TEKST_ERROR}}<p class="field-error" id="tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TEKST_ERROR}}
<textarea id="tekst" name="tekst" rows="10" maxlength="{{TEKST_MAX}}" required aria-describedby="tekst-hint{{#TEKST_ERROR}} tekst-fout{{/TEKST_ERROR}}"{{#TEKST_ERROR}} aria-invalid="true"{{/TEKST_ERROR}}>{{TEKST:pre_escape}}</textarea>
</div>
<div class="field">
<div class="choice">
<input type="checkbox" id="actief" name="actief" value="1"{{#ACTIEF_CHECKED}} checked{{/ACTIEF_CHECKED}} aria-describedby="actief-hint">
<label for="actief">Actief: medewerkers kunnen deze tekst kiezen</label>
</div>
<p class="hint" id="actief-hint">Een tekst die niet actief is, blijft bewaard maar staat niet in de keuzelijst.</p>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">{{#NEW}}Standaardtekst aanmaken{{/NEW}}{{#EDIT}}Wijzigingen opslaan{{/EDIT}}</button>
<a href="/beheer/standaardteksten">Annuleren</a>
</div>
</form>
{{#EDIT}}
<form class="form" method="post" action="{{DELETE_ACTION}}">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<p class="hint">Verwijderen kan niet ongedaan worden gemaakt. Berichten die al met deze tekst zijn verstuurd, blijven zoals ze zijn.</p>
<div class="form-actions"><button type="submit" class="button button-secondary">Standaardtekst verwijderen</button></div>
</form>
{{/EDIT}}
