{{%AUTOESCAPE context="HTML"}}
{{! The beheerder loads the outlines of wijken and buurten (GET/POST /beheer/kaart). Variables: CSRF_TOKEN, MAX_MB; sections ERRORS, BESTAND_ERROR (MSG), BRON (BESTAND, WANNEER, DOOR, VORMEN, OVERGESLAGEN, SKIPPED; include SVG), GEEN_BRON. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/beheer">Beheer</a></li><li aria-current="page">Kaart van de wijken</li></ol>
</nav>
<h1>Kaart van de wijken</h1>
<p class="lead">Het dashboard tekent een kaart van de wijken, gekleurd naar het aantal meldingen. Daarvoor zijn de vormen van de wijken of buurten nodig, als GeoJSON-bestand.</p>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Het bestand is niet geladen</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#BRON}}
<section class="card" aria-labelledby="huidig">
<h2 id="huidig">Nu geladen</h2>
<p><strong>{{BESTAND}}</strong>, geladen op {{WANNEER}} door {{DOOR}}: {{VORMEN}} wijken en buurten.{{#SKIPPED}} {{OVERGESLAGEN}} vlakken zijn overgeslagen omdat hun code niet bij een bekend gebied hoort.{{/SKIPPED}}</p>
<figure class="map">
{{>SVG}}
</figure>
</section>
{{/BRON}}
{{#GEEN_BRON}}<p>Er is nog geen kaart geladen.</p>{{/GEEN_BRON}}
<form class="form" method="post" action="/beheer/kaart" enctype="multipart/form-data">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#BESTAND_ERROR}} field-has-error{{/BESTAND_ERROR}}">
<label for="bestand">GeoJSON-bestand</label>
<p class="hint" id="bestand-hint">Een FeatureCollection met vlakken (Polygon of MultiPolygon) van wijken of buurten, met de CBS-code in de eigenschappen (bijvoorbeeld <code>statcode</code>, <code>wijkcode</code> of <code>buurtcode</code>), zoals de wijk- en buurtkaart van het CBS. Coördinaten in graden (WGS84) of in meters (RD). Ten hoogste {{MAX_MB}} MB. Een nieuw bestand vervangt de vorige kaart.</p>
{{#BESTAND_ERROR}}<p class="field-error" id="bestand-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESTAND_ERROR}}
<input type="file" id="bestand" name="bestand" accept=".geojson,.json,application/geo+json,application/json" aria-describedby="bestand-hint{{#BESTAND_ERROR}} bestand-fout{{/BESTAND_ERROR}}"{{#BESTAND_ERROR}} aria-invalid="true"{{/BESTAND_ERROR}}>
</div>
<div class="form-actions">
<button type="submit" class="button button-primary">Kaart laden</button>
</div>
</form>
