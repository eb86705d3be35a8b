{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="theme-color" content="#00594f">
<title>{{TITLE}} - Leefbaar - {{ORG_NAME}}</title>
<link rel="stylesheet" href="/static/style.css?v={{ASSET_VERSION:u}}">
{{! When the session warning shows: a delay the server works out per page (issue 16). }}
{{#SESSIE}}<link rel="stylesheet" href="/sessie.css?over={{OVER:u}}">{{/SESSIE}}
{{! Icon as a data: URI (the CSP allows img-src data:), so browsers do not ask for /favicon.ico. }}
<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%2300594f'/%3E%3Cpath d='M6 16 16 7l10 9M9 14v11h14V14' fill='none' stroke='%23fff' stroke-width='2.6' stroke-linecap='round' stroke-linejoin='round'/%3E%3Cpath d='M16 23c-2.9-1.8-4.3-3.5-4.3-5.2 0-1.3 1-2.2 2.2-2.2.9 0 1.7.5 2.1 1.3.4-.8 1.2-1.3 2.1-1.3 1.2 0 2.2.9 2.2 2.2 0 1.7-1.4 3.4-4.3 5.2z' fill='%23fff'/%3E%3C/svg%3E">
</head>
<body>
{{! Skip link: the first thing a keyboard user reaches. }}
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
<div class="container site-header-inner">
<a class="brand" href="/">
<svg class="brand-logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
<path d="M3.5 15.5 16 4.5l12.5 11" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>
<path d="M7.5 13v14.5h17V13" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linejoin="round"/>
<path d="M16 24.5c-3.6-2.3-5.4-4.4-5.4-6.5 0-1.6 1.2-2.8 2.7-2.8 1.2 0 2.1.6 2.7 1.6.6-1 1.5-1.6 2.7-1.6 1.5 0 2.7 1.2 2.7 2.8 0 2.1-1.8 4.2-5.4 6.5z" fill="currentColor"/>
</svg>
<span class="brand-text">
<span class="brand-name">Leefbaar</span>
<span class="brand-org">{{ORG_NAME}}</span>
</span>
</a>
{{#USER}}
<div class="user-menu">
<p class="user-who"><span class="visually-hidden">Ingelogd als </span><span class="user-name">{{USER_NAME}}</span> <span class="user-role">{{ROLE_LABEL}}</span></p>
{{! The unread count, read per page with one indexed count; no script polls it. }}
<a class="user-notices" href="/notificaties"{{#NOTICES_CURRENT}} aria-current="page"{{/NOTICES_CURRENT}}>Notificaties{{#UNREAD}}<span class="visually-hidden">,</span> <span class="notice-count">{{N}}</span><span class="visually-hidden"> ongelezen</span>{{/UNREAD}}</a>
<form class="logout-form" method="post" action="/logout">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" class="button button-inverse button-small">Uitloggen</button>
</form>
</div>
{{/USER}}
{{#ANON}}
<p class="header-login"><a href="/login">Inloggen voor medewerkers</a></p>
{{/ANON}}
</div>
{{#NAV}}
<nav class="site-nav" aria-label="Hoofdmenu">
<div class="container">
<ul class="site-nav-list">
{{#NAV_ITEM}}
<li><a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
{{/NAV_ITEM}}
</ul>
</div>
</nav>
{{/NAV}}
</header>
{{! Visible five minutes before the session ends, by a CSS animation delay (no script). }}
{{#SESSIE}}<div class="sessie-waarschuwing" role="status">
<p>{{#INACTIEF}}Let op: uw sessie verloopt om {{EINDE}} als u niets doet. Sla uw werk op of laad de pagina opnieuw om ingelogd te blijven.{{/INACTIEF}}{{#ABSOLUUT}}Let op: uw sessie eindigt om {{EINDE}}; daarna logt u opnieuw in. Sla uw werk voor die tijd op.{{/ABSOLUUT}}</p>
</div>
{{/SESSIE}}
<main id="inhoud" class="container site-main" tabindex="-1">
{{#FLASH}}
<div class="flash flash-{{FLASH_KIND}}" role="status">
<p>{{FLASH_TEXT}}</p>
</div>
{{/FLASH}}
{{>CONTENT}}
</main>
<footer class="site-footer">
<div class="container site-footer-inner">
<p class="site-footer-name"><strong>Leefbaar</strong> · sociaal beheer en leefbaarheid<br>{{ORG_NAME}}</p>
<ul class="site-footer-links">
<li><a href="/melden">Overlast melden</a></li>
<li><a href="/">Startpagina</a></li>
</ul>
</div>
</footer>
</body>
</html>
