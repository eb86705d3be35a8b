{{%AUTOESCAPE context="HTML"}}
{{! The melder's overlastdagboek on the status page (web/melder_dagboek.c), filled into the DAGBOEK include of melding_status.tpl: the entries in date order, and the form to add one while the melding is open. Sections: ENTRY (ID VAN TOT ERNST ERNST_LABEL TEKST, FILE (SOORT NAAM GROOTTE)), NO_ENTRIES, OPEN (the form: TOKEN CSRF_TOKEN TEKST VAN TOT ERNST_OPT (WAARDE LABEL ID CHECKED) MAX_*, BIJLAGEN_ID, HAS_HELD, HELD (ID NAAM SOORT GROOTTE), ERRORS, *_ERROR, NOTICE_MSG), CLOSED (KEPT (TEKST)). }}
<section class="dagboek" id="dagboek" aria-labelledby="dagboek-titel">
<h2 id="dagboek-titel">Uw overlastdagboek</h2>
<p>Heeft u daarna weer last gehad? Schrijf elke keer op wat er gebeurde, wanneer en hoe erg het was. Zo bouwen wij samen een goed beeld op, en dat helpt als wij verder moeten gaan, tot aan de rechter.</p>
{{#NO_ENTRIES}}<p class="muted">U heeft nog niets in uw dagboek gezet.</p>{{/NO_ENTRIES}}
{{#HAS_ENTRIES}}
<ol class="dagboek-list">
{{#ENTRY}}
<li class="dagboek-entry" id="dagboek-{{ID}}">
<p class="dagboek-when"><strong>{{VAN}}</strong>{{#TOT}} tot {{TOT}}{{/TOT}}</p>
<p><span class="badge badge-ernst ernst-{{ERNST}}">Ernst {{ERNST}} van 5: {{ERNST_LABEL}}</span></p>
<p class="prose usertext">{{TEKST:pre_escape}}</p>
{{#HAS_FILES}}<ul class="dagboek-files">{{#FILE}}<li>{{NAAM}} <span class="muted">({{SOORT}}, {{GROOTTE}})</span></li>{{/FILE}}</ul>{{/HAS_FILES}}
</li>
{{/ENTRY}}
</ol>
{{/HAS_ENTRIES}}

{{#CLOSED}}
<div class="callout" id="melding" tabindex="-1">
<p><strong>Deze melding is afgesloten.</strong> Er kan niets meer bij in dit dagboek.</p>
<p>Heeft u opnieuw last? <a href="/melden">Doe een nieuwe melding</a>. Noem daarin gerust uw oude meldnummer.</p>
</div>
{{#KEPT}}
<div class="field">
<label for="dagboek-bewaard">Wat u had geschreven (kopieer het naar uw nieuwe melding)</label>
<textarea id="dagboek-bewaard" rows="5" readonly>{{TEKST:pre_escape}}</textarea>
</div>
{{/KEPT}}
{{/CLOSED}}

{{#OPEN}}
<h3 id="dagboek-nieuw">Iets toevoegen aan uw dagboek</h3>
{{#NOTICE_MSG}}
<div class="error-summary" role="alert">
<h4>Uw aanvulling is nog niet opgeslagen</h4>
<p>{{NOTICE}}</p>
</div>
{{/NOTICE_MSG}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="dagboek-fouten-titel" tabindex="-1">
<h4 id="dagboek-fouten-titel">Uw aanvulling is nog niet opgeslagen. Controleer:</h4>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form method="post" action="/melding/status/{{TOKEN}}/dagboek" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">

<div class="field{{#TEKST_ERROR}} field-has-error{{/TEKST_ERROR}}">
<label for="tekst">Wat gebeurde er?</label>
<p class="hint" id="tekst-hint">Beschrijf wat u zag of hoorde, zo precies als u kunt.</p>
{{#TEKST_ERROR}}<p class="field-error" id="tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TEKST_ERROR}}
<textarea id="tekst" name="tekst" rows="5" maxlength="4000" aria-describedby="tekst-hint{{#TEKST_ERROR}} tekst-fout{{/TEKST_ERROR}}"{{#TEKST_ERROR}} aria-invalid="true"{{/TEKST_ERROR}}>{{TEKST:pre_escape}}</textarea>
</div>

<div class="field-row">
<div class="field{{#VAN_ERROR}} field-has-error{{/VAN_ERROR}}">
<label for="van">Begon op</label>
{{#VAN_ERROR}}<p class="field-error" id="van-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VAN_ERROR}}
<input type="datetime-local" id="van" name="van" value="{{VAN}}" max="{{NU}}"{{#VAN_ERROR}} aria-invalid="true" aria-describedby="van-fout"{{/VAN_ERROR}}>
</div>
<div class="field{{#TOT_ERROR}} field-has-error{{/TOT_ERROR}}">
<label for="tot">Hield op <span class="optional">(niet verplicht)</span></label>
{{#TOT_ERROR}}<p class="field-error" id="tot-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOT_ERROR}}
<input type="datetime-local" id="tot" name="tot" value="{{TOT}}" max="{{NU}}"{{#TOT_ERROR}} aria-invalid="true" aria-describedby="tot-fout"{{/TOT_ERROR}}>
</div>
</div>

<fieldset class="field{{#ERNST_ERROR}} field-has-error{{/ERNST_ERROR}}" id="ernst" tabindex="-1">
<legend>Hoeveel last had u?</legend>
{{#ERNST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ERNST_ERROR}}
<ul class="choices">
{{#ERNST_OPT}}
<li class="choice"><input type="radio" id="{{ID}}" name="ernst" value="{{WAARDE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="{{ID}}">{{WAARDE}} - {{LABEL}}</label></li>
{{/ERNST_OPT}}
</ul>
</fieldset>

<div class="field{{#BIJLAGEN_ERROR}} field-has-error{{/BIJLAGEN_ERROR}}">
<label for="bijlagen">Foto's, video of geluid <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="bijlagen-hint">Ten hoogste {{MAX_FILES}} bestanden, elk tot {{MAX_FILE_MB}} MB, samen tot {{MAX_TOTAL_MB}} MB. Foto (JPG, PNG, HEIC), video (MP4, MOV) of geluid (MP3, M4A, WAV).</p>
{{#BIJLAGEN_ERROR}}<p class="field-error" id="bijlagen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BIJLAGEN_ERROR}}
{{#HAS_HELD}}
<p>Deze bestanden bewaren wij een uur voor u; ze gaan mee als u het formulier opnieuw verstuurt. Vink aan wat u wilt weghalen:</p>
<ul class="choices">
{{#HELD}}<li class="choice"><input type="checkbox" id="verwijder-{{ID}}" name="verwijder" value="{{ID}}"><label for="verwijder-{{ID}}">{{NAAM}} ({{SOORT}}, {{GROOTTE}}) weghalen</label></li>{{/HELD}}
</ul>
{{/HAS_HELD}}
<input type="hidden" name="bijlagen_id" value="{{BIJLAGEN_ID}}">
{{#FILES_AGAIN}}<p class="hint">Kies uw bestanden opnieuw: wij hebben ze bij deze poging niet bewaard.{{#NAAM}} <span class="nowrap">{{NAAM}}</span>{{/NAAM}}</p>{{/FILES_AGAIN}}
<input type="file" id="bijlagen" name="bijlagen" multiple accept="image/jpeg,image/png,image/heic,video/mp4,video/quicktime,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav,.heic,.m4a,.wav,.mp3" aria-describedby="bijlagen-hint{{#BIJLAGEN_ERROR}} bijlagen-fout{{/BIJLAGEN_ERROR}}">
</div>

<button type="submit" class="button">Toevoegen aan mijn dagboek</button>
</form>
{{/OPEN}}
</section>
