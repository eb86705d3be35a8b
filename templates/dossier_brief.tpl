{{%AUTOESCAPE context="HTML"}}
{{! One letter of a dossier (web/dossier_brief.c): status, history and, while it is a concept, the steps on it; then the letter as it prints (PAPER, brief_papier.tpl). Variables DID, BID, REF, SOORT, AAN, STATUS, STATUS_ID, VERSIE, CSRF_TOKEN, REDEN. Sections GEMAAKT, VERZONDEN, INGETROKKEN (OP, DOOR); HAS_GESLOTEN (GESLOTEN); STAPPEN (CORRIGEREN with NAAM, ADRES, ROMP, AANHEF_OPT (VALUE LABEL SELECTED), OPEN; REDEN_TYPED, INTREKKEN_OPEN); VERSIES (VERSIE: NR, OP, DOOR, TEKST, HUIDIG); CORRECTIE_VOORBEELD; ERRORS and BRIEF_*_ERROR. On paper only the letter prints. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/dossiers">Dossiers</a></li><li><a href="/dossiers/{{DID}}">{{REF}}</a></li><li aria-current="page">{{SOORT}}</li></ol></nav>
<div class="no-print">
<h1>{{SOORT}} aan {{AAN}}</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets veranderd</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<dl class="summary-list" id="brief-status">
<div><dt>Status</dt><dd><span class="badge badge-brief-{{STATUS_ID}}">{{STATUS}}</span>{{#BRIEF_STATUS_ERROR}} <strong class="field-error">{{MSG}}</strong>{{/BRIEF_STATUS_ERROR}}</dd></div>
{{#GEMAAKT}}<div><dt>Gemaakt</dt><dd>{{OP}} door {{DOOR}}</dd></div>{{/GEMAAKT}}
<div><dt>Versie</dt><dd>{{VERSIE}}</dd></div>
{{#VERZONDEN}}<div><dt>Verzonden</dt><dd>{{OP}}, gemarkeerd door {{DOOR}}</dd></div>{{/VERZONDEN}}
{{#INGETROKKEN}}<div><dt>Ingetrokken</dt><dd>{{OP}} door {{DOOR}}. Reden: {{REDEN}}</dd></div>{{/INGETROKKEN}}
<div><dt>Dossier</dt><dd><a href="/dossiers/{{DID}}">{{REF}}</a></dd></div>
</dl>
<p>Druk de brief af met <kbd>Ctrl</kbd>+<kbd>P</kbd> (op een Mac <kbd>⌘</kbd>+<kbd>P</kbd>), op A4 zonder schaal (100%). Alleen de brief komt op papier; het adres valt in het venster van een envelop (venster links, 90 × 35 mm). Vouw de brief in drieën, bij de streepjes in de kantlijn.</p>
{{#HAS_GESLOTEN}}<p class="hint">{{GESLOTEN}}</p>{{/HAS_GESLOTEN}}
{{#STAPPEN}}
<p>Deze brief is een concept: u kunt hem corrigeren of intrekken tot hij verzonden is.</p>
<form method="post" action="/dossiers/{{DID}}/brieven/{{BID}}" class="inline-form" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="versie" value="{{VERSIE}}">
<input type="hidden" name="stap" value="verzonden">
<div class="form-actions"><button type="submit" class="button button-primary">Markeren als verzonden</button></div>
</form>
{{#CORRIGEREN}}
<details class="card action-card" id="brief-corrigeren"{{#OPEN}} open{{/OPEN}}>
<summary class="action-summary">Brief corrigeren</summary>
<form method="post" action="/dossiers/{{DID}}/brieven/{{BID}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="versie" value="{{VERSIE}}">
<div class="field{{#BRIEF_NAAM_ERROR}} field-has-error{{/BRIEF_NAAM_ERROR}}">
<label for="brief-naam">Naam van de geadresseerde</label>
<p class="hint" id="brief-naam-hint">Leeg laten: de brief gaat aan "De bewoner(s) van" het adres.</p>
{{#BRIEF_NAAM_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_NAAM_ERROR}}
<input type="text" id="brief-naam" name="naam" value="{{NAAM}}" maxlength="200" aria-describedby="brief-naam-hint">
</div>
<div class="field{{#BRIEF_AANHEF_ERROR}} field-has-error{{/BRIEF_AANHEF_ERROR}}">
<label for="brief-aanhef">Aanhef</label>
{{#BRIEF_AANHEF_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_AANHEF_ERROR}}
<select id="brief-aanhef" name="aanhef">{{#AANHEF_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AANHEF_OPT}}</select>
</div>
<div class="field{{#BRIEF_ADRES_ERROR}} field-has-error{{/BRIEF_ADRES_ERROR}}">
<label for="brief-adres">Adres (onder de naam, hoogstens 5 regels)</label>
{{#BRIEF_ADRES_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_ADRES_ERROR}}
<textarea id="brief-adres" name="adres" rows="3" maxlength="320">{{ADRES:pre_escape}}</textarea>
</div>
<div class="field{{#BRIEF_ROMP_ERROR}} field-has-error{{/BRIEF_ROMP_ERROR}}">
<label for="brief-romp">Tekst na de aanhef</label>
{{#BRIEF_ROMP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_ROMP_ERROR}}
<textarea class="letter-input" id="brief-romp" name="romp" rows="18" maxlength="20000">{{ROMP:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" name="stap" value="voorbeeld" class="button">Voorbeeld</button> <button type="submit" name="stap" value="corrigeren" class="button button-primary">Correctie opslaan</button></div>
</form>
</details>
{{/CORRIGEREN}}
<details class="card action-card" id="brief-intrekken"{{#INTREKKEN_OPEN}} open{{/INTREKKEN_OPEN}}>
<summary class="action-summary">Brief intrekken</summary>
<form method="post" action="/dossiers/{{DID}}/brieven/{{BID}}" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="versie" value="{{VERSIE}}">
<input type="hidden" name="stap" value="intrekken">
<div class="field{{#BRIEF_REDEN_ERROR}} field-has-error{{/BRIEF_REDEN_ERROR}}">
<label for="brief-reden">Waarom trekt u de brief in?</label>
{{#BRIEF_REDEN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_REDEN_ERROR}}
<textarea id="brief-reden" name="reden" rows="2" maxlength="200">{{REDEN_TYPED:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Brief intrekken</button></div>
</form>
</details>
{{/STAPPEN}}
{{#VERSIES}}
<section aria-labelledby="versies-titel">
<h2 id="versies-titel">Versies</h2>
<ul class="brief-versies">
{{#VERSIE}}<li><details><summary>Versie {{NR}}, {{OP}} door {{DOOR}}{{#HUIDIG}} (deze versie){{/HUIDIG}}</summary><div class="letter usertext">{{TEKST:pre_escape}}</div></details></li>
{{/VERSIE}}
</ul>
</section>
{{/VERSIES}}
{{#CORRECTIE_VOORBEELD}}<h2>Voorbeeld van de correctie</h2><p>Zo wordt de brief als u de correctie opslaat. Er is nog niets bewaard.</p>{{/CORRECTIE_VOORBEELD}}
</div>
{{>PAPER}}
