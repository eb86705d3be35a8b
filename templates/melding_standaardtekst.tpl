{{%AUTOESCAPE context="HTML"}}
{{! The choice of a standard text in a message form of the melding page (web/standaardteksten_kiezen.c). A GET form of its own that reloads the page with ?standaardtekst=ID&stap=STAP, so the marker must sit outside the action's POST form (forms do not nest). Variables: ACTION (the melding page and the form's anchor), STAP, PREFIX (unique element ids); sections OPTION (VALUE, LABEL, SELECTED). }}
<form class="standaardtekst-kiezen" method="get" action="{{ACTION}}">
<input type="hidden" name="stap" value="{{STAP}}">
<div class="field">
<label for="{{PREFIX}}-standaardtekst">Standaardtekst <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="{{PREFIX}}-standaardtekst-hint">Kies een tekst en pas hem daarna aan in het bericht. Wat u al had getypt, wordt vervangen. De aanhef en de groet zet Leefbaar er zelf bij.</p>
<select id="{{PREFIX}}-standaardtekst" name="standaardtekst" aria-describedby="{{PREFIX}}-standaardtekst-hint">{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}</select>
<button type="submit" class="button button-secondary">Gebruik</button>
</div>
</form>
