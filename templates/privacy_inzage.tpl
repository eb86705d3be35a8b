{{%AUTOESCAPE context="HTML"}}
{{! Inzage: everything stored about one person, printable (GET /privacyverzoeken/inzage). Variables: ORG_NAME, GEMAAKT_OP; sections PART (TITLE, COUNT, NONE) with ITEM, each with FIELD (LABEL, VALUE) and SUB (TITLE, COUNT) with SUBITEM with FIELD (LABEL, VALUE). }}
<nav class="breadcrumbs no-print" aria-label="Kruimelpad">
<ol><li><a href="/privacyverzoeken">Privacyverzoeken</a></li><li aria-current="page">Inzage</li></ol>
</nav>
<div class="overview">
<h1>Inzage persoonsgegevens</h1>
<p>{{ORG_NAME}}, opgemaakt op {{GEMAAKT_OP}} (UTC). Meldingen van anderen over dit adres staan hierin zonder de gegevens van die melders (AVG artikel 15 lid 4). Lees de teksten na voordat u dit verstuurt: een beschrijving kan zelf verraden wie meldde.</p>
{{#PART}}
<section>
<h2>{{TITLE}} ({{COUNT}})</h2>
{{#NONE}}<p class="empty">Niets gevonden.</p>{{/NONE}}
{{#ITEM}}
<dl class="summary-list">
{{#FIELD}}<div><dt>{{LABEL}}</dt><dd class="usertext">{{VALUE:pre_escape}}</dd></div>
{{/FIELD}}
</dl>
{{#SUB}}
<h3>{{TITLE}} ({{COUNT}})</h3>
{{#SUBITEM}}
<dl class="summary-list">
{{#FIELD}}<div><dt>{{LABEL}}</dt><dd class="usertext">{{VALUE:pre_escape}}</dd></div>
{{/FIELD}}
</dl>
{{/SUBITEM}}
{{/SUB}}
{{/ITEM}}
</section>
{{/PART}}
</div>
