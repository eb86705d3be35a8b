/*
 * kaart.c - the demo's map (see kaart.h): Voorbeeldstad, a town
 * of about 3 by 2 km. A railway runs west to east with the station in the
 * middle; north of it lies Noord (Bloemenbuurt and Vogelwijk on either side
 * of the Noorderweg). South of it the Stationsweg runs down from the
 * station to the river and parts Centrum in the west (Stationskwartier
 * between the railway and the singel, Binnenstad between the singel and
 * the river) from Oost in the east (Parkzicht along the railway, Havenkant
 * at the water and the harbour). Stationskwartier and Havenkant face each
 * other across the Stationsweg, as seed.c's streets have it.
 *
 * The outlines are drawn once, in metres, as rings over one table of
 * points: a border two buurten share is the same points in both rings, so
 * the map has no slivers or gaps. A wijk's outline is computed from its
 * buurten (wijk_ring()), never drawn twice by hand.
 */
#include "seed/kaart.h"
#include "db/db.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/kaart_import.h"
#include "store/kpi_kaart.h"
#include "auth/policy.h"

#include <assert.h>
#include <stdio.h>
#include <string.h>

/*
 * Where the town's south-west corner lies, and metres per degree at that
 * latitude: constants rather than cos(), so the text is the same bytes on
 * every machine and docs/voorbeeld/kaart.geojson stays equal to it.
 */
#define LON0 5.0850
#define LAT0 52.0900
#define M_PER_DEG_LON 68400.0
#define M_PER_DEG_LAT 111250.0

/* Points per ring, wijken included: enough for an irregular outline, few enough to read the file. */
#define MAX_RING 14
#define END (-1)

/* The points of the outlines; a name says where the point lies. */
enum punt {
	/* the railway, west to east; S0 is the station */
	R0, S0, R3, R5,
	/* the Stationsweg, down from the station to the river */
	S1, S2, S3,
	/* the town's edge west of the Stationsweg, down to the river, and the river */
	W1, W4, W5, V3, V2, V1, V0,
	/* the singel between Stationskwartier and Binnenstad */
	K1, K2, K3,
	/* the edge between Parkzicht and Havenkant */
	P1, P2, P3,
	/* the town's edge in the east, and the river east of the Stationsweg with the harbour (H1) */
	E1, E2, E3, E4, Q1, H1, Q2,
	/* the Noorderweg, and the edge of Noord */
	N1, N2, N3, W2, W3, T6, T1, T5, T2, T3, E5,
	PUNT__MAX
};

/* Metres east and north of (LON0, LAT0). */
static const double punt_m[PUNT__MAX][2] = {
	[R0] = { 0, 1180 }, [S0] = { 1480, 1270 }, [R3] = { 2050, 1305 }, [R5] = { 3000, 1400 },
	[S1] = { 1500, 900 }, [S2] = { 1490, 600 }, [S3] = { 1530, 60 },
	[W1] = { -70, 860 }, [W4] = { 30, 640 }, [W5] = { 150, 330 },
	[V3] = { 420, 140 }, [V2] = { 800, 10 }, [V1] = { 1180, 50 }, [V0] = { 1380, 130 },
	[K1] = { 380, 700 }, [K2] = { 760, 600 }, [K3] = { 1120, 660 },
	[P1] = { 1850, 820 }, [P2] = { 2200, 880 }, [P3] = { 2560, 760 },
	[E1] = { 3110, 1110 }, [E2] = { 2900, 800 }, [E3] = { 2990, 470 }, [E4] = { 2700, 170 },
	[Q1] = { 2320, 30 }, [H1] = { 2080, 150 }, [Q2] = { 1880, 10 },
	[N1] = { 1430, 1560 }, [N2] = { 1540, 1820 }, [N3] = { 1560, 2060 },
	[W2] = { -40, 1520 }, [W3] = { 200, 1900 }, [T6] = { 560, 1960 }, [T1] = { 900, 2150 },
	[T5] = { 2000, 2000 }, [T2] = { 2300, 2230 }, [T3] = { 2820, 2050 }, [E5] = { 3120, 1700 },
};

static const struct {
	const char *code, *naam;
} wijken[] = {
	{ "WK999901", "Centrum" },
	{ "WK999902", "Noord" },
	{ "WK999903", "Oost" },
};

/* Each buurt's ring, counter-clockwise (the interior on the left), ended by END. */
static const struct {
	const char *code, *naam, *wijk;
	int ring[MAX_RING + 1];
} buurten[] = {
	{ "BU99990101", "Binnenstad", "WK999901", { W4, W5, V3, V2, V1, V0, S3, S2, K3, K2, K1, END } },
	{ "BU99990102", "Stationskwartier", "WK999901", { R0, W1, W4, K1, K2, K3, S2, S1, S0, END } },
	{ "BU99990201", "Bloemenbuurt", "WK999902", { R0, S0, N1, N2, N3, T1, T6, W3, W2, END } },
	{ "BU99990202", "Vogelwijk", "WK999902", { S0, R3, R5, E5, T3, T2, T5, N3, N2, N1, END } },
	{ "BU99990301", "Parkzicht", "WK999903", { S1, P1, P2, P3, E2, E1, R5, R3, S0, END } },
	{ "BU99990302", "Havenkant", "WK999903", { S1, S2, S3, Q2, H1, Q1, E4, E3, E2, P3, P2, P1, END } },
};

#define N_WIJKEN (sizeof(wijken) / sizeof(wijken[0]))
#define N_BUURTEN (sizeof(buurten) / sizeof(buurten[0]))

static int ring_len(const int *ring)
{
	int n = 0;
	while (n < MAX_RING && ring[n] != END)
		n++;
	return n;
}

