{{%AUTOESCAPE context="HTML"}}
{{! The worklist per assignee (GET /dashboard/werklijst). Variables: VANDAAG; includes TABS, FILTERS; sections PERSON (WHO, NAAM, N_BEV, N_TER; BEV_LIST/BEV_EMPTY, TER_LIST/TER_EMPTY; BEV_ITEM and TER_ITEM with ID, REFERENTIE, CATEGORIE, WIJK, ADRES, DUE, LATE with DAGEN, TODAY), EMPTY, TRUNCATED. }}
<div class="page-header">
<h1>Werklijst</h1>
<p class="lead">Wat vandaag ({{VANDAAG}}) bevestigd of teruggekoppeld moet worden en wat al te laat is, per behandelaar. Afgesloten meldingen staan er niet in.</p>
</div>
{{>TABS}}
{{>FILTERS}}
{{>HEROPENVERZOEKEN}}
{{#TRUNCATED}}<p class="callout callout-warning">Dit zijn de eerste 1.000 per soort. Gebruik de lijst met meldingen en het filter "te laat" voor de rest.</p>{{/TRUNCATED}}
{{#EMPTY}}<p class="empty">Niets te doen vandaag en niets te laat. Goed bezig!</p>{{/EMPTY}}
{{#PERSON}}
<section class="card" aria-labelledby="p-{{WHO}}">
<h2 id="p-{{WHO}}">{{NAAM}}</h2>
<h3 id="bevestigen-{{WHO}}">Ontvangst bevestigen ({{N_BEV}})</h3>
{{#BEV_EMPTY}}<p class="muted">Niets te bevestigen.</p>{{/BEV_EMPTY}}
{{#BEV_LIST}}
<div class="table-wrap" role="region" aria-labelledby="bevestigen-{{WHO}}" tabindex="0">
<table class="table table-compact">
<thead><tr><th scope="col">Melding</th><th scope="col">Soort</th><th scope="col">Wijk</th><th scope="col">Adres</th><th scope="col">Uiterlijk</th><th scope="col">Stand</th></tr></thead>
<tbody>
{{#BEV_ITEM}}<tr><td><a class="ref" href="/meldingen/{{ID}}">{{REFERENTIE}}</a></td><td>{{CATEGORIE}}</td><td>{{WIJK}}</td><td>{{ADRES}}</td><td>{{DUE}}</td><td>{{#LATE}}<span class="badge badge-late">{{DAGEN}} te laat</span>{{/LATE}}{{#TODAY}}<span class="badge badge-today">vandaag</span>{{/TODAY}}</td></tr>
{{/BEV_ITEM}}
</tbody>
</table>
</div>
{{/BEV_LIST}}
<h3 id="terugkoppelen-{{WHO}}">Terugkoppelen ({{N_TER}})</h3>
{{#TER_EMPTY}}<p class="muted">Niets terug te koppelen.</p>{{/TER_EMPTY}}
{{#TER_LIST}}
<div class="table-wrap" role="region" aria-labelledby="terugkoppelen-{{WHO}}" tabindex="0">
<table class="table table-compact">
<thead><tr><th scope="col">Melding</th><th scope="col">Soort</th><th scope="col">Wijk</th><th scope="col">Adres</th><th scope="col">Uiterlijk</th><th scope="col">Stand</th></tr></thead>
<tbody>
{{#TER_ITEM}}<tr><td><a class="ref" href="/meldingen/{{ID}}">{{REFERENTIE}}</a></td><td>{{CATEGORIE}}</td><td>{{WIJK}}</td><td>{{ADRES}}</td><td>{{DUE}}</td><td>{{#LATE}}<span class="badge badge-late">{{DAGEN}} te laat</span>{{/LATE}}{{#TODAY}}<span class="badge badge-today">vandaag</span>{{/TODAY}}</td></tr>
{{/TER_ITEM}}
</tbody>
</table>
</div>
{{/TER_LIST}}
</section>
{{/PERSON}}
