{{%AUTOESCAPE context="HTML"}}
{{! The leefbaarheidsfonds of a year (GET /fonds?jaar=, web/initiatieven.c). Variables: JAAR, VORIG_JAAR, VOLGEND_JAAR, CSRF_TOKEN, TOTAAL_BUDGET, TOTAAL_TOEGEKEND, TOTAAL_BESTEED, TOTAAL_RESTEREND; section WIJK (WIJK_ID, WIJK_NAAM, WIJK_CODE, BUDGET, TOEGEKEND, BESTEED, RESTEREND, OVER, REGELS: REGEL: ID REFERENTIE TITEL STATUS TOEGEKEND BESTEED, GEEN_REGELS, BUDGET_FORM: WAARDE, BUDGET_ERROR: MSG); ERRORS. Granted and spent per wijk are the sums of its rows; the totals the sums of the wijken. }}
<h1>Leefbaarheidsfonds {{JAAR}}</h1>
<p class="lead">Per wijk het budget, wat is toegekend en wat is betaald. De bedragen zijn steeds opgeteld uit de boekingen van de initiatieven.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Het budget is niet opgeslagen</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<p><a href="/fonds?jaar={{VORIG_JAAR}}">{{VORIG_JAAR}}</a> · <a href="/fonds?jaar={{VOLGEND_JAAR}}">{{VOLGEND_JAAR}}</a> · <a href="/initiatieven?jaar={{JAAR}}">Initiatieven van {{JAAR}}</a> · <a href="/fonds/besluiten.csv?jaar={{JAAR}}">Besluiten als CSV</a></p>
<table class="table table-stack" id="fonds-wijken">
<caption>Per wijk</caption>
<thead><tr><th scope="col">Wijk</th><th scope="col" class="num">Budget</th><th scope="col" class="num">Toegekend</th><th scope="col" class="num">Betaald</th><th scope="col" class="num">Nog te verdelen</th></tr></thead>
<tbody>
{{#WIJK}}<tr data-wijk="{{WIJK_CODE}}"><th scope="row"><a href="#wijk-{{WIJK_CODE}}">{{WIJK_NAAM}}</a></th><td data-label="Budget" class="num">€ {{BUDGET}}</td><td data-label="Toegekend" class="num">€ {{TOEGEKEND}}</td><td data-label="Betaald" class="num">€ {{BESTEED}}</td><td data-label="Nog te verdelen" class="num">€ {{RESTEREND}}{{#OVER}} <span class="badge badge-late">Over budget</span>{{/OVER}}</td></tr>
{{/WIJK}}</tbody>
<tfoot><tr data-wijk="totaal"><th scope="row">Totaal</th><td class="num">€ {{TOTAAL_BUDGET}}</td><td class="num">€ {{TOTAAL_TOEGEKEND}}</td><td class="num">€ {{TOTAAL_BESTEED}}</td><td class="num">€ {{TOTAAL_RESTEREND}}</td></tr></tfoot>
</table>
{{#WIJK}}
<section id="wijk-{{WIJK_CODE}}" aria-labelledby="wijk-{{WIJK_CODE}}-titel">
<h2 id="wijk-{{WIJK_CODE}}-titel">{{WIJK_NAAM}}</h2>
{{#REGELS}}<table class="table table-stack">
<caption>Initiatieven {{JAAR}} in {{WIJK_NAAM}}</caption>
<thead><tr><th scope="col">Aanvraag</th><th scope="col">Status</th><th scope="col" class="num">Toegekend</th><th scope="col" class="num">Betaald</th></tr></thead>
<tbody>
{{#REGEL}}<tr><td><a class="ref" href="/initiatieven/{{ID}}">{{REFERENTIE}}</a> {{TITEL}}</td><td data-label="Status">{{STATUS}}</td><td data-label="Toegekend" class="num">€ {{TOEGEKEND}}</td><td data-label="Betaald" class="num">€ {{BESTEED}}</td></tr>
{{/REGEL}}</tbody>
<tfoot><tr><th scope="row" colspan="2">Samen</th><td class="num">€ {{TOEGEKEND}}</td><td class="num">€ {{BESTEED}}</td></tr></tfoot>
</table>{{/REGELS}}
{{#GEEN_REGELS}}<p>Nog geen besluiten of boekingen in {{JAAR}}.</p>{{/GEEN_REGELS}}
{{#BUDGET_FORM}}
<form class="form" method="post" action="/fonds/budget" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="wijk" value="{{WIJK_ID}}">
<input type="hidden" name="jaar" value="{{JAAR}}">
<div class="field{{#BUDGET_ERROR}} field-has-error{{/BUDGET_ERROR}}">
<label for="budget-{{WIJK_ID}}">Budget {{JAAR}} voor {{WIJK_NAAM}} in euro’s</label>
{{#BUDGET_ERROR}}<p class="field-error" id="budget-{{WIJK_ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BUDGET_ERROR}}
<input class="input-10" type="text" id="budget-{{WIJK_ID}}" name="budget" value="{{WAARDE}}" maxlength="20" autocomplete="off"{{#BUDGET_ERROR}} aria-invalid="true" aria-describedby="budget-{{WIJK_ID}}-fout"{{/BUDGET_ERROR}}>
</div>
<div class="form-actions"><button type="submit" class="button">Budget opslaan</button></div>
</form>
{{/BUDGET_FORM}}
</section>
{{/WIJK}}
