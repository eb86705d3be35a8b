{{%AUTOESCAPE context="HTML"}}
{{! Error page content. Variables: STATUS (e.g. 404), HEADING, MESSAGE. }}
<section class="error-page" aria-labelledby="fout-titel">
<p class="error-code">Foutcode {{STATUS}}</p>
<h1 id="fout-titel">{{HEADING}}</h1>
<p class="lead">{{MESSAGE}}</p>
<ul class="link-list">
<li><a href="/">Naar de startpagina</a></li>
<li><a href="/melden">Overlast melden</a></li>
</ul>
</section>
