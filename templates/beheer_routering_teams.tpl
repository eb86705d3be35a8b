{{%AUTOESCAPE context="HTML"}}
{{! The teams routing rules may assign to (GET /beheer/routering/teams). Sections: CAN_ADD, TABLE with TEAM (HREF, NAAM, LEDEN), EMPTY. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li><a href="/beheer/routering">Routering</a></li><li aria-current="page">Teams</li></ol>
</nav>
<div class="page-header">
<h1>Teams</h1>
{{#CAN_ADD}}<p class="button-row"><a class="button button-primary" href="/beheer/routering/teams/nieuw">Nieuw team</a></p>{{/CAN_ADD}}
</div>
<p class="lead">Een team is een groep medewerkers. Wijst een regel een melding toe aan een team, dan krijgt ieder lid dat de melding mag behandelen een notificatie, en neemt een van hen haar op zich (toewijzen aan zichzelf).</p>
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="teams-titel" tabindex="0">
<table class="table table-stack">
<caption id="teams-titel">Teams</caption>
<thead>
<tr><th scope="col">Naam</th><th scope="col">Leden</th></tr>
</thead>
<tbody>
{{#TEAM}}
<tr>
<td><a href="{{HREF}}">{{NAAM}}</a></td>
<td data-label="Leden">{{LEDEN}}</td>
</tr>
{{/TEAM}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Er zijn nog geen teams. <a href="/beheer/routering/teams/nieuw">Maak het eerste team</a>.</p>
{{/EMPTY}}
