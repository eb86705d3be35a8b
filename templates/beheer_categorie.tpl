{{%AUTOESCAPE context="HTML"}}
{{! One category: create (NEW with CODE) or edit (EDIT with CODE) (GET/POST /beheer/categorieen/nieuw, /beheer/categorieen/{id}). Variables: HEADING, ACTION, CSRF_TOKEN, NAAM, TOELICHTING, BEVESTIGEN_WERKDAGEN, TERUGKOPPELEN_WERKDAGEN, STREEF_WERKDAGEN, VOLGORDE, CODE_MAX, NAAM_MAX, TOELICHTING_MAX, BEVESTIGEN_MAX, TERUGKOPPELEN_MAX, VOLGORDE_MAX; sections ACTIEF_CHECKED, PIJLER_OPTION (VALUE, LABEL, ID, CHECKED), ERRORS and CODE_/NAAM_/PIJLER_/TOELICHTING_/BEVESTIGEN_WERKDAGEN_/TERUGKOPPELEN_WERKDAGEN_/STREEF_WERKDAGEN_/VOLGORDE_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/categorieen">Categorieën</a></li><li aria-current="page">{{HEADING}}</li></ol>
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
{{#NEW}}
<div class="field{{#CODE_ERROR}} field-has-error{{/CODE_ERROR}}">
<label for="code">Code</label>
<p class="hint" id="code-hint">Kleine letters, cijfers en _, bijvoorbeeld geluid_nacht. Koppelingen (de API) gebruiken de code; na het aanmaken kunt u haar niet meer wijzigen.</p>
{{#CODE_ERROR}}<p class="field-error" id="code-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CODE_ERROR}}
<input class="input-20 mono" type="text" id="code" name="code" value="{{CODE}}" maxlength="{{CODE_MAX}}" autocomplete="off" spellcheck="false" autocapitalize="none" required aria-describedby="code-hint{{#CODE_ERROR}} code-fout{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
</div>
{{/NEW}}
{{#EDIT}}
<div class="field">
<p class="label">Code</p>
<p><span class="mono">{{CODE}}</span> <span class="muted">(koppelingen gebruiken de code; die verandert niet)</span></p>
</div>
{{/EDIT}}
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam</label>
<p class="hint" id="naam-hint">Zoals huurders hem op het meldformulier lezen, bijvoorbeeld Overlast: geluid.</p>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="{{NAAM_MAX}}" autocomplete="off" required aria-describedby="naam-hint{{#NAAM_ERROR}} naam-fout{{/NAAM_ERROR}}"{{#NAAM_ERROR}} aria-invalid="true"{{/NAAM_ERROR}}>
</div>
<fieldset class="field{{#PIJLER_ERROR}} field-has-error{{/PIJLER_ERROR}}" id="pijler"{{#PIJLER_ERROR}} aria-describedby="pijler-fout"{{/PIJLER_ERROR}}>
<legend>Pijler</legend>
{{#PIJLER_ERROR}}<p class="field-error" id="pijler-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PIJLER_ERROR}}
<ul class="choices">
{{#PIJLER_OPTION}}<li class="choice"><input type="radio" id="{{ID}}" name="pijler" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="{{ID}}">{{LABEL}}</label></li>
{{/PIJLER_OPTION}}
</ul>
</fieldset>
<div class="field{{#TOELICHTING_ERROR}} field-has-error{{/TOELICHTING_ERROR}}">
<label for="toelichting">Toelichting <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="toelichting-hint">Een korte uitleg onder de naam op het meldformulier, bijvoorbeeld Harde muziek, schreeuwen of lawaai in de nacht.</p>
{{#TOELICHTING_ERROR}}<p class="field-error" id="toelichting-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOELICHTING_ERROR}}
<input type="text" id="toelichting" name="toelichting" value="{{TOELICHTING}}" maxlength="{{TOELICHTING_MAX}}" autocomplete="off" aria-describedby="toelichting-hint{{#TOELICHTING_ERROR}} toelichting-fout{{/TOELICHTING_ERROR}}"{{#TOELICHTING_ERROR}} aria-invalid="true"{{/TOELICHTING_ERROR}}>
</div>
<fieldset>
<legend>Termijnen in werkdagen</legend>
<p class="hint">Gerekend vanaf de dag van ontvangst (die dag telt niet mee). Weekenden, feestdagen en sluitingsdagen tellen niet. Nieuwe termijnen gelden alleen voor meldingen die daarna binnenkomen; meldingen die al binnen zijn, houden hun uiterste data.</p>
<div class="field{{#BEVESTIGEN_WERKDAGEN_ERROR}} field-has-error{{/BEVESTIGEN_WERKDAGEN_ERROR}}">
<label for="bevestigen_werkdagen">Ontvangstbevestiging binnen</label>
<p class="hint" id="bevestigen_werkdagen-hint">0 tot en met {{BEVESTIGEN_MAX}} werkdagen; het beleid zegt 2.</p>
{{#BEVESTIGEN_WERKDAGEN_ERROR}}<p class="field-error" id="bevestigen_werkdagen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEVESTIGEN_WERKDAGEN_ERROR}}
<input class="input-2" type="text" inputmode="numeric" id="bevestigen_werkdagen" name="bevestigen_werkdagen" value="{{BEVESTIGEN_WERKDAGEN}}" maxlength="3" autocomplete="off" required aria-describedby="bevestigen_werkdagen-hint{{#BEVESTIGEN_WERKDAGEN_ERROR}} bevestigen_werkdagen-fout{{/BEVESTIGEN_WERKDAGEN_ERROR}}"{{#BEVESTIGEN_WERKDAGEN_ERROR}} aria-invalid="true"{{/BEVESTIGEN_WERKDAGEN_ERROR}}>
</div>
<div class="field{{#TERUGKOPPELEN_WERKDAGEN_ERROR}} field-has-error{{/TERUGKOPPELEN_WERKDAGEN_ERROR}}">
<label for="terugkoppelen_werkdagen">Terugkoppeling uiterlijk binnen</label>
<p class="hint" id="terugkoppelen_werkdagen-hint">1 tot en met {{TERUGKOPPELEN_MAX}} werkdagen; het beleid zegt 10.</p>
{{#TERUGKOPPELEN_WERKDAGEN_ERROR}}<p class="field-error" id="terugkoppelen_werkdagen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TERUGKOPPELEN_WERKDAGEN_ERROR}}
<input class="input-2" type="text" inputmode="numeric" id="terugkoppelen_werkdagen" name="terugkoppelen_werkdagen" value="{{TERUGKOPPELEN_WERKDAGEN}}" maxlength="3" autocomplete="off" required aria-describedby="terugkoppelen_werkdagen-hint{{#TERUGKOPPELEN_WERKDAGEN_ERROR}} terugkoppelen_werkdagen-fout{{/TERUGKOPPELEN_WERKDAGEN_ERROR}}"{{#TERUGKOPPELEN_WERKDAGEN_ERROR}} aria-invalid="true"{{/TERUGKOPPELEN_WERKDAGEN_ERROR}}>
</div>
<div class="field{{#STREEF_WERKDAGEN_ERROR}} field-has-error{{/STREEF_WERKDAGEN_ERROR}}">
<label for="streef_werkdagen">Streeftermijn voor terugkoppeling</label>
<p class="hint" id="streef_werkdagen-hint">Niet langer dan de termijn voor terugkoppeling; het beleid zegt 5.</p>
{{#STREEF_WERKDAGEN_ERROR}}<p class="field-error" id="streef_werkdagen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/STREEF_WERKDAGEN_ERROR}}
<input class="input-2" type="text" inputmode="numeric" id="streef_werkdagen" name="streef_werkdagen" value="{{STREEF_WERKDAGEN}}" maxlength="3" autocomplete="off" required aria-describedby="streef_werkdagen-hint{{#STREEF_WERKDAGEN_ERROR}} streef_werkdagen-fout{{/STREEF_WERKDAGEN_ERROR}}"{{#STREEF_WERKDAGEN_ERROR}} aria-invalid="true"{{/STREEF_WERKDAGEN_ERROR}}>
</div>
</fieldset>
<div class="field{{#VOLGORDE_ERROR}} field-has-error{{/VOLGORDE_ERROR}}">
<label for="volgorde">Volgorde op het meldformulier</label>
<p class="hint" id="volgorde-hint">Een lager getal staat hoger; 0 tot en met {{VOLGORDE_MAX}}.</p>
{{#VOLGORDE_ERROR}}<p class="field-error" id="volgorde-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VOLGORDE_ERROR}}
<input class="input-2" type="text" inputmode="numeric" id="volgorde" name="volgorde" value="{{VOLGORDE}}" maxlength="4" autocomplete="off" aria-describedby="volgorde-hint{{#VOLGORDE_ERROR}} volgorde-fout{{/VOLGORDE_ERROR}}"{{#VOLGORDE_ERROR}} aria-invalid="true"{{/VOLGORDE_ERROR}}>
</div>
<div class="field">
<div class="choice">
<input type="checkbox" id="actief" name="actief" value="1"{{#ACTIEF_CHECKED}} checked{{/ACTIEF_CHECKED}} aria-describedby="actief-hint">
<label for="actief">Actief: huurders en medewerkers kunnen deze categorie kiezen</label>
</div>
<p class="hint" id="actief-hint">Een categorie die niet actief is, staat niet meer op het meldformulier en in de API. Meldingen die er al onder vallen, blijven zoals ze zijn.</p>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">{{#NEW}}Categorie aanmaken{{/NEW}}{{#EDIT}}Wijzigingen opslaan{{/EDIT}}</button>
<a href="/beheer/categorieen">Annuleren</a>
</div>
</form>
