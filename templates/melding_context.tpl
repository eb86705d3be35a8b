{{%AUTOESCAPE context="HTML"}}
{{! Context for staff on a melding page (issue 17, point 8; web/melding_context.c, included as the CONTEXT include): the other meldingen at the same address and postcode in the last 12 weeks and the melder's other meldingen, only those the viewer may see; the main melding or the duplicates; marking as a duplicate. Variables: MELDING_ID, CSRF_TOKEN, WEKEN; LIST (TITEL, KOP_ID, LEEG, MEER, ANONIEM, ROW: ID REF ONTVANGEN ONTVANGEN_ISO CATEGORIE STATUS ADRES DUPLICAAT ANON); HOOFD (REF, ID, LINK, CAN_UNDO); DUPLICATEN with DUP (ID REF STATUS); MARK (HOOFDMELDING, HOOFDMELDING_ERROR MSG, OPEN). }}
<section class="card melding-context" id="context" aria-labelledby="context-titel">
<h2 class="mt-0" id="context-titel">Samenhang</h2>
{{#HOOFD}}
<div class="callout callout-warning" id="duplicaat">
<p><strong>Deze melding is een duplicaat van {{#LINK}}<a class="ref" href="/meldingen/{{ID}}">{{REF}}</a>{{/LINK}}{{#NO_LINK}}<span class="ref">{{REF}}</span> (u mag die melding niet openen){{/NO_LINK}}.</strong> De behandelaar van die melding spreekt voor beide: haar terugkoppeling en afsluiting gaan ook naar de melder van deze melding.</p>
{{#CAN_UNDO}}<form method="post" action="/meldingen/{{MELDING_ID}}/duplicaat/opheffen"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" id="duplicaat-opheffen-knop" class="button button-secondary button-small">Geen duplicaat meer</button></form>{{/CAN_UNDO}}
</div>
{{/HOOFD}}
{{#DUPLICATEN}}
<p>Als duplicaat van deze melding gemarkeerd; hun melders krijgen de terugkoppeling en de afsluiting van deze melding ook:</p>
<ul class="link-list">{{#DUP}}<li><a class="ref" href="/meldingen/{{ID}}">{{REF}}</a> <span class="muted">({{STATUS}})</span></li>{{/DUP}}</ul>
{{/DUPLICATEN}}
{{#LIST}}
<h3 id="{{KOP_ID}}">{{TITEL}}</h3>
{{#ANONIEM}}<p class="muted">Anoniem gemeld: andere meldingen van deze melder zijn niet te vinden.</p>{{/ANONIEM}}
{{#LEEG}}<p class="muted">{{LEEG_TEKST}}</p>{{/LEEG}}
{{#ROWS}}
<div class="table-wrap" role="region" aria-labelledby="{{KOP_ID}}" tabindex="0">
<table class="table table-compact" aria-labelledby="{{KOP_ID}}">
<thead><tr><th scope="col">Melding</th><th scope="col">Ontvangen</th><th scope="col">Soort</th><th scope="col">Status</th>{{#MET_ADRES}}<th scope="col">Adres</th>{{/MET_ADRES}}</tr></thead>
<tbody>
{{#ROW}}<tr><td><a class="ref" href="/meldingen/{{ID}}">{{REF}}</a>{{#DUPLICAAT}} <span class="badge badge-neutral">duplicaat</span>{{/DUPLICAAT}}{{#ANON}} <span class="badge badge-neutral">anoniem</span>{{/ANON}}</td><td><time datetime="{{ONTVANGEN_ISO}}">{{ONTVANGEN}}</time></td><td>{{CATEGORIE}}</td><td>{{STATUS}}</td>{{#MET_ADRES}}<td>{{ADRES}}</td>{{/MET_ADRES}}</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{#MEER}}<p class="muted">Alleen de {{N}} nieuwste staan hier.</p>{{/MEER}}
{{/ROWS}}
{{/LIST}}
{{#MARK}}
<details{{#OPEN}} open{{/OPEN}}>
<summary>Markeren als duplicaat</summary>
<form method="post" action="/meldingen/{{MELDING_ID}}/duplicaat" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#HOOFDMELDING_ERROR}} field-has-error{{/HOOFDMELDING_ERROR}}">
<label for="duplicaat-hoofdmelding">Deze melding is een duplicaat van</label>
<p class="hint" id="duplicaat-hoofdmelding-hint">Het meldnummer van de andere melding, bijvoorbeeld M-2026-000123. De behandelaar van die melding spreekt dan voor beide: haar terugkoppeling en afsluiting gaan ook naar de melder van deze melding.</p>
{{#HOOFDMELDING_ERROR}}<p class="field-error" id="duplicaat-hoofdmelding-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HOOFDMELDING_ERROR}}
<input type="text" id="duplicaat-hoofdmelding" name="hoofdmelding" value="{{HOOFDMELDING}}" maxlength="20" spellcheck="false" autocomplete="off" aria-describedby="duplicaat-hoofdmelding-hint{{#HOOFDMELDING_ERROR}} duplicaat-hoofdmelding-fout{{/HOOFDMELDING_ERROR}}"{{#HOOFDMELDING_ERROR}} aria-invalid="true"{{/HOOFDMELDING_ERROR}}>
</div>
<div class="form-actions"><button type="submit" id="duplicaat-knop" class="button button-secondary">Markeren als duplicaat</button></div>
</form>
</details>
{{/MARK}}
</section>
