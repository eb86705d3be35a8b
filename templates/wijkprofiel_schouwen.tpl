{{%AUTOESCAPE context="HTML"}}
{{! The wijkprofiel's block of wijkschouwen (web/schouw.c, schouw_profile_show), filled into the SCHOUWEN include of wijkprofiel.tpl: planned schouwen and the last five walked, with their open findings and actions. Variables: WIJK_CODE; sections MAY_PLAN, GEPLAND and GELOPEN (ID DAG GEBIED STATUS DEELNEMERS N_BEVINDINGEN N_OPEN N_ACTIES_OPEN N_MELDINGEN), HAS_/NO_GEPLAND, HAS_/NO_GELOPEN. }}
<section class="wijkprofiel-blok" id="schouwen" aria-labelledby="schouwen-titel">
<h2 id="schouwen-titel">Wijkschouwen</h2>
{{#NO_GEPLAND}}<p class="muted">Er staat geen schouw gepland.</p>{{/NO_GEPLAND}}
{{#HAS_GEPLAND}}<h3>Gepland</h3>
<ul class="link-list">{{#GEPLAND}}<li><a href="/schouwen/{{ID}}">{{DAG}}</a>: {{GEBIED}}, met {{DEELNEMERS}}</li>{{/GEPLAND}}</ul>{{/HAS_GEPLAND}}
{{#HAS_GELOPEN}}<h3>Gelopen</h3>
<div class="table-wrap" role="region" aria-label="Gelopen schouwen van dit gebied" tabindex="0">
<table class="table">
<caption class="visually-hidden">Gelopen schouwen</caption>
<thead><tr><th scope="col">Dag</th><th scope="col">Status</th><th scope="col" class="num">Bevindingen</th><th scope="col" class="num">Gemeld</th><th scope="col" class="num">Zonder vervolg</th><th scope="col" class="num">Acties open</th></tr></thead>
<tbody>
{{#GELOPEN}}<tr><td><a href="/schouwen/{{ID}}">{{DAG}}</a></td><td>{{STATUS}}</td><td class="num">{{N_BEVINDINGEN}}</td><td class="num">{{N_MELDINGEN}}</td><td class="num">{{N_OPEN}}</td><td class="num">{{N_ACTIES_OPEN}}</td></tr>
{{/GELOPEN}}</tbody>
</table>
</div>{{/HAS_GELOPEN}}
{{#NO_GELOPEN}}<p class="muted">Er is de afgelopen twee jaar geen schouw gelopen.</p>{{/NO_GELOPEN}}
<p><a href="/schouwen?wijk={{WIJK_CODE:u}}">Alle schouwen van deze wijk</a>{{#MAY_PLAN}} · <a href="/schouwen/nieuw">Schouw plannen</a>{{/MAY_PLAN}}</p>
</section>
