{{%AUTOESCAPE context="HTML"}}
{{! The dashboard's period picker and wijk filter (a GET form: works without JS). Variables: ACTION, DATUM, VAN, TOT, PEILDATUM, VANDAAG; sections PERIODE_OPTION, WIJK_OPTION, TREND_OPTION, MAAT_OPTION (VALUE, LABEL, SELECTED), PERIOD_NAV with PREV and NEXT (HREF, LABEL), SOORT_FIELD with SOORT_OPTION (the map page only), ERRORS and PERIODE_/DATUM_/VAN_/TOT_/PEILDATUM_/TREND_/MAAT_/SOORT_ERROR (MSG), MORE_OPEN. }}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer de keuzes</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="filters dashboard-filters" method="get" action="{{ACTION}}" role="search" aria-label="Periode en wijk kiezen">
<div class="field{{#PERIODE_ERROR}} field-has-error{{/PERIODE_ERROR}}">
<label for="periode">Periode</label>
{{#PERIODE_ERROR}}<p class="field-error" id="periode-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PERIODE_ERROR}}
<select id="periode" name="periode"{{#PERIODE_ERROR}} aria-invalid="true" aria-describedby="periode-fout"{{/PERIODE_ERROR}}>
{{#PERIODE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PERIODE_OPTION}}
</select>
</div>
<div class="field{{#DATUM_ERROR}} field-has-error{{/DATUM_ERROR}}">
<label for="datum">Met de dag</label>
<p class="hint" id="datum-hint">De week, maand, kwartaal of het jaar van deze dag.</p>
{{#DATUM_ERROR}}<p class="field-error" id="datum-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DATUM_ERROR}}
<input type="date" id="datum" name="datum" value="{{DATUM}}" max="{{VANDAAG}}" class="input-10" aria-describedby="datum-hint{{#DATUM_ERROR}} datum-fout{{/DATUM_ERROR}}"{{#DATUM_ERROR}} aria-invalid="true"{{/DATUM_ERROR}}>
</div>
<div class="field">
<label for="wijk">Wijk</label>
<select id="wijk" name="wijk">
{{#WIJK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/WIJK_OPTION}}
</select>
</div>
{{#SOORT_FIELD}}<div class="field{{#SOORT_ERROR}} field-has-error{{/SOORT_ERROR}}">
<label for="soort">Soort melding</label>
{{#SOORT_ERROR}}<p class="field-error" id="soort-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SOORT_ERROR}}
<select id="soort" name="soort">
{{#SOORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/SOORT_OPTION}}
</select>
</div>{{/SOORT_FIELD}}
<details class="filters-more"{{#MORE_OPEN}} open{{/MORE_OPEN}}>
<summary>Eigen periode, peildatum, trend en heatmap</summary>
<div class="filters-more-body">
<div class="field{{#VAN_ERROR}} field-has-error{{/VAN_ERROR}}">
<label for="van">Van (bij eigen periode)</label>
{{#VAN_ERROR}}<p class="field-error" id="van-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VAN_ERROR}}
<input type="date" id="van" name="van" value="{{VAN}}" class="input-10"{{#VAN_ERROR}} aria-invalid="true" aria-describedby="van-fout"{{/VAN_ERROR}}>
</div>
<div class="field{{#TOT_ERROR}} field-has-error{{/TOT_ERROR}}">
<label for="tot">Tot en met</label>
{{#TOT_ERROR}}<p class="field-error" id="tot-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOT_ERROR}}
<input type="date" id="tot" name="tot" value="{{TOT}}" class="input-10"{{#TOT_ERROR}} aria-invalid="true" aria-describedby="tot-fout"{{/TOT_ERROR}}>
</div>
<div class="field{{#PEILDATUM_ERROR}} field-has-error{{/PEILDATUM_ERROR}}">
<label for="peildatum">Stand per (peildatum)</label>
<p class="hint" id="peildatum-hint">Wat later gebeurde, telt nog niet mee.</p>
{{#PEILDATUM_ERROR}}<p class="field-error" id="peildatum-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PEILDATUM_ERROR}}
<input type="date" id="peildatum" name="peildatum" value="{{PEILDATUM}}" class="input-10" aria-describedby="peildatum-hint{{#PEILDATUM_ERROR}} peildatum-fout{{/PEILDATUM_ERROR}}"{{#PEILDATUM_ERROR}} aria-invalid="true"{{/PEILDATUM_ERROR}}>
</div>
<div class="field{{#TREND_ERROR}} field-has-error{{/TREND_ERROR}}">
<label for="trend">Trend</label>
{{#TREND_ERROR}}<p class="field-error" id="trend-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TREND_ERROR}}
<select id="trend" name="trend">
{{#TREND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/TREND_OPTION}}
</select>
</div>
<div class="field{{#MAAT_ERROR}} field-has-error{{/MAAT_ERROR}}">
<label for="maat">Heatmap</label>
{{#MAAT_ERROR}}<p class="field-error" id="maat-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/MAAT_ERROR}}
<select id="maat" name="maat">
{{#MAAT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/MAAT_OPTION}}
</select>
</div>
</div>
</details>
<div class="form-actions">
<button type="submit" class="button button-secondary">Toon cijfers</button>
<a href="{{ACTION}}">Deze maand, alle wijken</a>
</div>
</form>
{{#PERIOD_NAV}}
<nav class="button-row" aria-label="Andere periode">
{{#PREV}}<a class="button button-secondary button-small" href="{{HREF}}"><span aria-hidden="true">‹ </span>{{LABEL}}</a>{{/PREV}}
{{#NEXT}}<a class="button button-secondary button-small" href="{{HREF}}">{{LABEL}}<span aria-hidden="true"> ›</span></a>{{/NEXT}}
</nav>
{{/PERIOD_NAV}}
