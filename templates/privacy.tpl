{{%AUTOESCAPE context="HTML"}}
{{! The privacy statement (GET /privacy), linked from the public form and the melder's status page. Variables: ORG_NAME; sections PARA (TEKST), the corporation's own text from [privacy] statement_file, or BUILTIN (MELDINGEN_MAANDEN, DOSSIERS_MAANDEN, BIJLAGEN_MAANDEN). }}
<div class="prose">
<h1>Privacyverklaring</h1>
{{#PARA}}<p class="usertext">{{TEKST:pre_escape}}</p>
{{/PARA}}
{{#BUILTIN}}
<p>{{ORG_NAME}} gebruikt Leefbaar om meldingen over overlast en over de leefbaarheid in en rond onze woningen te behandelen. Hier leest u wat wij met uw gegevens doen.</p>
<h2>Welke gegevens</h2>
<p>Uw melding: wat er gebeurde, wanneer en waar, en de foto's, video's of geluidsopnamen die u meestuurt. Als u niet anoniem meldt ook uw naam, e-mailadres en telefoonnummer, zodat wij u kunnen bereiken.</p>
<h2>Waarvoor</h2>
<p>Om de overlast aan te pakken, u op de hoogte te houden en, als het nodig is, met partners zoals het sociaal wijkteam samen te werken. Wij doen dit omdat het nodig is voor de huurovereenkomst en voor ons gerechtvaardigd belang: prettig en veilig wonen voor alle huurders (AVG artikel 6 lid 1 onder b en f). Wie u bent, vertellen wij niet aan de buren over wie u meldt.</p>
<h2>Hoe lang</h2>
<p>Na het afsluiten van uw melding bewaren wij de foto's en andere bestanden nog {{BIJLAGEN_MAANDEN}} maanden en de melding {{MELDINGEN_MAANDEN}} maanden. Hoort de melding bij een dossier, dan bewaren wij haar tot {{DOSSIERS_MAANDEN}} maanden na het sluiten van dat dossier. Daarna halen wij uw naam, contactgegevens, de tekst en het precieze adres weg. Wat overblijft, telt alleen nog mee in onze cijfers.</p>
<h2>Uw rechten</h2>
<p>U mag vragen welke gegevens wij over u hebben (inzage), onjuiste gegevens laten verbeteren en vragen uw gegevens te verwijderen. Neem daarvoor contact op met {{ORG_NAME}}. Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</p>
{{/BUILTIN}}
<p><a href="/melden">Terug naar het meldformulier</a></p>
</div>
