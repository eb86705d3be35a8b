{{%AUTOESCAPE context="HTML"}}
{{! The court and handover overview of one dossier (handlers/dossier_overzicht.c): the facts, then every melding, note that is not vertrouwelijk, intervention, letter, escalation and dossier event in time order, one table row each with data-item="kind-id". Printable: the print CSS drops navigation and buttons and prints black on white. Variables: DID, REF, ONDERWERP, WIJK, PIJLER, EIGENAAR, GEOPEND, STATUS, AVE, REGIE, AFGEDRUKT, DOOR; sections HUISHOUDEN, LEDEN, GESLOTEN, VERVUILD, ROW (ITEM, WANNEER, LABEL, TEKST, WIE), NO_ROWS. }}
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
<p class="muted">Einde van het overzicht van dossier {{REF}}.</p>
</div>
