{{%AUTOESCAPE context="HTML"}}
{{! One melding for staff (handlers/meldingen.c): facts, terms, melder, files, timeline, messages, and the action forms this state allows. Per-field errors use sections ACTION_FIELD_ERROR (e.g. TERUGKOPPELEN_TEKST_ERROR) and ERRORS at the top. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="{{LIJST}}">Meldingen</a></li><li aria-current="page">{{REFERENTIE}}</li></ol></nav>
<div class="page-header">
<h1>Melding <span class="ref">{{REFERENTIE}}</span></h1>
<p class="mb-0"><span class="badge badge-primary">{{STATUS}}</span>{{#ACTIONS}} <a class="melding-naar-acties" href="#acties">Naar wat u kunt doen</a>{{/ACTIONS}}</p>
</div>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets gewijzigd</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<div class="columns">
<div class="column-main">

<h2 class="mt-0">Gegevens</h2>
<dl class="summary-list">
<div><dt>Soort</dt><dd>{{CATEGORIE}}<br><span class="muted">{{PIJLER}}</span></dd></div>
<div><dt>Ontvangen</dt><dd><time datetime="{{ONTVANGEN_ISO}}">{{ONTVANGEN}}</time> via {{KANAAL}}{{#GEREGISTREERD}}<br><span class="muted">ingevoerd {{WANNEER}}</span>{{/GEREGISTREERD}}</dd></div>
<div><dt>Wat is er gemeld</dt><dd class="usertext">{{OMSCHRIJVING:pre_escape}}</dd></div>
{{#VOORVAL}}<div><dt>Wanneer het gebeurde</dt><dd class="usertext">{{TEKST}}</dd></div>{{/VOORVAL}}
<div><dt>Adres of plek</dt><dd class="usertext">{{ADRES}}{{#NIET_IN_REGISTER}}<br><span class="muted">Dit adres staat niet in het adressenbestand.</span>{{/NIET_IN_REGISTER}}</dd></div>
<div><dt>Wijk</dt><dd>{{#WIJK}}{{NAAM}} <span class="muted">({{CODE}})</span>{{/WIJK}}{{#WIJK_ONBEKEND}}<span class="badge badge-today">onbekend</span> Nog niet in een wijk geplaatst.{{/WIJK_ONBEKEND}}</dd></div>
{{#BUURT}}<div><dt>Buurt</dt><dd>{{NAAM}}</dd></div>{{/BUURT}}
{{#COMPLEX}}<div><dt>Complex</dt><dd>{{NAAM}}</dd></div>{{/COMPLEX}}
<div><dt>Behandelaar</dt><dd>{{BEHANDELAAR}}</dd></div>
{{#TEAM}}<div><dt>Team</dt><dd>{{NAAM}}</dd></div>{{/TEAM}}
{{#AFGESLOTEN}}<div><dt>Afgesloten</dt><dd>{{WANNEER}}</dd></div>{{/AFGESLOTEN}}
{{#KOSTEN_FEIT}}<div><dt>Kosten</dt><dd>€ {{BEDRAG}}</dd></div>{{/KOSTEN_FEIT}}
</dl>

<h2>Termijnen</h2>
<dl class="summary-list">
<div><dt>Ontvangst bevestigen</dt><dd>{{#BEV}}uiterlijk <time datetime="{{DAG_ISO}}">{{DAG}}</time> <span class="badge {{CLASS}}">{{LABEL}}</span>{{#GEDAAN}}<br><span class="muted">bevestigd {{WANNEER}}</span>{{/GEDAAN}}{{/BEV}}</dd></div>
<div><dt>Terugkoppelen</dt><dd>{{#TER}}uiterlijk <time datetime="{{DAG_ISO}}">{{DAG}}</time> <span class="badge {{CLASS}}">{{LABEL}}</span>{{#GEDAAN}}<br><span class="muted">teruggekoppeld {{WANNEER}}</span>{{/GEDAAN}}{{#VERWACHT}}<br>nieuwe verwachte datum: {{DAG}}{{/VERWACHT}}{{/TER}}</dd></div>
<div><dt>Streefdatum terugkoppeling</dt><dd>{{STREEF}}</dd></div>
</dl>

<h2>Melder</h2>
{{#ANONIEM}}<p>Anoniem gemeld. De melder krijgt geen berichten, maar kan de melding volgen met de persoonlijke link.</p>{{/ANONIEM}}
{{#MELDER}}
<dl class="summary-list">
<div><dt>Naam</dt><dd>{{NAAM}}</dd></div>
{{#EMAIL}}<div><dt>E-mail</dt><dd><a href="mailto:{{EMAIL}}">{{EMAIL}}</a></dd></div>{{/EMAIL}}
{{#TELEFOON}}<div><dt>Telefoon</dt><dd><a href="tel:{{TELEFOON}}">{{TELEFOON}}</a></dd></div>{{/TELEFOON}}
</dl>
{{/MELDER}}

{{#HAS_BIJLAGEN}}
<h2>Bestanden</h2>
<ul class="link-list">
{{#BIJLAGE}}<li id="bijlage-{{BIJLAGE_ID}}">{{#FOTO}}<a class="bijlage-foto" href="/meldingen/{{ID}}/bijlagen/{{BIJLAGE_ID}}" tabindex="-1" aria-hidden="true"><img src="/meldingen/{{ID}}/bijlagen/{{BIJLAGE_ID}}" alt="" loading="lazy"></a>{{/FOTO}}<a href="/meldingen/{{ID}}/bijlagen/{{BIJLAGE_ID}}">{{NAAM}}</a> <span class="muted">({{SOORT}}, {{GROOTTE}}{{#DOWNLOAD}}, wordt gedownload{{/DOWNLOAD}})</span>{{#UIT_DAGBOEK}} <span class="badge badge-neutral">uit het dagboek van de melder</span>{{/UIT_DAGBOEK}}{{>BIJSCHRIFT}}</li>{{/BIJLAGE}}
</ul>
{{/HAS_BIJLAGEN}}

{{>CONTEXT}}
<h2>Tijdlijn</h2>
<ol class="timeline">
{{#EVENT}}
<li{{#VAN_MELDER}} class="timeline-melder"{{/VAN_MELDER}}><time class="timeline-when" datetime="{{WANNEER_ISO}}">{{WANNEER}}</time>
<p class="timeline-what">{{#VAN_MELDER}}<span class="badge badge-melder">Van de melder</span> {{/VAN_MELDER}}{{LABEL}} <span class="muted">door {{WIE}}</span>{{#VOOR_MELDER}} <span class="badge badge-neutral">melder ziet dit</span>{{/VOOR_MELDER}}</p>
{{#TEKST}}<p class="prose usertext">{{TEKST:pre_escape}}</p>{{/TEKST}}
{{#VASTGELEGD}}<p class="muted">Vastgelegd {{WANNEER}}</p>{{/VASTGELEGD}}
</li>
{{/EVENT}}
</ol>

<h2>Berichten aan de melder</h2>
{{#HAS_BERICHTEN}}
<ul class="link-list">
{{#BERICHT}}
<li>
<details>
<summary><strong>{{SOORT}}</strong>: {{ONDERWERP}} <span class="muted">({{GEMAAKT}})</span></summary>
<p>{{#AAN}}Aan {{AAN}}. {{/AAN}}{{#VERZONDEN}}Verzonden {{WANNEER}}.{{/VERZONDEN}}{{#WACHT}}Wacht op verzending.{{/WACHT}}{{#GEEN_ADRES}}Geen e-mailadres: niet verzonden; de melder ziet dit met de persoonlijke link.{{/GEEN_ADRES}}{{#FOUT}} Laatste poging mislukt: {{FOUT}}{{/FOUT}}</p>
<p class="prose usertext">{{TEKST:pre_escape}}</p>
</details>
</li>
{{/BERICHT}}
</ul>
{{/HAS_BERICHTEN}}
{{#NO_BERICHTEN}}<p class="muted">Nog geen berichten.</p>{{/NO_BERICHTEN}}
</div>

<div class="column-side" id="acties">
{{>PLAATSEN_BOVEN}}
{{>HEROPENVERZOEK}}
{{#ACTIONS}}
<h2 class="mt-0">Wat wilt u doen?</h2>
{{/ACTIONS}}

{{#ACT_BEVESTIGEN}}
<section class="card" aria-labelledby="bevestigen-titel">
<h3 id="bevestigen-titel">Ontvangst bevestigen</h3>
<p>De melder krijgt bericht dat wij de melding behandelen en wanneer een reactie volgt.</p>
<form method="post" action="/meldingen/{{ID}}/bevestigen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<details{{#OPEN}} open{{/OPEN}}>
<summary>Eerder moment of opmerking</summary>
<div class="field{{#BEVESTIGEN_MOMENT_ERROR}} field-has-error{{/BEVESTIGEN_MOMENT_ERROR}}">
<label for="bevestigen-moment">Moment <span class="optional">(leeg is nu)</span></label>
{{#BEVESTIGEN_MOMENT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEVESTIGEN_MOMENT_ERROR}}
<input type="datetime-local" id="bevestigen-moment" name="moment" value="{{MOMENT}}" max="{{NU}}">
</div>
<div class="field{{#BEVESTIGEN_TEKST_ERROR}} field-has-error{{/BEVESTIGEN_TEKST_ERROR}}">
<label for="bevestigen-tekst">Opmerking <span class="optional">(alleen voor collega's)</span></label>
{{#BEVESTIGEN_TEKST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEVESTIGEN_TEKST_ERROR}}
<textarea id="bevestigen-tekst" name="tekst" rows="2" maxlength="5000">{{TEKST:pre_escape}}</textarea>
</div>
</details>
{{#BEVESTIGEN_KNOP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BEVESTIGEN_KNOP_ERROR}}
<div class="form-actions"><button type="submit" id="bevestigen-knop" class="button button-primary">Ontvangst bevestigen</button></div>
</form>
</section>
{{/ACT_BEVESTIGEN}}

{{#ACT_TERUGKOPPELEN}}
<section class="card" aria-labelledby="terugkoppelen-titel">
<h3 id="terugkoppelen-titel">Terugkoppelen aan de melder</h3>
<p class="hint">U kunt de melder meer dan eens schrijven; elk bericht staat op de statuspagina van de melder.</p>
{{>STANDAARDTEKST}}
<form method="post" action="/meldingen/{{ID}}/terugkoppelen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#TERUGKOPPELEN_TEKST_ERROR}} field-has-error{{/TERUGKOPPELEN_TEKST_ERROR}}">
<label for="terugkoppelen-tekst">Bericht aan de melder</label>
<p class="hint" id="terugkoppelen-hint">Wat wij wel en niet kunnen doen. De melder leest dit in een e-mail en met de persoonlijke link. Noem geen namen van buren of collega's.{{#TERUGKOPPELEN_BEVESTIGT}} Dit bevestigt ook de ontvangst.{{/TERUGKOPPELEN_BEVESTIGT}}</p>
{{#TERUGKOPPELEN_TEKST_ERROR}}<p class="field-error" id="terugkoppelen-tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TERUGKOPPELEN_TEKST_ERROR}}
<textarea id="terugkoppelen-tekst" name="tekst" rows="6" maxlength="5000" aria-describedby="terugkoppelen-hint"{{#TERUGKOPPELEN_TEKST_ERROR}} aria-invalid="true"{{/TERUGKOPPELEN_TEKST_ERROR}}>{{TEKST:pre_escape}}</textarea>
</div>
<details{{#OPEN}} open{{/OPEN}}>
<summary>Eerder moment</summary>
<div class="field{{#TERUGKOPPELEN_MOMENT_ERROR}} field-has-error{{/TERUGKOPPELEN_MOMENT_ERROR}}">
<label for="terugkoppelen-moment">Moment <span class="optional">(leeg is nu)</span></label>
{{#TERUGKOPPELEN_MOMENT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TERUGKOPPELEN_MOMENT_ERROR}}
<input type="datetime-local" id="terugkoppelen-moment" name="moment" value="{{MOMENT}}" max="{{NU}}">
</div>
</details>
{{#TERUGKOPPELEN_KNOP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TERUGKOPPELEN_KNOP_ERROR}}
{{#VOORBEELD}}<div class="card message-preview" role="status" aria-labelledby="terugkoppelen-voorbeeld-titel">
<h4 id="terugkoppelen-voorbeeld-titel">Voorbeeld: dit krijgt de melder</h4>
<p class="muted">Nog niets verstuurd of bewaard.{{#ANONIEM}} Deze melder krijgt geen e-mail (anoniem of geen adres): het bericht staat alleen op de statuspagina.{{/ANONIEM}}</p>
<p><strong>Onderwerp:</strong> {{ONDERWERP}}</p>
<p class="prose usertext">{{TEKST:pre_escape}}</p>
</div>{{/VOORBEELD}}
<div class="form-actions"><button type="submit" id="terugkoppelen-knop" class="button button-primary">Terugkoppeling versturen</button>
<button type="submit" name="voorbeeld" value="1" id="terugkoppelen-voorbeeld" class="button button-secondary">Voorbeeld</button></div>
</form>
</section>
{{/ACT_TERUGKOPPELEN}}

{{#ACT_TOEWIJZEN}}
<section class="card" aria-labelledby="toewijzen-titel">
<h3 id="toewijzen-titel">Toewijzen</h3>
<form method="post" action="/meldingen/{{ID}}/toewijzen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#TOEWIJZEN_BEHANDELAAR_ERROR}} field-has-error{{/TOEWIJZEN_BEHANDELAAR_ERROR}}">
<label for="toewijzen-behandelaar">Aan</label>
<p class="hint" id="toewijzen-hint">Alleen medewerkers die in de wijk van deze melding werken.</p>
{{#TOEWIJZEN_BEHANDELAAR_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOEWIJZEN_BEHANDELAAR_ERROR}}
<select id="toewijzen-behandelaar" name="behandelaar" aria-describedby="toewijzen-hint"><option value="">Kies een medewerker</option>{{#BEHANDELAAR_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BEHANDELAAR_OPT}}</select>
</div>
<details{{#OPEN}} open{{/OPEN}}>
<summary>Eerder moment of opmerking</summary>
<div class="field{{#TOEWIJZEN_MOMENT_ERROR}} field-has-error{{/TOEWIJZEN_MOMENT_ERROR}}">
<label for="toewijzen-moment">Moment <span class="optional">(leeg is nu)</span></label>
{{#TOEWIJZEN_MOMENT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOEWIJZEN_MOMENT_ERROR}}
<input type="datetime-local" id="toewijzen-moment" name="moment" value="{{MOMENT}}" max="{{NU}}">
</div>
<div class="field{{#TOEWIJZEN_TEKST_ERROR}} field-has-error{{/TOEWIJZEN_TEKST_ERROR}}">
<label for="toewijzen-tekst">Opmerking <span class="optional">(alleen voor collega's)</span></label>
{{#TOEWIJZEN_TEKST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOEWIJZEN_TEKST_ERROR}}
<textarea id="toewijzen-tekst" name="tekst" rows="2" maxlength="5000">{{TEKST:pre_escape}}</textarea>
</div>
</details>
{{#TOEWIJZEN_KNOP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TOEWIJZEN_KNOP_ERROR}}
<div class="form-actions"><button type="submit" id="toewijzen-knop" class="button button-secondary">Toewijzen</button></div>
</form>
</section>
{{/ACT_TOEWIJZEN}}

{{#ACT_NOTITIE}}
<section class="card" aria-labelledby="notitie-titel">
<h3 id="notitie-titel">Notitie</h3>
<form method="post" action="/meldingen/{{ID}}/notitie" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#NOTITIE_TEKST_ERROR}} field-has-error{{/NOTITIE_TEKST_ERROR}}">
<label for="notitie-tekst">Notitie <span class="optional">(alleen voor collega's)</span></label>
{{#NOTITIE_TEKST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NOTITIE_TEKST_ERROR}}
<textarea id="notitie-tekst" name="tekst" rows="3" maxlength="5000"{{#NOTITIE_TEKST_ERROR}} aria-invalid="true"{{/NOTITIE_TEKST_ERROR}}>{{TEKST:pre_escape}}</textarea>
</div>
<details{{#OPEN}} open{{/OPEN}}>
<summary>Eerder moment</summary>
<div class="field{{#NOTITIE_MOMENT_ERROR}} field-has-error{{/NOTITIE_MOMENT_ERROR}}">
<label for="notitie-moment">Moment <span class="optional">(leeg is nu)</span></label>
{{#NOTITIE_MOMENT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NOTITIE_MOMENT_ERROR}}
<input type="datetime-local" id="notitie-moment" name="moment" value="{{MOMENT}}" max="{{NU}}">
</div>
</details>
{{#NOTITIE_KNOP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NOTITIE_KNOP_ERROR}}
<div class="form-actions"><button type="submit" id="notitie-knop" class="button button-secondary">Notitie toevoegen</button></div>
</form>
</section>
{{/ACT_NOTITIE}}

{{#ACT_AFSLUITEN}}
<section class="card" aria-labelledby="afsluiten-titel">
<h3 id="afsluiten-titel">Afsluiten</h3>
{{>STANDAARDTEKST}}
<form method="post" action="/meldingen/{{ID}}/afsluiten" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#AFSLUITEN_TOELICHTING_ERROR}} field-has-error{{/AFSLUITEN_TOELICHTING_ERROR}}">
<label for="afsluiten-toelichting">Toelichting voor de melder <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="afsluiten-toelichting-hint">De melder krijgt bij het afsluiten een bericht met deze toelichting, en de vraag hoe tevreden hij is. Noem geen namen van buren of collega's.</p>
{{#AFSLUITEN_TOELICHTING_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_TOELICHTING_ERROR}}
<textarea id="afsluiten-toelichting" name="toelichting" rows="5" maxlength="5000" aria-describedby="afsluiten-toelichting-hint"{{#AFSLUITEN_TOELICHTING_ERROR}} aria-invalid="true"{{/AFSLUITEN_TOELICHTING_ERROR}}>{{TOELICHTING:pre_escape}}</textarea>
</div>
<div class="field{{#AFSLUITEN_KOSTEN_ERROR}} field-has-error{{/AFSLUITEN_KOSTEN_ERROR}}">
<label for="afsluiten-kosten">Kosten in euro's <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="afsluiten-kosten-hint">Bijvoorbeeld 12,50. Voor het overzicht van kosten per soort melding.</p>
{{#AFSLUITEN_KOSTEN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_KOSTEN_ERROR}}
<input class="input-10" type="text" inputmode="decimal" id="afsluiten-kosten" name="kosten" value="{{KOSTEN}}" maxlength="20" aria-describedby="afsluiten-kosten-hint"{{#AFSLUITEN_KOSTEN_ERROR}} aria-invalid="true"{{/AFSLUITEN_KOSTEN_ERROR}}>
</div>
<details{{#OPEN}} open{{/OPEN}}>
<summary>Eerder moment of opmerking</summary>
<div class="field{{#AFSLUITEN_MOMENT_ERROR}} field-has-error{{/AFSLUITEN_MOMENT_ERROR}}">
<label for="afsluiten-moment">Moment <span class="optional">(leeg is nu)</span></label>
{{#AFSLUITEN_MOMENT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_MOMENT_ERROR}}
<input type="datetime-local" id="afsluiten-moment" name="moment" value="{{MOMENT}}" max="{{NU}}">
</div>
<div class="field{{#AFSLUITEN_TEKST_ERROR}} field-has-error{{/AFSLUITEN_TEKST_ERROR}}">
<label for="afsluiten-tekst">Opmerking <span class="optional">(alleen voor collega's)</span></label>
{{#AFSLUITEN_TEKST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_TEKST_ERROR}}
<textarea id="afsluiten-tekst" name="tekst" rows="2" maxlength="5000">{{TEKST:pre_escape}}</textarea>
</div>
</details>
{{#AFSLUITEN_KNOP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFSLUITEN_KNOP_ERROR}}
{{#VOORBEELD}}<div class="card message-preview" role="status" aria-labelledby="afsluiten-voorbeeld-titel">
<h4 id="afsluiten-voorbeeld-titel">Voorbeeld: dit krijgt de melder</h4>
<p class="muted">Nog niets verstuurd of bewaard.{{#ANONIEM}} Deze melder krijgt geen e-mail (anoniem of geen adres): het bericht staat alleen op de statuspagina.{{/ANONIEM}}</p>
<p><strong>Onderwerp:</strong> {{ONDERWERP}}</p>
<p class="prose usertext">{{TEKST:pre_escape}}</p>
</div>{{/VOORBEELD}}
<div class="form-actions"><button type="submit" id="afsluiten-knop" class="button button-secondary">Melding afsluiten</button>
<button type="submit" name="voorbeeld" value="1" id="afsluiten-voorbeeld" class="button button-secondary">Voorbeeld</button></div>
</form>
</section>
{{/ACT_AFSLUITEN}}

{{#ACT_VERWACHTING}}
<section class="card" aria-labelledby="verwachting-titel">
<h3 id="verwachting-titel">Nieuwe verwachte datum</h3>
<p>Lukt het antwoord niet op tijd? Zet hier de dag waarop de melder uiterlijk antwoord krijgt, en waarom. De melder ziet beide met de persoonlijke link. Gaat ook die dag voorbij zonder antwoord, dan krijgt de melder vanzelf een bericht.</p>
<form method="post" action="/meldingen/{{ID}}/verwachting" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#VERWACHTING_DAG_ERROR}} field-has-error{{/VERWACHTING_DAG_ERROR}}">
<label for="verwachting-dag">Uiterlijk op</label>
{{#VERWACHTING_DAG_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VERWACHTING_DAG_ERROR}}
<input type="date" id="verwachting-dag" name="dag" value="{{DAG}}" min="{{VANDAAG}}"{{#VERWACHTING_DAG_ERROR}} aria-invalid="true"{{/VERWACHTING_DAG_ERROR}}>
</div>
<div class="field{{#VERWACHTING_REDEN_ERROR}} field-has-error{{/VERWACHTING_REDEN_ERROR}}">
<label for="verwachting-reden">Waarom duurt het langer?</label>
<p class="hint" id="verwachting-reden-hint">De melder leest dit. Noem geen namen van buren of collega's.</p>
{{#VERWACHTING_REDEN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VERWACHTING_REDEN_ERROR}}
<textarea id="verwachting-reden" name="reden" rows="3" maxlength="5000" aria-describedby="verwachting-reden-hint"{{#VERWACHTING_REDEN_ERROR}} aria-invalid="true"{{/VERWACHTING_REDEN_ERROR}}>{{REDEN:pre_escape}}</textarea>
</div>
{{#VERWACHTING_KNOP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VERWACHTING_KNOP_ERROR}}
<div class="form-actions"><button type="submit" id="verwachting-knop" class="button button-secondary">Datum vastleggen</button></div>
</form>
</section>
{{/ACT_VERWACHTING}}

{{#ACT_HEROPENEN}}
<section class="card" aria-labelledby="heropenen-titel">
<h3 id="heropenen-titel">Heropenen</h3>
<form method="post" action="/meldingen/{{ID}}/heropenen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#HEROPENEN_TEKST_ERROR}} field-has-error{{/HEROPENEN_TEKST_ERROR}}">
<label for="heropenen-tekst">Waarom? <span class="optional">(alleen voor collega's)</span></label>
{{#HEROPENEN_TEKST_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HEROPENEN_TEKST_ERROR}}
<textarea id="heropenen-tekst" name="tekst" rows="2" maxlength="5000">{{TEKST:pre_escape}}</textarea>
</div>
<details{{#OPEN}} open{{/OPEN}}>
<summary>Eerder moment</summary>
<div class="field{{#HEROPENEN_MOMENT_ERROR}} field-has-error{{/HEROPENEN_MOMENT_ERROR}}">
<label for="heropenen-moment">Moment <span class="optional">(leeg is nu)</span></label>
{{#HEROPENEN_MOMENT_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HEROPENEN_MOMENT_ERROR}}
<input type="datetime-local" id="heropenen-moment" name="moment" value="{{MOMENT}}" max="{{NU}}">
</div>
</details>
{{#HEROPENEN_KNOP_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/HEROPENEN_KNOP_ERROR}}
<div class="form-actions"><button type="submit" id="heropenen-knop" class="button button-secondary">Melding heropenen</button></div>
</form>
</section>
{{/ACT_HEROPENEN}}

{{>DOSSIER}}
{{>PLAATSEN_ONDER}}
</div>
</div>
