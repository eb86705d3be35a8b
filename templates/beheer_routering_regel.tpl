{{%AUTOESCAPE context="HTML"}}
{{! One routing rule: create (NEW) or edit (EDIT) (GET/POST /beheer/routering/nieuw, /beheer/routering/{id}). Variables: HEADING, ACTION, CSRF_TOKEN, NAAM, VOLGORDE, VAN, TOT, NAAM_MAX, VOLGORDE_MAX; sections ACTIEF_CHECKED, CATEGORIE_OPTION, KANAAL_OPTION, BEHANDELAAR_OPTION, TEAM_OPTION in HAS_TEAMS (VALUE, LABEL, SELECTED), WIJK_GROUP (WIJK, GEBIED_OPTION), ERRORS and NAAM_/VOLGORDE_/CATEGORIE_/GEBIED_/KANAAL_/VAN_/TOT_/BEHANDELAAR_ERROR (MSG). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/routering">Routering</a></li><li aria-current="page">{{HEADING}}</li></ol>
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
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam</label>
<p class="hint" id="naam-hint">Zo staat de regel in de lijst en op de tijdlijn van de melding, bijvoorbeeld Geluid in Noord.</p>
{{#NAAM_ERROR}}<p class="field-error" id="naam-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="{{NAAM_MAX}}" autocomplete="off" required aria-describedby="naam-hint{{#NAAM_ERROR}} naam-fout{{/NAAM_ERROR}}"{{#NAAM_ERROR}} aria-invalid="true"{{/NAAM_ERROR}}>
</div>
<fieldset>
<legend>Wanneer de regel past</legend>
<p class="hint">Wat u op Elke, Overal of Elk laat staan, telt niet mee. Een melding past als alle gekozen voorwaarden kloppen.</p>
<div class="field{{#CATEGORIE_ERROR}} field-has-error{{/CATEGORIE_ERROR}}">
<label for="categorie">Categorie</label>
{{#CATEGORIE_ERROR}}<p class="field-error" id="categorie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CATEGORIE_ERROR}}
<select id="categorie" name="categorie" class="input-20"{{#CATEGORIE_ERROR}} aria-invalid="true" aria-describedby="categorie-fout"{{/CATEGORIE_ERROR}}><option value="">Elke categorie</option>{{#CATEGORIE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORIE_OPTION}}</select>
</div>
<div class="field{{#GEBIED_ERROR}} field-has-error{{/GEBIED_ERROR}}">
<label for="gebied">Wijk of buurt</label>
<p class="hint" id="gebied-hint">Een hele wijk, of één buurt daarin. Overal geldt ook voor meldingen die nog in geen wijk liggen (onbekend).</p>
{{#GEBIED_ERROR}}<p class="field-error" id="gebied-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/GEBIED_ERROR}}
<select id="gebied" name="gebied" class="input-20" aria-describedby="gebied-hint{{#GEBIED_ERROR}} gebied-fout{{/GEBIED_ERROR}}"{{#GEBIED_ERROR}} aria-invalid="true"{{/GEBIED_ERROR}}><option value="">Overal</option>{{#WIJK_GROUP}}<optgroup label="{{WIJK}}">{{#GEBIED_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GEBIED_OPTION}}</optgroup>{{/WIJK_GROUP}}</select>
</div>
<div class="field{{#KANAAL_ERROR}} field-has-error{{/KANAAL_ERROR}}">
<label for="kanaal">Kanaal</label>
{{#KANAAL_ERROR}}<p class="field-error" id="kanaal-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/KANAAL_ERROR}}
<select id="kanaal" name="kanaal" class="input-20"{{#KANAAL_ERROR}} aria-invalid="true" aria-describedby="kanaal-fout"{{/KANAAL_ERROR}}><option value="">Elk kanaal</option>{{#KANAAL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KANAAL_OPTION}}</select>
</div>
<div class="field{{#VAN_ERROR}} field-has-error{{/VAN_ERROR}}">
<label for="van">Ontvangen vanaf <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="van-hint">Tijdstip van ontvangst, Nederlandse tijd, bijvoorbeeld 17:00. Laat beide tijden leeg voor de hele dag; 22:00 tot 07:00 loopt over middernacht.</p>
{{#VAN_ERROR}}<p class="field-error" id="van-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VAN_ERROR}}
<input class="input-4" type="text" inputmode="numeric" id="van" name="van" value="{{VAN}}" maxlength="5" autocomplete="off" aria-describedby="van-hint{{#VAN_ERROR}} van-fout{{/VAN_ERROR}}"{{#VAN_ERROR}} aria-invalid="true"{{/VAN_ERROR}}>
</div>
<div class="field{{#TOT_ERROR}} field-has-error{{/TOT_ERROR}}">
<label for="tot">Tot <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="tot-hint">Tot dit tijdstip (dat zelf telt niet meer mee).</p>
{{#TOT_ERROR}}<p class="field-error" id="tot-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOT_ERROR}}
<input class="input-4" type="text" inputmode="numeric" id="tot" name="tot" value="{{TOT}}" maxlength="5" autocomplete="off" aria-describedby="tot-hint{{#TOT_ERROR}} tot-fout{{/TOT_ERROR}}"{{#TOT_ERROR}} aria-invalid="true"{{/TOT_ERROR}}>
</div>
</fieldset>
<div class="field{{#BEHANDELAAR_ERROR}} field-has-error{{/BEHANDELAAR_ERROR}}">
<label for="behandelaar">Toewijzen aan</label>
<p class="hint" id="behandelaar-hint">Alleen iemand die de meldingen van dit gebied mag behandelen: een medewerker van die wijk, of iemand die in alle wijken werkt. Een team krijgt de melding als ten minste één lid dat mag; ieder lid dat het mag, krijgt een notificatie. <a href="/beheer/routering/teams">Teams beheren</a></p>
{{#BEHANDELAAR_ERROR}}<p class="field-error" id="behandelaar-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEHANDELAAR_ERROR}}
<select id="behandelaar" name="behandelaar" class="input-20" required aria-describedby="behandelaar-hint{{#BEHANDELAAR_ERROR}} behandelaar-fout{{/BEHANDELAAR_ERROR}}"{{#BEHANDELAAR_ERROR}} aria-invalid="true"{{/BEHANDELAAR_ERROR}}><option value="">Kies een medewerker of team</option><optgroup label="Medewerkers">{{#BEHANDELAAR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BEHANDELAAR_OPTION}}</optgroup>{{#HAS_TEAMS}}<optgroup label="Teams">{{#TEAM_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TEAM_OPTION}}</optgroup>{{/HAS_TEAMS}}</select>
</div>
<div class="field{{#VOLGORDE_ERROR}} field-has-error{{/VOLGORDE_ERROR}}">
<label for="volgorde">Volgorde</label>
<p class="hint" id="volgorde-hint">Een lager getal wordt eerder geprobeerd; 0 tot en met {{VOLGORDE_MAX}}.</p>
{{#VOLGORDE_ERROR}}<p class="field-error" id="volgorde-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VOLGORDE_ERROR}}
<input class="input-4" type="text" inputmode="numeric" id="volgorde" name="volgorde" value="{{VOLGORDE}}" maxlength="5" autocomplete="off" aria-describedby="volgorde-hint{{#VOLGORDE_ERROR}} volgorde-fout{{/VOLGORDE_ERROR}}"{{#VOLGORDE_ERROR}} aria-invalid="true"{{/VOLGORDE_ERROR}}>
</div>
<div class="field">
<div class="choice">
<input type="checkbox" id="actief" name="actief" value="1"{{#ACTIEF_CHECKED}} checked{{/ACTIEF_CHECKED}} aria-describedby="actief-hint">
<label for="actief">Aan: de regel wijst nieuwe meldingen toe</label>
</div>
<p class="hint" id="actief-hint">Een regel die uit staat, doet niets; u kunt hem later weer aanzetten.</p>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">{{#NEW}}Regel aanmaken{{/NEW}}{{#EDIT}}Wijzigingen opslaan{{/EDIT}}</button>
<a href="/beheer/routering">Annuleren</a>
</div>
</form>
