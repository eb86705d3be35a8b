{{%AUTOESCAPE context="HTML"}}
{{! One bewonersinitiatief (GET /initiatieven/{id}, web/initiatieven.c). Variables: ID, REFERENTIE, TITEL, WAT, VOOR_WIE, WAAR, WIJK, WIJK_CODE, BUURT, JAAR, STATUS, STATUS_ID, INGEDIEND, GEVRAAGD, AANVRAGER, EMAIL, TELEFOON, CSRF_TOKEN, VANDAAG and the kept input of a failed form (BESLUIT_*, BETALING_*, CORRECTIE_*, AFRONDEN_*); sections GEDAAN (TEKST), BESLUIT (OP, DOOR, REDEN), EINDVERSLAG (TEKST), ERRORS, *_ERROR (MSG), TOETS_FORM/TOETS_VAST with CRIT (CRIT_ID, LABEL, HINT, OORDEEL, NOTITIE, DOOR, OPEN_CHECKED/VOLDAAN_CHECKED/NIET_CHECKED, NOTITIE_ERROR: MSG), BOEKINGEN (TOTAAL_TOEGEKEND, TOTAAL_BESTEED, NOG_TE_BETALEN, BOEKING: BOEKING_ID SOORT DATUM BEDRAG OMSCHRIJVING DOOR CORRECTIE: VAN), BESLUIT_FORM (TOEKENNEN_CHECKED, AFWIJZEN_CHECKED), BETALING_FORM, CORRECTIE_FORM (VAN_OPTIE: VALUE LABEL SELECTED), AFRONDEN_FORM. }}
<nav class="breadcrumbs" aria-label="Kruimelpad">
<ol><li><a href="/initiatieven">Bewonersinitiatieven</a></li><li aria-current="page">{{REFERENTIE}}</li></ol>
</nav>
<h1>{{REFERENTIE}}: {{TITEL}}</h1>
{{#GEDAAN}}<div class="callout" role="status"><p>{{TEKST}}</p></div>{{/GEDAAN}}
{{#ERRORS}}
<div class="error-summary" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
<h2 id="fouten-titel">Niet opgeslagen. Controleer:</h2>
<ul>
{{#ERROR_ITEM}}<li><a href="#{{FIELD_ID}}">{{MSG}}</a></li>{{/ERROR_ITEM}}
</ul>
</div>
{{/ERRORS}}
<dl class="summary-list">
<div><dt>Status</dt><dd><span class="badge">{{STATUS}}</span></dd></div>
<div><dt>Fondsjaar</dt><dd><a href="/fonds?jaar={{JAAR}}">{{JAAR}}</a></dd></div>
<div><dt>Wijk</dt><dd><a href="/wijken/{{WIJK_CODE}}">{{WIJK}}</a></dd></div>
<div><dt>Buurt</dt><dd>{{BUURT}}</dd></div>
<div><dt>Plek</dt><dd>{{WAAR}}</dd></div>
<div><dt>Ingediend</dt><dd>{{INGEDIEND}}</dd></div>
<div><dt>Gevraagd</dt><dd>€ {{GEVRAAGD}}</dd></div>
<div><dt>Aanvrager</dt><dd>{{AANVRAGER}}<br>{{EMAIL}}<br>{{TELEFOON}}</dd></div>
</dl>
<h2>Wat de bewoners willen doen</h2>
<p class="usertext">{{WAT}}</p>
<h3>Voor wie</h3>
<p class="usertext">{{VOOR_WIE}}</p>
{{#BESLUIT}}
<h2>Besluit</h2>
<p>{{OP}}, door {{DOOR}}</p>
<p class="usertext">{{REDEN}}</p>
{{/BESLUIT}}
{{#EINDVERSLAG}}
<h2>Eindverslag</h2>
<p class="usertext">{{TEKST}}</p>
{{/EINDVERSLAG}}

<h2 id="toetsing">Toetsing aan de criteria van het fonds</h2>
{{#TOETS_FORM}}
<form class="form" method="post" action="/initiatieven/{{ID}}/toetsen" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#CRIT}}
<fieldset class="field">
<legend>{{LABEL}}</legend>
<p class="hint">{{HINT}}</p>
<ul class="choices choices-inline">
<li class="choice"><input type="radio" id="oordeel_{{CRIT_ID}}-open" name="oordeel_{{CRIT_ID}}" value=""{{#OPEN_CHECKED}} checked{{/OPEN_CHECKED}}><label for="oordeel_{{CRIT_ID}}-open">Nog niet beoordeeld</label></li>
<li class="choice"><input type="radio" id="oordeel_{{CRIT_ID}}-ja" name="oordeel_{{CRIT_ID}}" value="voldaan"{{#VOLDAAN_CHECKED}} checked{{/VOLDAAN_CHECKED}}><label for="oordeel_{{CRIT_ID}}-ja">Voldaan</label></li>
<li class="choice"><input type="radio" id="oordeel_{{CRIT_ID}}-nee" name="oordeel_{{CRIT_ID}}" value="niet_voldaan"{{#NIET_CHECKED}} checked{{/NIET_CHECKED}}><label for="oordeel_{{CRIT_ID}}-nee">Niet voldaan</label></li>
</ul>
<div class="field{{#NOTITIE_ERROR}} field-has-error{{/NOTITIE_ERROR}}">
<label for="notitie_{{CRIT_ID}}">Notitie <span class="optional">(niet verplicht)</span></label>
{{#NOTITIE_ERROR}}<p class="field-error" id="notitie_{{CRIT_ID}}-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/NOTITIE_ERROR}}
<textarea id="notitie_{{CRIT_ID}}" name="notitie_{{CRIT_ID}}" rows="2" maxlength="1000">{{NOTITIE}}</textarea>
</div>
</fieldset>
{{/CRIT}}
<div class="form-actions"><button type="submit" class="button">Toetsing opslaan</button></div>
</form>
{{/TOETS_FORM}}
{{#TOETS_VAST}}
<table class="table table-stack">
<caption class="visually-hidden">Toetsing</caption>
<thead><tr><th scope="col">Criterium</th><th scope="col">Oordeel</th><th scope="col">Notitie</th></tr></thead>
<tbody>
{{#CRIT}}<tr><td>{{LABEL}}</td><td data-label="Oordeel">{{OORDEEL}}</td><td data-label="Notitie">{{NOTITIE}}</td></tr>
{{/CRIT}}</tbody>
</table>
{{/TOETS_VAST}}

{{#BESLUIT_FORM}}
<h2 id="besluit">Besluiten</h2>
<form class="form" method="post" action="/initiatieven/{{ID}}/besluit" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#BESLUIT_BESLUIT_ERROR}}<p class="field-error" id="besluit_besluit"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESLUIT_BESLUIT_ERROR}}
<fieldset class="field{{#BESLUIT_KEUZE_ERROR}} field-has-error{{/BESLUIT_KEUZE_ERROR}}">
<legend>Besluit</legend>
{{#BESLUIT_KEUZE_ERROR}}<p class="field-error" id="besluit_keuze-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESLUIT_KEUZE_ERROR}}
<ul class="choices">
<li class="choice"><input type="radio" id="besluit_keuze" name="besluit_keuze" value="toekennen"{{#TOEKENNEN_CHECKED}} checked{{/TOEKENNEN_CHECKED}}><label for="besluit_keuze">Toekennen</label></li>
<li class="choice"><input type="radio" id="besluit_keuze-afwijzen" name="besluit_keuze" value="afwijzen"{{#AFWIJZEN_CHECKED}} checked{{/AFWIJZEN_CHECKED}}><label for="besluit_keuze-afwijzen">Afwijzen</label></li>
</ul>
</fieldset>
<div class="field{{#BESLUIT_BEDRAG_ERROR}} field-has-error{{/BESLUIT_BEDRAG_ERROR}}">
<label for="besluit_bedrag">Toegekend bedrag in euro’s</label>
<p class="hint" id="besluit_bedrag-hint">Bij toekennen. Hoogstens het gevraagde bedrag, tenzij u bij de reden uitlegt waarom meer.</p>
{{#BESLUIT_BEDRAG_ERROR}}<p class="field-error" id="besluit_bedrag-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESLUIT_BEDRAG_ERROR}}
<input class="input-10" type="text" id="besluit_bedrag" name="besluit_bedrag" value="{{BESLUIT_BEDRAG}}" maxlength="20" autocomplete="off" aria-describedby="besluit_bedrag-hint{{#BESLUIT_BEDRAG_ERROR}} besluit_bedrag-fout{{/BESLUIT_BEDRAG_ERROR}}"{{#BESLUIT_BEDRAG_ERROR}} aria-invalid="true"{{/BESLUIT_BEDRAG_ERROR}}>
</div>
<div class="field{{#BESLUIT_REDEN_ERROR}} field-has-error{{/BESLUIT_REDEN_ERROR}}">
<label for="besluit_reden">Reden</label>
<p class="hint" id="besluit_reden-hint">Bij afwijzen verplicht. De aanvrager leest dit.</p>
{{#BESLUIT_REDEN_ERROR}}<p class="field-error" id="besluit_reden-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BESLUIT_REDEN_ERROR}}
<textarea id="besluit_reden" name="besluit_reden" rows="4" maxlength="2000" aria-describedby="besluit_reden-hint{{#BESLUIT_REDEN_ERROR}} besluit_reden-fout{{/BESLUIT_REDEN_ERROR}}"{{#BESLUIT_REDEN_ERROR}} aria-invalid="true"{{/BESLUIT_REDEN_ERROR}}>{{BESLUIT_REDEN}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Besluit vastleggen</button></div>
</form>
{{/BESLUIT_FORM}}

<h2 id="geld">Geld</h2>
{{#BOEKINGEN}}
<table class="table table-stack">
<caption>Boekingen (nooit gewijzigd; een correctie is een nieuwe boeking)</caption>
<thead><tr><th scope="col">Boeking</th><th scope="col">Soort</th><th scope="col">Datum</th><th scope="col" class="num">Bedrag</th><th scope="col">Omschrijving</th><th scope="col">Door</th></tr></thead>
<tbody>
{{#BOEKING}}<tr><td>{{BOEKING_ID}}</td><td data-label="Soort">{{SOORT}}{{#CORRECTIE}} (correctie op boeking {{VAN}}){{/CORRECTIE}}</td><td data-label="Datum">{{DATUM}}</td><td data-label="Bedrag" class="num">€ {{BEDRAG}}</td><td data-label="Omschrijving">{{OMSCHRIJVING}}</td><td data-label="Door">{{DOOR}}</td></tr>
{{/BOEKING}}</tbody>
<tfoot>
<tr><th scope="row" colspan="3">Toegekend</th><td class="num" id="totaal-toegekend">€ {{TOTAAL_TOEGEKEND}}</td><td colspan="2"></td></tr>
<tr><th scope="row" colspan="3">Betaald</th><td class="num" id="totaal-betaald">€ {{TOTAAL_BESTEED}}</td><td colspan="2"></td></tr>
<tr><th scope="row" colspan="3">Nog te betalen</th><td class="num">€ {{NOG_TE_BETALEN}}</td><td colspan="2"></td></tr>
</tfoot>
</table>
{{/BOEKINGEN}}
{{#BETALING_FORM}}
<h3 id="betaling">Betaling boeken</h3>
<form class="form" method="post" action="/initiatieven/{{ID}}/betaling" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{#BETALING_BETALING_ERROR}}<p class="field-error" id="betaling_betaling"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BETALING_BETALING_ERROR}}
<div class="field{{#BETALING_BEDRAG_ERROR}} field-has-error{{/BETALING_BEDRAG_ERROR}}">
<label for="betaling_bedrag">Bedrag in euro’s</label>
{{#BETALING_BEDRAG_ERROR}}<p class="field-error" id="betaling_bedrag-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BETALING_BEDRAG_ERROR}}
<input class="input-10" type="text" id="betaling_bedrag" name="betaling_bedrag" value="{{BETALING_BEDRAG}}" maxlength="20" autocomplete="off"{{#BETALING_BEDRAG_ERROR}} aria-invalid="true" aria-describedby="betaling_bedrag-fout"{{/BETALING_BEDRAG_ERROR}}>
</div>
<div class="field{{#BETALING_DATUM_ERROR}} field-has-error{{/BETALING_DATUM_ERROR}}">
<label for="betaling_datum">Datum van de betaling</label>
{{#BETALING_DATUM_ERROR}}<p class="field-error" id="betaling_datum-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BETALING_DATUM_ERROR}}
<input type="date" id="betaling_datum" name="betaling_datum" value="{{BETALING_DATUM}}" maxlength="10" autocomplete="off" max="{{VANDAAG}}"{{#BETALING_DATUM_ERROR}} aria-invalid="true" aria-describedby="betaling_datum-fout"{{/BETALING_DATUM_ERROR}}>
</div>
<div class="field{{#BETALING_OMSCHRIJVING_ERROR}} field-has-error{{/BETALING_OMSCHRIJVING_ERROR}}">
<label for="betaling_omschrijving">Omschrijving <span class="optional">(niet verplicht)</span></label>
<p class="hint" id="betaling_omschrijving-hint">Bijvoorbeeld ‘eerste deel, voorschot’ of het factuurnummer.</p>
{{#BETALING_OMSCHRIJVING_ERROR}}<p class="field-error" id="betaling_omschrijving-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/BETALING_OMSCHRIJVING_ERROR}}
<textarea id="betaling_omschrijving" name="betaling_omschrijving" rows="4" maxlength="1000" aria-describedby="betaling_omschrijving-hint{{#BETALING_OMSCHRIJVING_ERROR}} betaling_omschrijving-fout{{/BETALING_OMSCHRIJVING_ERROR}}"{{#BETALING_OMSCHRIJVING_ERROR}} aria-invalid="true"{{/BETALING_OMSCHRIJVING_ERROR}}>{{BETALING_OMSCHRIJVING}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Betaling boeken</button></div>
</form>
{{/BETALING_FORM}}
{{#CORRECTIE_FORM}}
<h3 id="correctie">Correctie boeken</h3>
<p>Een boeking wordt nooit gewijzigd of verwijderd. Een fout herstelt u met een correctie: een nieuwe boeking met het verschil.</p>
<form class="form" method="post" action="/initiatieven/{{ID}}/correctie" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#CORRECTIE_VAN_ERROR}} field-has-error{{/CORRECTIE_VAN_ERROR}}">
<label for="correctie_van">Welke boeking corrigeert u?</label>
{{#CORRECTIE_VAN_ERROR}}<p class="field-error" id="correctie_van-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CORRECTIE_VAN_ERROR}}
<select id="correctie_van" name="correctie_van"{{#CORRECTIE_VAN_ERROR}} aria-invalid="true" aria-describedby="correctie_van-fout"{{/CORRECTIE_VAN_ERROR}}>
<option value="">Kies een boeking</option>
{{#VAN_OPTIE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/VAN_OPTIE}}</select>
</div>
<div class="field{{#CORRECTIE_VERSCHIL_ERROR}} field-has-error{{/CORRECTIE_VERSCHIL_ERROR}}">
<label for="correctie_verschil">Verschil in euro’s</label>
<p class="hint" id="correctie_verschil-hint">Negatief om minder te boeken: -50,00. Positief om meer te boeken: 25.</p>
{{#CORRECTIE_VERSCHIL_ERROR}}<p class="field-error" id="correctie_verschil-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CORRECTIE_VERSCHIL_ERROR}}
<input class="input-10" type="text" id="correctie_verschil" name="correctie_verschil" value="{{CORRECTIE_VERSCHIL}}" maxlength="20" autocomplete="off" aria-describedby="correctie_verschil-hint{{#CORRECTIE_VERSCHIL_ERROR}} correctie_verschil-fout{{/CORRECTIE_VERSCHIL_ERROR}}"{{#CORRECTIE_VERSCHIL_ERROR}} aria-invalid="true"{{/CORRECTIE_VERSCHIL_ERROR}}>
</div>
<div class="field{{#CORRECTIE_OMSCHRIJVING_ERROR}} field-has-error{{/CORRECTIE_OMSCHRIJVING_ERROR}}">
<label for="correctie_omschrijving">Reden van de correctie</label>
{{#CORRECTIE_OMSCHRIJVING_ERROR}}<p class="field-error" id="correctie_omschrijving-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/CORRECTIE_OMSCHRIJVING_ERROR}}
<textarea id="correctie_omschrijving" name="correctie_omschrijving" rows="4" maxlength="1000"{{#CORRECTIE_OMSCHRIJVING_ERROR}} aria-invalid="true" aria-describedby="correctie_omschrijving-fout"{{/CORRECTIE_OMSCHRIJVING_ERROR}}>{{CORRECTIE_OMSCHRIJVING}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Correctie boeken</button></div>
</form>
{{/CORRECTIE_FORM}}
{{#AFRONDEN_FORM}}
<h2 id="afronden">Afronden met het eindverslag</h2>
<form class="form" method="post" action="/initiatieven/{{ID}}/afronden" novalidate>
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="field{{#AFRONDEN_EINDVERSLAG_ERROR}} field-has-error{{/AFRONDEN_EINDVERSLAG_ERROR}}">
<label for="afronden_eindverslag">Eindverslag</label>
<p class="hint" id="afronden_eindverslag-hint">Wat is er gedaan, met wie, wat kostte het? Na afronden kunnen geen betalingen meer worden geboekt.</p>
{{#AFRONDEN_EINDVERSLAG_ERROR}}<p class="field-error" id="afronden_eindverslag-fout"><span class="visually-hidden">Fout: </span>{{MSG}}</p>{{/AFRONDEN_EINDVERSLAG_ERROR}}
<textarea id="afronden_eindverslag" name="afronden_eindverslag" rows="4" maxlength="4000" aria-describedby="afronden_eindverslag-hint{{#AFRONDEN_EINDVERSLAG_ERROR}} afronden_eindverslag-fout{{/AFRONDEN_EINDVERSLAG_ERROR}}"{{#AFRONDEN_EINDVERSLAG_ERROR}} aria-invalid="true"{{/AFRONDEN_EINDVERSLAG_ERROR}}>{{AFRONDEN_EINDVERSLAG}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="button">Afronden</button></div>
</form>
{{/AFRONDEN_FORM}}
