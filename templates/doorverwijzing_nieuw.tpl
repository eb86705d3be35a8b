{{%AUTOESCAPE context="HTML"}}
{{! A new referral from a dossier (handlers/doorverwijzingen.c). KIES_DOSSIER: no dossier given yet, ask for it. FORM: DID, REF, ONDERWERP, CSRF_TOKEN, REDEN, VRAAG, GEDEELDE_INFORMATIE; GROEP (SOORT) with PARTNER_OPT (VALUE LABEL SELECTED), NO_PARTNERS, FILES with FILE (ID MELDING NAAM SOORT GROOTTE CHECKED) or NO_FILES; KEPT (TOKEN) with KEPT_FILE (NAAM SOORT GROOTTE); MELDERS with MELDER (MELDING, TOESTEMMING (NAAM, EMAIL, TELEFOON), GEEN_TOESTEMMING, ANONIEM), OPTIE (CHECKED), NIEMAND; GESLOTEN; ERRORS and *_ERROR for dossier, partner, reden, vraag, gedeelde_informatie, bijlagen, nieuwe_bijlagen. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/doorverwijzingen">Doorverwijzingen</a></li>{{#FORM}}<li><a href="/dossiers/{{DID}}">Dossier {{REF}}</a></li>{{/FORM}}<li aria-current="page">Doorverwijzen</li></ol></nav>
{{#KIES_DOSSIER}}
<div class="form">
<h1>Doorverwijzen</h1>
<p class="lead">Een doorverwijzing begint altijd in een dossier. Open het dossier en kies <strong>Doorverwijzen naar een partner</strong>, of vul hier het dossiernummer in.</p>
<form method="get" action="/doorverwijzingen/nieuw">
<div class="field">
<label for="dossier">Dossiernummer</label>
<p class="hint" id="dossier-hint">Zoals D-2026-00012.</p>
<input type="text" id="dossier" name="dossier" maxlength="32" spellcheck="false" aria-describedby="dossier-hint">
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Verder</button></div>
</form>
</div>
{{/KIES_DOSSIER}}
{{#FORM}}
<div class="form">
<h1>Doorverwijzen naar een partner</h1>
<p class="lead">Vanuit dossier <a class="ref" href="/dossiers/{{DID}}">{{REF}}</a>, {{ONDERWERP}}.</p>
<div class="callout">
<p><strong>De partner ziet alleen de vraag, de gedeelde informatie en de bestanden die u aanvinkt.</strong> Niets anders uit het dossier: geen meldingen, geen notities, en geen melders, tenzij u hieronder kiest de contactgegevens te delen van melders die daar toestemming voor gaven. Deel niet meer dan de partner nodig heeft.</p>
</div>
{{#GESLOTEN}}<p class="callout callout-warning">Dit dossier is gesloten. Heropen het dossier om door te verwijzen.</p>{{/GESLOTEN}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">De doorverwijzing is nog niet verstuurd. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
{{#DOSSIER_ERROR}}<p class="field-error" id="dossier"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/DOSSIER_ERROR}}
<form method="post" action="/doorverwijzingen" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="dossier" value="{{DID}}">

<div class="field{{#PARTNER_ERROR}} field-has-error{{/PARTNER_ERROR}}">
<label for="partner">Naar welke organisatie?</label>
<p class="hint" id="partner-hint">De organisatie krijgt een e-mail zonder inhoud, met een link naar deze doorverwijzing in het partnerportaal. Tussen haakjes: binnen hoeveel werkdagen de organisatie antwoordt.</p>
{{#PARTNER_ERROR}}<p class="field-error" id="partner-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/PARTNER_ERROR}}
<select id="partner" name="partner" aria-describedby="partner-hint{{#PARTNER_ERROR}} partner-fout{{/PARTNER_ERROR}}"{{#PARTNER_ERROR}} aria-invalid="true"{{/PARTNER_ERROR}}><option value="">Kies een organisatie</option>{{#GROEP}}<optgroup label="{{SOORT}}">{{#PARTNER_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARTNER_OPT}}</optgroup>{{/GROEP}}</select>
{{#NO_PARTNERS}}<p class="hint">Er zijn nog geen actieve partnerorganisaties. De beheerder voegt ze toe.</p>{{/NO_PARTNERS}}
</div>

<div class="field{{#REDEN_ERROR}} field-has-error{{/REDEN_ERROR}}">
<label for="reden">Waarom verwijst u door? <span class="optional">(alleen voor collega's)</span></label>
<p class="hint" id="reden-hint">Voor het dossier en het overzicht voor de rechter. De partner ziet dit niet.</p>
{{#REDEN_ERROR}}<p class="field-error" id="reden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/REDEN_ERROR}}
<textarea id="reden" name="reden" rows="3" maxlength="5000" aria-describedby="reden-hint{{#REDEN_ERROR}} reden-fout{{/REDEN_ERROR}}"{{#REDEN_ERROR}} aria-invalid="true"{{/REDEN_ERROR}}>{{REDEN}}</textarea>
</div>

<div class="field{{#VRAAG_ERROR}} field-has-error{{/VRAAG_ERROR}}">
<label for="vraag">Vraag aan de partner <span class="optional">(de partner leest dit)</span></label>
<p class="hint" id="vraag-hint">Wat vraagt u de organisatie te doen? Bijvoorbeeld: "Wilt u contact opnemen met de bewoner en bekijken welke hulp past?"</p>
{{#VRAAG_ERROR}}<p class="field-error" id="vraag-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/VRAAG_ERROR}}
<textarea id="vraag" name="vraag" rows="4" maxlength="5000" aria-describedby="vraag-hint{{#VRAAG_ERROR}} vraag-fout{{/VRAAG_ERROR}}"{{#VRAAG_ERROR}} aria-invalid="true"{{/VRAAG_ERROR}}>{{VRAAG}}</textarea>
</div>

<div class="field{{#GEDEELDE_INFORMATIE_ERROR}} field-has-error{{/GEDEELDE_INFORMATIE_ERROR}}">
<label for="gedeelde_informatie">Wat deelt u met de partner? <span class="optional">(de partner leest dit)</span></label>
<p class="hint" id="gedeelde_informatie-hint">Een samenvatting in uw eigen woorden: wat de partner moet weten om de vraag op te pakken, zoals het adres en hoe de bewoner te bereiken is. Noem hier geen melders: hun gegevens deelt u alleen met de keuze hieronder, en alleen van wie toestemming gaf.</p>
{{#GEDEELDE_INFORMATIE_ERROR}}<p class="field-error" id="gedeelde_informatie-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/GEDEELDE_INFORMATIE_ERROR}}
<textarea id="gedeelde_informatie" name="gedeelde_informatie" rows="8" maxlength="5000" aria-describedby="gedeelde_informatie-hint{{#GEDEELDE_INFORMATIE_ERROR}} gedeelde_informatie-fout{{/GEDEELDE_INFORMATIE_ERROR}}"{{#GEDEELDE_INFORMATIE_ERROR}} aria-invalid="true"{{/GEDEELDE_INFORMATIE_ERROR}}>{{GEDEELDE_INFORMATIE}}</textarea>
</div>

{{#FILES}}
<fieldset class="field{{#BIJLAGEN_ERROR}} field-has-error{{/BIJLAGEN_ERROR}}" id="bijlagen">
<legend>Bestanden meesturen <span class="optional">(niet verplicht)</span></legend>
<p class="hint">Bestanden bij de meldingen van dit dossier. De partner krijgt een kopie onder een neutrale naam, zoals bijlage-1.jpg; de melding zelf ziet de partner niet.</p>
{{#BIJLAGEN_ERROR}}<p class="field-error"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BIJLAGEN_ERROR}}
<ul class="choices">
{{#FILE}}<li class="choice"><input type="checkbox" id="bijlage-{{ID}}" name="bijlagen" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label for="bijlage-{{ID}}">{{NAAM}}<span class="hint">{{SOORT}}, {{GROOTTE}}, bij melding {{MELDING}}</span></label></li>
{{/FILE}}
</ul>
</fieldset>
{{/FILES}}
{{#NO_FILES}}{{#BIJLAGEN_ERROR}}<p class="field-error" id="bijlagen"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BIJLAGEN_ERROR}}{{/NO_FILES}}

{{#MELDERS}}
<fieldset class="field" id="melders">
<legend>Contactgegevens van melders <span class="optional">(niet verplicht)</span></legend>
<p class="hint">Alleen van melders die bij hun melding toestemming gaven hun gegevens met partners te delen. Van de anderen deelt u niets.</p>
<ul class="link-list">
{{#MELDER}}<li><span class="ref">{{MELDING}}</span>: {{#TOESTEMMING}}{{NAAM}}{{#EMAIL}}, {{EMAIL}}{{/EMAIL}}{{#TELEFOON}}, {{TELEFOON}}{{/TELEFOON}} <span class="badge badge-neutral">toestemming gegeven</span>{{/TOESTEMMING}}{{#GEEN_TOESTEMMING}}geen toestemming: wordt niet gedeeld{{/GEEN_TOESTEMMING}}{{#ANONIEM}}<span class="badge badge-neutral">anoniem</span> anoniem gemeld: niets te delen{{/ANONIEM}}</li>
{{/MELDER}}
</ul>
{{#OPTIE}}<div class="choice"><input type="checkbox" id="melders_delen" name="melders_delen" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="melders_delen">Deel de naam, het e-mailadres en het telefoonnummer van de melders met toestemming hierboven met de partner</label></div>{{/OPTIE}}
{{#NIEMAND}}<p>Geen van deze melders gaf toestemming: de partner ziet geen melders.</p>{{/NIEMAND}}
</fieldset>
{{/MELDERS}}

<div class="field{{#NIEUWE_BIJLAGEN_ERROR}} field-has-error{{/NIEUWE_BIJLAGEN_ERROR}}">
<label for="nieuwe_bijlagen">Nieuw bestand toevoegen <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="nieuwe_bijlagen-hint">Bijvoorbeeld een ondertekende toestemmingsverklaring: een PDF, foto, video of geluid. De partner ziet het bestand onder de naam die het nu heeft.</p>
{{#KEPT}}<input type="hidden" name="bestanden_id" value="{{TOKEN}}">
<div class="callout"><p>Al toegevoegd; deze bestanden gaan mee met de doorverwijzing:</p>
<ul>{{#KEPT_FILE}}<li><strong>{{NAAM}}</strong> <span class="muted">({{SOORT}}, {{GROOTTE}})</span></li>{{/KEPT_FILE}}</ul></div>{{/KEPT}}
{{#NIEUWE_BIJLAGEN_ERROR}}<p class="field-error" id="nieuwe_bijlagen-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NIEUWE_BIJLAGEN_ERROR}}
<input type="file" id="nieuwe_bijlagen" name="nieuwe_bijlagen" multiple accept=".pdf,application/pdf,image/*,video/*,audio/*" aria-describedby="nieuwe_bijlagen-hint{{#NIEUWE_BIJLAGEN_ERROR}} nieuwe_bijlagen-fout{{/NIEUWE_BIJLAGEN_ERROR}}"{{#NIEUWE_BIJLAGEN_ERROR}} aria-invalid="true"{{/NIEUWE_BIJLAGEN_ERROR}}>
</div>

<div class="form-actions">
<button type="submit" class="button button-primary">Doorverwijzing versturen</button>
<a href="/dossiers/{{DID}}">Annuleren</a>
</div>
</form>
</div>
{{/FORM}}
