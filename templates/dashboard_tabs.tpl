{{%AUTOESCAPE context="HTML"}}
{{! The dashboard's sub-navigation. Section TABS with TAB (HREF, LABEL, CURRENT). }}
{{#TABS}}
<nav aria-label="Dashboard">
<ul class="tabs">
{{#TAB}}<li><a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
{{/TAB}}
</ul>
</nav>
{{/TABS}}
