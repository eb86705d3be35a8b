{{%AUTOESCAPE context="HTML"}}
{{! A link or unlink asked for on a melding page that did not work (handlers/dossier_melding.c): the message, the dossier block with the input kept, and the way back. Variables: MELDING_ID, MELDING_REF, MSG; include DOSSIER (melding_dossier_partial.tpl). }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/meldingen">Meldingen</a></li><li><a href="/meldingen/{{MELDING_ID}}">{{MELDING_REF}}</a></li><li aria-current="page">Dossier</li></ol></nav>
<h1>Melding <span class="ref">{{MELDING_REF}}</span> en dossier</h1>
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets gewijzigd</h2>
<ul><li><a href="#koppelen-dossier">{{MSG}}</a></li></ul>
</div>
{{>DOSSIER}}
<p><a href="/meldingen/{{MELDING_ID}}">Terug naar melding {{MELDING_REF}}</a></p>
