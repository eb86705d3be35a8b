/*
 * geo.c - projecting a GeoJSON file of areas to map outlines (see geo.h).
 * Pure: a parsed document in, numbers and path data out.
 */
#include "domain/geo.h"
#include "lib/buf.h"

#include <math.h>
#include <string.h>

struct box {
	double minx, miny, maxx, maxy;
};

struct proj {
	int degrees;
	double cx, cy, kx, scale;
};

static int coord(const cJSON *p, double *x, double *y)
{
	const cJSON *a = cJSON_GetArrayItem(p, 0), *b = cJSON_GetArrayItem(p, 1);
	if (!cJSON_IsArray(p) || !cJSON_IsNumber(a) || !cJSON_IsNumber(b))
		return -1;
	*x = a->valuedouble;
	*y = b->valuedouble;
	return isfinite(*x) && isfinite(*y) ? 0 : -1;
}

/* Calls fn on every ring of a Polygon or MultiPolygon geometry; -1 on a malformed one. */
static int rings(const cJSON *geom, int (*fn)(void *ctx, const cJSON *ring), void *ctx)
{
	const cJSON *type = cJSON_GetObjectItemCaseSensitive(geom, "type");
	const cJSON *coords = cJSON_GetObjectItemCaseSensitive(geom, "coordinates");
	const cJSON *poly, *ring;

	if (!cJSON_IsString(type) || !cJSON_IsArray(coords))
		return 0;
	if (!strcmp(type->valuestring, "Polygon")) {
		cJSON_ArrayForEach(ring, coords)
			if (fn(ctx, ring) < 0)
				return -1;
		return 1;
	}
	if (!strcmp(type->valuestring, "MultiPolygon")) {
		cJSON_ArrayForEach(poly, coords) {
			if (!cJSON_IsArray(poly))
				return -1;
			cJSON_ArrayForEach(ring, poly)
				if (fn(ctx, ring) < 0)
					return -1;
		}
		return 1;
	}
	return 0;   /* points and lines are not areas: skipped */
}

static int grow_box(void *ctx, const cJSON *ring)
{
	struct box *b = ctx;
	const cJSON *p;
	double x, y;

	if (!cJSON_IsArray(ring))
		return -1;
	cJSON_ArrayForEach(p, ring) {
		if (coord(p, &x, &y) < 0)
			return -1;
		b->minx = fmin(b->minx, x);
		b->miny = fmin(b->miny, y);
		b->maxx = fmax(b->maxx, x);
		b->maxy = fmax(b->maxy, y);
	}
	return 0;
}

struct draw {
	const struct proj *pr;
	struct buf *pad;
	struct box box;
	double best_area, labelx, labely;
};

static void project(const struct proj *pr, double x, double y, double *px, double *py)
{
	*px = (x - pr->cx) * pr->kx * pr->scale + GEO_MAP_WIDTH / 2;
	*py = -(y - pr->cy) * pr->scale;
}

static int draw_ring(void *ctx, const cJSON *ring)
{
	struct draw *dr = ctx;
	const cJSON *p;
	double x, y, px, py, lx = 0, ly = 0, area = 0, cx = 0, cy = 0, fx = 0, fy = 0;
	int n = 0;

	cJSON_ArrayForEach(p, ring) {
		if (coord(p, &x, &y) < 0)
			return -1;
		project(dr->pr, x, y, &px, &py);
		if (n && fabs(px - lx) < 0.1 && fabs(py - ly) < 0.1)
			continue;
		if (n) {
			/* Shoelace terms for the ring's area and centroid (for the label). */
			double c = lx * py - px * ly;
			area += c;
			cx += (lx + px) * c;
			cy += (ly + py) * c;
		} else {
			fx = px;
			fy = py;
		}
		buf_addf(dr->pad, "%s%.1f %.1f", n ? " L" : (dr->pad->len ? " M" : "M"), px, py);
		dr->box.minx = fmin(dr->box.minx, px);
		dr->box.miny = fmin(dr->box.miny, py);
		dr->box.maxx = fmax(dr->box.maxx, px);
		dr->box.maxy = fmax(dr->box.maxy, py);
		lx = px;
		ly = py;
		n++;
	}
	if (n < 3)
		return 0;
	double c = lx * fy - fx * ly;   /* close the ring */
	area += c;
	cx += (lx + fx) * c;
	cy += (ly + fy) * c;
	buf_addstr(dr->pad, " Z");
	if (fabs(area) > dr->best_area && area != 0) {
		dr->best_area = fabs(area);
		dr->labelx = cx / (3 * area);
		dr->labely = cy / (3 * area);
	}
	return 0;
}

