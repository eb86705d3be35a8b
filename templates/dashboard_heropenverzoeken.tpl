{{%AUTOESCAPE context="HTML"}}
{{! The open verzoeken tot heropenen on the werklijst (web/dashboard_tevredenheid.c). Variable N; sections LIST with VERZOEK (ID, REFERENTIE, CATEGORIE, WIJK, SCORE, GEGEVEN, GEGEVEN_ISO), LEEG, FOUT. }}
<section class="card" aria-labelledby="heropenverzoeken">
<h2 id="heropenverzoeken">Verzoeken tot heropenen ({{N}})</h2>
<p class="muted">Melders die ontevreden waren over de afhandeling. Open de melding en besluit of zij weer opengaat.</p>
{{#FOUT}}<p class="callout callout-warning">De verzoeken konden niet worden geladen. Probeer het zo opnieuw.</p>{{/FOUT}}
{{#LEEG}}<p class="muted">Geen verzoeken die op een besluit wachten.</p>{{/LEEG}}
{{#LIST}}<div class="table-wrap" role="region" aria-labelledby="heropenverzoeken" tabindex="0">
<table class="table table-compact">
<thead><tr><th scope="col">Melding</th><th scope="col">Soort</th><th scope="col">Wijk</th><th scope="col" class="num">Cijfer</th><th scope="col">Gegeven</th></tr></thead>
<tbody>
{{#VERZOEK}}<tr><td><a class="ref" href="/meldingen/{{ID}}#heropenverzoek">{{REFERENTIE}}</a></td><td>{{CATEGORIE}}</td><td>{{WIJK}}</td><td class="num">{{SCORE}}</td><td><time datetime="{{GEGEVEN_ISO}}">{{GEGEVEN}}</time></td></tr>
{{/VERZOEK}}
</tbody>
</table>
</div>{{/LIST}}
</section>
