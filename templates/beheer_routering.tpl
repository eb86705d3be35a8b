{{%AUTOESCAPE context="HTML"}}
{{! The routing rules (GET /beheer/routering). Sections: CAN_ADD, TABLE with RULE (HREF, ACTION, NAAM, VOLGORDE, CATEGORIE, GEBIED, KANAAL, TIJD, BEHANDELAAR, DOEL_INACTIEF, CSRF_TOKEN, ACTIVE, INACTIVE, CAN_UP, CAN_DOWN), EMPTY. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Routering</li></ol>
</nav>
<div class="page-header">
<h1>Routering</h1>
<p class="button-row">{{#CAN_ADD}}<a class="button button-primary" href="/beheer/routering/nieuw">Nieuwe regel</a> {{/CAN_ADD}}<a class="button button-secondary" href="/beheer/routering/teams">Teams</a></p>
</div>
<p class="lead">Regels wijzen een nieuwe melding meteen toe aan een medewerker of een team, op categorie, wijk of buurt, kanaal en tijdstip van ontvangst. De eerste regel die past (van boven naar beneden) wint; de medewerker, of ieder lid van het team, krijgt een notificatie.</p>
<div class="callout">
<p><strong>Wordt een melding later in een andere wijk of buurt geplaatst,</strong> dan kijken de regels opnieuw, behalve als iemand haar met de hand heeft toegewezen: die keuze blijft staan.</p>
</div>
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="routering-titel" tabindex="0">
<table class="table table-stack routering-table">
<caption id="routering-titel">Regels in de volgorde waarin ze worden geprobeerd</caption>
<thead>
<tr><th scope="col" class="num">Volgorde</th><th scope="col">Naam</th><th scope="col">Categorie</th><th scope="col">Wijk of buurt</th><th scope="col">Kanaal</th><th scope="col">Tijd</th><th scope="col">Behandelaar</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Acties</span></th></tr>
</thead>
<tbody>
{{#RULE}}
<tr>
<td class="num" data-label="Volgorde">{{VOLGORDE}}</td>
<td data-label="Naam"><a href="{{HREF}}">{{NAAM}}</a></td>
<td data-label="Categorie">{{CATEGORIE}}</td>
<td data-label="Wijk of buurt">{{GEBIED}}</td>
<td data-label="Kanaal">{{KANAAL}}</td>
<td data-label="Tijd">{{TIJD}}</td>
<td data-label="Behandelaar">{{BEHANDELAAR}}{{#DOEL_INACTIEF}} <span class="badge badge-neutral">niet actief</span>{{/DOEL_INACTIEF}}</td>
<td data-label="Status">{{#ACTIVE}}<span class="badge badge-ok">Aan</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge badge-neutral">Uit</span>{{/INACTIVE}}</td>
<td class="routering-acties">
{{#CAN_UP}}<form method="post" action="{{ACTION}}/volgorde" class="mb-0"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="richting" value="omhoog"><button type="submit" class="button button-secondary button-small">Omhoog<span class="visually-hidden">: {{NAAM}}</span></button></form>{{/CAN_UP}}
{{#CAN_DOWN}}<form method="post" action="{{ACTION}}/volgorde" class="mb-0"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="richting" value="omlaag"><button type="submit" class="button button-secondary button-small">Omlaag<span class="visually-hidden">: {{NAAM}}</span></button></form>{{/CAN_DOWN}}
{{#ACTIVE}}<form method="post" action="{{ACTION}}/actief" class="mb-0"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="actief" value="0"><button type="submit" class="button button-secondary button-small">Uitzetten<span class="visually-hidden">: {{NAAM}}</span></button></form>{{/ACTIVE}}
{{#INACTIVE}}<form method="post" action="{{ACTION}}/actief" class="mb-0"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="actief" value="1"><button type="submit" class="button button-secondary button-small">Aanzetten<span class="visually-hidden">: {{NAAM}}</span></button></form>{{/INACTIVE}}
<form method="post" action="{{ACTION}}/verwijderen" class="mb-0"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button-secondary button-small">Verwijderen<span class="visually-hidden">: {{NAAM}}</span></button></form>
</td>
</tr>
{{/RULE}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Er zijn nog geen regels: nieuwe meldingen wachten tot iemand ze toewijst. <a href="/beheer/routering/nieuw">Maak de eerste regel</a>.</p>
{{/EMPTY}}
