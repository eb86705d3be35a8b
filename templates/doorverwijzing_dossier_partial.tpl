{{%AUTOESCAPE context="HTML"}}
{{! The referrals block on the dossier page (handlers/doorverwijzingen_dossier.c). Variables: DID. Sections: DV (ID PARTNER STATUS DAG DUE_CLASS DUE_LABEL), GEEN, ALLE, NIEUW. }}
<section class="card" aria-labelledby="doorverwijzingen-titel" id="doorverwijzingen">
<h2 class="mt-0" id="doorverwijzingen-titel">Doorverwijzingen</h2>
{{#DV}}
<p><a class="ref" href="/doorverwijzingen/{{ID}}">Doorverwijzing {{REFERENTIE}}</a> aan {{PARTNER}}<br>
<span class="muted">{{STATUS}}, antwoord uiterlijk {{DAG}}</span> <span class="badge {{DUE_CLASS}}">{{DUE_LABEL}}</span></p>
{{/DV}}
{{#GEEN}}<p class="muted">Nog niet doorverwezen.</p>{{/GEEN}}
{{#ALLE}}<p><a href="/doorverwijzingen?dossier={{DID}}&amp;status=alle">Alle doorverwijzingen van dit dossier in een lijst</a></p>{{/ALLE}}
{{#NIEUW}}<p class="button-row"><a class="button button-secondary" href="/doorverwijzingen/nieuw?dossier={{DID}}">Doorverwijzen naar een partner</a></p>{{/NIEUW}}
</section>
