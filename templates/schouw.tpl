{{%AUTOESCAPE context="HTML"}}
{{! A wijkschouw's overview (web/schouw.c, overview): the plan, the checklist per theme, each finding with its photos and what became of it, the decision forms for who may write, and finishing. Variables: ID DAG DAG_ISO GEBIED WIJK_CODE STATUS STATUS_ID N_* DOOR DEELNEMERS; sections DEELNEMER (NAAM), TOELICHTING (TEKST), VERLOPEN, MAY_WALK, ERRORS (ERROR_ITEM: FIELD_ID MSG), THEMA (NAAM ID OK NIET_OK NVT, PUNT (CODE TEKST OORDEEL OORDEEL_ID)), BEVINDING (see schouw_bevinding.tpl), HAS_/NO_BEVINDINGEN, AFRONDEN (CSRF_TOKEN ID, NOG_NIET (WAAROM), SCHOUW_ERROR (MSG)), AFGEROND (OP). }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/schouwen">Wijkschouwen</a></li><li aria-current="page">Schouw {{DAG}}</li></ol></nav>
<h1>Schouw {{GEBIED}}</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets gewijzigd. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<dl class="summary-list">
<div><dt>Dag</dt><dd>{{DAG}}{{#VERLOPEN}} <span class="badge badge-late">nog niet gelopen</span>{{/VERLOPEN}}</dd></div>
<div><dt>Status</dt><dd><span class="badge badge-neutral schouw-status-{{STATUS_ID}}">{{STATUS}}</span>{{#AFGEROND}} op {{OP}}{{/AFGEROND}}</dd></div>
<div><dt>Deelnemers</dt><dd>{{DEELNEMERS}}</dd></div>
<div><dt>Gepland door</dt><dd>{{DOOR}}</dd></div>
{{#TOELICHTING}}<div><dt>Waar letten we op?</dt><dd class="usertext">{{TEKST:pre_escape}}</dd></div>{{/TOELICHTING}}
</dl>
<p class="schouw-links">
{{#MAY_WALK}}<a class="button button-primary" href="/schouwen/{{ID}}/lopen">Schouw lopen</a> {{/MAY_WALK}}
<a class="button button-secondary" href="/schouwen/{{ID}}/rapport">Rapport</a>
<a href="/schouwen/{{ID}}/bevindingen.csv">Bevindingen als CSV</a>
<a href="/wijken/{{WIJK_CODE}}">Wijkprofiel</a>
</p>

<h2>Checklist</h2>
<div class="table-wrap" role="region" aria-label="Checklist per thema" tabindex="0">
<table class="table">
<caption class="visually-hidden">Checklist per thema</caption>
<thead><tr><th scope="col">Thema</th><th scope="col" class="num">In orde</th><th scope="col" class="num">Niet in orde</th><th scope="col" class="num"><abbr title="Niet van toepassing">N.v.t.</abbr></th></tr></thead>
<tbody>
{{#THEMA}}<tr><th scope="row">{{NAAM}}</th><td class="num">{{OK}}</td><td class="num">{{NIET_OK}}</td><td class="num">{{NVT}}</td></tr>
{{/THEMA}}</tbody>
</table>
</div>

<h2>Bevindingen</h2>
{{#NO_BEVINDINGEN}}<p class="muted">Er zijn nog geen bevindingen vastgelegd.</p>{{/NO_BEVINDINGEN}}
{{#HAS_BEVINDINGEN}}
<ol class="schouw-bevindingen">
{{#BEVINDING}}
<li class="schouw-bevinding" id="bevinding-{{ID}}">
<h3>{{NR}}. {{THEMA}}{{#PUNT}}: {{TEKST}}{{/PUNT}}</h3>
<p class="usertext">{{OMSCHRIJVING:pre_escape}}</p>
<p class="muted">Waar: {{LOCATIE}}. Vastgelegd door {{DOOR}}, {{OP}}.</p>
{{#FOTO}}<figure class="schouw-foto">{{#INLINE}}<a href="/schouwen/{{SCHOUW_ID}}/fotos/{{ID}}"><img src="/schouwen/{{SCHOUW_ID}}/fotos/{{ID}}" alt="Foto bij bevinding {{NR}}"></a>{{/INLINE}}{{#DOWNLOAD}}<a href="/schouwen/{{SCHOUW_ID}}/fotos/{{ID}}">{{NAAM}}</a>{{/DOWNLOAD}}<figcaption>{{NAAM}} ({{GROOTTE}})</figcaption></figure>{{/FOTO}}
<div class="schouw-uitkomst" id="uitkomst-{{ID}}" tabindex="-1">
{{#UITKOMST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/UITKOMST_ERROR}}
{{#MELDING}}<p><strong>Melding:</strong> <a href="/meldingen/{{REFERENTIE}}">{{REFERENTIE}}</a>, status {{STATUS}}.</p>{{/MELDING}}
{{#ACTIE}}<p><strong>Afgesproken actie:</strong> {{ACTIE}}. Door {{EIGENAAR}}, klaar op {{DAG}}.
{{#GEDAAN}}<span class="badge badge-ok">Gedaan op {{DAG}}</span>{{/GEDAAN}}{{#OPEN}}<span class="badge badge-neutral">Open</span>{{/OPEN}}{{#TE_LAAT}} <span class="badge badge-late">te laat</span>{{/TE_LAAT}}</p>{{/ACTIE}}
{{#GEEN_UITKOMST}}<p><strong>Nog geen vervolg.</strong></p>{{/GEEN_UITKOMST}}
</div>
{{#GEDAAN_FORM}}
<form method="post" action="/schouwen/{{SCHOUW_ID}}/bevindingen/{{ID}}/actie/gedaan">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#BEVINDING_ERROR}}<p class="field-error" id="bevinding-{{ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEVINDING_ERROR}}
<button class="button button-secondary button-small" type="submit" id="bevinding-{{ID}}-gedaan">Actie is gedaan</button>
</form>
{{/GEDAAN_FORM}}
{{#BESLUIT}}
<div class="schouw-besluit">
{{#BEVINDING_ERROR}}<p class="field-error" id="bevinding-{{ID}}-besluit-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEVINDING_ERROR}}
<form method="post" action="/schouwen/{{SCHOUW_ID}}/bevindingen/{{ID}}/melding" class="schouw-besluit-melding">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#CATEGORIE_ERROR}} field-has-error{{/CATEGORIE_ERROR}}">
<label for="categorie-{{ID}}">Soort melding</label>
{{#CATEGORIE_ERROR}}<p class="field-error" id="categorie-{{ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CATEGORIE_ERROR}}
<select id="categorie-{{ID}}" name="categorie">
{{#CATEGORIE_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/CATEGORIE_OPT}}</select>
</div>
<button class="button button-primary button-small" type="submit" id="melding-{{ID}}">Maak er een melding van</button>
</form>
<details class="schouw-besluit-actie"{{#ACTIE_ERROR}} open{{/ACTIE_ERROR}}{{#EIGENAAR_ERROR}} open{{/EIGENAAR_ERROR}}{{#DAG_ERROR}} open{{/DAG_ERROR}}>
<summary>Of: een actie afspreken</summary>
<form method="post" action="/schouwen/{{SCHOUW_ID}}/bevindingen/{{ID}}/actie" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#ACTIE_ERROR}} field-has-error{{/ACTIE_ERROR}}">
<label for="actie-{{ID}}">Wat is er afgesproken?</label>
{{#ACTIE_ERROR}}<p class="field-error" id="actie-{{ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ACTIE_ERROR}}
<textarea id="actie-{{ID}}" name="actie" rows="3"{{#ACTIE_ERROR}} aria-invalid="true" aria-describedby="actie-{{ID}}-fout"{{/ACTIE_ERROR}}>{{ACTIE:pre_escape}}</textarea>
</div>
<div class="field{{#EIGENAAR_ERROR}} field-has-error{{/EIGENAAR_ERROR}}">
<label for="eigenaar-{{ID}}">Wie doet het?</label>
{{#EIGENAAR_ERROR}}<p class="field-error" id="eigenaar-{{ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/EIGENAAR_ERROR}}
<input type="text" id="eigenaar-{{ID}}" name="eigenaar" value="{{EIGENAAR}}" maxlength="200"{{#EIGENAAR_ERROR}} aria-invalid="true" aria-describedby="eigenaar-{{ID}}-fout"{{/EIGENAAR_ERROR}}>
</div>
<div class="field{{#DAG_ERROR}} field-has-error{{/DAG_ERROR}}">
<label for="dag-{{ID}}">Klaar op</label>
{{#DAG_ERROR}}<p class="field-error" id="dag-{{ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DAG_ERROR}}
<input type="date" id="dag-{{ID}}" name="dag" value="{{ACTIE_DAG}}"{{#DAG_ERROR}} aria-invalid="true" aria-describedby="dag-{{ID}}-fout"{{/DAG_ERROR}}>
</div>
<button class="button button-secondary button-small" type="submit">Actie vastleggen</button>
</form>
</details>
</div>
{{/BESLUIT}}
</li>
{{/BEVINDING}}
</ol>
{{/HAS_BEVINDINGEN}}

{{#AFRONDEN}}
<h2>Afronden</h2>
{{#NOG_NIET}}<p class="muted">{{WAAROM}}</p>{{/NOG_NIET}}
<form method="post" action="/schouwen/{{ID}}/afronden">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#SCHOUW_ERROR}}<p class="field-error" id="afronden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SCHOUW_ERROR}}
<button class="button button-secondary" type="submit" id="afronden">Schouw afronden</button>
</form>
{{/AFRONDEN}}
