{{%AUTOESCAPE context="HTML"}}
{{! After an application (GET /initiatief/ontvangen/{token}): REFERENTIE, TITEL, BEDRAG, STATUS_URL, STATUS_PATH; sections MAIL_SENT, CONTACT (TELEFOON: NUMMER; MAIL: ADRES). }}
<div class="form">
<section class="reference-box" aria-labelledby="ok-titel">
<h1 id="ok-titel">Bedankt, wij hebben uw aanvraag ontvangen</h1>
<p>Uw aanvraagnummer is</p>
<p class="reference">{{REFERENTIE}}</p>
<p>{{TITEL}}: u vraagt € {{BEDRAG}}.</p>
</section>
<h2>Volg uw aanvraag</h2>
<p>Met deze persoonlijke link ziet u hoe het met uw aanvraag staat, het besluit en de betalingen. Bewaar de link goed en deel hem niet met anderen.</p>
<p><a class="status-link" href="{{STATUS_PATH}}">{{STATUS_URL}}</a></p>
{{#MAIL_SENT}}<p>Wij hebben u deze link ook gemaild.</p>{{/MAIL_SENT}}
<h2>Wat gebeurt er nu?</h2>
<ol class="steps">
<li><h3>Wij bekijken uw aanvraag</h3><p>Een medewerker toetst haar aan de voorwaarden van het fonds en neemt zo nodig contact met u op.</p></li>
<li><h3>U hoort ons besluit</h3><p>Het besluit en de reden ziet u via uw persoonlijke link{{#MAIL_SENT}} en in uw e-mail{{/MAIL_SENT}}.</p></li>
</ol>
{{#CONTACT}}<p>Vragen? {{#TELEFOON}}Bel ons op <a class="phone" href="tel:{{NUMMER}}">{{NUMMER}}</a>{{/TELEFOON}}{{#MAIL}} of mail naar <a href="mailto:{{ADRES}}">{{ADRES}}</a>{{/MAIL}}.</p>{{/CONTACT}}
<p><a href="/">Terug naar de startpagina</a></p>
</div>
