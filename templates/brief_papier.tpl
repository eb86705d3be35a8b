{{%AUTOESCAPE context="HTML"}}
{{! One letter as it goes on paper (web/dossier_brief.c): the letterhead (HEAD: ORG, LOGO with TYPE DATA ORG, ADRES_REGEL with REGEL, TELEFOON with NR, EMAIL with ADRES, WEBSITE with URL), the return address (HAS_RETOUR, RETOUR) and the address block in the envelope's window (PARTS: NAAM_REGEL, REGEL with TEKST), DATUM, KENMERK, ONDERWERP, AANHEF and ROMP; or PLAIN (TEKST) for a letter from before letters were kept in parts. INGETROKKEN stamps it. The print block of static/style.css (Brieven) places it on A4. }}
<article class="brief{{#PLAIN}} brief-plain{{/PLAIN}}" aria-label="{{SOORT}}">
{{#INGETROKKEN}}<p class="brief-stempel">Ingetrokken</p>{{/INGETROKKEN}}
{{#HEAD}}
<header class="brief-hoofd">
{{#LOGO}}<img class="brief-logo" src="data:{{TYPE}};base64,{{DATA}}" alt="{{ORG}}">{{/LOGO}}
<p class="brief-afzender"><strong>{{ORG}}</strong>{{#ADRES_REGEL}}<br>{{REGEL}}{{/ADRES_REGEL}}{{#TELEFOON}}<br>Telefoon {{NR}}{{/TELEFOON}}{{#EMAIL}}<br>{{ADRES}}{{/EMAIL}}{{#WEBSITE}}<br>{{URL}}{{/WEBSITE}}</p>
</header>
{{/HEAD}}
{{#PARTS}}
<div class="brief-venster">{{#HAS_RETOUR}}<p class="brief-retour">{{RETOUR}}</p>{{/HAS_RETOUR}}
<p class="brief-adres">{{NAAM_REGEL}}{{#REGEL}}<br>{{TEKST}}{{/REGEL}}</p></div>
<table class="brief-kenmerken"><tr><th scope="row">Datum</th><td>{{DATUM}}</td></tr><tr><th scope="row">Ons kenmerk</th><td>{{KENMERK}}</td></tr><tr><th scope="row">Onderwerp</th><td>{{ONDERWERP}}</td></tr></table>
<p class="brief-aanhef">{{AANHEF}}</p>
<div class="brief-romp">{{ROMP:pre_escape}}</div>
{{/PARTS}}
{{#PLAIN}}<div class="brief-romp">{{TEKST:pre_escape}}</div>{{/PLAIN}}
</article>
