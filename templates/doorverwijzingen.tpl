{{%AUTOESCAPE context="HTML"}}
{{! The referral list (handlers/doorverwijzingen.c). Staff: STAFF_VIEW with the filters (PARTNER_OPT, STATUS_OPT, WIJK_OPT with VALUE LABEL SELECTED; TE_LAAT_CHECKED; VERSTUURD_VAN, VERSTUURD_TOT; BEREIK with CHECKED; DOSSIER_FILTER (REF); DOSSIER; ERRORS, *_ERROR). A partner: PARTNER_VIEW (ORGANISATIE, TAB with HREF LABEL N CURRENT, LATE_NOTE (N)). Both: ROWS (CAPTION, STAFF_HEAD or PARTNER_HEAD, ROW with ID VERSTUURD PARTNER SOORT STATUS DAG DUE_CLASS DUE_LABEL TE_LAAT, STAFF (DOSSIER_ID DOSSIER_REF WIJK) or PARTNER_ROW (VRAAG)), NO_ROWS (TEXT), include PAGER. }}
<div class="page-header">
<h1>Doorverwijzingen</h1>
</div>
{{#PARTNER_VIEW}}
<p class="lead">De doorverwijzingen aan {{ORGANISATIE}}. U ziet alleen wat de corporatie voor elke doorverwijzing met u deelt. Open een doorverwijzing om haar te accepteren of af te wijzen en om te antwoorden.</p>
{{#LATE_NOTE}}<p class="callout callout-warning">{{N}} doorverwijzing(en) wachten langer dan de afgesproken termijn op uw antwoord.</p>{{/LATE_NOTE}}
<ul class="tabs" aria-label="Welke doorverwijzingen">
{{#TAB}}<li><a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}} ({{N}})</a></li>{{/TAB}}
</ul>
{{/PARTNER_VIEW}}
{{#STAFF_VIEW}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Niet elk filter is gebruikt. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<p class="lead">Doorverwijzingen uit de dossiers die u mag zien. Een nieuwe doorverwijzing begint in het dossier, met <strong>Doorverwijzen naar een partner</strong>.</p>
{{#DOSSIER_FILTER}}<p>Alleen uit dossier <strong>{{REF}}</strong>. <a href="/doorverwijzingen?status=alle">Alle doorverwijzingen tonen</a></p>{{/DOSSIER_FILTER}}
<form class="filters" method="get" action="/doorverwijzingen" role="search" aria-label="Doorverwijzingen filteren">
<input type="hidden" name="dossier" value="{{DOSSIER}}">
<div class="field{{#PARTNER_ERROR}} field-has-error{{/PARTNER_ERROR}}">
<label for="partner">Organisatie</label>
{{#PARTNER_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PARTNER_ERROR}}
<select id="partner" name="partner">{{#PARTNER_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARTNER_OPT}}</select>
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
<div class="field{{#TE_LAAT_ERROR}} field-has-error{{/TE_LAAT_ERROR}}">
{{#TE_LAAT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TE_LAAT_ERROR}}
<ul class="choices"><li class="choice"><input type="checkbox" id="te_laat" name="te_laat" value="1"{{#TE_LAAT_CHECKED}} checked{{/TE_LAAT_CHECKED}}><label for="te_laat">Alleen te laat: geen antwoord binnen de termijn</label></li></ul>
</div>
<div class="field{{#VERSTUURD_VAN_ERROR}} field-has-error{{/VERSTUURD_VAN_ERROR}}">
<label for="verstuurd_van">Verstuurd vanaf</label>
{{#VERSTUURD_VAN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VERSTUURD_VAN_ERROR}}
<input type="date" id="verstuurd_van" name="verstuurd_van" value="{{VERSTUURD_VAN}}">
</div>
<div class="field{{#VERSTUURD_TOT_ERROR}} field-has-error{{/VERSTUURD_TOT_ERROR}}">
<label for="verstuurd_tot">Verstuurd tot en met</label>
{{#VERSTUURD_TOT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VERSTUURD_TOT_ERROR}}
<input type="date" id="verstuurd_tot" name="verstuurd_tot" value="{{VERSTUURD_TOT}}">
</div>
{{#BEREIK}}<div class="field">
<ul class="choices"><li class="choice"><input type="checkbox" id="bereik" name="bereik" value="wijken"{{#CHECKED}} checked{{/CHECKED}}><label for="bereik">Alleen mijn wijken, zoals het dashboard telt (zonder dossiers waarin u alleen teamlid bent)</label></li></ul>
</div>{{/BEREIK}}
{{#DOSSIER_ERROR}}<p class="field-error" id="dossier"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DOSSIER_ERROR}}
<div class="form-actions">
<button type="submit" class="button button-primary">Toon doorverwijzingen</button>
<a href="/doorverwijzingen">Filters wissen (open doorverwijzingen)</a> · <a href="/doorverwijzingen?status=alle">Alle doorverwijzingen</a>
</div>
</form>
{{/STAFF_VIEW}}
{{#ROWS}}
<div class="table-wrap" role="region" aria-labelledby="lijst-titel" tabindex="0">
<table class="table table-compact table-stack">
<caption id="lijst-titel" class="visually-hidden">{{CAPTION}}</caption>
<thead>
{{#STAFF_HEAD}}<tr><th scope="col">Doorverwijzing</th><th scope="col">Dossier</th><th scope="col">Wijk</th><th scope="col">Organisatie</th><th scope="col">Verstuurd</th><th scope="col">Status</th><th scope="col">Antwoord uiterlijk</th></tr>{{/STAFF_HEAD}}
{{#PARTNER_HEAD}}<tr><th scope="col">Doorverwijzing</th><th scope="col">Vraag</th><th scope="col">Verstuurd</th><th scope="col">Status</th><th scope="col">Antwoord uiterlijk</th></tr>{{/PARTNER_HEAD}}
</thead>
<tbody>
{{#ROW}}
<tr>
<td><a class="ref" href="/doorverwijzingen/{{ID}}">{{REFERENTIE}}</a></td>
{{#STAFF}}<td data-label="Dossier"><a class="ref" href="/dossiers/{{DOSSIER_ID}}">{{DOSSIER_REF}}</a></td>
<td data-label="Wijk">{{WIJK}}</td>
<td data-label="Organisatie">{{PARTNER}}<br><span class="muted">{{SOORT}}</span></td>{{/STAFF}}
{{#PARTNER_ROW}}<td data-label="Vraag" class="usertext">{{VRAAG}}</td>{{/PARTNER_ROW}}
<td data-label="Verstuurd" class="nowrap">{{VERSTUURD}}</td>
<td data-label="Status">{{STATUS}}</td>
<td data-label="Antwoord uiterlijk"><span class="nowrap">{{DAG}}</span> <span class="badge {{DUE_CLASS}}">{{DUE_LABEL}}</span></td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/ROWS}}
{{#NO_ROWS}}<p class="empty">{{TEXT}}</p>{{/NO_ROWS}}
{{>PAGER}}
