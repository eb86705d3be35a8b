{{%AUTOESCAPE context="HTML"}}
{{! A map of wijken as inline SVG (render/svg.c projects and fits it). Variables: ID, TITEL, DESC, VIEWBOX; sections AREA (PAD, FILL, TITEL, STROKE_W; LINK with HREF, or NOLINK), LABEL (X, Y, Y2, FS, FILL, NAAM, WAARDE). }}
<svg class="map-svg" viewBox="{{VIEWBOX}}" role="img" aria-labelledby="{{ID}}-titel {{ID}}-desc" focusable="false" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif">
<title id="{{ID}}-titel">{{TITEL}}</title>
<desc id="{{ID}}-desc">{{DESC}}</desc>
{{#AREA}}{{#LINK}}<a href="{{HREF}}">{{/LINK}}<path d="{{PAD}}" fill="{{FILL}}" fill-rule="evenodd" stroke="#1a1a1a" stroke-width="{{STROKE_W}}" stroke-linejoin="round"><title>{{TITEL}}</title></path>{{#LINK}}</a>{{/LINK}}
{{/AREA}}
{{#LABEL}}<text x="{{X}}" y="{{Y}}" text-anchor="middle" font-size="{{FS}}" font-weight="700" fill="{{FILL}}">{{NAAM}}</text>
<text x="{{X}}" y="{{Y2}}" text-anchor="middle" font-size="{{FS}}" fill="{{FILL}}">{{WAARDE}}</text>
{{/LABEL}}
</svg>
