{{%AUTOESCAPE context="HTML"}}
{{! The bewonersinitiatieven (GET /initiatieven, web/initiatieven.c). Variables: JAAR; sections STATUS_OPTIE/WIJK_OPTIE/JAAR_OPTIE (VALUE, LABEL, SELECTED), TABEL with RIJ (ID, REFERENTIE, TITEL, WIJK, BUURT, INGEDIEND, GEVRAAGD, TOEGEKEND, BESTEED, STATUS, STATUS_ID), LEEG; include PAGER. }}
<h1>Bewonersinitiatieven</h1>
<p class="lead">Aanvragen voor het leefbaarheidsfonds. Bewoners vragen aan via het openbare formulier <a href="/initiatief">/initiatief</a>. Zie ook <a href="/fonds?jaar={{JAAR}}">het fonds per wijk</a> en <a href="/fonds/besluiten.csv?jaar={{JAAR}}">de besluiten van {{JAAR}} als CSV</a>.</p>
<form class="filters" method="get" action="/initiatieven" role="search" aria-label="Initiatieven filteren">
<div class="filters-grid">
<div class="field">
<label for="status">Status</label>
<select id="status" name="status">
<option value="">Elke status</option>
{{#STATUS_OPTIE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATUS_OPTIE}}
</select>
</div>
<div class="field">
<label for="wijk">Wijk</label>
<select id="wijk" name="wijk">
<option value="">Al mijn wijken</option>
{{#WIJK_OPTIE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/WIJK_OPTIE}}
</select>
</div>
<div class="field">
<label for="jaar">Jaar van het fonds</label>
<select id="jaar" name="jaar">
<option value="">Elk jaar</option>
{{#JAAR_OPTIE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>
{{/JAAR_OPTIE}}
</select>
</div>
</div>
<div class="form-actions"><button type="submit" class="button">Filteren</button></div>
</form>
{{#TABEL}}
<table class="table table-stack">
<caption class="visually-hidden">Initiatieven</caption>
<thead>
<tr><th scope="col">Aanvraag</th><th scope="col">Waar</th><th scope="col">Ingediend</th><th scope="col" class="num">Gevraagd</th><th scope="col" class="num">Toegekend</th><th scope="col" class="num">Betaald</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#RIJ}}
<tr>
<td><a class="ref" href="/initiatieven/{{ID}}">{{REFERENTIE}}</a><br>{{TITEL}}</td>
<td data-label="Waar">{{WIJK}}<br><span class="muted">{{BUURT}}</span></td>
<td data-label="Ingediend">{{INGEDIEND}}</td>
<td data-label="Gevraagd" class="num">€ {{GEVRAAGD}}</td>
<td data-label="Toegekend" class="num">€ {{TOEGEKEND}}</td>
<td data-label="Betaald" class="num">€ {{BESTEED}}</td>
<td data-label="Status">{{STATUS}}</td>
</tr>
{{/RIJ}}
</tbody>
</table>
{{/TABEL}}
{{#LEEG}}<p class="empty">Geen initiatieven gevonden.</p>{{/LEEG}}
{{>PAGER}}
