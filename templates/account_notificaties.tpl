{{%AUTOESCAPE context="HTML"}}
{{! Which notifications also come by mail (web/notificaties.c). Variables: CSRF_TOKEN; section SOORT (ID, LABEL, CHECKED). }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/notificaties">Notificaties</a></li><li aria-current="page">Per e-mail</li></ol>
</nav>
<h1>Notificaties per e-mail</h1>
<p class="lead">U ziet elke notificatie in Leefbaar. Kies welke u ook per e-mail krijgt. Komen er binnen een paar minuten meer, dan krijgt u ze samen in één e-mail. Het dagoverzicht is een e-mail op zichzelf.</p>
<form class="form" method="post" action="/account/notificaties">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field">
<legend>Ook per e-mail</legend>
<ul class="choices">
{{#SOORT}}<li class="choice"><input type="checkbox" id="mail-{{ID}}" name="mail" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label for="mail-{{ID}}">{{LABEL}}</label></li>
{{/SOORT}}
</ul>
</fieldset>
<div class="button-row">
<button type="submit" class="button button-primary">Opslaan</button>
<a class="button button-secondary" href="/notificaties">Terug naar de notificaties</a>
</div>
</form>
