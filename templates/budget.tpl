{{%AUTOESCAPE context="HTML"}}
{{! The leefbaarheidsbudget of a year (GET /budget, and the 422 answer of POST /budget/norm) - web/budget.c. Variables: JAAR, VORIG_JAAR, VOLGEND_JAAR; sections EIGEN_WIJKEN, NORM (NORM, DOOR, OP; OVERGENOMEN with VAN_JAAR), GEEN_NORM (JAAR), BALKEN with BALK (NAAM, W, BW, FILL, TEKST, NORMLIJN with X), TABEL with RIJ (SOORT, CODE, NAAM, PROFIEL or GEEN_PROFIEL, and the figures: WONINGEN, K_MELDINGEN, K_INTERVENTIES, K_INITIATIEVEN, TOTAAL, PER_WONING, BUDGET, VERSCHIL, OVER, AANDEEL) and TOTAAL_RIJ (the figures), GEEN_GEBIEDEN, BUITEN (BEDRAG), NORM_FORM (CSRF_TOKEN, JAAR_IN, NORM_IN, ERRORS with ERROR_ITEM, NORM_JAAR_ERROR, NORM_NORM_ERROR with MSG, HISTORIE with H_RIJ: JAAR, NORM, DOOR, OP). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/wijken">Wijken</a></li><li aria-current="page">Leefbaarheidsbudget</li></ol>
</nav>
<h1>Leefbaarheidsbudget {{JAAR}}</h1>
<p class="lead">Wat de corporatie in {{JAAR}} uitgaf aan leefbaarheid, per wijk, buurt en complex: de kosten van afgesloten meldingen, van interventies in dossiers en de betalingen aan bewonersinitiatieven, naast het budget per woning.{{#EIGEN_WIJKEN}} U ziet alleen uw eigen wijken.{{/EIGEN_WIJKEN}}</p>
<nav class="button-row" aria-label="Jaar">
<a class="button button-secondary button-small" href="/budget?jaar={{VORIG_JAAR}}">Vorig jaar<span class="visually-hidden"> ({{VORIG_JAAR}})</span></a>
<a class="button button-secondary button-small" href="/budget?jaar={{VOLGEND_JAAR}}">Volgend jaar<span class="visually-hidden"> ({{VOLGEND_JAAR}})</span></a>
<a class="button button-secondary button-small" href="/budget.csv?jaar={{JAAR}}">CSV downloaden<span class="visually-hidden"> ({{JAAR}})</span></a>
</nav>

<h2 id="norm">Norm</h2>
{{#NORM}}<p>Het budget is <strong>{{NORM}} per woning</strong> per jaar{{#OVERGENOMEN}}, vastgesteld voor {{VAN_JAAR}}: voor dit jaar is nog geen eigen norm vastgesteld{{/OVERGENOMEN}}. <span class="muted">Vastgesteld door {{DOOR}} op {{OP}}.</span></p>{{/NORM}}
{{#GEEN_NORM}}<p class="muted">Voor {{JAAR}} is nog geen budget per woning vastgesteld. De kosten staan hieronder wel; het budget en het verschil volgen zodra de coördinator de norm vaststelt.</p>{{/GEEN_NORM}}

<h2 id="per-wijk">Besteed per woning</h2>
{{#BALKEN}}
<ul class="budget-balken">
{{#BALK}}<li><span class="budget-balk-naam">{{NAAM}}</span>
<svg class="budget-balk" width="{{W}}" height="18" viewBox="0 0 {{W}} 18" role="img" aria-label="{{NAAM}}: {{TEKST}}"><title>{{NAAM}}: {{TEKST}}</title>
<rect x="0" y="3" width="{{W}}" height="12" fill="#e8ecea"/><rect x="0" y="3" width="{{BW}}" height="12" fill="{{FILL}}"/>
{{#NORMLIJN}}<line x1="{{X}}" x2="{{X}}" y1="0" y2="18" stroke="#b00020" stroke-width="2" stroke-dasharray="3 2"/>{{/NORMLIJN}}
</svg>
<span class="budget-balk-tekst">{{TEKST}}</span></li>
{{/BALK}}
</ul>
<p class="hint">De balk is wat per woning is uitgegeven; de rode stippellijn is de norm per woning.</p>
{{/BALKEN}}

<h2 id="gebieden-titel">Per wijk, buurt en complex</h2>
<p class="hint">Een buurt telt de kosten van haar complexen mee, een wijk die van haar buurten. Kosten van een melding tellen in het jaar waarin die is afgesloten, van een interventie op de dag van uitvoering (anders de geplande dag), van een initiatief op de dag van de betaling (correcties inbegrepen).</p>
{{#TABEL}}
<div class="table-wrap" role="region" aria-labelledby="gebieden-titel" tabindex="0">
<table class="table table-compact budget-table">
<thead><tr><th scope="col">Gebied</th><th scope="col" class="num">Woningen</th><th scope="col" class="num">Meldingen</th><th scope="col" class="num">Interventies</th><th scope="col" class="num">Initiatieven</th><th scope="col" class="num">Totaal</th><th scope="col" class="num">Per woning</th><th scope="col" class="num">Budget</th><th scope="col" class="num">Over</th><th scope="col" class="num">Besteed</th></tr></thead>
<tbody>
{{#RIJ}}<tr class="budget-{{SOORT}}" data-code="{{CODE}}">
<th scope="row"><span class="muted">{{SOORT}}</span> {{#PROFIEL}}<a href="/wijken/{{CODE}}">{{NAAM}}</a>{{/PROFIEL}}{{#GEEN_PROFIEL}}{{NAAM}}{{/GEEN_PROFIEL}} <span class="muted">{{CODE}}</span></th>
<td class="num">{{WONINGEN}}</td><td class="num">{{K_MELDINGEN}}</td><td class="num">{{K_INTERVENTIES}}</td><td class="num">{{K_INITIATIEVEN}}</td>
<td class="num"><strong>{{TOTAAL}}</strong></td><td class="num">{{PER_WONING}}</td><td class="num">{{BUDGET}}</td>
<td class="num">{{VERSCHIL}}{{#OVER}} <span class="badge badge-late">overschreden</span>{{/OVER}}</td><td class="num">{{AANDEEL}}</td>
</tr>
{{/RIJ}}
</tbody>
{{#TOTAAL_RIJ}}<tfoot><tr data-code="totaal">
<th scope="row">Totaal (de wijken samen)</th>
<td class="num">{{WONINGEN}}</td><td class="num">{{K_MELDINGEN}}</td><td class="num">{{K_INTERVENTIES}}</td><td class="num">{{K_INITIATIEVEN}}</td>
<td class="num"><strong>{{TOTAAL}}</strong></td><td class="num">{{PER_WONING}}</td><td class="num">{{BUDGET}}</td>
<td class="num">{{VERSCHIL}}{{#OVER}} <span class="badge badge-late">overschreden</span>{{/OVER}}</td><td class="num">{{AANDEEL}}</td>
</tr></tfoot>{{/TOTAAL_RIJ}}
</table>
</div>
{{/TABEL}}
{{#GEEN_GEBIEDEN}}<p class="empty">Er zijn nog geen gebieden. De beheerder laadt ze in via Beheer, Gebieden.</p>{{/GEEN_GEBIEDEN}}
{{#BUITEN}}<p class="muted">Daarnaast {{BEDRAG}} aan kosten van meldingen zonder wijk (in "onbekend"): die tellen in geen wijk mee.</p>{{/BUITEN}}

{{#NORM_FORM}}
<h2 id="norm-vaststellen">Budget per woning vaststellen</h2>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="norm-fouten" tabindex="-1">
<h3 id="norm-fouten">Controleer het formulier</h3>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="form" method="post" action="/budget/norm" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#NORM_JAAR_ERROR}} field-has-error{{/NORM_JAAR_ERROR}}">
<label for="norm-jaar">Jaar</label>
{{#NORM_JAAR_ERROR}}<p class="field-error" id="norm-jaar-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NORM_JAAR_ERROR}}
<input class="input-4" type="text" inputmode="numeric" id="norm-jaar" name="jaar" value="{{JAAR_IN}}" maxlength="4" autocomplete="off"{{#NORM_JAAR_ERROR}} aria-invalid="true" aria-describedby="norm-jaar-fout"{{/NORM_JAAR_ERROR}}>
</div>
<div class="field{{#NORM_NORM_ERROR}} field-has-error{{/NORM_NORM_ERROR}}">
<label for="norm-norm">Budget per woning per jaar, in euro's</label>
<p class="hint" id="norm-norm-hint">Bijvoorbeeld 125. Geldt ook voor de jaren daarna, tot er een nieuwe norm is.</p>
{{#NORM_NORM_ERROR}}<p class="field-error" id="norm-norm-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NORM_NORM_ERROR}}
<input class="input-10" type="text" inputmode="decimal" id="norm-norm" name="norm" value="{{NORM_IN}}" maxlength="20" autocomplete="off" aria-describedby="norm-norm-hint{{#NORM_NORM_ERROR}} norm-norm-fout{{/NORM_NORM_ERROR}}"{{#NORM_NORM_ERROR}} aria-invalid="true"{{/NORM_NORM_ERROR}}>
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Norm vaststellen</button></div>
</form>
{{#HISTORIE}}
<h3 id="norm-historie">Eerder vastgesteld</h3>
<div class="table-wrap" role="region" aria-labelledby="norm-historie" tabindex="0">
<table class="table table-compact">
<thead><tr><th scope="col">Jaar</th><th scope="col" class="num">Per woning</th><th scope="col">Door</th><th scope="col">Op</th></tr></thead>
<tbody>
{{#H_RIJ}}<tr><td>{{JAAR}}</td><td class="num">{{NORM}}</td><td>{{DOOR}}</td><td>{{OP}}</td></tr>{{/H_RIJ}}
</tbody>
</table>
</div>
{{/HISTORIE}}
{{/NORM_FORM}}
