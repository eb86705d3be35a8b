{{%AUTOESCAPE context="HTML"}}
{{! The form kept when the session had expired (GET /herstel). Sections: NIETS (nothing kept for this account, or shown already); BEWAARD with ACTION, TERUG, CSRF_TOKEN, BEWAARD_OP, MULTIPART, BESTANDEN (AANTAL), VELD (NAAM, WAARDE) to show and VERBORGEN (NAAM, WAARDE) to send again. }}
{{#NIETS}}
<h1>Geen bewaarde invoer</h1>
<p>Er is voor u geen bewaard formulier (meer). Bewaarde invoer blijft een uur staan en is maar één keer te zien.</p>
<p><a href="/">Naar de startpagina</a></p>
{{/NIETS}}
{{#BEWAARD}}
<h1>Uw sessie was verlopen — uw invoer is bewaard</h1>
<div class="callout callout-warning">
<p>U was te lang niet actief, daarom bent u uitgelogd voordat het formulier aankwam. Er is nog niets opgeslagen. Hieronder staat wat u op {{BEWAARD_OP}} verstuurde. Kijk het na en verstuur het opnieuw, of ga terug naar het formulier.</p>
{{#BESTANDEN}}<p><strong>Let op:</strong> u had {{AANTAL}} bestand(en) gekozen. Bestanden worden niet bewaard: kies ze opnieuw op het formulier.</p>{{/BESTANDEN}}
</div>
<dl class="summary-list herstel-velden">
{{#VELD}}<div><dt>{{NAAM}}</dt><dd class="herstel-waarde">{{WAARDE:pre_escape}}</dd></div>
{{/VELD}}
</dl>
<form method="post" action="{{ACTION}}"{{#MULTIPART}} enctype="multipart/form-data"{{/MULTIPART}}>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{! A hidden textarea, not an input: an attribute value loses its line breaks. }}
{{#VERBORGEN}}<textarea name="{{NAAM}}" hidden>{{WAARDE:pre_escape}}</textarea>
{{/VERBORGEN}}
<div class="form-actions">
<button type="submit" class="button button-primary">Opnieuw versturen</button>
<a href="{{TERUG}}">Terug naar het formulier</a>
</div>
</form>
<p class="muted">Deze pagina is maar één keer te zien. Wilt u de tekst bewaren, kopieer hem dan nu.</p>
{{/BEWAARD}}
