{{%AUTOESCAPE context="HTML"}}
{{! The applicant's status page (GET /initiatief/status/{token}): REFERENTIE, TITEL, STATUS, UITLEG, INGEDIEND, GEVRAAGD; sections BESLOTEN (OP), TOEGEKEND (BEDRAG, BETAALD, REDEN: TEKST, BETALINGEN: BETALING: DATUM SOORT BEDRAG), AFGEWEZEN (REDEN), CONTACT (TELEFOON: NUMMER; MAIL: ADRES). }}
<div class="form">
<h1>Uw aanvraag {{REFERENTIE}}</h1>
<p class="lead">{{TITEL}}</p>
<section aria-labelledby="status-titel">
<h2 id="status-titel">Status: {{STATUS}}</h2>
<p>{{UITLEG}}</p>
<dl class="summary-list">
<div><dt>Ingediend</dt><dd>{{INGEDIEND}}</dd></div>
<div><dt>Gevraagd bedrag</dt><dd>€ {{GEVRAAGD}}</dd></div>
{{#BESLOTEN}}<div><dt>Besluit genomen</dt><dd>{{OP}}</dd></div>{{/BESLOTEN}}
</dl>
</section>
{{#TOEGEKEND}}
<section aria-labelledby="geld-titel">
<h2 id="geld-titel">Toegekend: € {{BEDRAG}}</h2>
{{#REDEN}}<p>{{TEKST}}</p>{{/REDEN}}
<p>Al betaald: € {{BETAALD}}</p>
{{#BETALINGEN}}<table class="table">
<caption>Betalingen</caption>
<thead><tr><th scope="col">Datum</th><th scope="col">Wat</th><th scope="col" class="num">Bedrag</th></tr></thead>
<tbody>
{{#BETALING}}<tr><td>{{DATUM}}</td><td>{{SOORT}}</td><td class="num">€ {{BEDRAG}}</td></tr>
{{/BETALING}}</tbody>
</table>{{/BETALINGEN}}
</section>
{{/TOEGEKEND}}
{{#AFGEWEZEN}}
<section aria-labelledby="afgewezen-titel">
<h2 id="afgewezen-titel">Waarom uw aanvraag is afgewezen</h2>
<p class="usertext">{{REDEN}}</p>
</section>
{{/AFGEWEZEN}}
<h2>Vragen?</h2>
{{#CONTACT}}<p>{{#TELEFOON}}Bel ons op <a class="phone" href="tel:{{NUMMER}}">{{NUMMER}}</a>{{/TELEFOON}}{{#MAIL}} of mail naar <a href="mailto:{{ADRES}}">{{ADRES}}</a>{{/MAIL}}. Noem uw aanvraagnummer {{REFERENTIE}}.</p>{{/CONTACT}}
<p>Wilt u iets veranderen aan uw aanvraag? Neem contact op met uw wijkbeheerder en noem uw aanvraagnummer {{REFERENTIE}}.</p>
</div>
