{{%AUTOESCAPE context="HTML"}}
{{! After a melding: REFERENTIE, STATUS_URL, STATUS_PATH, BEVESTIGEN, TERUGKOPPELEN; sections MAIL_SENT, AL_ONTVANGEN (the same form sent again). }}
<div class="form">
<section class="reference-box" aria-labelledby="ok-titel">
<h1 id="ok-titel">Bedankt, wij hebben uw melding ontvangen</h1>
<p>Uw meldnummer is</p>
<p class="reference">{{REFERENTIE}}</p>
{{#AL_ONTVANGEN}}<p>U verstuurde dit formulier nog een keer. Wij hadden uw melding al ontvangen en hebben er geen tweede van gemaakt.</p>{{/AL_ONTVANGEN}}
</section>
<h2>Volg uw melding</h2>
<p>Met deze persoonlijke link ziet u wat er met uw melding gebeurt. Bewaar de link goed en deel hem niet met anderen: iedereen met de link kan uw melding zien.</p>
<p><a class="status-link" href="{{STATUS_PATH}}">{{STATUS_URL}}</a></p>
{{#MAIL_SENT}}<p>Wij hebben u deze link ook gemaild.</p>{{/MAIL_SENT}}
<h2>Wat gebeurt er nu?</h2>
<ol class="steps">
<li><h3>Uiterlijk {{BEVESTIGEN}}</h3><p>Een medewerker bekijkt uw melding en bevestigt dat.</p></li>
<li><h3>Uiterlijk {{TERUGKOPPELEN}}</h3><p>U hoort wat wij wel en niet kunnen doen. Wij proberen dat eerder te doen.</p></li>
</ol>
<p>Deze pagina kunt u gerust opnieuw laden: uw melding wordt niet nog een keer verstuurd.</p>
<p><a href="/">Terug naar de startpagina</a></p>
</div>
