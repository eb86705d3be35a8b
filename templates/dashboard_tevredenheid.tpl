{{%AUTOESCAPE context="HTML"}}
{{! The melders' scores on the dashboard (web/dashboard_tevredenheid.c). Sections CIJFERS (GEMIDDELDE, AANTAL; TV_CAT_ROW and TV_WIJK_ROW with NAAM, GEMIDDELDE, AANTAL), LEEG, FOUT, VERZOEKEN (N, HREF). }}
<section aria-labelledby="tevredenheid">
<h2 id="tevredenheid">Tevredenheid van melders</h2>
<p>Het cijfer dat melders na het afsluiten gaven, van 1 (zeer ontevreden) tot 5 (zeer tevreden), geteld op de dag van hun antwoord.</p>
{{#VERZOEKEN}}<p class="callout callout-warning">{{N}} verzoek(en) tot heropenen wachten op een besluit. <a href="{{HREF}}">Naar de werklijst</a></p>{{/VERZOEKEN}}
{{#FOUT}}<p class="callout callout-warning">De tevredenheid kon niet worden geladen. Probeer het zo opnieuw.</p>{{/FOUT}}
{{#LEEG}}<p class="empty">Geen antwoorden in deze periode.</p>{{/LEEG}}
{{#CIJFERS}}
<p>Gemiddeld <strong>{{GEMIDDELDE}}</strong> uit {{AANTAL}} antwoorden.</p>
<div class="dashboard-grid">
<div class="table-wrap" role="region" aria-labelledby="tevreden-cat-titel" tabindex="0">
<table class="table table-compact">
<caption id="tevreden-cat-titel">Tevredenheid per soort</caption>
<thead><tr><th scope="col">Soort</th><th scope="col" class="num">Gemiddeld</th><th scope="col" class="num">Antwoorden</th></tr></thead>
<tbody>
{{#TV_CAT_ROW}}<tr><th scope="row">{{NAAM}}</th><td class="num">{{GEMIDDELDE}}</td><td class="num">{{AANTAL}}</td></tr>
{{/TV_CAT_ROW}}
</tbody>
</table>
</div>
<div class="table-wrap" role="region" aria-labelledby="tevreden-wijk-titel" tabindex="0">
<table class="table table-compact">
<caption id="tevreden-wijk-titel">Tevredenheid per wijk</caption>
<thead><tr><th scope="col">Wijk</th><th scope="col" class="num">Gemiddeld</th><th scope="col" class="num">Antwoorden</th></tr></thead>
<tbody>
{{#TV_WIJK_ROW}}<tr><th scope="row">{{NAAM}}</th><td class="num">{{GEMIDDELDE}}</td><td class="num">{{AANTAL}}</td></tr>
{{/TV_WIJK_ROW}}
</tbody>
</table>
</div>
</div>
{{/CIJFERS}}
</section>
