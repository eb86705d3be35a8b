{{%AUTOESCAPE context="HTML"}}
{{! After a repeat was added to the melder's earlier melding (issue 17): nothing of that melding is named here. }}
<div class="form">
<section class="reference-box" aria-labelledby="toegevoegd-titel">
<h1 id="toegevoegd-titel">Bedankt, wij hebben dit bij uw eerdere melding gezet</h1>
<p>Uw aanvulling staat in het overlastdagboek van uw eerdere melding. De medewerker die die melding behandelt, ziet het.</p>
</section>
<h2>Volg uw melding</h2>
<p>U volgt uw melding met de persoonlijke link uit de e-mail die u kreeg toen u haar meldde. Wij sturen u die link nog een keer per e-mail.</p>
<p>Deze pagina kunt u gerust opnieuw laden: er wordt niets nog een keer verstuurd.</p>
<p><a href="/">Terug naar de startpagina</a></p>
</div>
