{{%AUTOESCAPE context="HTML"}}
{{! The inzetniveau of a wijk or buurt (issue 18): the INZET include of the wijkprofiel, and the page GET /wijken/{code}/inzet (also the 422 answer of POST /wijken/{code}/inzet) - web/wijk_inzet.c. Variables: CODE, NAAM, NIVEAU_ID, NIVEAU_LABEL, UITLEG; sections PAGINA, IZ_SET (VANAF, VANAF_ISO, REDEN, DOOR, OP, OP_ISO, IZ_VAN_WIJK), IZ_NOT_SET, IZ_HISTORY (IZ_ROW: NIVEAU_LABEL, VANAF, VANAF_ISO, REDEN, DOOR, OP, OP_ISO, IZ_TOEKOMST), IZ_NO_HISTORY, IZ_FORM (CSRF_TOKEN, VANAF_IN, REDEN_IN, IZ_OPTION (ID, LABEL, UITLEG, CHECKED), IZ_ERRORS with IZ_ERROR_ITEM, IZ_NIVEAU_ERROR, IZ_VANAF_ERROR, IZ_REDEN_ERROR with MSG). }}
{{#PAGINA}}<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/wijken/{{CODE}}">{{NAAM}}</a></li><li aria-current="page">Inzetniveau</li></ol></nav>{{/PAGINA}}
<section class="card" id="inzet" aria-labelledby="inzet-titel">
<h2 id="inzet-titel" class="mt-0">Inzetniveau: <span data-niveau="{{NIVEAU_ID}}">{{NIVEAU_LABEL}}</span></h2>
<p>{{UITLEG}}</p>
{{#IZ_SET}}<p>Sinds <time datetime="{{VANAF_ISO}}">{{VANAF}}</time>{{#IZ_VAN_WIJK}}, het niveau van de wijk {{WIJK}}: deze buurt heeft geen eigen niveau{{/IZ_VAN_WIJK}}. <span class="muted">Vastgesteld door {{DOOR}} op <time datetime="{{OP_ISO}}">{{OP}}</time>.</span></p>
<p class="prose usertext"><strong>Reden:</strong> {{REDEN:pre_escape}}</p>{{/IZ_SET}}
{{#IZ_NOT_SET}}<p class="muted">Voor dit gebied is nog geen inzetniveau vastgesteld: het werkt op de basis.</p>{{/IZ_NOT_SET}}
{{#IZ_HISTORY}}
<h3>Geschiedenis</h3>
<ol class="timeline">
{{#IZ_ROW}}<li><span class="timeline-when">vanaf <time datetime="{{VANAF_ISO}}">{{VANAF}}</time>{{#IZ_TOEKOMST}} <span class="badge badge-neutral">gaat nog in</span>{{/IZ_TOEKOMST}}</span>
<p class="timeline-what"><strong>{{NIVEAU_LABEL}}</strong> <span class="muted">door {{DOOR}}, vastgelegd <time datetime="{{OP_ISO}}">{{OP}}</time></span></p>
<p class="prose usertext">{{REDEN:pre_escape}}</p></li>
{{/IZ_ROW}}
</ol>
{{/IZ_HISTORY}}
{{#IZ_FORM}}
<details class="inzet-wijzigen"{{#IZ_ERRORS}} open{{/IZ_ERRORS}}>
<summary><h3 id="inzet-wijzigen" class="summary-heading">Inzetniveau wijzigen</h3></summary>
{{#IZ_ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="inzet-fouten" tabindex="-1">
<h4 id="inzet-fouten">Controleer het inzetniveau</h4>
<ul>
{{#IZ_ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/IZ_ERROR_ITEM}}
</ul>
</div>
{{/IZ_ERRORS}}
<form method="post" action="/wijken/{{CODE}}/inzet" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#IZ_NIVEAU_ERROR}} field-has-error{{/IZ_NIVEAU_ERROR}}" id="inzet-niveau" tabindex="-1">
<legend>Niveau</legend>
{{#IZ_NIVEAU_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/IZ_NIVEAU_ERROR}}
<ul class="choices">
{{#IZ_OPTION}}<li class="choice"><input type="radio" id="inzet-niveau-{{ID}}" name="niveau" value="{{ID}}"{{#IZ_CHECKED}} checked{{/IZ_CHECKED}}><label for="inzet-niveau-{{ID}}"><strong>{{LABEL}}</strong>: {{UITLEG}}</label></li>
{{/IZ_OPTION}}</ul>
</fieldset>
<div class="field{{#IZ_VANAF_ERROR}} field-has-error{{/IZ_VANAF_ERROR}}">
<label for="inzet-vanaf">Vanaf <span class="hint">De dag waarop het niveau ingaat; leeg is vandaag.</span></label>
{{#IZ_VANAF_ERROR}}<p class="field-error" id="inzet-vanaf-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/IZ_VANAF_ERROR}}
<input type="date" id="inzet-vanaf" name="vanaf" value="{{VANAF_IN}}" class="input-10"{{#IZ_VANAF_ERROR}} aria-invalid="true" aria-describedby="inzet-vanaf-fout"{{/IZ_VANAF_ERROR}}>
</div>
<div class="field{{#IZ_REDEN_ERROR}} field-has-error{{/IZ_REDEN_ERROR}}">
<label for="inzet-reden">Reden <span class="hint">Waarom dit niveau? Tel en vertel: cijfers en verhalen uit de wijk.</span></label>
{{#IZ_REDEN_ERROR}}<p class="field-error" id="inzet-reden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/IZ_REDEN_ERROR}}
<textarea id="inzet-reden" name="reden" rows="3" maxlength="2000"{{#IZ_REDEN_ERROR}} aria-describedby="inzet-reden-fout" aria-invalid="true"{{/IZ_REDEN_ERROR}}>{{REDEN_IN:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Inzetniveau vastleggen</button></div>
</form>
</details>
{{/IZ_FORM}}
</section>
