{{%AUTOESCAPE context="HTML"}}
{{! Below a paged list (render/pager.c). Sections: INFO (FROM, TO, TOTAL), BEYOND (FIRST_PAGE with HREF), PAGES with PREV, ITEM (LINK or CUR with HREF and N, or GAP) and NEXT. }}
{{#INFO}}<p class="pager-info">{{FROM}}–{{TO}} van {{TOTAL}}</p>{{/INFO}}
{{#BEYOND}}<p class="pager-info">Deze pagina bestaat niet (meer). {{#FIRST_PAGE}}<a href="{{HREF}}">Naar de eerste pagina</a>{{/FIRST_PAGE}}</p>{{/BEYOND}}
{{#PAGES}}
<nav aria-label="Pagina's">
<ul class="pager">
{{#PREV}}<li><a href="{{HREF}}" rel="prev">Vorige<span class="visually-hidden"> pagina</span></a></li>{{/PREV}}
{{#ITEM}}<li>{{#LINK}}<a href="{{HREF}}"><span class="visually-hidden">Pagina </span>{{N}}</a>{{/LINK}}{{#CUR}}<span aria-current="page"><span class="visually-hidden">Pagina </span>{{N}}</span>{{/CUR}}{{#GAP}}<span aria-hidden="true">…</span>{{/GAP}}</li>{{/ITEM}}
{{#NEXT}}<li><a href="{{HREF}}" rel="next">Volgende<span class="visually-hidden"> pagina</span></a></li>{{/NEXT}}
</ul>
</nav>
{{/PAGES}}
