{{%AUTOESCAPE context="HTML"}}
{{! A user's notifications (web/notificaties.c). Variables: ONGELEZEN; sections ALLES (CSRF_TOKEN), EMPTY, LIST with ITEM (ID, TEKST, OP, OP_ISO, SOORT; GELEZEN, or ONGELEZEN with ID, PAGINA, CSRF_TOKEN); include PAGER. }}
<div class="page-header">
<h1>Notificaties</h1>
<div class="button-row"><a class="button button-secondary button-small" href="/account/notificaties">Wat krijg ik per e-mail?</a></div>
</div>
<p class="lead">Wat er gebeurde dat u aangaat: nieuwste bovenaan. {{ONGELEZEN}} ongelezen.</p>
{{#ALLES}}
<form method="post" action="/notificaties/gelezen" class="button-row">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" class="button button-secondary">Alles gelezen</button>
</form>
{{/ALLES}}
{{#EMPTY}}<p class="empty">U heeft nog geen notificaties.</p>{{/EMPTY}}
{{#LIST}}
<ul class="notice-list">
{{#ITEM}}
<li class="notice{{#ONGELEZEN}} notice-unread{{/ONGELEZEN}}">
<p class="notice-meta"><time datetime="{{OP_ISO}}">{{OP}}</time> · {{SOORT}}{{#ONGELEZEN}} · <strong class="notice-new">Ongelezen</strong>{{/ONGELEZEN}}{{#GELEZEN}}<span class="visually-hidden"> · gelezen</span>{{/GELEZEN}}</p>
<p class="notice-text"><a href="/notificaties/{{ID}}">{{TEKST}}</a></p>
{{#ONGELEZEN}}
<form method="post" action="/notificaties/{{ID}}/gelezen" class="mb-0">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="pagina" value="{{PAGINA}}">
<button type="submit" class="button button-secondary button-small">Gelezen<span class="visually-hidden">: {{TEKST}}</span></button>
</form>
{{/ONGELEZEN}}
</li>
{{/ITEM}}
</ul>
{{/LIST}}
{{>PAGER}}
