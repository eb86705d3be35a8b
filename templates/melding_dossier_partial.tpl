{{%AUTOESCAPE context="HTML"}}
{{! The dossier block on a melding page (filled by dossier_melding_partial() in handlers/dossier_melding.c; include it with tpl_include(d, "DOSSIER", "melding_dossier_partial.tpl")). Only dossiers the user may see appear: a melding in a gevoelig dossier shows no reference to anyone outside its team. Variables: MELDING_ID, MELDING_REF, CSRF_TOKEN, DOSSIER (kept input); sections LINKED with LINK (ID, REF, ONDERWERP, STATUS, CAN_UNLINK), NONE, SUGGEST with S_ITEM (ID, REF, ONDERWERP, CAN_LINK), CAN_LINK, DOSSIER_ERROR (MSG). }}
<section class="card" id="dossier" aria-labelledby="dossier-titel">
<h2 class="mt-0" id="dossier-titel">Dossier</h2>
{{#LINKED}}
<p>Deze melding hoort bij:</p>
<ul class="link-list">
{{#LINK}}<li><a class="ref" href="/dossiers/{{ID}}">{{REF}}</a> {{ONDERWERP}} <span class="muted">({{STATUS}})</span>
{{#CAN_UNLINK}}<form method="post" action="/meldingen/{{MELDING_ID}}/ontkoppelen"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="dossier" value="{{REF}}"><button type="submit" class="button button-link button-small">Loskoppelen<span class="visually-hidden"> van {{REF}}</span></button></form>{{/CAN_UNLINK}}</li>
{{/LINK}}
</ul>
{{/LINKED}}
{{#NONE}}<p>Deze melding hoort bij geen dossier.</p>{{/NONE}}
{{#SUGGEST}}
<div class="callout callout-warning">
<p><strong>Er loopt een dossier op dit adres.</strong> Hoort deze melding erbij?</p>
<ul class="link-list">
{{#S_ITEM}}<li><a class="ref" href="/dossiers/{{ID}}">{{REF}}</a> {{ONDERWERP}}
{{#CAN_LINK}}<form method="post" action="/meldingen/{{MELDING_ID}}/koppelen"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="dossier" value="{{REF}}"><button type="submit" class="button button-primary button-small">Koppelen aan {{REF}}</button></form>{{/CAN_LINK}}</li>
{{/S_ITEM}}
</ul>
</div>
{{/SUGGEST}}
{{#CAN_LINK}}
<form method="post" action="/meldingen/{{MELDING_ID}}/koppelen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#DOSSIER_ERROR}} field-has-error{{/DOSSIER_ERROR}}">
<label for="koppelen-dossier">Koppelen aan dossier</label>
<p class="hint" id="koppelen-dossier-hint">Het kenmerk van het dossier, bijvoorbeeld D-2026-00012.</p>
{{#DOSSIER_ERROR}}<p class="field-error" id="koppelen-dossier-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DOSSIER_ERROR}}
<input type="text" id="koppelen-dossier" name="dossier" value="{{DOSSIER}}" maxlength="32" spellcheck="false" aria-describedby="koppelen-dossier-hint{{#DOSSIER_ERROR}} koppelen-dossier-fout{{/DOSSIER_ERROR}}"{{#DOSSIER_ERROR}} aria-invalid="true"{{/DOSSIER_ERROR}}>
</div>
<div class="form-actions"><button type="submit" class="button button-secondary">Koppelen</button></div>
</form>
<p><a href="/dossiers/nieuw?melding={{MELDING_REF:u}}">Nieuw dossier openen met deze melding</a></p>
{{/CAN_LINK}}
</section>