static const cJSON *geometry_of(const cJSON *feature)
{
	const cJSON *g = cJSON_GetObjectItemCaseSensitive(feature, "geometry");
	return cJSON_IsObject(g) ? g : NULL;
}

int geo_project(const cJSON *geojson, void (*fn)(void *ctx, const cJSON *properties, const struct geo_shape *s),
		    void *ctx, const char **err)
{
	const cJSON *type = cJSON_GetObjectItemCaseSensitive(geojson, "type");
	const cJSON *features, *f;
	struct box all = { INFINITY, INFINITY, -INFINITY, -INFINITY };
	int polygons = 0;

	*err = NULL;
	if (!cJSON_IsObject(geojson) || !cJSON_IsString(type)) {
		*err = "Dit is geen GeoJSON: er ontbreekt een \"type\".";
		return -1;
	}
	cJSON *single = NULL;
	if (!strcmp(type->valuestring, "FeatureCollection")) {
		features = cJSON_GetObjectItemCaseSensitive(geojson, "features");
		if (!cJSON_IsArray(features)) {
			*err = "Deze FeatureCollection heeft geen lijst \"features\".";
			return -1;
		}
	} else if (!strcmp(type->valuestring, "Feature")) {
		single = cJSON_CreateArray();
		cJSON_AddItemReferenceToArray(single, (cJSON *)geojson);
		features = single;
	} else {
		*err = "Verwacht een FeatureCollection of Feature met vlakken (Polygon of MultiPolygon).";
		return -1;
	}

	/* Pass 1: the box of everything, to centre and scale the projection. */
	cJSON_ArrayForEach(f, features) {
		const cJSON *g = geometry_of(f);
		int r = g ? rings(g, grow_box, &all) : 0;
		if (r < 0) {
			*err = "Een van de vlakken heeft coördinaten die geen getallen zijn.";
			cJSON_Delete(single);
			return -1;
		}
		polygons += r;
	}
	if (!polygons || !(all.maxx > all.minx) || !(all.maxy > all.miny)) {
		*err = "Er staan geen vlakken (Polygon of MultiPolygon) in dit bestand.";
		cJSON_Delete(single);
		return -1;
	}
	struct proj pr = { 0 };
	pr.degrees = all.minx >= -180 && all.maxx <= 180 && all.miny >= -90 && all.maxy <= 90;
	pr.cx = (all.minx + all.maxx) / 2;
	pr.cy = (all.miny + all.maxy) / 2;
	pr.kx = pr.degrees ? cos(pr.cy * M_PI / 180.0) : 1.0;
	pr.scale = GEO_MAP_WIDTH / ((all.maxx - all.minx) * pr.kx);

	/* Pass 2: project each feature. */
	int drawn = 0;
	struct buf pad = BUF_INIT;
	cJSON_ArrayForEach(f, features) {
		const cJSON *g = geometry_of(f);
		if (!g)
			continue;
		struct draw dr = { .pr = &pr, .pad = &pad, .box = { INFINITY, INFINITY, -INFINITY, -INFINITY } };
		buf_reset(&pad);
		if (rings(g, draw_ring, &dr) <= 0 || !pad.len || dr.best_area <= 0)
			continue;
		/* Coordinates far out of proportion (1e171 beside 1) overflow the label: not an outline to draw. */
		if (!isfinite(dr.labelx) || !isfinite(dr.labely))
			continue;
		struct geo_shape s = {
			.pad = pad.buf, .minx = dr.box.minx, .miny = dr.box.miny, .maxx = dr.box.maxx,
			.maxy = dr.box.maxy, .labelx = dr.labelx, .labely = dr.labely,
		};
		const cJSON *props = cJSON_GetObjectItemCaseSensitive(f, "properties");
		fn(ctx, cJSON_IsObject(props) ? props : NULL, &s);
		drawn++;
	}
	buf_release(&pad);
	cJSON_Delete(single);
	if (!drawn) {
		*err = "Er staan geen vlakken (Polygon of MultiPolygon) in dit bestand.";
		return -1;
	}
	return drawn;
}
