{{%AUTOESCAPE context="HTML"}}
{{! The beheerder's start page (GET /beheer). Sections: SECTION (HREF, LABEL, TEXT), one per part of beheer that exists. }}
<h1>Beheer</h1>
<p class="lead">Hier beheert u de accounts, de partnerorganisaties en de instellingen van Leefbaar. Als beheerder ziet u geen meldingen of dossiers.</p>
<ul class="tiles tiles-wide">
{{#SECTION}}
<li><a class="tile" href="{{HREF}}"><span class="tile-label">{{LABEL}}</span> <span class="tile-note">{{TEXT}}</span></a></li>
{{/SECTION}}
<li><a class="tile" href="/beheer/routering"><span class="tile-label">Routering</span> <span class="tile-note">Regels die nieuwe meldingen meteen toewijzen, op categorie, wijk of buurt, kanaal en tijdstip.</span></a></li>
<li><a class="tile" href="/beheer/standaardteksten"><span class="tile-label">Standaardteksten</span> <span class="tile-note">Teksten die medewerkers kiezen voor de ontvangstbevestiging, de terugkoppeling en de afsluiting, per categorie.</span></a></li>
</ul>
