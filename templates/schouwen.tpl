{{%AUTOESCAPE context="HTML"}}
{{! The wijkschouwen (web/schouw.c, handle_schouwen): planned ones first, then those walked. Sections: WIJK_OPT (VALUE LABEL SELECTED), MAY_PLAN, GEPLAND and GELOPEN (ID DAG GEBIED STATUS STATUS_ID DEELNEMERS N_BEVINDINGEN N_OPEN N_ACTIES_OPEN VERLOPEN), HAS_/NO_GEPLAND, HAS_/NO_GELOPEN; JAAR. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/wijken">Wijken</a></li><li aria-current="page">Wijkschouwen</li></ol></nav>
<div class="page-header">
<h1>Wijkschouwen</h1>
{{#MAY_PLAN}}<p><a class="button button-primary" href="/schouwen/nieuw">Schouw plannen</a></p>{{/MAY_PLAN}}
</div>
<p class="lead">Samen met de gemeente, de huurdersorganisatie en andere partners door een wijk of buurt lopen: wat is schoon, heel, veilig en sociaal in orde, en wat moet er gebeuren?</p>
<form class="filters" method="get" action="/schouwen">
<div class="field">
<label for="wijk">Wijk</label>
<select id="wijk" name="wijk">
{{#WIJK_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/WIJK_OPT}}</select>
</div>
<div class="form-actions"><button class="button button-secondary" type="submit">Toon</button></div>
</form>

<h2>Gepland</h2>
{{#NO_GEPLAND}}<p class="muted">Er staat geen schouw gepland.</p>{{/NO_GEPLAND}}
{{#HAS_GEPLAND}}
<div class="table-wrap" role="region" aria-label="Geplande schouwen" tabindex="0">
<table class="table schouw-tabel">
<caption class="visually-hidden">Geplande schouwen</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Gebied</th><th scope="col">Deelnemers</th></tr></thead>
<tbody>
{{#GEPLAND}}<tr><td><a href="/schouwen/{{ID}}">{{DAG}}</a>{{#VERLOPEN}} <span class="badge badge-late">nog niet gelopen</span>{{/VERLOPEN}}</td><td>{{GEBIED}}</td><td>{{DEELNEMERS}}</td></tr>
{{/GEPLAND}}</tbody>
</table>
</div>
{{/HAS_GEPLAND}}

<h2>Gelopen</h2>
{{#NO_GELOPEN}}<p class="muted">Er is nog geen schouw gelopen.</p>{{/NO_GELOPEN}}
{{#HAS_GELOPEN}}
<div class="table-wrap" role="region" aria-label="Gelopen schouwen" tabindex="0">
<table class="table schouw-tabel">
<caption class="visually-hidden">Gelopen schouwen</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Gebied</th><th scope="col">Status</th><th scope="col" class="num">Bevindingen</th><th scope="col" class="num">Zonder vervolg</th><th scope="col" class="num">Acties open</th></tr></thead>
<tbody>
{{#GELOPEN}}<tr><td><a href="/schouwen/{{ID}}">{{DAG}}</a></td><td>{{GEBIED}}</td><td>{{STATUS}}</td><td class="num">{{N_BEVINDINGEN}}</td><td class="num">{{N_OPEN}}</td><td class="num">{{N_ACTIES_OPEN}}</td></tr>
{{/GELOPEN}}</tbody>
</table>
</div>
{{/HAS_GELOPEN}}
<p><a href="/schouwen/bevindingen.csv?jaar={{JAAR}}">Alle bevindingen van {{JAAR}} als CSV</a> <span class="muted">(voor Excel of BI)</span></p>
