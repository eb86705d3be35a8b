{{%AUTOESCAPE context="HTML"}}
{{! One referral (handlers/doorverwijzingen_page.c), for staff and for the addressed partner. Variables: ID, VRAAG_KOP, INFO_KOP, STATUS, PARTNER, SOORT, VERSTUURD, DOOR, DOOR_EMAIL (EMAIL), TEAM_TELEFOON (TELEFOON), DAG, TERMIJN, DUE_CLASS, DUE_LABEL, VRAAG, GEDEELDE_INFORMATIE, CSRF_TOKEN; MELDERS with MELDER (NAAM, EMAIL, TELEFOON): the consenting melders shared (issue 17), GEEN_MELDERS (staff only). Sections: STAFF_VIEW (DOSSIER_ID DOSSIER_REF ONDERWERP WIJK REDEN), PARTNER_VIEW, AFGEWEZEN (REDEN), BIJLAGEN with BIJLAGE (HREF NAAM SOORT GROOTTE), NO_BIJLAGEN, EVENT (WANNEER LABEL, WIE (NAAM), TEKST (TEKST), EVENT_BIJLAGE), ACTIONS, JUMP (TEKST), ACT_ACCEPTEREN, ACT_AFWIJZEN (REDEN OPEN), ACT_REACTIE (TITEL TEKST, KEPT (NAAM TOKEN)), ACT_AFSLUITEN (NOTITIE), ACT_HEROPENEN (TOT), AFGESLOTEN (NOTITIE), PARTNER_KLAAR, ERRORS and STATUS_ERROR, REDEN_ERROR, NOTITIE_ERROR, TEKST_ERROR, BESTAND_ERROR. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/doorverwijzingen">Doorverwijzingen</a></li>{{#STAFF_VIEW}}<li><a href="/dossiers/{{DOSSIER_ID}}">Dossier {{DOSSIER_REF}}</a></li>{{/STAFF_VIEW}}<li aria-current="page">Doorverwijzing {{REFERENTIE}}</li></ol></nav>
<div class="page-header">
<h1>Doorverwijzing {{REFERENTIE}}</h1>
<p class="mb-0" id="status"><span class="badge badge-primary">{{STATUS}}</span> <span class="nowrap">antwoord uiterlijk {{DAG}}</span> <span class="badge {{DUE_CLASS}}">{{DUE_LABEL}}</span></p>
</div>
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Er is niets gewijzigd</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#JUMP}}<p class="button-row"><a class="button button-secondary button-small actions-link" href="#wat-doen">{{TEKST}}</a></p>{{/JUMP}}
<div class="columns">
<div class="column-main">

<h2 class="mt-0">Gegevens</h2>
<dl class="summary-list">
{{#STAFF_VIEW}}
<div><dt>Dossier</dt><dd><a class="ref" href="/dossiers/{{DOSSIER_ID}}">{{DOSSIER_REF}}</a><br><span class="muted">{{ONDERWERP}}</span></dd></div>
<div><dt>Wijk</dt><dd>{{WIJK}}</dd></div>
<div><dt>Aan</dt><dd>{{PARTNER}}<br><span class="muted">{{SOORT}}</span></dd></div>
{{/STAFF_VIEW}}
{{#PARTNER_VIEW}}
<div><dt>Van</dt><dd>{{ORG_NAME}}<br>{{DOOR}}{{#DOOR_EMAIL}}<br><a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/DOOR_EMAIL}}{{#TEAM_TELEFOON}}<br>Telefoon <span class="nowrap">{{TELEFOON}}</span>{{/TEAM_TELEFOON}}</dd></div>
<div><dt>Aan</dt><dd>{{PARTNER}}</dd></div>
{{/PARTNER_VIEW}}
<div><dt>Verstuurd</dt><dd>{{VERSTUURD}}{{#STAFF_VIEW}} <span class="muted">door {{DOOR}}</span>{{/STAFF_VIEW}}</dd></div>
<div><dt>Antwoord uiterlijk</dt><dd>{{DAG}} <span class="badge {{DUE_CLASS}}">{{DUE_LABEL}}</span><br><span class="muted">{{TERMIJN}} werkdagen na verzending</span></dd></div>
<div><dt>Status</dt><dd>{{STATUS}}</dd></div>
{{#AFGEWEZEN}}<div><dt>Reden van afwijzen</dt><dd class="usertext">{{REDEN}}</dd></div>{{/AFGEWEZEN}}
{{#AFGESLOTEN}}<div><dt>Waarom afgesloten</dt><dd class="usertext">{{NOTITIE}}</dd></div>{{/AFGESLOTEN}}
</dl>

{{#STAFF_VIEW}}
<h2>Reden <span class="optional">(alleen voor collega's)</span></h2>
<p class="prose usertext">{{REDEN}}</p>
{{/STAFF_VIEW}}

<h2>{{VRAAG_KOP}}</h2>
<p class="prose usertext">{{VRAAG}}</p>

<h2>{{INFO_KOP}}</h2>
{{#STAFF_VIEW}}<p class="hint">Dit, de vraag en de bestanden hieronder is alles wat de partner ziet.</p>{{/STAFF_VIEW}}
<p class="prose usertext">{{GEDEELDE_INFORMATIE}}</p>
{{#MELDERS}}
<h3>Contactgegevens van melders</h3>
<p class="hint">Deze melders gaven toestemming hun gegevens met partners te delen.</p>
<ul class="link-list">
{{#MELDER}}<li>{{NAAM}}{{#EMAIL}}, <a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/EMAIL}}{{#TELEFOON}}, <a href="tel:{{TELEFOON}}">{{TELEFOON}}</a>{{/TELEFOON}}</li>{{/MELDER}}
</ul>
{{/MELDERS}}
{{#GEEN_MELDERS}}<p class="hint">De partner ziet geen contactgegevens van melders.</p>{{/GEEN_MELDERS}}

<h2>Bestanden</h2>
{{#BIJLAGEN}}
<ul class="link-list">
{{#BIJLAGE}}<li><a href="{{HREF}}">{{NAAM}}</a> <span class="muted">({{SOORT}}, {{GROOTTE}})</span></li>{{/BIJLAGE}}
</ul>
{{/BIJLAGEN}}
{{#NO_BIJLAGEN}}<p class="muted">Er zijn geen bestanden meegestuurd.</p>{{/NO_BIJLAGEN}}

<h2>Geschiedenis</h2>
<ol class="timeline">
{{#EVENT}}
<li><p class="timeline-when">{{WANNEER}}</p>
<p class="timeline-what">{{LABEL}}{{#WIE}} <span class="muted">door {{NAAM}}</span>{{/WIE}}</p>
{{#TEKST}}<p class="prose usertext">{{TEKST}}</p>{{/TEKST}}
{{#EVENT_BIJLAGE}}<p><a href="{{HREF}}">{{NAAM}}</a> <span class="muted">({{SOORT}}, {{GROOTTE}})</span></p>{{/EVENT_BIJLAGE}}
</li>
{{/EVENT}}
</ol>
</div>

<div class="column-side" id="wat-doen">
{{#ACTIONS}}<h2 class="mt-0">Wat wilt u doen?</h2>{{/ACTIONS}}
{{#PARTNER_KLAAR}}<p class="callout">Aan deze doorverwijzing hoeft u niets meer te doen.</p>{{/PARTNER_KLAAR}}

{{#ACT_ACCEPTEREN}}
<section class="card" aria-labelledby="accepteren-titel">
<h3 id="accepteren-titel">Accepteren</h3>
<p>U pakt de vraag op. Daarna kunt u hier antwoorden.</p>
<form method="post" action="/doorverwijzingen/{{ID}}/accepteren">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="form-actions"><button type="submit" class="button button-primary">Doorverwijzing accepteren</button></div>
</form>
</section>
{{/ACT_ACCEPTEREN}}

{{#ACT_AFWIJZEN}}
<section class="card" aria-labelledby="afwijzen-titel">
<h3 id="afwijzen-titel">Afwijzen</h3>
<details{{#OPEN}} open{{/OPEN}}{{#REDEN_ERROR}} open{{/REDEN_ERROR}}>
<summary>Deze vraag is niet voor ons</summary>
<form method="post" action="/doorverwijzingen/{{ID}}/afwijzen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#REDEN_ERROR}} field-has-error{{/REDEN_ERROR}}">
<label for="reden">Waarom wijst u af?</label>
<p class="hint" id="reden-hint">De corporatie leest dit en kan dan iets anders doen, bijvoorbeeld een andere organisatie vragen.</p>
{{#REDEN_ERROR}}<p class="field-error" id="reden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/REDEN_ERROR}}
<textarea id="reden" name="reden" rows="4" maxlength="5000" aria-describedby="reden-hint{{#REDEN_ERROR}} reden-fout{{/REDEN_ERROR}}"{{#REDEN_ERROR}} aria-invalid="true"{{/REDEN_ERROR}}>{{REDEN}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-secondary">Doorverwijzing afwijzen</button></div>
</form>
</details>
</section>
{{/ACT_AFWIJZEN}}

{{#ACT_REACTIE}}
<section class="card" aria-labelledby="reactie-titel">
<h3 id="reactie-titel">{{TITEL}}</h3>
<form method="post" action="/doorverwijzingen/{{ID}}/reactie" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#TEKST_ERROR}} field-has-error{{/TEKST_ERROR}}">
<label for="tekst">Uw antwoord</label>
<p class="hint" id="tekst-hint">Wat heeft u gedaan of wat gaat u doen? De corporatie ziet dit in haar dossier.</p>
{{#TEKST_ERROR}}<p class="field-error" id="tekst-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/TEKST_ERROR}}
<textarea id="tekst" name="tekst" rows="6" maxlength="5000" aria-describedby="tekst-hint{{#TEKST_ERROR}} tekst-fout{{/TEKST_ERROR}}"{{#TEKST_ERROR}} aria-invalid="true"{{/TEKST_ERROR}}>{{TEKST}}</textarea>
</div>
<div class="field{{#BESTAND_ERROR}} field-has-error{{/BESTAND_ERROR}}">
<label for="bestand">Bestand <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="bestand-hint">Een PDF, foto, video of geluid.</p>
{{#KEPT}}<input type="hidden" name="bestand_id" value="{{TOKEN}}">
<p class="callout">Al bijgevoegd: <strong>{{NAAM}}</strong>. Het gaat mee met uw antwoord. Kiest u hieronder een ander bestand, dan gaat dat mee in plaats daarvan.</p>{{/KEPT}}
{{#BESTAND_ERROR}}<p class="field-error" id="bestand-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESTAND_ERROR}}
<input type="file" id="bestand" name="bestand" accept=".pdf,application/pdf,image/*,video/*,audio/*" aria-describedby="bestand-hint{{#BESTAND_ERROR}} bestand-fout{{/BESTAND_ERROR}}"{{#BESTAND_ERROR}} aria-invalid="true"{{/BESTAND_ERROR}}>
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Antwoord versturen</button></div>
</form>
</section>
{{/ACT_REACTIE}}

{{#ACT_AFSLUITEN}}
<section class="card" aria-labelledby="afsluiten-titel">
<h3 id="afsluiten-titel">Afsluiten</h3>
<p>Sluit de doorverwijzing af als u het antwoord heeft verwerkt, of om haar in te trekken. De partner kan daarna niets meer wijzigen. Tot het einde van de volgende werkdag kunt u het afsluiten ongedaan maken.</p>
<form method="post" action="/doorverwijzingen/{{ID}}/afsluiten" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#NOTITIE_ERROR}} field-has-error{{/NOTITIE_ERROR}}">
<label for="notitie">Waarom sluit u af?</label>
<p class="hint" id="notitie-hint">Bijvoorbeeld: het antwoord is verwerkt in het dossier. Deze notitie staat in de geschiedenis; de partner leest haar ook.</p>
{{#NOTITIE_ERROR}}<p class="field-error" id="notitie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NOTITIE_ERROR}}
<textarea id="notitie" name="notitie" rows="3" maxlength="5000" aria-describedby="notitie-hint{{#NOTITIE_ERROR}} notitie-fout{{/NOTITIE_ERROR}}"{{#NOTITIE_ERROR}} aria-invalid="true"{{/NOTITIE_ERROR}}>{{NOTITIE}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-secondary">Doorverwijzing afsluiten</button></div>
</form>
</section>
{{/ACT_AFSLUITEN}}

{{#ACT_HEROPENEN}}
<section class="card" aria-labelledby="heropenen-titel">
<h3 id="heropenen-titel">Heropenen</h3>
<p>Per ongeluk afgesloten? Heropen de doorverwijzing: zij gaat terug naar de status van voor het afsluiten. Dit kan tot en met {{TOT}}.</p>
<form method="post" action="/doorverwijzingen/{{ID}}/heropenen">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="form-actions"><button type="submit" class="button button-secondary">Doorverwijzing heropenen</button></div>
</form>
</section>
{{/ACT_HEROPENEN}}
</div>
</div>
