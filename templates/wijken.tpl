{{%AUTOESCAPE context="HTML"}}
{{! The wijkmonitor's index (GET /wijken; web/wijkprofiel.c). Sections LEEG, TABEL (NU_VENSTER, VORIG_VENSTER; ROW (IS_WIJK, IS_BUURT, NAAM, CODE, HREF, WONINGEN, M_NU, M_VORIG, M_WAT, M_CLASS, P_NU, P_VORIG, P_WAT, B_NU, B_VORIG, B_WAT, T_NU, T_VORIG, T_WAT)). }}
<div class="page-header">
<h1>Wijken</h1>
<p class="lead">Elke wijk en buurt waar u voor werkt, met de cijfers van dit jaar naast die van vorig jaar. Open een wijk of buurt voor het wijkprofiel: de cijfers over meer jaren, de Leefbaarometer, de verhalen uit de wijk, schouwen, initiatieven en het budget.</p>
</div>

<nav aria-label="Wijkmonitor" class="wijk-links">
<ul class="inline-list">
<li><a href="/schouwen">Wijkschouwen</a></li>
<li><a href="/initiatieven">Bewonersinitiatieven</a></li>
<li><a href="/fonds">Leefbaarheidsfonds</a></li>
<li><a href="/budget">Leefbaarheidsbudget</a></li>
</ul>
</nav>

{{#LEEG}}<p class="callout">Er zijn geen wijken in uw gebied. Vraag de beheerder om u aan een wijk te koppelen.</p>{{/LEEG}}
{{#TABEL}}
<div class="table-wrap" role="region" aria-labelledby="wijken-titel" tabindex="0">
<table class="table table-compact">
<caption id="wijken-titel">Meldingen en termijnen: {{NU_VENSTER}} naast {{VORIG_VENSTER}}</caption>
<thead>
<tr><th scope="col">Wijk of buurt</th><th scope="col" class="num">Woningen</th><th scope="col" class="num">Meldingen {{NU_VENSTER}}</th><th scope="col" class="num">Vorig jaar</th><th scope="col" class="num">Per 100 woningen</th><th scope="col" class="num">Vorig jaar</th><th scope="col" class="num">Terugkoppeling op tijd</th><th scope="col" class="num">Vorig jaar</th></tr>
</thead>
<tbody>
{{#ROW}}<tr{{#IS_BUURT}} class="row-sub"{{/IS_BUURT}}><th scope="row">{{#IS_BUURT}}<span class="visually-hidden">buurt </span>— {{/IS_BUURT}}<a href="{{HREF}}">{{NAAM}}</a> <span class="hint">{{CODE}}</span></th><td class="num">{{WONINGEN}}</td><td class="num">{{M_NU}} <span class="hint {{M_CLASS}}">{{M_WAT}}</span></td><td class="num">{{M_VORIG}}</td><td class="num">{{P_NU}} <span class="hint">{{P_WAT}}</span></td><td class="num">{{P_VORIG}}</td><td class="num">{{T_NU}} <span class="hint">{{T_WAT}}</span></td><td class="num">{{T_VORIG}}</td></tr>
{{/ROW}}
</tbody>
</table>
</div>
{{/TABEL}}
<p class="hint">We vergelijken hele maanden: de lopende maand telt pas mee als hij voorbij is. Terugkoppeling op tijd: binnen 10 werkdagen, gemeten zoals op het dashboard. De cijfers staan ook in <a href="/wijken/cijfers.csv">een CSV-bestand</a> (<a href="/wijken/cijfers.csv?scheiding=komma">met komma's</a>) en in de API: <code>/api/v1/wijken</code>.</p>
