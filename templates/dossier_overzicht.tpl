{{%AUTOESCAPE context="HTML"}}
{{! The court and handover overview of one dossier (handlers/dossier_overzicht.c): the facts, then every melding, note that is not vertrouwelijk, intervention, letter, escalation and dossier event in time order, one table row each with data-item="kind-id". Printable: the print CSS drops navigation and buttons and prints black on white. Variables: DID, REF, ONDERWERP, WIJK, PIJLER, EIGENAAR, GEOPEND, STATUS, AVE, REGIE, AFGEDRUKT, DOOR; sections HUISHOUDEN, LEDEN, GESLOTEN, VERVUILD, ROW (ITEM, WANNEER, LABEL, TEKST, WIE), NO_ROWS; the melders' diary DAGBOEK (ENTRY: ID REF VAN TOT VASTGELEGD ERNST ERNST_LABEL TEKST, FOTO and BESTAND with caption and capture moment) and HAS_MELDING_FOTOS (MELDING_FOTO). }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/dossiers">Dossiers</a></li><li><a href="/dossiers/{{DID}}">{{REF}}</a></li><li aria-current="page">Overzicht</li></ol></nav>
<div class="overview">
<h1>Dossieroverzicht <span class="ref">{{REF}}</span></h1>
<p class="callout no-print">Dit overzicht is bedoeld voor de kantonrechter, een advocaat of een collega die het dossier overneemt. Vertrouwelijke notities staan er niet in. Druk het af met <kbd>Ctrl</kbd>+<kbd>P</kbd> (op een Mac <kbd>⌘</kbd>+<kbd>P</kbd>) of via het menu van uw browser; menu en knoppen vallen dan weg. Het bekijken en afdrukken wordt vastgelegd.</p>
<dl class="summary-list">
<div><dt>Onderwerp</dt><dd>{{ONDERWERP}}{{#HUISHOUDEN}}<br>{{TEKST}}{{/HUISHOUDEN}}</dd></div>
<div><dt>Wijk</dt><dd>{{WIJK}}</dd></div>
<div><dt>Pijler</dt><dd>{{PIJLER}}</dd></div>
<div><dt>Geopend</dt><dd>{{GEOPEND}}</dd></div>
<div><dt>Status</dt><dd>{{STATUS}}{{#GESLOTEN}}: gesloten op {{OP}}, uitkomst {{UITKOMST}}{{/GESLOTEN}}</dd></div>
<div><dt>AVE-niveau</dt><dd>{{AVE}}, regie bij {{REGIE}}</dd></div>
{{#VERVUILD}}<div><dt>Vervuilde woning</dt><dd>{{TEKST}}</dd></div>{{/VERVUILD}}
<div><dt>Eigenaar</dt><dd>{{EIGENAAR}}{{#LEDEN}}<br>Team: {{NAMEN}}{{/LEDEN}}</dd></div>
<div><dt>Overzicht gemaakt</dt><dd>{{AFGEDRUKT}} door {{DOOR}}</dd></div>
</dl>
<h2>Verloop in volgorde van datum</h2>
{{#ROWS}}
<div class="table-wrap" role="region" aria-labelledby="verloop-titel" tabindex="0">
<table class="table table-stack overview-table">
<caption id="verloop-titel" class="visually-hidden">Meldingen, notities, interventies, brieven, escalaties en gebeurtenissen</caption>
<thead><tr><th scope="col">Datum</th><th scope="col">Wat</th><th scope="col">Door</th></tr></thead>
<tbody>
{{#ROW}}
<tr data-item="{{ITEM}}">
<td class="nowrap">{{WANNEER}}</td>
<td><strong>{{LABEL}}</strong>{{#TEKST}}<br><span class="usertext">{{TEKST:pre_escape}}</span>{{/TEKST}}</td>
<td data-label="Door">{{#WIE}}{{NAAM}}{{/WIE}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/ROWS}}
{{#NO_ROWS}}<p class="muted">Er is nog niets vastgelegd.</p>{{/NO_ROWS}}
{{#DAGBOEK}}
<section class="overview-dagboek" aria-labelledby="dagboek-titel">
<h2 id="dagboek-titel">Overlastdagboek van de melders</h2>
<p class="muted">Wat melders zelf via hun persoonlijke link hebben vastgelegd, in volgorde van het moment waarop het gebeurde. Ernst op een schaal van 1 (een beetje last) tot 5 (niet te harden of bedreigend).</p>
<ol class="overview-entries">
{{#ENTRY}}
<li class="overview-entry" data-item="dagboek-{{ID}}">
<p><strong>{{VAN}}</strong>{{#TOT}} tot {{TOT}}{{/TOT}} <span class="muted">(melding {{REF}}, vastgelegd {{VASTGELEGD}})</span></p>
<p>Ernst {{ERNST}} van 5: {{ERNST_LABEL}}</p>
<p class="usertext">{{TEKST:pre_escape}}</p>
{{#FOTO}}<figure class="overview-photo"><img src="/meldingen/{{REF}}/bijlagen/{{BIJLAGE_ID}}" alt="Foto bij het dagboek: {{NAAM}}"><figcaption>{{#BIJSCHRIFT}}{{TEKST}}{{/BIJSCHRIFT}}{{#GEEN_BIJSCHRIFT}}<span class="muted">Nog geen bijschrift.</span>{{/GEEN_BIJSCHRIFT}} Opgenomen: {{OPGENOMEN}}. <span class="muted">Bestand {{NAAM}}.</span></figcaption></figure>{{/FOTO}}
{{#BESTAND}}<p class="overview-file">{{SOORT}}: <a href="/meldingen/{{REF}}/bijlagen/{{BIJLAGE_ID}}">{{NAAM}}</a>. Opgenomen: {{OPGENOMEN}}.{{#BIJSCHRIFT}} {{TEKST}}{{/BIJSCHRIFT}}</p>{{/BESTAND}}
</li>
{{/ENTRY}}
</ol>
</section>
{{/DAGBOEK}}
{{#HAS_MELDING_FOTOS}}
<section class="overview-fotos" aria-labelledby="fotos-titel">
<h2 id="fotos-titel">Foto's bij de meldingen</h2>
{{#MELDING_FOTO}}<figure class="overview-photo"><img src="/meldingen/{{REF}}/bijlagen/{{BIJLAGE_ID}}" alt="Foto bij melding {{REF}}: {{NAAM}}"><figcaption><strong>Melding {{REF}}.</strong> {{#BIJSCHRIFT}}{{TEKST}}{{/BIJSCHRIFT}}{{#GEEN_BIJSCHRIFT}}<span class="muted">Nog geen bijschrift.</span>{{/GEEN_BIJSCHRIFT}} Opgenomen: {{OPGENOMEN}}. <span class="muted">Bestand {{NAAM}}.</span></figcaption></figure>{{/MELDING_FOTO}}
</section>
{{/HAS_MELDING_FOTOS}}
<p class="muted">Einde van het overzicht van dossier {{REF}}.</p>
</div>
