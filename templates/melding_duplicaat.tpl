{{%AUTOESCAPE context="HTML"}}
{{! A refused duplicate mark (web/melding_context.c): the context part again with the form open, the input kept and the message beside the field. Variables: ID, REFERENTIE, ERROR_ITEM (MSG); CONTEXT: melding_context.tpl. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/meldingen">Meldingen</a></li><li><a href="/meldingen/{{ID}}">{{REFERENTIE}}</a></li><li aria-current="page">Duplicaat</li></ol></nav>
<h1>Melding <span class="ref">{{REFERENTIE}}</span>: duplicaat</h1>
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets gewijzigd</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#duplicaat-hoofdmelding">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
<p><a href="/meldingen/{{ID}}">Terug naar de melding</a></p>
{{>CONTEXT}}
