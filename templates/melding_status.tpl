{{%AUTOESCAPE context="HTML"}}
{{! The melder's status page: one melding, nothing about anyone else. }}
<div class="form">
<h1>Uw melding <span class="ref">{{REFERENTIE}}</span></h1>
<dl class="summary-list">
<div><dt>Stand van zaken</dt><dd><span class="badge badge-neutral">{{STATUS}}</span></dd></div>
<div><dt>Ontvangen</dt><dd>{{ONTVANGEN}}</dd></div>
<div><dt>Soort</dt><dd>{{CATEGORIE}}</dd></div>
<div><dt>Plek</dt><dd>{{ADRES}}</dd></div>
{{#BEVESTIGD}}<div><dt>Ontvangst bevestigd</dt><dd>{{DAG}}</dd></div>{{/BEVESTIGD}}
{{#BEVESTIGEN_UITERLIJK}}<div><dt>Bevestiging</dt><dd>Uiterlijk {{DAG}}</dd></div>{{/BEVESTIGEN_UITERLIJK}}
{{#ANTWOORD}}<div><dt>{{LABEL}}</dt><dd>{{WANNEER}}</dd></div>{{/ANTWOORD}}
</dl>
<h2>Uw beschrijving</h2>
<p class="prose usertext">{{OMSCHRIJVING:pre_escape}}</p>
<h2>Wat er is gebeurd</h2>
<ol class="timeline">
{{#EVENT}}
<li><time class="timeline-when" datetime="{{WANNEER}}">{{DAG}}</time>
<p class="timeline-what">{{LABEL}}</p>
{{#TEKST}}<p class="prose usertext">{{TEKST:pre_escape}}</p>{{/TEKST}}
</li>
{{/EVENT}}
</ol>
<h2>Vragen?</h2>
<p>Heeft u een vraag over uw melding? Noem dan uw meldnummer {{REFERENTIE}}.</p>
{{#CONTACT}}<ul class="contact-list">
{{#TELEFOON}}<li>Bel ons: <a href="tel:{{TEL_HREF}}">{{TELEFOON}}</a></li>{{/TELEFOON}}
{{#EMAIL}}<li>Mail ons: <a href="mailto:{{EMAIL}}">{{EMAIL}}</a></li>{{/EMAIL}}
</ul>{{/CONTACT}}
{{>DAGBOEK}}
{{>TEVREDENHEID}}
<p class="muted">Wat wij met uw gegevens doen, leest u in onze <a href="/privacy">privacyverklaring</a>.</p>
</div>
