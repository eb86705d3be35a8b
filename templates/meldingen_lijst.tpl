{{%AUTOESCAPE context="HTML"}}
{{! Staff list of meldingen (web/meldingen.c). Variables: HEADING, Q, VAN, TOT, PEILDATUM, TOTAL, FILTER_SUMMARY (the filters in effect, one line). Sections: CAN_SUBMIT, ONBEKEND_LINK (N), ONBEKEND_UITLEG, ERRORS, *_ERROR, *_OPT (VALUE LABEL SELECTED), FILTERS_OPEN, MORE_OPEN, HAS_VIEWS, VIEW (VIEW_ID NAAM CURRENT), SAVE (ACTION NAAM NAAM_ERROR SAVE_OPEN), SEARCHED (Q), HAS_ROWS, ROW (ID REFERENTIE ONTVANGEN ONTVANGEN_ISO CATEGORIE ADRES WIJK ONBEKEND STATUS BEHANDELAAR, BEV/TER with DAG DAG_ISO CLASS LABEL), NO_ROWS; include PAGER. }}
<div class="page-header">
<h1>{{HEADING}}</h1>
<p class="button-row">
{{#CAN_SUBMIT}}<a class="button button-primary" href="/meldingen/nieuw">Melding invoeren</a>{{/CAN_SUBMIT}}
{{#ONBEKEND_LINK}}<a class="button button-secondary" href="/meldingen?wijk=onbekend">Onbekend ({{N}})<span class="visually-hidden"> meldingen zonder wijk</span></a>{{/ONBEKEND_LINK}}
</p>
</div>
{{#ONBEKEND_UITLEG}}
<p class="callout">Deze meldingen hebben een adres dat niet in het adressenbestand staat, of geen adres. Open een melding en kies bij <strong>Plaatsen in een wijk</strong> de wijk (en zo mogelijk de buurt), zodat de medewerkers van die wijk haar zien.</p>
{{/ONBEKEND_UITLEG}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Niet elk filter is gebruikt. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<details class="filter-panel"{{#FILTERS_OPEN}} open{{/FILTERS_OPEN}}>
<summary><span class="filter-panel-label">Filters:</span> {{FILTER_SUMMARY}} <span class="filter-panel-change">— wijzigen</span></summary>
<form class="filters filters-2" method="get" action="/meldingen" role="search" aria-label="Meldingen zoeken en filteren">
<div class="field filters-wide">
<label for="q">Zoeken</label>
<p class="hint" id="q-hint">Meldnummer, adres of woorden uit de beschrijving.</p>
<input type="search" id="q" name="q" value="{{Q}}" maxlength="200" aria-describedby="q-hint">
</div>
<div class="field{{#STATUS_ERROR}} field-has-error{{/STATUS_ERROR}}">
<label for="status">Status</label>
{{#STATUS_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/STATUS_ERROR}}
<select id="status" name="status">{{#STATUS_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPT}}</select>
</div>
<div class="field{{#WIJK_ERROR}} field-has-error{{/WIJK_ERROR}}">
<label for="wijk">Wijk</label>
{{#WIJK_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/WIJK_ERROR}}
<select id="wijk" name="wijk">{{#WIJK_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/WIJK_OPT}}</select>
</div>
<div class="field{{#BEHANDELAAR_ERROR}} field-has-error{{/BEHANDELAAR_ERROR}}">
<label for="behandelaar">Behandelaar</label>
{{#BEHANDELAAR_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEHANDELAAR_ERROR}}
<select id="behandelaar" name="behandelaar">{{#BEHANDELAAR_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BEHANDELAAR_OPT}}</select>
</div>
<div class="field{{#TE_LAAT_ERROR}} field-has-error{{/TE_LAAT_ERROR}}">
<label for="te_laat">Te laat</label>
{{#TE_LAAT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TE_LAAT_ERROR}}
<select id="te_laat" name="te_laat">{{#TE_LAAT_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TE_LAAT_OPT}}</select>
</div>
<div class="field{{#TERMIJN_ERROR}} field-has-error{{/TERMIJN_ERROR}}">
<label for="termijn">Termijn (zoals het dashboard telt)</label>
{{#TERMIJN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TERMIJN_ERROR}}
<select id="termijn" name="termijn">{{#TERMIJN_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERMIJN_OPT}}</select>
</div>
<div class="field{{#PEILDATUM_ERROR}} field-has-error{{/PEILDATUM_ERROR}}">
<label for="peildatum">Peildatum</label>
<p class="hint" id="peildatum-hint">Alleen meldingen ontvangen tot en met deze dag; de termijn telt zoals die er die dag voor stond. Leeg: vandaag.</p>
{{#PEILDATUM_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PEILDATUM_ERROR}}
<input class="input-10" type="date" id="peildatum" name="peildatum" value="{{PEILDATUM}}" aria-describedby="peildatum-hint">
</div>
<div class="field{{#VANDAAG_ERROR}} field-has-error{{/VANDAAG_ERROR}}">
<label for="vandaag">Vandaag te doen</label>
{{#VANDAAG_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VANDAAG_ERROR}}
<select id="vandaag" name="vandaag">{{#VANDAAG_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/VANDAAG_OPT}}</select>
</div>
{{#BEREIK}}<div class="field">
<ul class="choices"><li class="choice"><input type="checkbox" id="bereik" name="bereik" value="wijken"{{#CHECKED}} checked{{/CHECKED}}><label for="bereik">Alleen mijn wijken, zoals het dashboard telt (zonder meldingen die u elders aannam)</label></li></ul>
</div>
{{/BEREIK}}<details class="filters-more"{{#MORE_OPEN}} open{{/MORE_OPEN}}>
<summary>Meer filters en volgorde</summary>
<div class="filters-more-body">
<div class="field{{#CATEGORIE_ERROR}} field-has-error{{/CATEGORIE_ERROR}}">
<label for="categorie">Soort</label>
{{#CATEGORIE_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CATEGORIE_ERROR}}
<select id="categorie" name="categorie">{{#CATEGORIE_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORIE_OPT}}</select>
</div>
<div class="field{{#PIJLER_ERROR}} field-has-error{{/PIJLER_ERROR}}">
<label for="pijler">Pijler</label>
{{#PIJLER_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PIJLER_ERROR}}
<select id="pijler" name="pijler">{{#PIJLER_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PIJLER_OPT}}</select>
</div>
<div class="field{{#KANAAL_ERROR}} field-has-error{{/KANAAL_ERROR}}">
<label for="kanaal">Kanaal</label>
{{#KANAAL_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/KANAAL_ERROR}}
<select id="kanaal" name="kanaal">{{#KANAAL_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KANAAL_OPT}}</select>
</div>
<div class="field{{#VAN_ERROR}} field-has-error{{/VAN_ERROR}}">
<label for="van">Ontvangen vanaf</label>
{{#VAN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VAN_ERROR}}
<input class="input-10" type="date" id="van" name="van" value="{{VAN}}">
</div>
<div class="field{{#TOT_ERROR}} field-has-error{{/TOT_ERROR}}">
<label for="tot">Ontvangen tot en met</label>
{{#TOT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOT_ERROR}}
<input class="input-10" type="date" id="tot" name="tot" value="{{TOT}}">
</div>
<div class="field{{#SORTEER_ERROR}} field-has-error{{/SORTEER_ERROR}}">
<label for="sorteer">Volgorde</label>
{{#SORTEER_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/SORTEER_ERROR}}
<select id="sorteer" name="sorteer">{{#SORTEER_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SORTEER_OPT}}</select>
</div>
</div>
</details>
<div class="form-actions">
<button type="submit" class="button button-primary">Toon meldingen</button>
<a href="/meldingen?status=alle">Alle filters wissen</a>
<a href="/meldingen">Alleen open meldingen</a>
</div>
</form>
</details>
<div class="views">
{{#HAS_VIEWS}}
<nav class="view-list" aria-label="Mijn weergaven">
<p class="view-list-label">Mijn weergaven:</p>
<ul>
{{#VIEW}}<li><a href="/meldingen/weergave?id={{VIEW_ID}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{NAAM}}</a>
<form method="post" action="/meldingen/weergave/verwijderen" class="view-delete">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="id" value="{{VIEW_ID}}">
<button type="submit" class="button-link">Verwijderen<span class="visually-hidden"> weergave {{NAAM}}</span></button>
</form></li>{{/VIEW}}
</ul>
</nav>
{{/HAS_VIEWS}}
{{#SAVE}}
<details class="view-save"{{#SAVE_OPEN}} open{{/SAVE_OPEN}}>
<summary>Deze filters bewaren als weergave</summary>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#NAAM_ERROR}} field-has-error{{/NAAM_ERROR}}">
<label for="naam">Naam van de weergave</label>
<p class="hint" id="naam-hint">Bijvoorbeeld "mijn open meldingen" of "te laat in Noord". Ten hoogste 60 tekens.</p>
{{#NAAM_ERROR}}<p class="field-error" id="naam-error" role="alert"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NAAM_ERROR}}
<input type="text" id="naam" name="naam" value="{{NAAM}}" maxlength="200" aria-describedby="naam-hint{{#NAAM_ERROR}} naam-error{{/NAAM_ERROR}}"{{#NAAM_ERROR}} aria-invalid="true"{{/NAAM_ERROR}}>
</div>
<button type="submit" class="button button-secondary">Bewaren</button>
</form>
</details>
{{/SAVE}}
</div>
{{#SEARCHED}}<p>Gezocht op: <strong>{{Q}}</strong></p>{{/SEARCHED}}
{{#HAS_ROWS}}
<div class="table-wrap" role="region" aria-labelledby="lijst-titel" tabindex="0">
<table class="table table-compact table-stack table-meldingen">
<caption id="lijst-titel">{{TOTAL}} {{TOTAL_WORD}}</caption>
<thead>
<tr>
<th scope="col">Melding, ontvangen</th>
<th scope="col">Soort</th>
<th scope="col">Adres of plek, wijk</th>
<th scope="col">Status</th>
<th scope="col">Termijnen</th>
<th scope="col">Behandelaar</th>
</tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td><a class="ref" href="/meldingen/{{ID}}">{{REFERENTIE}}</a><br><span class="muted"><span class="visually-hidden">ontvangen </span><time datetime="{{ONTVANGEN_ISO}}">{{ONTVANGEN}}</time></span></td>
<td data-label="Soort">{{CATEGORIE}}</td>
<td data-label="Adres">{{ADRES}}<br><span class="muted">{{WIJK}}</span>{{#ONBEKEND}}<span class="badge badge-neutral">wijk onbekend</span>{{/ONBEKEND}}</td>
<td data-label="Status">{{STATUS}}</td>
<td data-label="Termijnen">{{#BEV}}<span class="term"><span class="term-label">Bevestigen</span> <span class="term-when"><time datetime="{{DAG_ISO}}">{{DAG}}</time> <span class="badge {{CLASS}}">{{LABEL}}</span></span></span>{{/BEV}}
{{#TER}}<span class="term"><span class="term-label">Terugkoppelen</span> <span class="term-when"><time datetime="{{DAG_ISO}}">{{DAG}}</time> <span class="badge {{CLASS}}">{{LABEL}}</span></span></span>{{/TER}}</td>
<td data-label="Behandelaar">{{BEHANDELAAR}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/HAS_ROWS}}
{{#NO_ROWS}}
<p class="empty">Geen meldingen gevonden. Pas de filters aan of wis ze.</p>
{{/NO_ROWS}}
{{>PAGER}}
