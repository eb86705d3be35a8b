{{%AUTOESCAPE context="HTML"}}
{{! The leefbaarheidsbudget of a wijk or buurt: the BUDGET include of the wijkprofiel (issue 18) - web/budget.c. Variables: JAAR, NAAM, SOORT and the figures of the year (WONINGEN, K_MELDINGEN, K_INTERVENTIES, K_INITIATIEVEN, TOTAAL, PER_WONING, BUDGET, VERSCHIL, OVER, AANDEEL); sections GEEN_WONINGEN, GEEN_NORM, TEGEN_NORM (PER_WONING, NORM, AANDEEL), BRON (LABEL, BEDRAG, EIGEN), JAAR_RIJ (J, NORM and the figures of that year). }}
<section class="card" id="budget" aria-labelledby="budget-titel">
<h2 id="budget-titel" class="mt-0">Leefbaarheidsbudget {{JAAR}}</h2>
{{#TEGEN_NORM}}<p>In {{JAAR}} besteed: <strong>{{PER_WONING}} per woning</strong>, tegen een norm van {{NORM}} per woning: {{AANDEEL}} van het budget.</p>{{/TEGEN_NORM}}
{{#GEEN_NORM}}<p>In {{JAAR}} besteed: <strong>{{PER_WONING}} per woning</strong>. Voor dit jaar is nog geen budget per woning vastgesteld.</p>{{/GEEN_NORM}}
{{#GEEN_WONINGEN}}<p>Voor deze {{SOORT}} zijn geen woningen bekend, dus geen bedrag per woning en geen budget. Besteed in {{JAAR}}: {{TOTAAL}}.</p>{{/GEEN_WONINGEN}}
<div class="table-wrap" role="region" aria-labelledby="budget-bron-titel" tabindex="0">
<table class="table table-compact">
<caption id="budget-bron-titel">Kosten in {{JAAR}} naar bron</caption>
<thead><tr><th scope="col">Bron</th><th scope="col" class="num">Kosten</th><th scope="col" class="num">Waarvan direct op {{NAAM}}</th></tr></thead>
<tbody>
{{#BRON}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{BEDRAG}}</td><td class="num">{{EIGEN}}</td></tr>{{/BRON}}
</tbody>
<tfoot><tr><th scope="row">Totaal</th><td class="num"><strong>{{TOTAAL}}</strong></td><td></td></tr></tfoot>
</table>
</div>
<div class="table-wrap" role="region" aria-labelledby="budget-jaren-titel" tabindex="0">
<table class="table table-compact">
<caption id="budget-jaren-titel">De laatste jaren</caption>
<thead><tr><th scope="col">Jaar</th><th scope="col" class="num">Meldingen</th><th scope="col" class="num">Interventies</th><th scope="col" class="num">Initiatieven</th><th scope="col" class="num">Totaal</th><th scope="col" class="num">Per woning</th><th scope="col" class="num">Norm</th><th scope="col" class="num">Besteed</th></tr></thead>
<tbody>
{{#JAAR_RIJ}}<tr><th scope="row">{{J}}</th><td class="num">{{K_MELDINGEN}}</td><td class="num">{{K_INTERVENTIES}}</td><td class="num">{{K_INITIATIEVEN}}</td><td class="num">{{TOTAAL}}</td><td class="num">{{PER_WONING}}</td><td class="num">{{NORM}}</td><td class="num">{{AANDEEL}}</td></tr>{{/JAAR_RIJ}}
</tbody>
</table>
</div>
<p><a href="/budget?jaar={{JAAR}}">Het leefbaarheidsbudget van alle wijken in {{JAAR}}</a></p>
</section>
