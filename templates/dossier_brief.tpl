{{%AUTOESCAPE context="HTML"}}
{{! One letter as stored with its dossier (handlers/dossier_overzicht.c): the text was filled in when the letter was made and never changes. On paper only the letter prints. Variables: DID, REF, SOORT, AAN, DATUM, WIE, TEKST. }}
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol><li><a href="/dossiers">Dossiers</a></li><li><a href="/dossiers/{{DID}}">{{REF}}</a></li><li aria-current="page">{{SOORT}}</li></ol></nav>
<div class="no-print">
<h1>{{SOORT}} aan {{AAN}}</h1>
<p>Gemaakt op {{DATUM}} door {{WIE}}, bewaard in dossier <a href="/dossiers/{{DID}}">{{REF}}</a>. Druk de brief af met <kbd>Ctrl</kbd>+<kbd>P</kbd> (op een Mac <kbd>⌘</kbd>+<kbd>P</kbd>); alleen de brief komt op papier.</p>
</div>
<article class="letter usertext" aria-label="{{SOORT}}">{{TEKST:pre_escape}}</article>