/* 1 when the buurt has the edge a -> b. */
static int has_edge(size_t buurt, int a, int b)
{
	const int *ring = buurten[buurt].ring;
	int n = ring_len(ring);

	for (int i = 0; i < n; i++)
		if (ring[i] == a && ring[(i + 1) % n] == b)
			return 1;
	return 0;
}

/*
 * An edge of a buurt is on its wijk's outline unless another buurt of the
 * wijk has it the other way round: all rings run the same way, so a shared
 * border appears once in each direction.
 */
static int on_outline(const char *wijk, int a, int b)
{
	for (size_t j = 0; j < N_BUURTEN; j++)
		if (!strcmp(buurten[j].wijk, wijk) && has_edge(j, b, a))
			return 0;
	return 1;
}

/* The outline edge of the wijk that starts at point a, its end in *b; 0 if there is none. */
static int next_on_outline(const char *wijk, int a, int *b)
{
	for (size_t j = 0; j < N_BUURTEN; j++) {
		const int *ring = buurten[j].ring;
		int n = ring_len(ring);
		if (strcmp(buurten[j].wijk, wijk))
			continue;
		for (int i = 0; i < n; i++)
			if (ring[i] == a && on_outline(wijk, a, ring[(i + 1) % n])) {
				*b = ring[(i + 1) % n];
				return 1;
			}
	}
	return 0;
}

/*
 * The wijk's outline (the union of its buurten) into out, counter-clockwise
 * like them: its buurten' outline edges end to end, from the first such
 * edge of its first buurt. Returns the number of points.
 */
static int wijk_ring(const char *wijk, int out[MAX_RING])
{
	int start = END, n = 0;

	for (size_t j = 0; j < N_BUURTEN && start == END; j++) {
		const int *ring = buurten[j].ring;
		int len = ring_len(ring);
		for (int i = 0; i < len && start == END; i++)
			if (!strcmp(buurten[j].wijk, wijk) && on_outline(wijk, ring[i], ring[(i + 1) % len]))
				start = ring[i];
	}
	assert(start != END);
	for (int p = start;;) {
		int next = END, found = next_on_outline(wijk, p, &next);
		/* The table above is fixed: a ring that does not close, or grows too long, is a mistake in it. */
		assert(found && n < MAX_RING);
		(void)found;
		out[n++] = p;
		p = next;
		if (p == start)
			break;
	}
	return n;
}

static void add_point(struct buf *b, int p, int last)
{
	buf_addf(b, "          [%.6f, %.6f]%s\n", LON0 + punt_m[p][0] / M_PER_DEG_LON,
		 LAT0 + punt_m[p][1] / M_PER_DEG_LAT, last ? "" : ",");
}

/* One Feature; GeoJSON closes a ring by repeating its first point. */
static void add_feature(struct buf *b, const char *code, const char *naam, const int *ring, int n, int last)
{
	buf_addstr(b, "    {\n      \"type\": \"Feature\",\n");
	buf_addf(b, "      \"properties\": { \"statcode\": \"%s\", \"statnaam\": \"%s\" },\n", code, naam);
	buf_addstr(b, "      \"geometry\": {\n        \"type\": \"Polygon\",\n        \"coordinates\": [[\n");
	for (int i = 0; i < n; i++)
		add_point(b, ring[i], 0);
	add_point(b, ring[0], 1);
	buf_addf(b, "        ]]\n      }\n    }%s\n", last ? "" : ",");
}

void seed_kaart_geojson(struct buf *out)
{
	int ring[MAX_RING];

	buf_addstr(out, "{\n  \"type\": \"FeatureCollection\",\n"
			"  \"name\": \"Voorbeeldstad (CBS 9999, fictief): wijken en buurten\",\n"
			"  \"features\": [\n");
	for (size_t i = 0; i < N_WIJKEN; i++)
		add_feature(out, wijken[i].code, wijken[i].naam, ring, wijk_ring(wijken[i].code, ring), 0);
	for (size_t i = 0; i < N_BUURTEN; i++)
		add_feature(out, buurten[i].code, buurten[i].naam, buurten[i].ring, ring_len(buurten[i].ring),
			    i + 1 == N_BUURTEN);
	buf_addstr(out, "  ]\n}\n");
}

/* 1 when the demo map should be loaded now: no map yet, and the demo's areas are there. 0 if not, -1 on error. */
static int wanted(struct db *db)
{
	struct arena a = ARENA_INIT;
	struct kaart_bron bron;
	int64_t id, wijk;
	int is_wijk;

	enum store_result r = kaart_bron_get(db, &a, &bron);
	arena_release(&a);
	if (r != STORE_NOTFOUND)
		return r == STORE_OK ? 0 : -1;
	r = kaart_area_by_code(db, wijken[0].code, &id, &wijk, &is_wijk);
	return r == STORE_OK ? 1 : r == STORE_NOTFOUND ? 0 : -1;
}

int seed_kaart(struct db *db, int64_t now)
{
	struct buf json = BUF_INIT;
	struct kaart_import_result res;
	int rc = wanted(db);

	if (rc <= 0)
		goto out;
	seed_kaart_geojson(&json);
	enum store_result r = kaart_import(db, json.buf, json.len, SEED_KAART_BESTAND, &ACTOR_CLI(0), now, &res);
	if (r != STORE_OK) {
		rc = log_error("demo map could not be loaded%s%s", r == STORE_CONFLICT ? ": " : "",
			       r == STORE_CONFLICT ? res.fout : "");
		goto out;
	}
	printf("Kaart geladen: %d wijken en buurten (%s).\n", res.vormen, SEED_KAART_BESTAND);
	rc = 0;
out:
	buf_release(&json);
	return rc < 0 ? -1 : 0;
}
