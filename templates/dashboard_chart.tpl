{{%AUTOESCAPE context="HTML"}}
{{! One chart as inline SVG (render/svg.c computes every coordinate). Variables: ID, TITEL, DESC, W, H, LEFT, RIGHT_X, BASE_Y, TOP_Y; sections YTICK (Y, TX, TY, LABEL), XLABEL (X, Y, LABEL), NORM (Y, TX, TY, LABEL), BAR (X, Y, BW, BH, FILL, TITLE), LINES with LINE (STROKE, DASH; SEG with POINTS; DOT with CX, CY, FILL, RING, TITLE), LEGEND (NAAM, FILL, DASH), RUNNING (TEXT). The scroll box takes focus so a keyboard can scroll it at phone width. }}
<figure class="chart">
<p class="chart-title" aria-hidden="true">{{TITEL}}</p>
<div class="chart-scroll" role="region" aria-labelledby="{{ID}}-titel" tabindex="0">
<svg class="chart-svg" viewBox="0 0 {{W}} {{H}}" width="{{W}}" height="{{H}}" role="img" aria-labelledby="{{ID}}-titel {{ID}}-desc" focusable="false" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif">
<title id="{{ID}}-titel">{{TITEL}}</title>
<desc id="{{ID}}-desc">{{DESC}}</desc>
<g class="chart-grid">
{{#YTICK}}<line x1="{{LEFT}}" x2="{{RIGHT_X}}" y1="{{Y}}" y2="{{Y}}" stroke="#dde2e0" stroke-width="1"/>
<text x="{{TX}}" y="{{TY}}" text-anchor="end" font-size="13" fill="#4a4f4d">{{LABEL}}</text>
{{/YTICK}}
</g>
<line x1="{{LEFT}}" x2="{{RIGHT_X}}" y1="{{BASE_Y}}" y2="{{BASE_Y}}" stroke="#6b6f6d" stroke-width="1.5"/>
<line x1="{{LEFT}}" x2="{{LEFT}}" y1="{{TOP_Y}}" y2="{{BASE_Y}}" stroke="#6b6f6d" stroke-width="1.5"/>
{{#XLABEL}}<text x="{{X}}" y="{{Y}}" text-anchor="middle" font-size="13" fill="#4a4f4d">{{LABEL}}</text>
{{/XLABEL}}
<g class="chart-bars">
{{#BAR}}<rect x="{{X}}" y="{{Y}}" width="{{BW}}" height="{{BH}}" fill="{{FILL}}" fill-opacity="{{OPACITY}}" stroke="#ffffff" stroke-width="0.5"><title>{{TITLE}}</title></rect>
{{/BAR}}
</g>
{{#NORM}}<line x1="{{LEFT}}" x2="{{RIGHT_X}}" y1="{{Y}}" y2="{{Y}}" stroke="#b00020" stroke-width="1.5" stroke-dasharray="6 4"/>
<text x="{{TX}}" y="{{TY}}" text-anchor="end" font-size="12" fill="#b00020">{{LABEL}}</text>
{{/NORM}}
{{#LINES}}<g class="chart-lines">
{{#LINE}}{{#SEG}}<polyline points="{{POINTS}}" fill="none" stroke="{{STROKE}}" stroke-width="2.5" stroke-dasharray="{{DASH}}" stroke-linejoin="round" stroke-linecap="round"/>
{{/SEG}}{{#DOT}}<circle cx="{{CX}}" cy="{{CY}}" r="4.5" fill="{{FILL}}" stroke="{{RING}}" stroke-width="2"><title>{{TITLE}}</title></circle>
{{/DOT}}{{/LINE}}
</g>{{/LINES}}
</svg>
</div>
<figcaption>
<ul class="chart-legend">
{{#LEGEND}}<li><svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line x1="0" x2="28" y1="6" y2="6" stroke="{{FILL}}" stroke-width="8" stroke-dasharray="{{DASH}}"/></svg> {{NAAM}}</li>
{{/LEGEND}}{{#RUNNING}}<li>{{TEXT}}</li>
{{/RUNNING}}
</ul>
</figcaption>
</figure>
