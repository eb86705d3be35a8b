{{%AUTOESCAPE context="HTML"}}
{{! The wijkprofiel's INITIATIEVEN include (web/initiatieven.c): JAAR, WIJK_ID, BUDGET, TOEGEKEND, BESTEED, RESTEREND (the fund of the year for the wijk, summed from its rows); sections LIJST with RIJ (ID, REFERENTIE, TITEL, BUURT, STATUS, GEVRAAGD, TOEGEKEND), GEEN. }}
<section class="card" id="initiatieven" aria-labelledby="initiatieven-titel">
<h2 id="initiatieven-titel" class="mt-0">Bewonersinitiatieven en leefbaarheidsfonds</h2>
<dl class="summary-list">
<div><dt>Budget {{JAAR}} van de wijk</dt><dd>€ {{BUDGET}}</dd></div>
<div><dt>Toegekend</dt><dd>€ {{TOEGEKEND}}</dd></div>
<div><dt>Betaald</dt><dd>€ {{BESTEED}}</dd></div>
<div><dt>Nog te verdelen</dt><dd>€ {{RESTEREND}}</dd></div>
</dl>
{{#LIJST}}
<table class="table table-stack">
<caption>Initiatieven die lopen</caption>
<thead><tr><th scope="col">Aanvraag</th><th scope="col">Buurt</th><th scope="col">Status</th><th scope="col" class="num">Gevraagd</th><th scope="col" class="num">Toegekend</th></tr></thead>
<tbody>
{{#RIJ}}<tr><td><a class="ref" href="/initiatieven/{{ID}}">{{REFERENTIE}}</a> {{TITEL}}</td><td data-label="Buurt">{{BUURT}}</td><td data-label="Status">{{STATUS}}</td><td data-label="Gevraagd" class="num">€ {{GEVRAAGD}}</td><td data-label="Toegekend" class="num">€ {{TOEGEKEND}}</td></tr>
{{/RIJ}}</tbody>
</table>
{{/LIJST}}
{{#GEEN}}<p>Er lopen hier geen bewonersinitiatieven.</p>{{/GEEN}}
<p><a href="/fonds?jaar={{JAAR}}">Het fonds van {{JAAR}}</a> · <a href="/initiatieven?wijk={{WIJK_ID}}&amp;status=lopend">Alle lopende initiatieven van de wijk</a></p>
</section>
