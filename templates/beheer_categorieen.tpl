{{%AUTOESCAPE context="HTML"}}
{{! The melding categories (GET /beheer/categorieen). Sections: CAN_ADD, FULL (MAX), TABLE with CATEGORY (HREF, NAAM, CODE, PIJLER, BEVESTIGEN, TERUGKOPPELEN, STREEF, VOLGORDE, ACTIVE, INACTIVE), EMPTY. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Categorieën</li></ol>
</nav>
<div class="page-header">
<h1>Categorieën</h1>
{{#CAN_ADD}}<p class="button-row"><a class="button button-primary" href="/beheer/categorieen/nieuw">Nieuwe categorie</a></p>{{/CAN_ADD}}
</div>
<p class="lead">De soorten meldingen die huurders en medewerkers kunnen kiezen, elk met de pijler waar ze bij horen en hun eigen termijnen in werkdagen: ontvangstbevestiging, terugkoppeling en de streeftermijn voor terugkoppeling.</p>
<div class="callout">
<p><strong>Nieuwe termijnen gelden alleen voor nieuwe meldingen.</strong> Een melding krijgt haar uiterste data bij ontvangst. Past u de termijnen van een categorie aan, dan houden meldingen die al binnen zijn hun oude termijnen.</p>
</div>
{{#FULL}}<p class="muted">Er zijn {{MAX}} categorieën, het maximum. Pas een bestaande aan of zet er een op niet actief.</p>{{/FULL}}
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="categorieen-titel" tabindex="0">
<table class="table table-stack">
<caption id="categorieen-titel">Categorieën in de volgorde van het meldformulier</caption>
<thead>
<tr><th scope="col">Naam</th><th scope="col">Code</th><th scope="col">Pijler</th><th scope="col" class="num">Bevestigen</th><th scope="col" class="num">Terugkoppelen</th><th scope="col" class="num">Streef</th><th scope="col" class="num">Volgorde</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#CATEGORY}}
<tr>
<td><a href="{{HREF}}">{{NAAM}}</a></td>
<td data-label="Code"><span class="mono">{{CODE}}</span></td>
<td data-label="Pijler">{{PIJLER}}</td>
<td class="num" data-label="Bevestigen">{{BEVESTIGEN}}</td>
<td class="num" data-label="Terugkoppelen">{{TERUGKOPPELEN}}</td>
<td class="num" data-label="Streef">{{STREEF}}</td>
<td class="num" data-label="Volgorde">{{VOLGORDE}}</td>
<td data-label="Status">{{#ACTIVE}}<span class="badge badge-ok">Actief</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge badge-neutral">Niet actief</span>{{/INACTIVE}}</td>
</tr>
{{/CATEGORY}}
</tbody>
</table>
</div>
<p class="muted">Termijnen in werkdagen na de dag van ontvangst.</p>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Er zijn nog geen categorieën. <a href="/beheer/categorieen/nieuw">Maak de eerste aan</a>.</p>
{{/EMPTY}}
