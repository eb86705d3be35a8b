{{%AUTOESCAPE context="HTML"}}
{{! The list of leefbaarheidsdossiers (handlers/dossiers.c). Variables: Q; sections CAN_CREATE, MORE_OPEN (a filter is set), NEW_MELDINGEN with NEW_ITEM (DOSSIER_ID, DOSSIER_REF, MELDING_ID, MELDING_REF, CATEGORIE, ONTVANGEN, ONDERWERP), ERRORS, Q_ERROR, STATUS_OPT/PIJLER_OPT/WIJK_OPT/AVE_OPT/EIGENAAR_OPT/KENMERK_OPT/UITKOMST_OPT (VALUE, LABEL, SELECTED), STATUS_ALLE, DAY_FILTER (NAME, LABEL, VALUE, ERR with MSG), BEREIK with CHECKED, LIJST_TOTAAL with TOTAAL ("12 dossiers"), TABLE with ROW (ID, REF, ONDERWERP, HUISHOUDEN, WIJK, PIJLER, AVE, AVE_CLASS, REGIE, EIGENAAR, GEOPEND, STATUS, OPEN, GESLOTEN, UITKOMST, MELDINGEN, GEVOELIG, VERVUILD), EMPTY with FILTERED; include PAGER. }}
<div class="page-header">
<h1>Dossiers</h1>
{{#CAN_CREATE}}<p class="button-row"><a class="button button-primary" href="/dossiers/nieuw">Nieuw dossier</a></p>{{/CAN_CREATE}}
</div>
{{#NEW_MELDINGEN}}
<section class="callout callout-warning" aria-labelledby="nieuwe-meldingen-titel">
<h2 id="nieuwe-meldingen-titel">Nieuwe meldingen bij uw dossiers</h2>
<p>Deze meldingen kwamen binnen op het adres van een open dossier waarvan u eigenaar of lid bent. Open het dossier om ze te koppelen of opzij te zetten.</p>
<ul class="link-list">
{{#NEW_ITEM}}<li><a href="/dossiers/{{DOSSIER_ID}}#nieuwe-meldingen"><span class="ref">{{MELDING_REF}}</span></a>: {{CATEGORIE}}, ontvangen {{ONTVANGEN}}<br><span class="muted">bij dossier <span class="ref">{{DOSSIER_REF}}</span>, {{ONDERWERP}}</span></li>
{{/NEW_ITEM}}
</ul>
</section>
{{/NEW_MELDINGEN}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Controleer het zoekformulier</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<form class="filters" method="get" action="/dossiers" role="search" aria-label="Dossiers zoeken">
<div class="field{{#Q_ERROR}} field-has-error{{/Q_ERROR}}">
<label for="q">Zoeken</label>
<p class="hint" id="q-hint">Kenmerk, adres, complex, meldingnummer of woorden uit het journaal.</p>
{{#Q_ERROR}}<p class="field-error" id="q-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/Q_ERROR}}
<input type="search" id="q" name="q" value="{{Q}}" maxlength="200" aria-describedby="q-hint{{#Q_ERROR}} q-fout{{/Q_ERROR}}"{{#Q_ERROR}} aria-invalid="true"{{/Q_ERROR}}>
</div>
<details class="filters-more"{{#MORE_OPEN}} open{{/MORE_OPEN}}>
<summary>Filteren op status, pijler, wijk, AVE-niveau, eigenaar, kenmerk, uitkomst of datum</summary>
<div class="filters-grid">
<div class="field">
<label for="status">Status</label>
<select id="status" name="status">
{{#STATUS_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATUS_OPT}}
<option value="alle"{{#STATUS_ALLE}} selected{{/STATUS_ALLE}}>Open en gesloten</option>
</select>
</div>
<div class="field">
<label for="uitkomst">Uitkomst</label>
<select id="uitkomst" name="uitkomst">
<option value="">Elke uitkomst</option>
{{#UITKOMST_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/UITKOMST_OPT}}
</select>
</div>
{{#DAY_FILTER}}<div class="field{{#ERR}} field-has-error{{/ERR}}">
<label for="{{NAME}}">{{LABEL}}</label>
{{#ERR}}<p class="field-error" id="{{NAME}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ERR}}
<input type="date" id="{{NAME}}" name="{{NAME}}" value="{{VALUE}}"{{#ERR}} aria-invalid="true" aria-describedby="{{NAME}}-fout"{{/ERR}}>
</div>
{{/DAY_FILTER}}
{{#BEREIK}}<div class="field">
<input type="checkbox" id="bereik" name="bereik" value="wijken"{{#CHECKED}} checked{{/CHECKED}}>
<label for="bereik">Alleen mijn wijken, zoals het dashboard telt (zonder dossiers die u alleen als teamlid ziet)</label>
</div>
{{/BEREIK}}
<div class="field">
<label for="pijler">Pijler</label>
<select id="pijler" name="pijler">
<option value="">Alle pijlers</option>
{{#PIJLER_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/PIJLER_OPT}}
</select>
</div>
<div class="field">
<label for="wijk">Wijk</label>
<select id="wijk" name="wijk">
<option value="">Alle wijken</option>
{{#WIJK_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/WIJK_OPT}}
</select>
</div>
<div class="field">
<label for="ave">AVE-niveau</label>
<select id="ave" name="ave">
<option value="">Alle niveaus</option>
{{#AVE_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/AVE_OPT}}
</select>
</div>
<div class="field">
<label for="eigenaar">Eigenaar</label>
<select id="eigenaar" name="eigenaar">
<option value="">Iedereen</option>
{{#EIGENAAR_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/EIGENAAR_OPT}}
</select>
</div>
<div class="field">
<label for="kenmerk">Kenmerk</label>
<select id="kenmerk" name="kenmerk">
<option value="">Alle dossiers</option>
{{#KENMERK_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KENMERK_OPT}}
</select>
</div>
</div>
</details>
<div class="form-actions">
<button type="submit" class="button button-secondary">Zoeken</button>
<a href="/dossiers">Open dossiers</a> · <a href="/dossiers?status=alle">Alle dossiers</a>
</div>
</form>
{{#LIJST_TOTAAL}}<p class="list-total" id="lijst-totaal">{{TOTAAL}}</p>{{/LIJST_TOTAAL}}
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="dossiers-titel" tabindex="0">
<table class="table table-stack">
<caption id="dossiers-titel" class="visually-hidden">Dossiers</caption>
<thead>
<tr><th scope="col">Dossier</th><th scope="col">Onderwerp</th><th scope="col">Wijk</th><th scope="col">Pijler</th><th scope="col">AVE</th><th scope="col">Eigenaar</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td><a class="ref" href="/dossiers/{{ID}}">{{REF}}</a>{{#GEVOELIG}} <span class="badge badge-neutral">Gevoelig</span>{{/GEVOELIG}}{{#VERVUILD}} <span class="badge badge-today">Vervuild</span>{{/VERVUILD}}</td>
<td data-label="Onderwerp">{{ONDERWERP}}{{#HUISHOUDEN}}<br><span class="muted">{{HUISHOUDEN}}</span>{{/HUISHOUDEN}}<br><span class="muted">{{MELDINGEN}}</span></td>
<td data-label="Wijk">{{WIJK}}</td>
<td data-label="Pijler">{{PIJLER}}</td>
<td data-label="AVE"><span class="badge {{AVE_CLASS}}">{{AVE}}</span><br><span class="muted">{{REGIE}}</span></td>
<td data-label="Eigenaar">{{EIGENAAR}}</td>
<td data-label="Status">{{#OPEN}}Open sinds {{GEOPEND}}{{/OPEN}}{{#GESLOTEN}}Gesloten {{GESLOTEN_OP}}<br><span class="muted">{{UITKOMST}}</span>{{/GESLOTEN}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/TABLE}}
{{#EMPTY}}
<p class="empty">Geen dossiers gevonden{{#FILTERED}} met deze zoekopdracht. <a href="/dossiers?status=alle">Toon alle dossiers</a>{{/FILTERED}}.</p>
{{/EMPTY}}
{{>PAGER}}
