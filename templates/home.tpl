{{%AUTOESCAPE context="HTML"}}
{{! Public landing page (GET /). Variables: ORG_NAME. }}
<div class="home">
<section class="hero home-hero" aria-labelledby="home-titel">
<h1 id="home-titel">Overlast in of rond uw woning?</h1>
<p class="lead">Meld het bij {{ORG_NAME}}. Bijvoorbeeld geluid, stank, vervuiling, afval of een onveilige situatie. Melden kost maar een paar minuten.</p>
<p class="hero-action"><a class="button button-primary button-large" href="/melden">Overlast melden</a></p>
<p class="hint">U krijgt direct een meldnummer en een persoonlijke link. Met die link ziet u later wat er met uw melding gebeurt. U mag ook melden zonder uw naam te geven.</p>
</section>

<aside class="callout callout-urgent home-urgent" aria-labelledby="home-spoed">
<h2 id="home-spoed">Is er direct gevaar?</h2>
<p>Bel <a class="phone" href="tel:112">112</a><br>voor politie, brandweer of ambulance.</p>
<p>Geen spoed, maar wel politie nodig?<br>Bel <a class="phone" href="tel:09008844">0900-8844</a></p>
<p>Een melding via deze website is niet voor noodgevallen.</p>
</aside>

<section class="home-steps" aria-labelledby="home-stappen">
<h2 id="home-stappen">Wat gebeurt er met uw melding?</h2>
<ol class="steps">
<li>
<h3>U meldt de overlast</h3>
<p>U krijgt meteen een meldnummer en een persoonlijke link.</p>
</li>
<li>
<h3>Binnen {{BEVESTIGEN}}: ontvangstbevestiging</h3>
<p>Wij laten weten dat we uw melding hebben ontvangen.</p>
</li>
<li>
<h3>Binnen {{TERUGKOPPELEN}}: terugkoppeling</h3>
<p>U hoort wat wij wel en niet kunnen doen.{{#STREEF}} We proberen dit binnen {{DAGEN}} te doen.{{/STREEF}}</p>
</li>
</ol>
<p class="muted">Werkdagen zijn maandag tot en met vrijdag, behalve feestdagen.{{#VERSCHILT}} Voor sommige soorten meldingen is een termijn korter; na het melden ziet u de datum voor uw melding.{{/VERSCHILT}}</p>
</section>

{{! LOGGED_IN is shown for a signed-in user: then the login button is hidden (ctemplate has no "else"). }}
<aside class="card home-staff{{#LOGGED_IN}} is-logged-in{{/LOGGED_IN}}" aria-labelledby="home-medewerkers">
<h2 id="home-medewerkers">Voor medewerkers en partners</h2>
{{#LOGGED_IN}}
<p>U bent ingelogd. Kies in het menu bovenaan waar u verder wilt werken.</p>
{{/LOGGED_IN}}
<div class="home-login">
<p>Werkt u bij {{ORG_NAME}} of bij een partnerorganisatie, zoals het wijkteam of de gemeente?</p>
<p><a class="button button-secondary" href="/login">Inloggen</a></p>
</div>
</aside>
</div>
