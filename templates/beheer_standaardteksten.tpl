{{%AUTOESCAPE context="HTML"}}
{{! The standard texts for messages to melders (GET /beheer/standaardteksten). Sections: TABLE with TEKST (HREF, TITEL, STAP, CATEGORIE, ACTIVE, INACTIVE), EMPTY. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Standaardteksten</li></ol>
</nav>
<div class="page-header">
<h1>Standaardteksten</h1>
<p class="button-row"><a class="button button-primary" href="/beheer/standaardteksten/nieuw">Nieuwe standaardtekst</a></p>
</div>
<p class="lead">Teksten die medewerkers kiezen voor een bericht aan de melder: de ontvangstbevestiging, de terugkoppeling en de afsluiting, voor één categorie of voor alle. De medewerker past de tekst aan voordat het bericht weggaat. De aanhef en de groet zet Leefbaar er zelf bij.</p>
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="standaardteksten-titel" tabindex="0">
<table class="table table-stack">
<caption id="standaardteksten-titel">Standaardteksten per bericht en categorie</caption>
<thead>
<tr><th scope="col">Titel</th><th scope="col">Bericht</th><th scope="col">Categorie</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#TEKST}}
<tr>
<td><a href="{{HREF}}">{{TITEL}}</a></td>
<td data-label="Bericht">{{STAP}}</td>
<td data-label="Categorie">{{CATEGORIE}}</td>
<td data-label="Status">{{#ACTIVE}}<span class="badge badge-ok">Actief</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge badge-neutral">Niet actief</span>{{/INACTIVE}}</td>
</tr>
{{/TEKST}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Er zijn nog geen standaardteksten. <a href="/beheer/standaardteksten/nieuw">Maak de eerste aan</a>.</p>
{{/EMPTY}}
