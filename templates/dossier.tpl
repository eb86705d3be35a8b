{{%AUTOESCAPE context="HTML"}}
{{! One leefbaarheidsdossier (handlers/dossier_page.c): facts, AVE level and history, meldingen with their terms (IN_ORDER; past 50, NEWEST_FIRST and include PAGER), journal, interventions, letters, the timeline (of the meldingen the 50 newest; TL_SOME_MELDINGEN with SHOWN, ALL says so), the team and the action forms. Every item carries data-item="kind-id" (vertrouwelijke notes "vertrouwelijk-id"), the same as on the overview, so a test can hold the two equal. Per-field errors: sections ACTION_FIELD_ERROR (e.g. NOTITIE_TEKST_ERROR), summary ERRORS. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/dossiers">Dossiers</a></li><li aria-current="page">{{REF}}</li></ol></nav>
<div class="page-header">
<h1>Dossier <span class="ref">{{REF}}</span></h1>
<p class="mb-0">{{#OPEN}}<span class="badge badge-primary">Open</span>{{/OPEN}}{{#GESLOTEN}}<span class="badge badge-neutral">Gesloten</span>{{/GESLOTEN}} <span class="badge {{AVE_CLASS}}">AVE {{AVE}}</span>{{#GEVOELIG}} <span class="badge badge-neutral">Gevoelig</span>{{/GEVOELIG}}{{#VERVUILD}} <span class="badge badge-today">Vervuilde woning</span>{{/VERVUILD}}</p>
<p class="button-row"><a class="button button-secondary" href="/dossiers/{{DID}}/overzicht">Overzicht voor rechter of overdracht</a>{{#ACTIONS}} <a class="button button-secondary actions-link" href="#acties">Naar de acties</a>{{/ACTIONS}}</p>
</div>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets gewijzigd. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#NIEUW}}
<section class="callout callout-warning" id="nieuwe-meldingen" aria-labelledby="nieuw-titel">
<h2 id="nieuw-titel">Nieuwe meldingen op dit adres</h2>
<p>Deze meldingen kwamen binnen nadat het dossier werd geopend, en horen er nog niet bij.</p>
<ul class="link-list">
{{#NIEUW_ITEM}}
<li><a class="ref" href="/meldingen/{{MELDING_ID}}">{{MELDING_REF}}</a>: {{CATEGORIE}}, ontvangen {{ONTVANGEN}}
{{#CAN_WRITE}}<div class="button-row">
<form method="post" action="/dossiers/{{DID}}/koppelen"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="melding" value="{{MELDING_REF}}"><button type="submit" class="button button-primary button-small">Koppelen<span class="visually-hidden"> {{MELDING_REF}}</span></button></form>
<form method="post" action="/dossiers/{{DID}}/negeren"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="melding" value="{{MELDING_REF}}"><button type="submit" class="button button-secondary button-small">Hoort er niet bij<span class="visually-hidden"> ({{MELDING_REF}})</span></button></form>
</div>{{/CAN_WRITE}}
</li>
{{/NIEUW_ITEM}}
</ul>
</section>
{{/NIEUW}}
<div class="columns">
<div class="column-main">

<h2 class="mt-0">Gegevens</h2>
<dl class="summary-list">
<div><dt>Onderwerp</dt><dd>{{ONDERWERP}}{{#HUISHOUDEN}}<br><span class="muted">{{TEKST}}</span>{{/HUISHOUDEN}}</dd></div>
<div><dt>Wijk</dt><dd>{{WIJK}}{{#BUURT}}, buurt {{NAAM}}{{/BUURT}}{{#COMPLEX}}<br><span class="muted">{{NAAM}}</span>{{/COMPLEX}}</dd></div>
<div><dt>Pijler</dt><dd>{{PIJLER}}</dd></div>
<div><dt>Eigenaar</dt><dd>{{EIGENAAR}}</dd></div>
<div><dt>Geopend</dt><dd>{{GEOPEND}}</dd></div>
{{#GESLOTEN}}<div><dt>Gesloten</dt><dd>{{GESLOTEN_OP}}: {{UITKOMST}}{{#UITKOMST_TOELICHTING}}<br><span class="usertext">{{TEKST:pre_escape}}</span>{{/UITKOMST_TOELICHTING}}</dd></div>{{/GESLOTEN}}
{{#VERVUILD}}<div><dt>Vervuilde woning</dt><dd>sinds {{VERVUILD_SINDS}}</dd></div>{{/VERVUILD}}
{{#VERVUILD_OPGEHEVEN}}<div><dt>Vervuilde woning</dt><dd>van {{VAN}} tot {{TOT}}</dd></div>{{/VERVUILD_OPGEHEVEN}}
{{#GEVOELIG}}<div><dt>Gevoelig</dt><dd>Alleen het team ziet dit dossier.</dd></div>{{/GEVOELIG}}
</dl>

<h2 id="ave">AVE-niveau</h2>
<p><span class="badge {{AVE_CLASS}}">{{AVE}}</span> Regie bij: <strong>{{REGIE}}</strong><br><span class="muted">{{AVE_UITLEG}}</span></p>
{{#ESCALATIES}}
<div class="table-wrap" role="region" aria-labelledby="ave-geschiedenis" tabindex="0">
<table class="table table-stack">
<caption id="ave-geschiedenis">Geschiedenis van niveau en regie</caption>
<thead><tr><th scope="col">Datum</th><th scope="col">Van</th><th scope="col">Naar</th><th scope="col">Regie</th><th scope="col">Reden</th><th scope="col">Door</th></tr></thead>
<tbody>
{{#ESC_ROW}}<tr data-item="{{ITEM}}"><td class="nowrap">{{WANNEER}}</td><td data-label="Van">{{VAN}}</td><td data-label="Naar">{{NAAR}}</td><td data-label="Regie">{{REGIE_NAAR}}</td><td data-label="Reden" class="usertext">{{REDEN:pre_escape}}</td><td data-label="Door">{{WIE}}</td></tr>
{{/ESC_ROW}}
</tbody>
</table>
</div>
{{/ESCALATIES}}
{{#NO_ESCALATIES}}<p class="muted">Het niveau is sinds de opening niet veranderd.</p>{{/NO_ESCALATIES}}

<h2 id="meldingen">Meldingen</h2>
{{#MELDINGEN_TABLE}}
<div class="table-wrap" role="region" aria-labelledby="meldingen-titel" tabindex="0">
<table class="table table-stack">
<caption id="meldingen-titel" class="visually-hidden">Meldingen in dit dossier, {{#IN_ORDER}}op volgorde van ontvangst{{/IN_ORDER}}{{#NEWEST_FIRST}}laatst ontvangen eerst{{/NEWEST_FIRST}}</caption>
<thead><tr><th scope="col">Melding</th><th scope="col">Ontvangen</th><th scope="col">Status</th><th scope="col">Termijnen</th></tr></thead>
<tbody>
{{#M_ROW}}
<tr data-item="{{ITEM}}">
<td><a class="ref" href="/meldingen/{{MELDING_ID}}">{{MELDING_REF}}</a><br>{{CATEGORIE}}<br><span class="muted usertext">{{OMSCHRIJVING:pre_escape}}</span>
{{#CAN_UNLINK}}<form method="post" action="/dossiers/{{DID}}/ontkoppelen"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="melding" value="{{MELDING_REF}}"><button type="submit" class="button button-link button-small">Ontkoppelen<span class="visually-hidden"> {{MELDING_REF}}</span></button></form>{{/CAN_UNLINK}}</td>
<td class="nowrap" data-label="Ontvangen">{{ONTVANGEN}}</td>
<td data-label="Status">{{STATUS}}</td>
<td data-label="Termijnen">{{#BEV}}Bevestigen <span class="nowrap">{{DAG}} <span class="badge {{CLASS}}">{{LABEL}}</span></span>{{/BEV}}<br>{{#TER}}Terugkoppelen <span class="nowrap">{{DAG}} <span class="badge {{CLASS}}">{{LABEL}}</span></span>{{/TER}}</td>
</tr>
{{/M_ROW}}
</tbody>
</table>
</div>
{{>PAGER}}
{{/MELDINGEN_TABLE}}
{{#NO_MELDINGEN}}<p class="muted">Er zijn nog geen meldingen gekoppeld.</p>{{/NO_MELDINGEN}}

<h2 id="journaal">Journaal</h2>
{{#NOTES}}
<ol class="timeline">
{{#NOTE}}
<li data-item="{{ITEM}}"><span class="timeline-when">{{WANNEER}}</span>
<p class="timeline-what">Notitie <span class="muted">door {{WIE}}</span>{{#VERTROUWELIJK}} <span class="badge badge-neutral">Vertrouwelijk</span>{{/VERTROUWELIJK}}</p>
<p class="prose usertext">{{TEKST:pre_escape}}</p>
</li>
{{/NOTE}}
</ol>
{{/NOTES}}
{{#NO_NOTES}}<p class="muted">Nog geen notities.</p>{{/NO_NOTES}}

<h2 id="interventies">Interventies</h2>
{{#INTERVENTIES_TABLE}}
<div class="table-wrap" role="region" aria-labelledby="interventies-titel" tabindex="0">
<table class="table table-stack">
<caption id="interventies-titel" class="visually-hidden">Interventies</caption>
<thead><tr><th scope="col">Interventie</th><th scope="col">Gepland</th><th scope="col">Uitgevoerd</th><th scope="col">Uitkomst</th><th scope="col">Door</th></tr></thead>
<tbody>
{{#IV_ROW}}
<tr data-item="{{ITEM}}">
<td>{{SOORT}}<br><span class="muted">{{GROEP}}</span>{{#KOSTEN}}<br>Kosten: € {{EUROS}}{{/KOSTEN}}{{#TOELICHTING}}<br><span class="usertext">{{TEKST:pre_escape}}</span>{{/TOELICHTING}}</td>
<td class="nowrap" data-label="Gepland">{{GEPLAND}}</td>
<td class="nowrap" data-label="Uitgevoerd">{{UITGEVOERD}}</td>
<td data-label="Uitkomst"><span class="usertext">{{UITKOMST:pre_escape}}</span>
{{#BIJWERKEN}}
<details{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary>Uitvoering vastleggen</summary>
<form method="post" action="/dossiers/{{DID}}/interventie-bijwerken" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="interventie" value="{{IV_ID}}">
{{#BW_INTERVENTIE_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BW_INTERVENTIE_ERROR}}
<div class="field{{#BW_UITGEVOERD_OP_ERROR}} field-has-error{{/BW_UITGEVOERD_OP_ERROR}}">
<label for="interventie-bijwerken-uitgevoerd_op-{{IV_ID}}">Uitgevoerd op</label>
{{#BW_UITGEVOERD_OP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BW_UITGEVOERD_OP_ERROR}}
<input type="date" id="interventie-bijwerken-uitgevoerd_op-{{IV_ID}}" name="uitgevoerd_op" value="{{BW_UITGEVOERD_OP}}" max="{{VANDAAG}}">
</div>
<div class="field{{#BW_UITKOMST_ERROR}} field-has-error{{/BW_UITKOMST_ERROR}}">
<label for="interventie-bijwerken-uitkomst-{{IV_ID}}">Uitkomst</label>
{{#BW_UITKOMST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BW_UITKOMST_ERROR}}
<textarea id="interventie-bijwerken-uitkomst-{{IV_ID}}" name="uitkomst" rows="3" maxlength="2000">{{BW_UITKOMST:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-secondary button-small">Opslaan</button></div>
</form>
</details>
{{/BIJWERKEN}}
</td>
<td data-label="Door">{{WIE}}</td>
</tr>
{{/IV_ROW}}
</tbody>
</table>
</div>
{{/INTERVENTIES_TABLE}}
{{#NO_INTERVENTIES}}<p class="muted">Nog geen interventies.</p>{{/NO_INTERVENTIES}}

<h2 id="brieven">Brieven</h2>
{{#BRIEVEN}}
<ul class="link-list">
{{#BRIEF_ITEM}}<li data-item="{{ITEM}}"><a href="/dossiers/{{DID}}/brieven/{{BRIEF_ID}}">{{SOORT}} aan {{AAN}}</a> <span class="muted">van {{DATUM}}, door {{WIE}}: {{STATUS}}</span></li>
{{/BRIEF_ITEM}}
</ul>
{{/BRIEVEN}}
{{#NO_BRIEVEN}}<p class="muted">Nog geen brieven.</p>{{/NO_BRIEVEN}}

<h2 id="tijdlijn">Tijdlijn</h2>
<p class="muted">Alles in volgorde van datum. Het <a href="/dossiers/{{DID}}/overzicht">overzicht</a> toont hetzelfde zonder vertrouwelijke notities, om te printen.</p>
{{#TL_SOME_MELDINGEN}}<p class="muted">Van de {{ALL}} meldingen staan hier de {{SHOWN}} laatst ontvangen; alle staan onder <a href="#meldingen">Meldingen</a> en in het <a href="/dossiers/{{DID}}/overzicht">overzicht</a>.</p>{{/TL_SOME_MELDINGEN}}
<ol class="timeline">
{{#TL_ITEM}}
<li data-item="{{ITEM}}"><span class="timeline-when">{{WANNEER}}</span>
<p class="timeline-what">{{LABEL}}{{#WIE}} <span class="muted">door {{NAAM}}</span>{{/WIE}}{{#VERTROUWELIJK}} <span class="badge badge-neutral">Vertrouwelijk</span>{{/VERTROUWELIJK}}</p>
{{#TEKST}}<p class="prose usertext">{{TEKST:pre_escape}}</p>{{/TEKST}}
</li>
{{/TL_ITEM}}
</ol>
</div>

<div class="column-side">
<section class="card" aria-labelledby="team-titel" id="team">
<h2 class="mt-0" id="team-titel">Team</h2>
<ul class="link-list">
<li><strong>{{EIGENAAR}}</strong> <span class="muted">eigenaar</span></li>
{{#LID}}<li>{{NAAM}} <span class="muted">{{ROL}}</span>
{{#CAN_REMOVE}}<form method="post" action="/dossiers/{{DID}}/lid-verwijderen"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="gebruiker" value="{{USER_ID}}"><button type="submit" class="button button-link button-small">Uit het team halen<span class="visually-hidden">: {{NAAM}}</span></button></form>{{/CAN_REMOVE}}</li>
{{/LID}}
</ul>
{{#GEVOELIG}}<p class="hint">Dit dossier is gevoelig. Ook de sociaal beheerders en leefbaarheidsmedewerkers van de wijk en de coördinator zien het.</p>{{/GEVOELIG}}
{{#ACT_LID}}
<details{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary>Iemand aan het team toevoegen</summary>
<form method="post" action="/dossiers/{{DID}}/lid-toevoegen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#LID_TOEVOEGEN_GEBRUIKER_ERROR}} field-has-error{{/LID_TOEVOEGEN_GEBRUIKER_ERROR}}">
<label for="lid-toevoegen-gebruiker">Medewerker</label>
<p class="hint" id="lid-hint">Een lid ziet het dossier, ook als het gevoelig is, en leest vertrouwelijke notities.</p>
{{#LID_TOEVOEGEN_GEBRUIKER_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/LID_TOEVOEGEN_GEBRUIKER_ERROR}}
<select id="lid-toevoegen-gebruiker" name="gebruiker" aria-describedby="lid-hint"><option value="">Kies een medewerker</option>{{#LID_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LID_OPT}}</select>
</div>
<div class="form-actions"><button type="submit" class="button button-secondary">Toevoegen</button></div>
</form>
</details>
{{/ACT_LID}}
{{#LID_VERWIJDEREN_GEBRUIKER_ERROR}}<p class="field-error" id="lid-verwijderen-gebruiker"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/LID_VERWIJDEREN_GEBRUIKER_ERROR}}
</section>
{{>DOORVERWIJZINGEN}}

{{#ACTIONS}}<h2 id="acties" tabindex="-1">Wat wilt u doen?</h2>{{/ACTIONS}}

{{#ACT_KOPPELEN}}
<details class="card action-card" id="actie-koppelen"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Melding koppelen</summary>
<form method="post" action="/dossiers/{{DID}}/koppelen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#KOPPELEN_MELDING_ERROR}} field-has-error{{/KOPPELEN_MELDING_ERROR}}">
<label for="koppelen-melding">Nummer van de melding</label>
<p class="hint" id="koppelen-hint">Bijvoorbeeld M-2026-000123. Alleen meldingen uit wijk {{WIJK}}.</p>
{{#KOPPELEN_MELDING_ERROR}}<p class="field-error" id="koppelen-melding-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/KOPPELEN_MELDING_ERROR}}
<input type="text" id="koppelen-melding" name="melding" value="{{MELDING}}" maxlength="32" spellcheck="false" aria-describedby="koppelen-hint{{#KOPPELEN_MELDING_ERROR}} koppelen-melding-fout{{/KOPPELEN_MELDING_ERROR}}"{{#KOPPELEN_MELDING_ERROR}} aria-invalid="true"{{/KOPPELEN_MELDING_ERROR}}>
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Koppelen</button></div>
</form>
{{#ONTKOPPELEN_MELDING_ERROR}}<p class="field-error" id="ontkoppelen-melding"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ONTKOPPELEN_MELDING_ERROR}}
{{#NEGEREN_MELDING_ERROR}}<p class="field-error" id="negeren-melding"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NEGEREN_MELDING_ERROR}}
</details>
{{/ACT_KOPPELEN}}

{{#ACT_NOTITIE}}
<details class="card action-card" id="actie-notitie"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Notitie in het journaal</summary>
<form method="post" action="/dossiers/{{DID}}/notitie" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#NOTITIE_TEKST_ERROR}} field-has-error{{/NOTITIE_TEKST_ERROR}}">
<label for="notitie-tekst">Wat is er gebeurd?</label>
<p class="hint" id="notitie-hint">Schrijf feiten: wie, wat, wanneer. Een rechter kan dit later lezen.</p>
{{#NOTITIE_TEKST_ERROR}}<p class="field-error" id="notitie-tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NOTITIE_TEKST_ERROR}}
<textarea id="notitie-tekst" name="tekst" rows="5" maxlength="10000" aria-describedby="notitie-hint{{#NOTITIE_TEKST_ERROR}} notitie-tekst-fout{{/NOTITIE_TEKST_ERROR}}"{{#NOTITIE_TEKST_ERROR}} aria-invalid="true"{{/NOTITIE_TEKST_ERROR}}>{{TEKST:pre_escape}}</textarea>
</div>
<div class="field{{#NOTITIE_DATUM_ERROR}} field-has-error{{/NOTITIE_DATUM_ERROR}}">
<label for="notitie-datum">Datum <span class="optional">(leeg is vandaag)</span></label>
{{#NOTITIE_DATUM_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NOTITIE_DATUM_ERROR}}
<input type="date" id="notitie-datum" name="datum" value="{{DATUM}}" max="{{VANDAAG}}">
</div>
<ul class="choices">
<li class="choice"><input type="checkbox" id="notitie-vertrouwelijk" name="vertrouwelijk" value="1"{{#VERTROUWELIJK_CHECKED}} checked{{/VERTROUWELIJK_CHECKED}} aria-describedby="vertrouwelijk-hint"><label for="notitie-vertrouwelijk">Vertrouwelijk<span class="hint" id="vertrouwelijk-hint">Alleen de eigenaar en de leden van het team lezen dit. Het staat niet in het overzicht voor de rechter en is niet te vinden met zoeken.</span></label></li>
</ul>
<div class="form-actions"><button type="submit" class="button button-primary">Notitie opslaan</button></div>
</form>
</details>
{{/ACT_NOTITIE}}

{{#ACT_INTERVENTIE}}
<details class="card action-card" id="actie-interventie"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Interventie vastleggen</summary>
<form method="post" action="/dossiers/{{DID}}/interventie" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#INTERVENTIE_SOORT_ERROR}} field-has-error{{/INTERVENTIE_SOORT_ERROR}}">
<label for="interventie-soort">Interventie</label>
{{#INTERVENTIE_SOORT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/INTERVENTIE_SOORT_ERROR}}
<select id="interventie-soort" name="soort"><option value="">Kies een interventie</option>{{#GROEP_OPT}}<optgroup label="{{GROEP}}">{{#INS_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/INS_OPT}}</optgroup>{{/GROEP_OPT}}</select>
</div>
<div class="field-row">
<div class="field{{#INTERVENTIE_GEPLAND_OP_ERROR}} field-has-error{{/INTERVENTIE_GEPLAND_OP_ERROR}}">
<label for="interventie-gepland_op">Gepland op</label>
{{#INTERVENTIE_GEPLAND_OP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/INTERVENTIE_GEPLAND_OP_ERROR}}
<input type="date" id="interventie-gepland_op" name="gepland_op" value="{{GEPLAND_OP}}">
</div>
<div class="field{{#INTERVENTIE_UITGEVOERD_OP_ERROR}} field-has-error{{/INTERVENTIE_UITGEVOERD_OP_ERROR}}">
<label for="interventie-uitgevoerd_op">Uitgevoerd op</label>
{{#INTERVENTIE_UITGEVOERD_OP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/INTERVENTIE_UITGEVOERD_OP_ERROR}}
<input type="date" id="interventie-uitgevoerd_op" name="uitgevoerd_op" value="{{UITGEVOERD_OP}}" max="{{VANDAAG}}">
</div>
</div>
<div class="field{{#INTERVENTIE_UITKOMST_ERROR}} field-has-error{{/INTERVENTIE_UITKOMST_ERROR}}">
<label for="interventie-uitkomst">Uitkomst <span class="optional">(niet verplicht)</span></label>
{{#INTERVENTIE_UITKOMST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/INTERVENTIE_UITKOMST_ERROR}}
<textarea id="interventie-uitkomst" name="uitkomst" rows="2" maxlength="2000">{{UITKOMST:pre_escape}}</textarea>
</div>
<div class="field{{#INTERVENTIE_TOELICHTING_ERROR}} field-has-error{{/INTERVENTIE_TOELICHTING_ERROR}}">
<label for="interventie-toelichting">Toelichting <span class="optional">(niet verplicht)</span></label>
{{#INTERVENTIE_TOELICHTING_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/INTERVENTIE_TOELICHTING_ERROR}}
<textarea id="interventie-toelichting" name="toelichting" rows="2" maxlength="2000">{{TOELICHTING:pre_escape}}</textarea>
</div>
<div class="field{{#INTERVENTIE_KOSTEN_ERROR}} field-has-error{{/INTERVENTIE_KOSTEN_ERROR}}">
<label for="interventie-kosten">Kosten in euro's <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="interventie-kosten-hint">Bijvoorbeeld 12,50. Telt mee in het leefbaarheidsbudget van de wijk.</p>
{{#INTERVENTIE_KOSTEN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/INTERVENTIE_KOSTEN_ERROR}}
<input class="input-10" type="text" inputmode="decimal" id="interventie-kosten" name="kosten" value="{{KOSTEN}}" maxlength="20" aria-describedby="interventie-kosten-hint"{{#INTERVENTIE_KOSTEN_ERROR}} aria-invalid="true"{{/INTERVENTIE_KOSTEN_ERROR}}>
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Interventie opslaan</button></div>
</form>
</details>
{{/ACT_INTERVENTIE}}

{{#ACT_BRIEF}}
<details class="card action-card" id="actie-brief"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Brief maken</summary>
<p class="hint">De brief komt uit de standaardtekst van {{ORG_NAME}}, met uw gegevens ingevuld en het briefhoofd uit beheer. Bekijk hem eerst met Voorbeeld; opgeslagen is hij een concept met de datum van vandaag, dat u kunt corrigeren of intrekken tot u hem als verzonden markeert.</p>
<form method="post" action="/dossiers/{{DID}}/brief" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#BRIEF_SOORT_ERROR}} field-has-error{{/BRIEF_SOORT_ERROR}}" id="brief-soort" tabindex="-1">
<legend>Soort brief</legend>
{{#BRIEF_SOORT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_SOORT_ERROR}}
<ul class="choices">
{{#BRIEF_OPT}}<li class="choice"><input type="radio" id="brief-soort-{{VALUE}}" name="soort" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="brief-soort-{{VALUE}}">{{LABEL}}</label></li>
{{/BRIEF_OPT}}
</ul>
</fieldset>
<div class="field{{#BRIEF_NAAM_ERROR}} field-has-error{{/BRIEF_NAAM_ERROR}}">
<label for="brief-naam">Naam van de geadresseerde</label>
<p class="hint" id="brief-naam-hint">Leeg laten: de brief gaat aan "De bewoner(s) van" het adres.</p>
{{#BRIEF_NAAM_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_NAAM_ERROR}}
<input type="text" id="brief-naam" name="naam" value="{{NAAM}}" maxlength="200" aria-describedby="brief-naam-hint">
</div>
<div class="field{{#BRIEF_AANHEF_ERROR}} field-has-error{{/BRIEF_AANHEF_ERROR}}">
<label for="brief-aanhef">Aanhef</label>
{{#BRIEF_AANHEF_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_AANHEF_ERROR}}
<select id="brief-aanhef" name="aanhef">{{#AANHEF_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AANHEF_OPT}}</select>
</div>
<div class="field{{#BRIEF_ADRES_ERROR}} field-has-error{{/BRIEF_ADRES_ERROR}}">
<label for="brief-adres">Adres (onder de naam, hoogstens 5 regels)</label>
<p class="hint" id="brief-adres-hint">Leeg laten: het adres van het dossier ({{ADRES_DOSSIER}}).</p>
{{#BRIEF_ADRES_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_ADRES_ERROR}}
<textarea id="brief-adres" name="adres" rows="3" maxlength="320" aria-describedby="brief-adres-hint">{{ADRES:pre_escape}}</textarea>
</div>
<div class="field{{#BRIEF_FEITEN_ERROR}} field-has-error{{/BRIEF_FEITEN_ERROR}}">
<label for="brief-feiten">De feiten</label>
<p class="hint" id="brief-feiten-hint">Wat is er wanneer gebeurd? Dit komt zo in de brief.</p>
{{#BRIEF_FEITEN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BRIEF_FEITEN_ERROR}}
<textarea id="brief-feiten" name="feiten" rows="5" maxlength="10000" aria-describedby="brief-feiten-hint">{{FEITEN:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" name="stap" value="voorbeeld" class="button">Voorbeeld</button> <button type="submit" name="stap" value="opslaan" class="button button-primary">Opslaan als concept</button></div>
</form>
</details>
{{/ACT_BRIEF}}

{{#ACT_ESCALATIE}}
<details class="card action-card" id="actie-escalatie"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">AVE-niveau of regie wijzigen</summary>
<form method="post" action="/dossiers/{{DID}}/escalatie" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<fieldset class="field{{#ESCALATIE_NIVEAU_ERROR}} field-has-error{{/ESCALATIE_NIVEAU_ERROR}}" id="escalatie-niveau" tabindex="-1">
<legend>Nieuw niveau</legend>
{{#ESCALATIE_NIVEAU_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ESCALATIE_NIVEAU_ERROR}}
<ul class="choices">
{{#NIVEAU_OPT}}<li class="choice"><input type="radio" id="escalatie-niveau-{{VALUE}}" name="niveau" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="escalatie-niveau-{{VALUE}}">{{LABEL}}<span class="hint">{{UITLEG}}</span></label></li>
{{/NIVEAU_OPT}}
</ul>
</fieldset>
<div class="field{{#ESCALATIE_REGIE_ERROR}} field-has-error{{/ESCALATIE_REGIE_ERROR}}">
<label for="escalatie-regie">Regie bij</label>
<p class="hint" id="regie-hint">Leeg laten: wie bij het niveau hoort.</p>
{{#ESCALATIE_REGIE_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ESCALATIE_REGIE_ERROR}}
<select id="escalatie-regie" name="regie" aria-describedby="regie-hint"><option value="">Wie bij het niveau hoort</option>{{#REGIE_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REGIE_OPT}}</select>
</div>
<div class="field{{#ESCALATIE_REDEN_ERROR}} field-has-error{{/ESCALATIE_REDEN_ERROR}}">
<label for="escalatie-reden">Reden</label>
{{#ESCALATIE_REDEN_ERROR}}<p class="field-error" id="escalatie-reden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/ESCALATIE_REDEN_ERROR}}
<textarea id="escalatie-reden" name="reden" rows="3" maxlength="2000"{{#ESCALATIE_REDEN_ERROR}} aria-invalid="true" aria-describedby="escalatie-reden-fout"{{/ESCALATIE_REDEN_ERROR}}>{{REDEN:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Niveau wijzigen</button></div>
</form>
</details>
{{/ACT_ESCALATIE}}

{{#ACT_VERVUILD}}
<details class="card action-card" id="actie-vervuild"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Vervuilde woning</summary>
<form method="post" action="/dossiers/{{DID}}/vervuild" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="aan" value="{{AAN}}">
{{#VERVUILD_AAN_ERROR}}<p class="field-error" id="vervuild-aan"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VERVUILD_AAN_ERROR}}
<div class="field{{#VERVUILD_DATUM_ERROR}} field-has-error{{/VERVUILD_DATUM_ERROR}}">
<label for="vervuild-datum">{{DATUM_LABEL}} <span class="optional">(leeg is vandaag)</span></label>
{{#VERVUILD_DATUM_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VERVUILD_DATUM_ERROR}}
<input type="date" id="vervuild-datum" name="datum" value="{{DATUM}}" max="{{VANDAAG}}">
</div>
<div class="form-actions"><button type="submit" class="button button-secondary">{{KNOP}}</button></div>
</form>
</details>
{{/ACT_VERVUILD}}

{{#ACT_GEVOELIG}}
<details class="card action-card" id="actie-gevoelig"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Gevoelig dossier</summary>
<p>{{UITLEG}}</p>
<form method="post" action="/dossiers/{{DID}}/gevoelig" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="aan" value="{{AAN}}">
{{#GEVOELIG_AAN_ERROR}}<p class="field-error" id="gevoelig-aan"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/GEVOELIG_AAN_ERROR}}
<div class="form-actions"><button type="submit" class="button button-secondary">{{KNOP}}</button></div>
</form>
</details>
{{/ACT_GEVOELIG}}

{{#ACT_AFSLUITEN}}
<details class="card action-card" id="actie-afsluiten"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Dossier sluiten</summary>
<form method="post" action="/dossiers/{{DID}}/afsluiten" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#AFSLUITEN_STATUS_ERROR}}<p class="field-error" id="afsluiten-status"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_STATUS_ERROR}}
<div class="field{{#AFSLUITEN_UITKOMST_ERROR}} field-has-error{{/AFSLUITEN_UITKOMST_ERROR}}">
<label for="afsluiten-uitkomst">Uitkomst</label>
{{#AFSLUITEN_UITKOMST_ERROR}}<p class="field-error" id="afsluiten-uitkomst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_UITKOMST_ERROR}}
<select id="afsluiten-uitkomst" name="uitkomst"{{#AFSLUITEN_UITKOMST_ERROR}} aria-invalid="true" aria-describedby="afsluiten-uitkomst-fout"{{/AFSLUITEN_UITKOMST_ERROR}}><option value="">Kies de uitkomst</option>{{#UITKOMST_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UITKOMST_OPT}}</select>
</div>
<div class="field{{#AFSLUITEN_OP_ERROR}} field-has-error{{/AFSLUITEN_OP_ERROR}}">
<label for="afsluiten-op">Datum <span class="optional">(leeg is vandaag)</span></label>
{{#AFSLUITEN_OP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_OP_ERROR}}
<input type="date" id="afsluiten-op" name="op" value="{{OP}}" max="{{VANDAAG}}">
</div>
<div class="field{{#AFSLUITEN_TOELICHTING_ERROR}} field-has-error{{/AFSLUITEN_TOELICHTING_ERROR}}">
<label for="afsluiten-toelichting">Toelichting <span class="optional">(niet verplicht)</span></label>
{{#AFSLUITEN_TOELICHTING_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_TOELICHTING_ERROR}}
<textarea id="afsluiten-toelichting" name="toelichting" rows="2" maxlength="2000">{{TOELICHTING:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-secondary">Dossier sluiten</button></div>
</form>
</details>
{{/ACT_AFSLUITEN}}

{{#ACT_HEROPENEN}}
<details class="card action-card" id="actie-heropenen"{{#OPEN_FORM}} open{{/OPEN_FORM}}>
<summary class="action-summary">Dossier heropenen</summary>
<p>Een gesloten dossier is afgerond. Komt er toch iets bij, heropen het dan.</p>
<form method="post" action="/dossiers/{{DID}}/heropenen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#HEROPENEN_STATUS_ERROR}}<p class="field-error" id="heropenen-status"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HEROPENEN_STATUS_ERROR}}
<div class="field{{#HEROPENEN_TEKST_ERROR}} field-has-error{{/HEROPENEN_TEKST_ERROR}}">
<label for="heropenen-tekst">Waarom? <span class="optional">(niet verplicht)</span></label>
{{#HEROPENEN_TEKST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HEROPENEN_TEKST_ERROR}}
<textarea id="heropenen-tekst" name="tekst" rows="2" maxlength="2000">{{TEKST:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-secondary">Heropenen</button></div>
</form>
</details>
{{/ACT_HEROPENEN}}
{{#STATUS_ERROR_OTHER}}<p class="field-error" id="{{FIELD}}"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/STATUS_ERROR_OTHER}}
</div>
</div>
