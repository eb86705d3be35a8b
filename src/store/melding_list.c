/*
 * melding_list.c - the staff list of meldingen and its look-ups (see
 * melding_list.h).
 *
 * The list statements are assembled from the constant fragments below: one
 * per filter that is present, one placeholder per wijk of the viewer, and
 * one constant ORDER BY picked by index. Which fragments appear depends
 * only on which filters are set and how many wijken the viewer has, never
 * on a value, and every value is bound. Because the text varies with the
 * filters, these statements are prepared per call rather than cached by
 * db_stmt() (whose cache is keyed by the address of a constant string);
 * preparing costs tens of microseconds against a query over up to a million
 * rows.
 *
 * A page is a count and then the rows. Without filters the count is read
 * from the per-wijk tally of migration 0012 (melding_telling). A search
 * (issue 14: 250 ms for a common word at a million meldingen) never looks
 * its matches up in the wide melding rows: it counts them in the
 * full-text index or on the narrow indexes of 0012 and walks the sort
 * order for the page, or, with other filters or deep pages, takes ids and
 * total in one pass over melding_lijst_id and reads only the page's rows.
 * A user bound to wijken searching with no other filter gets both from one
 * pass that joins the matches to melding_lijst_id (SQL_SCAN).
 */
#include "store/melding_list.h"
#include "domain/fts.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "lib/log.h"

#include <stdlib.h>
#include <string.h>

const char *const melding_sort_ids[MSORT__MAX] = {
	"nieuwste", "oudste", "bevestigen", "terugkoppelen",
};
const char *const melding_sort_labels[MSORT__MAX] = {
	"Nieuwste eerst", "Oudste eerst", "Bevestigen uiterlijk", "Terugkoppelen uiterlijk",
};
const char *const melding_late_ids[MLATE__MAX] = {
	"", "bevestiging", "terugkoppeling", "beide",
};
const char *const melding_late_labels[MLATE__MAX] = {
	"Alle meldingen", "met bevestigen", "met terugkoppelen", "met een van beide",
};

const char *const melding_termijn_ids[MTERM__MAX] = {
	"", "bevestiging_op_tijd", "bevestiging_te_laat", "bevestiging_open",
	"terugkoppeling_op_tijd", "terugkoppeling_te_laat", "terugkoppeling_open",
	"terugkoppeling_binnen_streef", "te_laat", "open", "teruggekoppeld",
};
const char *const melding_termijn_labels[MTERM__MAX] = {
	"Alle meldingen",
	"Bevestigd binnen termijn",
	"Bevestiging te laat (ook te laat bevestigd)",
	"Nog te bevestigen, binnen termijn",
	"Teruggekoppeld binnen termijn",
	"Terugkoppeling te laat (ook te laat teruggekoppeld)",
	"Nog terug te koppelen, binnen termijn",
	"Teruggekoppeld binnen streefwaarde",
	"Te laat met bevestigen of terugkoppelen",
	"Nog open binnen termijn (bevestigen of terugkoppelen)",
	"Teruggekoppeld (tot en met de peildatum)",
};
const char *const melding_vandaag_ids[MVANDAAG__MAX] = { "", "bevestigen", "terugkoppelen" };
const char *const melding_vandaag_labels[MVANDAAG__MAX] = {
	"Geen filter", "Vandaag bevestigen", "Vandaag terugkoppelen",
};

/*
 * ontvangen_op orders by the business moment; ties (and equal days) fall
 * back to the id, which the indexes carry, so paging is stable.
 */
static const char *const order_by[MSORT__MAX] = {
	" ORDER BY m.ontvangen_op DESC, m.id DESC",
	" ORDER BY m.ontvangen_op ASC, m.id ASC",
	" ORDER BY m.bevestigen_dag ASC, m.id ASC",
	" ORDER BY m.terugkoppelen_dag ASC, m.id ASC",
};

static const char SQL_SELECT[] =
	"SELECT m.id, m.referentie, m.ontvangen_op, m.ontvangen_dag, m.kanaal, c.code, c.naam, c.pijler,"
	" m.adres_tekst, m.wijk_id, coalesce(w.naam, ''), coalesce(w.code, ''), m.status, m.assignee_id,"
	" coalesce(u.naam, ''), m.created_by, m.bevestigen_dag, m.terugkoppelen_dag, m.streef_dag,"
	" m.bevestigd_op, m.bevestigd_dag, m.teruggekoppeld_op, m.teruggekoppeld_dag, m.afgesloten_op"
	" FROM melding m";
static const char SQL_JOINS[] =
	" JOIN category c ON c.id = m.category_id"
	" LEFT JOIN area w ON w.id = m.wijk_id LEFT JOIN user u ON u.id = m.assignee_id"
	" WHERE 1";

/*
 * When many rows match, a page is found fastest by walking the index of the
 * sort order and skipping what does not match (50 of 20,000 matches turn
 * up within a few thousand rows); any other index would collect all the
 * matches and sort them. The count tells which case this is, so the page
 * query then names the index (from migration 0003) rather than leave the
 * choice to estimates. Below the threshold the planner's own choice (the
 * most selective filter's index, then a small sort) is the better one.
 */
#define WALK_MIN_ROWS 20000
static const char *const walk_index[MSORT__MAX] = {
	" INDEXED BY melding_ontvangen_op",
	" INDEXED BY melding_ontvangen_op",
	" INDEXED BY melding_bevestigen",
	" INDEXED BY melding_terugkoppelen",
};
static const char SQL_COUNT[] = "SELECT count(*) FROM melding m WHERE 1";
/*
 * Without any filter the whole list's total is the sum of the per-wijk
 * tally that migration 0012's triggers keep exact; counting a million
 * index entries on every page view cost 16 ms.
 */
static const char SQL_COUNT_ALL[] = "SELECT coalesce(sum(n), 0) FROM melding_telling";
static const char SQL_COUNT_WIJK[] = "SELECT coalesce(sum(n), 0) FROM melding_telling WHERE wijk_id = ?";
/* The viewer's wijken from the tally, plus what the viewer took in elsewhere (row 0 is "no wijk"). */
static const char C_TALLY_AREAS[] =
	"SELECT (SELECT coalesce(sum(n), 0) FROM melding_telling WHERE wijk_id > 0 AND wijk_id IN (?";
/* The same for open work alone, the list's default (n_open: migration 0032). */
static const char SQL_COUNT_ALL_OPEN[] = "SELECT coalesce(sum(n_open), 0) FROM melding_telling";
static const char SQL_COUNT_WIJK_OPEN[] = "SELECT coalesce(sum(n_open), 0) FROM melding_telling WHERE wijk_id = ?";
static const char C_TALLY_AREAS_OPEN[] =
	"SELECT (SELECT coalesce(sum(n_open), 0) FROM melding_telling WHERE wijk_id > 0 AND wijk_id IN (?";

/*
 * A search drives from the full-text index: each match is checked against
 * the scope and the filters, and the page chosen by the sort order, on the
 * narrow index melding_lijst_id (id, wijk_id, created_by, ontvangen_op)
 * rather than the wide melding rows. The same pass counts every match in
 * scope (count(*) OVER () is taken before LIMIT), so a common word is
 * walked once, not once for the count and again for the page. Only the
 * page's own rows are then read in full, by id.
 */
static const char SQL_HITS[] = "SELECT m.id, count(*) OVER () FROM melding m WHERE 1";
static const char W_IDS_OPEN[] = " AND m.id IN (?";
/*
 * A search with no filter besides the scope is counted on its own: for
 * the coördinator by the full-text index alone, which holds exactly the
 * meldingen (migration 0012); for a user bound to wijken per wijk on
 * melding_wijk_id, plus what the user took in elsewhere. The page then
 * walks the sort order's index, probing each entry against the matches,
 * and stops after a page, while that passes at most WALK_SEARCH_MAX
 * entries (about page * 50 * all / matches); past that, the one pass over
 * the matches (SQL_HITS).
 */
static const char SQL_COUNT_FTS[] = "SELECT count(*) FROM melding_fts WHERE melding_fts MATCH ?";
#define WALK_SEARCH_MAX 60000
/*
 * A search by a user bound to wijken, with no other filter, newest or
 * oldest first (?q=geluid for a wijkbeheerder: 25 ms at a million
 * meldingen): one pass over the matches gives the total and the page
 * together. Each match is looked up on melding_lijst_id (id, wijk_id,
 * created_by, ontvangen_op) straight from the full-text index's rowids
 * (a join), where "m.id IN (SELECT rowid ...)" first copied every match
 * into a temporary b-tree - once for each half of the count and once more
 * for the walk along the sort order, three times the work of this pass
 * (callgrind: 172 million instructions a page before, 56 after).
 * C counts the rows in scope and keeps the first page * 50 in the sort
 * order (search_scan()); the page's rows are then read by id.
 */
static const char SQL_SCAN[] =
	"SELECT m.id, m.ontvangen_op FROM melding_fts f CROSS JOIN melding m INDEXED BY melding_lijst_id"
	" ON m.id = f.rowid WHERE melding_fts MATCH ?";

/*
 * The fragments. Each names only columns of m (categories by subquery), so
 * the count needs no joins. The "te laat" fragments repeat the WHERE of
 * the partial indexes of migration 0003 word for word, so SQLite may use
 * them.
 */
/*
 * The scope, in two shapes. The viewer's wijken are bound one by one, so
 * the planner knows how many (it estimates an IN over a subquery at 25
 * values, and then scans the table).
 *
 * The count adds two disjoint counts - in the viewer's wijken, and taken in
 * by the viewer elsewhere - so each half can be answered from one index
 * (melding_wijk_lijst covers the usual filters) instead of fetching every
 * row of an OR.
 *
 * The page query keeps the scope's columns from choosing an index (unary
 * +): SQLite then walks the index of the sort order and stops after a page,
 * instead of collecting and sorting a whole wijk.
 */
static const char C_HEAD_AREAS[] = "SELECT (SELECT count(*) FROM melding m WHERE m.wijk_id IN (?";
static const char C_MID_AREAS[] =
	") + (SELECT count(*) FROM melding m WHERE m.created_by = ? AND (m.wijk_id IS NULL OR m.wijk_id NOT IN (?";
/*
 * A search's second half starts from what the viewer took in (few rows)
 * and probes the matches, rather than look up every match (see 0012).
 */
static const char C_MID_AREAS_FTS[] =
	") + (SELECT count(*) FROM melding m INDEXED BY melding_created_by WHERE m.created_by = ?"
	" AND (m.wijk_id IS NULL OR m.wijk_id NOT IN (?";
static const char C_TAIL_AREAS[] = ")";
static const char C_HEAD_OWN[] = "SELECT count(*) FROM melding m WHERE m.created_by = ?";
static const char W_SCOPE_OPEN[] = " AND (+m.wijk_id IN (?";
static const char W_SCOPE_CLOSE[] = ") OR +m.created_by = ?)";
static const char W_SCOPE_OWN[] = " AND +m.created_by = ?";
static const char W_AREAS_ONLY[] = " AND m.wijk_id IN (?";
static const char W_AREAS_ONLY_PLUS[] = " AND +m.wijk_id IN (?";
static const char W_MORE[] = ", ?";
static const char W_CLOSE_IN[] = ")";
static const char W_CLOSE_IN2[] = "))";
static const char W_STATUS[] = " AND m.status = ?";
/*
 * Open work: the same condition as the partial indexes of 0010 and 0013,
 * so they serve the count. A page of many open ones walks its sort order
 * instead (the newest are nearly all open; see OPEN_WALK_MIN): from the
 * partial index the planner sorted every open melding first, 46 ms of CPU
 * for 12,000 of 200,000, against 1 ms.
 */
static const char W_NOT_CLOSED[] = " AND m.status <> 'afgesloten'";
static const char W_NOT_CLOSED_PLUS[] = " AND +m.status <> 'afgesloten'";
/* Up to this many open ones the partial index and a small sort win (they may all be old). */
#define OPEN_WALK_MIN 1000
static const char W_CATEGORIE[] = " AND m.category_id = (SELECT id FROM category WHERE code = ?)";
static const char W_PIJLER[] = " AND m.category_id IN (SELECT id FROM category WHERE pijler = ?)";
static const char W_WIJK[] = " AND m.wijk_id = ?";
static const char W_ONBEKEND[] = " AND m.wijk_id IS NULL";
static const char W_ASSIGNEE[] = " AND m.assignee_id = ?";
static const char W_UNASSIGNED[] = " AND m.assignee_id IS NULL";
/* Most rows have nobody (closed long ago): in the page, walk the sort order instead. */
static const char W_UNASSIGNED_PLUS[] = " AND +m.assignee_id IS NULL";
static const char W_KANAAL[] = " AND m.kanaal = ?";
static const char W_LATE_BEV[] =
	" AND m.bevestigd_op IS NULL AND m.status <> 'afgesloten' AND m.bevestigen_dag < ?";
static const char W_LATE_TER[] =
	" AND m.teruggekoppeld_op IS NULL AND m.status <> 'afgesloten' AND m.terugkoppelen_dag < ?";
/*
 * Late on either: the two sets above, each read from its own partial index
 * (an OR of the two would make SQLite walk a whole wijk instead).
 */
static const char W_LATE_BEIDE[] =
	" AND m.id IN (SELECT id FROM melding WHERE bevestigd_op IS NULL AND status <> 'afgesloten'"
	" AND bevestigen_dag < ? UNION SELECT id FROM melding WHERE teruggekoppeld_op IS NULL"
	" AND status <> 'afgesloten' AND terugkoppelen_dag < ?)";
/*
 * Due today: the "te laat" fragments with "=" for "<", so the same partial
 * indexes serve.
 */
static const char W_VANDAAG_BEV[] =
	" AND m.bevestigd_op IS NULL AND m.status <> 'afgesloten' AND m.bevestigen_dag = ?";
static const char W_VANDAAG_TER[] =
	" AND m.teruggekoppeld_op IS NULL AND m.status <> 'afgesloten' AND m.terugkoppelen_dag = ?";
/*
 * The term figures as of a peildatum P (melding_list.h; domain/kpi.c's
 * count_term() is the definition). They read the day columns, as the KPIs
 * do, not the moments: a confirmation recorded with a moment after P has
 * not happened yet. "Te laat" is written as one comparison: the due day
 * lies before the day the fact was met when that is P or earlier, and
 * before P when it is not (min(met, P), with a missing fact read as P).
 * Every ? is P. No index narrows these; the period (and wijk) do, and the
 * dashboard always links with a period.
 */
static const char W_BEV_OP_TIJD[] = " AND m.bevestigd_dag <= ? AND m.bevestigd_dag <= m.bevestigen_dag";
static const char W_BEV_TE_LAAT[] = " AND m.bevestigen_dag < min(coalesce(m.bevestigd_dag, ?), ?)";
static const char W_BEV_OPEN[] = " AND (m.bevestigd_dag IS NULL OR m.bevestigd_dag > ?) AND m.bevestigen_dag >= ?";
static const char W_TER_OP_TIJD[] =
	" AND m.teruggekoppeld_dag <= ? AND m.teruggekoppeld_dag <= m.terugkoppelen_dag";
static const char W_TER_TE_LAAT[] = " AND m.terugkoppelen_dag < min(coalesce(m.teruggekoppeld_dag, ?), ?)";
static const char W_TER_OPEN[] =
	" AND (m.teruggekoppeld_dag IS NULL OR m.teruggekoppeld_dag > ?) AND m.terugkoppelen_dag >= ?";
static const char W_TER_STREEF[] = " AND m.teruggekoppeld_dag <= ? AND m.teruggekoppeld_dag <= m.streef_dag";
static const char W_TE_LAAT[] =
	" AND (m.bevestigen_dag < min(coalesce(m.bevestigd_dag, ?), ?)"
	" OR m.terugkoppelen_dag < min(coalesce(m.teruggekoppeld_dag, ?), ?))";
static const char W_OPEN[] =
	" AND (((m.bevestigd_dag IS NULL OR m.bevestigd_dag > ?) AND m.bevestigen_dag >= ?)"
	" OR ((m.teruggekoppeld_dag IS NULL OR m.teruggekoppeld_dag > ?) AND m.terugkoppelen_dag >= ?))";
static const char W_TERUGGEKOPPELD[] = " AND m.teruggekoppeld_dag <= ?";
/* Per termijn: its fragment and how many times P is bound. */
static const struct {
	const char *sql;
	int n_peil;
} termijn_where[MTERM__MAX] = {
	[MTERM_BEV_OP_TIJD] = { W_BEV_OP_TIJD, 1 },
	[MTERM_BEV_TE_LAAT] = { W_BEV_TE_LAAT, 2 },
	[MTERM_BEV_OPEN] = { W_BEV_OPEN, 2 },
	[MTERM_TER_OP_TIJD] = { W_TER_OP_TIJD, 1 },
	[MTERM_TER_TE_LAAT] = { W_TER_TE_LAAT, 2 },
	[MTERM_TER_OPEN] = { W_TER_OPEN, 2 },
	[MTERM_TER_STREEF] = { W_TER_STREEF, 1 },
	[MTERM_TE_LAAT] = { W_TE_LAAT, 4 },
	[MTERM_OPEN] = { W_OPEN, 4 },
	[MTERM_TERUGGEKOPPELD] = { W_TERUGGEKOPPELD, 1 },
};
/*
 * The period: on the receipt day in the count (covered by melding_wijk), and
 * as the same bounds on the receipt moment in the page query, where the
 * range and the sort order are then one index.
 */
static const char W_VAN[] = " AND m.ontvangen_dag >= ?";
static const char W_TOT[] = " AND m.ontvangen_dag <= ?";
static const char W_VAN_OP[] = " AND m.ontvangen_op >= ?";
static const char W_TOT_OP[] = " AND m.ontvangen_op < ?";
static const char W_FTS[] = " AND m.id IN (SELECT rowid FROM melding_fts WHERE melding_fts MATCH ?)";

static const char SQL_WIJKEN[] = "SELECT id, id, code, naam FROM area WHERE soort = 'wijk' ORDER BY naam, id";
static const char SQL_BUURTEN[] =
	"SELECT b.id, b.wijk_id, b.code, b.naam FROM area b LEFT JOIN area w ON w.id = b.wijk_id"
	" WHERE b.soort = 'buurt' ORDER BY w.naam, b.naam, b.id";
static const char SQL_WIJK_BY_CODE[] = "SELECT id FROM area WHERE code = ? AND soort = 'wijk'";
static const char SQL_STAFF[] =
	"SELECT u.id, u.naam, u.role,"
	" EXISTS (SELECT 1 FROM user_area ua WHERE ua.user_id = u.id AND ua.area_id = ?)"
	" FROM user u WHERE u.active = 1 AND u.role IN ('wijkbeheerder', 'sociaal_beheerder',"
	" 'leefbaarheidsmedewerker', 'ondersteuner', 'coordinator') ORDER BY u.naam, u.id";
/* Open ones, as the queue the list opens on (status=open) holds: the partial index of 0013 counts them. */
static const char SQL_ONBEKEND[] = "SELECT count(*) FROM melding WHERE wijk_id IS NULL AND status <> 'afgesloten'";

static int parse_id(const char *const *ids, int n, const char *id)
{
	if (!id)
		return -1;
	for (int i = 0; i < n; i++)
		if (!strcmp(ids[i], id))
			return i;
	return -1;
}

/* The status ids first, in their order: a filter's index below MS__MAX is the status. */
_Static_assert(MS__MAX == 5, "melding_status_filter_ids lists the statuses");
const char *const melding_status_filter_ids[MELDING_STATUS_FILTER__MAX] = {
	"nieuw", "bevestigd", "in_behandeling", "teruggekoppeld", "afgesloten", "open", "alle",
};
const char *const melding_status_filter_labels[MELDING_STATUS_FILTER__MAX] = {
	"Nieuw", "Bevestigd", "In behandeling", "Teruggekoppeld", "Afgesloten", "Open (niet afgesloten)", "Alle",
};

int melding_sort_parse(const char *id) { return parse_id(melding_sort_ids, MSORT__MAX, id); }
int melding_late_parse(const char *id) { return parse_id(melding_late_ids, MLATE__MAX, id); }
int melding_termijn_parse(const char *id) { return parse_id(melding_termijn_ids, MTERM__MAX, id); }
int melding_vandaag_parse(const char *id) { return parse_id(melding_vandaag_ids, MVANDAAG__MAX, id); }

void melding_filter_clear(struct melding_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->status = -1;
	f->pijler = -1;
	f->kanaal = -1;
	f->late = MLATE_ANY;
	f->vandaag = MVANDAAG_ANY;
	f->termijn = MTERM_ANY;
	f->sort = MSORT_ONTVANGEN_DESC;
}

/* ---- the list ---- */

/* One value to bind, in the order the fragments were added. */
struct bind {
	char kind;                 /* 'I' integer, 't' text */
	int64_t i;
	const char *t;
};

struct query {
	struct buf sql;
	struct bind b[2 * (MELDING_LIST_AREAS_MAX + 24)];
	int n;
};

static void add(struct query *q, const char *frag)
{
	buf_addstr(&q->sql, frag);
}

static void bind_int(struct query *q, int64_t v)
{
	q->b[q->n++] = (struct bind){ .kind = 'I', .i = v };
}

static void bind_text(struct query *q, const char *v)
{
	q->b[q->n++] = (struct bind){ .kind = 't', .t = v };
}

/* ", ?" for the viewer's wijken after the first, each bound. */
static void more_areas(struct query *q, const struct melding_filter *f, int n)
{
	bind_int(q, f->viewer_areas[0]);
	for (int i = 1; i < n; i++) {
		add(q, W_MORE);
		bind_int(q, f->viewer_areas[i]);
	}
}

static int n_areas(const struct melding_filter *f)
{
	if (!f->viewer_areas)
		return 0;
	return f->n_viewer_areas < MELDING_LIST_AREAS_MAX ? f->n_viewer_areas : MELDING_LIST_AREAS_MAX;
}

/*
 * The filters other than the scope; page: the page query's variant (2: of
 * more than OPEN_WALK_MIN rows, where open work walks the sort order).
 */
static void filters(const struct melding_filter *f, const char *fts, int page, struct query *q)
{
	if (f->status >= 0 && f->status < MS__MAX) {
		add(q, W_STATUS);
		bind_text(q, melding_status_ids[f->status]);
	} else if (f->status == MELDING_STATUS_OPEN) {
		add(q, page == 2 ? W_NOT_CLOSED_PLUS : W_NOT_CLOSED);
	}
	if (f->categorie && f->categorie[0]) {
		add(q, W_CATEGORIE);
		bind_text(q, f->categorie);
	}
	if (f->pijler >= 0 && f->pijler < PIJLER__MAX) {
		add(q, W_PIJLER);
		bind_text(q, pijler_ids[f->pijler]);
	}
	if (f->wijk_onbekend) {
		add(q, W_ONBEKEND);
	} else if (f->wijk_id > 0) {
		add(q, W_WIJK);
		bind_int(q, f->wijk_id);
	}
	if (f->assignee_id == MELDING_ASSIGNEE_NONE) {
		add(q, page ? W_UNASSIGNED_PLUS : W_UNASSIGNED);
	} else if (f->assignee_id > 0) {
		add(q, W_ASSIGNEE);
		bind_int(q, f->assignee_id);
	}
	if (f->kanaal >= 0 && f->kanaal < KANAAL__MAX) {
		add(q, W_KANAAL);
		bind_text(q, kanaal_ids[f->kanaal]);
	}
	switch (f->late) {
	case MLATE_BEVESTIGING:
		add(q, W_LATE_BEV);
		bind_int(q, f->today);
		break;
	case MLATE_TERUGKOPPELING:
		add(q, W_LATE_TER);
		bind_int(q, f->today);
		break;
	case MLATE_BEIDE:
		add(q, W_LATE_BEIDE);
		bind_int(q, f->today);
		bind_int(q, f->today);
		break;
	case MLATE_ANY:
	case MLATE__MAX:
		break;
	}
	switch (f->vandaag) {
	case MVANDAAG_BEVESTIGEN:
		add(q, W_VANDAAG_BEV);
		bind_int(q, f->today);
		break;
	case MVANDAAG_TERUGKOPPELEN:
		add(q, W_VANDAAG_TER);
		bind_int(q, f->today);
		break;
	case MVANDAAG_ANY:
	case MVANDAAG__MAX:
		break;
	}
	/*
	 * A term figure counts the meldingen received by its peildatum, so
	 * the peildatum closes the period like a "tot" (the earlier of the two).
	 */
	int term = f->termijn > MTERM_ANY && f->termijn < MTERM__MAX;
	int32_t peil = f->has_peildatum ? f->peildatum : f->today;
	int has_tot = f->has_tot || f->has_peildatum || term;
	int32_t tot = f->has_tot ? f->tot : peil;
	if ((f->has_peildatum || term) && peil < tot)
		tot = peil;
	if (term) {
		add(q, termijn_where[f->termijn].sql);
		for (int i = 0; i < termijn_where[f->termijn].n_peil; i++)
			bind_int(q, peil);
	}
	if (f->has_van) {
		add(q, page ? W_VAN_OP : W_VAN);
		bind_int(q, page ? amsterdam_day_start(f->van) : f->van);
	}
	if (has_tot) {
		add(q, page ? W_TOT_OP : W_TOT);
		bind_int(q, page ? amsterdam_day_start(tot + 1) : tot);
	}
	if (fts) {
		add(q, W_FTS);
		bind_text(q, fts);
	}
	/* As a filter, so every shape of the scope drops what was taken in elsewhere (none: nothing). */
	if (f->areas_only && !f->viewer_all_areas) {
		int n = n_areas(f);
		if (n > 0) {
			add(q, page ? W_AREAS_ONLY_PLUS : W_AREAS_ONLY);
			more_areas(q, f, n);
			add(q, W_CLOSE_IN);
		} else {
			add(q, " AND 0");
		}
	}
}

/* Whether f filters on anything besides the scope (fts: the search, if any). */
static int has_filters(const struct melding_filter *f, const char *fts)
{
	struct query q = { .sql = BUF_INIT };

	filters(f, fts, 0, &q);
	int any = q.sql.len > 0;
	buf_release(&q.sql);
	return any;
}

/* Whether wijk is one of the first n of the viewer's wijken (all of that wijk is in scope). */
static int in_areas(const struct melding_filter *f, int n, int64_t wijk)
{
	for (int i = 0; i < n; i++)
		if (f->viewer_areas[i] == wijk)
			return 1;
	return 0;
}

/* SELECT count(*) ... for f within its scope. */
static void build_count(const struct melding_filter *f, const char *fts, struct query *q)
{
	int n = n_areas(f);

	/* Open work or every status, and nothing else: the tally answers. */
	int open = f->status == MELDING_STATUS_OPEN;
	struct melding_filter plain = *f, other;
	if (open)
		plain.status = -1;
	other = plain;
	other.wijk_id = 0;
	if (f->viewer_all_areas && !has_filters(&plain, fts)) {
		add(q, open ? SQL_COUNT_ALL_OPEN : SQL_COUNT_ALL);
		return;
	}
	if (f->wijk_id > 0 && !f->wijk_onbekend && !has_filters(&other, fts) &&
	    (f->viewer_all_areas || in_areas(f, n, f->wijk_id))) {
		add(q, open ? SQL_COUNT_WIJK_OPEN : SQL_COUNT_WIJK);
		bind_int(q, f->wijk_id);
		return;
	}
	if (!f->viewer_all_areas && n > 0 && !has_filters(&plain, fts)) {
		add(q, open ? C_TALLY_AREAS_OPEN : C_TALLY_AREAS);
		more_areas(q, f, n);
		add(q, W_CLOSE_IN);
		add(q, C_MID_AREAS);
		bind_int(q, f->viewer_id);
		more_areas(q, f, n);
		add(q, W_CLOSE_IN2);
		if (open)
			add(q, W_NOT_CLOSED);
		add(q, C_TAIL_AREAS);
		return;
	}
	if (f->viewer_all_areas) {
		add(q, SQL_COUNT);
	} else if (n > 0) {
		add(q, C_HEAD_AREAS);
		more_areas(q, f, n);
		add(q, W_CLOSE_IN);
		filters(f, fts, 0, q);
		add(q, fts ? C_MID_AREAS_FTS : C_MID_AREAS);
		bind_int(q, f->viewer_id);
		more_areas(q, f, n);
		add(q, W_CLOSE_IN2);
		filters(f, fts, 0, q);
		add(q, C_TAIL_AREAS);
		return;
	} else {
		add(q, C_HEAD_OWN);
		bind_int(q, f->viewer_id);
	}
	filters(f, fts, 0, q);
}

/* The page query's scope: " AND (+m.wijk_id IN (...) OR +m.created_by = ?)". */
static void page_scope(const struct melding_filter *f, struct query *q)
{
	int n = n_areas(f);

	if (f->viewer_all_areas)
		return;
	if (n > 0) {
		add(q, W_SCOPE_OPEN);
		more_areas(q, f, n);
		add(q, W_SCOPE_CLOSE);
	} else {
		add(q, W_SCOPE_OWN);
	}
	bind_int(q, f->viewer_id);
}

/*
 * SELECT the rows ... WHERE, for f within its scope; ORDER BY and LIMIT
 * follow. total: how many match (above WALK_MIN_ROWS the page names its
 * sort order's index; above OPEN_WALK_MIN open work walks it).
 */
static void build_page(const struct melding_filter *f, const char *fts, int64_t total, struct query *q)
{
	/*
	 * Many open ones by date: walk the open meldingen alone, in date order
	 * (migration 0032), not the whole date index past every closed one.
	 * The plain status condition lets SQLite use that partial index.
	 */
	int open_walk = f->status == MELDING_STATUS_OPEN && total > OPEN_WALK_MIN &&
			(f->sort == MSORT_ONTVANGEN_DESC || f->sort == MSORT_ONTVANGEN_ASC);

	add(q, SQL_SELECT);
	if (open_walk)
		add(q, " INDEXED BY melding_open_lijst");
	else if (total > WALK_MIN_ROWS)
		add(q, walk_index[f->sort]);
	add(q, SQL_JOINS);
	page_scope(f, q);
	filters(f, fts, !open_walk && total > OPEN_WALK_MIN ? 2 : 1, q);
}

/* A search's ids for page `page` (1-based) and the total, in one pass (see SQL_HITS). */
static void build_hits(const struct melding_filter *f, const char *fts, int page, struct query *q)
{
	add(q, SQL_HITS);
	page_scope(f, q);
	filters(f, fts, 1, q);
	add(q, order_by[f->sort]);
	add(q, " LIMIT ? OFFSET ?");
	bind_int(q, MELDING_LIST_PER_PAGE);
	bind_int(q, (int64_t)(page - 1) * MELDING_LIST_PER_PAGE);
}

/* The one pass of an area-bound search (see SQL_SCAN). */
static void build_scan(const struct melding_filter *f, const char *fts, struct query *q)
{
	add(q, SQL_SCAN);
	bind_text(q, fts);
	page_scope(f, q);
}

/* Whether SQL_SCAN serves f's search: bound to wijken, no other filter, sorted by receipt. */
static int scan_applies(const struct melding_filter *f)
{
	return !f->viewer_all_areas && n_areas(f) > 0 && !has_filters(f, NULL) &&
	       (f->sort == MSORT_ONTVANGEN_DESC || f->sort == MSORT_ONTVANGEN_ASC);
}

/* The full rows of the n ids a search put on the page, in the page's order. */
static void build_rows(const int64_t *ids, int n, enum melding_sort sort, struct query *q)
{
	add(q, SQL_SELECT);
	add(q, SQL_JOINS);
	add(q, W_IDS_OPEN);
	bind_int(q, ids[0]);
	for (int i = 1; i < n; i++) {
		add(q, W_MORE);
		bind_int(q, ids[i]);
	}
	add(q, W_CLOSE_IN);
	add(q, order_by[sort]);
}

/* The query's statement, cached per connection by its text (db_stmt_text()), bound; end with db_done(). */
static sqlite3_stmt *prepare(struct db *db, const struct query *q)
{
	sqlite3_stmt *st = db_stmt_text(db, q->sql.buf);
	int rc = SQLITE_OK;

	if (!st)
		return NULL;
	for (int i = 0; i < q->n && rc == SQLITE_OK; i++)
		rc = q->b[i].kind == 'I' ? sqlite3_bind_int64(st, i + 1, q->b[i].i)
					 : sqlite3_bind_text(st, i + 1, q->b[i].t, -1, SQLITE_STATIC);
	if (rc != SQLITE_OK) {
		log_error("melding list bind: %s", sqlite3_errstr(rc));
		db_done(st);
		return NULL;
	}
	return st;
}

static int64_t opt_int(sqlite3_stmt *st, int col, int64_t none)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? none : sqlite3_column_int64(st, col);
}

static int read_row(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct melding_row *r = row;
	int i = 0, k;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, i++);
	db_copy_text(st, i++, r->referentie, sizeof(r->referentie));
	r->ontvangen_op = sqlite3_column_int64(st, i++);
	r->ontvangen_dag = sqlite3_column_int(st, i++);
	k = kanaal_parse((const char *)sqlite3_column_text(st, i++));
	r->kanaal = k < 0 ? KANAAL_WEBFORMULIER : (enum kanaal)k;
	r->categorie_code = db_text(st, i++, a);
	r->categorie_naam = db_text(st, i++, a);
	k = pijler_parse((const char *)sqlite3_column_text(st, i++));
	r->pijler = k < 0 ? PIJLER_SAMEN_WONEN : (enum pijler)k;
	r->adres_tekst = db_text(st, i++, a);
	r->wijk_id = sqlite3_column_int64(st, i++);
	r->wijk_naam = db_text(st, i++, a);
	r->wijk_code = db_text(st, i++, a);
	k = melding_status_parse((const char *)sqlite3_column_text(st, i++));
	r->status = k < 0 ? MS_NIEUW : (enum melding_status)k;
	r->assignee_id = sqlite3_column_int64(st, i++);
	r->assignee_naam = db_text(st, i++, a);
	r->created_by = sqlite3_column_int64(st, i++);
	r->due.bevestigen = sqlite3_column_int(st, i++);
	r->due.terugkoppelen = sqlite3_column_int(st, i++);
	r->due.streef = sqlite3_column_int(st, i++);
	r->bevestigd_op = opt_int(st, i++, 0);
	r->bevestigd_dag = (int32_t)opt_int(st, i++, -1);
	r->teruggekoppeld_op = opt_int(st, i++, 0);
	r->teruggekoppeld_dag = (int32_t)opt_int(st, i++, -1);
	r->afgesloten_op = opt_int(st, i++, 0);
	return 0;
}

/* Sets page and pages from total and the page asked for. */
static void paginate(struct melding_page *out, int page)
{
	int64_t pages = (out->total + MELDING_LIST_PER_PAGE - 1) / MELDING_LIST_PER_PAGE;
	out->pages = pages < 1 ? 1 : pages > 1000000000 ? 1000000000 : (int)pages;
	out->page = page < 1 ? 1 : page > out->pages ? out->pages : page;
}

/* The page's rows, read whole by their ids (at most a page of them) in the sort order into out. 0/-1. */
static int rows_by_id(struct db *db, struct arena *a, const int64_t *ids, int n, enum melding_sort sort,
		      struct melding_page *out)
{
	if (n == 0)
		return 0;
	struct query q = { .sql = BUF_INIT };
	build_rows(ids, n, sort, &q);
	sqlite3_stmt *st = prepare(db, &q);
	buf_release(&q.sql);
	if (!st)
		return -1;
	n = db_fill(db, st, a, read_row, out->rows, sizeof(*out->rows), MELDING_LIST_PER_PAGE, "melding list");
	db_done(st);
	if (n < 0)
		return -1;
	out->n = n;
	return 0;
}

/* One pass of SQL_HITS for page `page`: up to a page of ids into ids, and *total. 0/-1. */
static int search_ids(struct db *db, const struct melding_filter *f, const char *fts, int page,
		      int64_t *ids, int *n, int64_t *total)
{
	struct query q = { .sql = BUF_INIT };
	int rc;

	build_hits(f, fts, page, &q);
	sqlite3_stmt *st = prepare(db, &q);
	buf_release(&q.sql);
	if (!st)
		return -1;
	*n = 0;
	*total = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < MELDING_LIST_PER_PAGE) {
		ids[(*n)++] = sqlite3_column_int64(st, 0);
		*total = sqlite3_column_int64(st, 1);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		log_error("melding list search: %s", sqlite3_errmsg(db_handle(db)));
	db_done(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/*
 * A search with no filter but the scope (see SQL_COUNT_FTS): the count,
 * then the walk along the sort order. 0 done, 1 when the walk would be
 * long (the caller takes the pass over the matches), -1 error.
 */
static int search_walk(struct db *db, struct arena *a, const struct melding_filter *f, const char *fts,
		       int page, struct melding_page *out)
{
	int64_t all = db_int(db, SQL_COUNT_ALL, -1, NULL);
	if (f->viewer_all_areas) {
		out->total = db_int(db, SQL_COUNT_FTS, -1, "t", fts);
	} else {
		struct query qc = { .sql = BUF_INIT };
		build_count(f, fts, &qc);
		sqlite3_stmt *st = prepare(db, &qc);
		buf_release(&qc.sql);
		if (!st || db_one(db, st, NULL, db_read_int64, &out->total, "melding list count") <= 0)
			out->total = -1;
		db_done(st);
	}
	if (all < 0 || out->total < 0)
		return -1;
	paginate(out, page);
	if (out->total == 0)
		return 0;
	if ((double)out->page * MELDING_LIST_PER_PAGE * (double)all / (double)out->total > WALK_SEARCH_MAX)
		return 1;

	struct query q = { .sql = BUF_INIT };
	build_page(f, fts, INT64_MAX, &q);   /* walks the sort order, as decided above */
	add(&q, order_by[f->sort]);
	add(&q, " LIMIT ? OFFSET ?");
	bind_int(&q, MELDING_LIST_PER_PAGE);
	bind_int(&q, (int64_t)(out->page - 1) * MELDING_LIST_PER_PAGE);
	sqlite3_stmt *st = prepare(db, &q);
	buf_release(&q.sql);
	if (!st)
		return -1;
	int n = db_fill(db, st, a, read_row, out->rows, sizeof(*out->rows), MELDING_LIST_PER_PAGE, "melding list");
	db_done(st);
	if (n < 0)
		return -1;
	out->n = n;
	return 0;
}

/* A match in scope: its place in the list. */
struct hit {
	int64_t op, id;
};

/* Whether a comes before b in the list (newest first when desc). */
static int hit_before(const struct hit *a, const struct hit *b, int desc)
{
	int later = a->op != b->op ? a->op > b->op : a->id > b->id;
	return desc ? later : !later;
}

/*
 * The k hits that come first, kept as a heap whose root is the one that
 * comes last of them, so a hit that beats it replaces it.
 */
struct first_k {
	struct hit *h;
	int n, cap;
	int64_t k;
	int desc;
	struct arena *a;
};

static void sift_down(struct first_k *x, int i)
{
	for (;;) {
		int l = 2 * i + 1, r = l + 1, last = i;
		if (l < x->n && hit_before(&x->h[last], &x->h[l], x->desc))
			last = l;
		if (r < x->n && hit_before(&x->h[last], &x->h[r], x->desc))
			last = r;
		if (last == i)
			return;
		struct hit t = x->h[i];
		x->h[i] = x->h[last];
		x->h[last] = t;
		i = last;
	}
}

static void keep(struct first_k *x, struct hit h)
{
	if (x->n < x->k) {
		if (x->n == x->cap)
			x->h = arena_grow(x->a, x->h, &x->cap, sizeof(*x->h));
		int i = x->n++;
		x->h[i] = h;
		/* sift up: the parent must come after (or with) the child */
		while (i > 0 && hit_before(&x->h[(i - 1) / 2], &x->h[i], x->desc)) {
			struct hit t = x->h[i];
			x->h[i] = x->h[(i - 1) / 2];
			x->h[(i - 1) / 2] = t;
			i = (i - 1) / 2;
		}
	} else if (x->k > 0 && hit_before(&h, &x->h[0], x->desc)) {
		x->h[0] = h;
		sift_down(x, 0);
	}
}

static int cmp_desc(const void *a, const void *b)
{
	return hit_before(a, b, 1) ? -1 : hit_before(b, a, 1) ? 1 : 0;
}

static int cmp_asc(const void *a, const void *b)
{
	return hit_before(a, b, 0) ? -1 : hit_before(b, a, 0) ? 1 : 0;
}

/*
 * The search of SQL_SCAN: the exact total, and page `page` (past the end:
 * the last) from the first page * 50 matches kept on the way. 0/-1.
 */
static int search_scan(struct db *db, struct arena *a, const struct melding_filter *f, const char *fts,
		       int page, struct melding_page *out)
{
	struct first_k x = { .cap = 64, .k = (int64_t)page * MELDING_LIST_PER_PAGE,
			     .desc = f->sort == MSORT_ONTVANGEN_DESC, .a = a };
	struct query q = { .sql = BUF_INIT };
	int rc;

	x.h = arena_alloc(a, (size_t)x.cap * sizeof(*x.h));
	build_scan(f, fts, &q);
	sqlite3_stmt *st = prepare(db, &q);
	buf_release(&q.sql);
	if (!st)
		return -1;
	out->total = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->total++;
		keep(&x, (struct hit){ .id = sqlite3_column_int64(st, 0), .op = sqlite3_column_int64(st, 1) });
	}
	if (rc != SQLITE_DONE)
		log_error("melding list search: %s", sqlite3_errmsg(db_handle(db)));
	db_done(st);
	if (rc != SQLITE_DONE)
		return -1;
	paginate(out, page);
	qsort(x.h, (size_t)x.n, sizeof(*x.h), x.desc ? cmp_desc : cmp_asc);

	int64_t ids[MELDING_LIST_PER_PAGE];
	int n = 0;
	for (int64_t i = (int64_t)(out->page - 1) * MELDING_LIST_PER_PAGE; i < x.n && n < MELDING_LIST_PER_PAGE; i++)
		ids[n++] = x.h[i].id;
	return rows_by_id(db, a, ids, n, f->sort, out);
}

/*
 * A search's page: ids and total in one pass, then the rows by id. A page
 * past the end returns no row and so no total: page 1 then tells the
 * total, and the last page is taken. 0/-1.
 */
static int search_page(struct db *db, struct arena *a, const struct melding_filter *f, const char *fts,
		       int page, struct melding_page *out)
{
	int64_t ids[MELDING_LIST_PER_PAGE];
	int n;

	if (page < 1)
		page = 1;
	if (scan_applies(f))
		return search_scan(db, a, f, fts, page, out);
	if (!has_filters(f, NULL)) {
		int r = search_walk(db, a, f, fts, page, out);
		if (r <= 0)
			return r;
	}
	if (search_ids(db, f, fts, page, ids, &n, &out->total) < 0)
		return -1;
	if (n == 0 && page > 1) {
		if (search_ids(db, f, fts, 1, ids, &n, &out->total) < 0)
			return -1;
		paginate(out, page);
		if (out->page > 1 && search_ids(db, f, fts, out->page, ids, &n, &out->total) < 0)
			return -1;
	} else {
		paginate(out, page);
	}
	return rows_by_id(db, a, ids, n, f->sort, out);
}

enum store_result melding_list(struct db *db, struct arena *a, const struct melding_filter *f,
			       int page, struct melding_page *out)
{
	struct query qc = { .sql = BUF_INIT }, qp = { .sql = BUF_INIT };
	struct buf fts = BUF_INIT;
	enum store_result r = STORE_ERROR;
	sqlite3_stmt *st = NULL;

	memset(out, 0, sizeof(*out));
	out->per_page = MELDING_LIST_PER_PAGE;
	out->page = out->pages = 1;
	out->rows = arena_alloc(a, MELDING_LIST_PER_PAGE * sizeof(*out->rows));

	/* Without a viewer there is no scope to stand on: nothing. */
	if (!f->viewer_all_areas && f->viewer_id <= 0)
		return STORE_OK;
	const char *match = fts_query(f->q, &fts) ? fts.buf : NULL;
	struct melding_filter sorted = *f;
	if ((unsigned)sorted.sort >= MSORT__MAX)
		sorted.sort = MSORT_ONTVANGEN_DESC;

	if (match) {
		if (search_page(db, a, &sorted, match, page, out) == 0)
			r = STORE_OK;
		goto out;
	}

	build_count(f, match, &qc);
	st = prepare(db, &qc);
	/* count(*) always answers one row. */
	if (!st || db_one(db, st, NULL, db_read_int64, &out->total, "melding list count") <= 0)
		goto out;
	db_done(st);
	st = NULL;

	paginate(out, page);
	if (out->total == 0) {
		r = STORE_OK;
		goto out;
	}

	build_page(&sorted, match, out->total, &qp);
	add(&qp, order_by[sorted.sort]);
	add(&qp, " LIMIT ? OFFSET ?");
	bind_int(&qp, MELDING_LIST_PER_PAGE);
	bind_int(&qp, (int64_t)(out->page - 1) * MELDING_LIST_PER_PAGE);
	st = prepare(db, &qp);
	if (!st)
		goto out;
	int n = db_fill(db, st, a, read_row, out->rows, sizeof(*out->rows), MELDING_LIST_PER_PAGE, "melding list");
	if (n < 0)
		goto out;
	out->n = n;
	r = STORE_OK;
out:
	db_done(st);
	buf_release(&qc.sql);
	buf_release(&qp.sql);
	buf_release(&fts);
	return r;
}

int melding_list_sql(const struct melding_filter *f, int64_t total, struct buf sql[2])
{
	struct query q[2] = { { .sql = BUF_INIT }, { .sql = BUF_INIT } };
	struct buf fts = BUF_INIT;
	struct melding_filter sorted = *f;
	int64_t ids[MELDING_LIST_PER_PAGE] = { 0 };

	if ((unsigned)sorted.sort >= MSORT__MAX)
		sorted.sort = MSORT_ONTVANGEN_DESC;
	const char *match = fts_query(f->q, &fts) ? fts.buf : NULL;
	if (match && scan_applies(&sorted)) {
		build_scan(&sorted, match, &q[0]);
		build_rows(ids, MELDING_LIST_PER_PAGE, sorted.sort, &q[1]);
	} else if (match && !has_filters(f, NULL)) {
		if (f->viewer_all_areas)
			add(&q[0], SQL_COUNT_FTS);
		else
			build_count(&sorted, match, &q[0]);
		build_page(&sorted, match, INT64_MAX, &q[1]);
		add(&q[1], order_by[sorted.sort]);
		add(&q[1], " LIMIT ? OFFSET ?");
	} else if (match) {
		build_hits(&sorted, match, 1, &q[0]);
		build_rows(ids, MELDING_LIST_PER_PAGE, sorted.sort, &q[1]);
	} else {
		build_count(&sorted, NULL, &q[0]);
		build_page(&sorted, NULL, total, &q[1]);
		add(&q[1], order_by[sorted.sort]);
		add(&q[1], " LIMIT ? OFFSET ?");
	}
	for (int i = 0; i < 2; i++) {
		buf_add(&sql[i], q[i].sql.buf, q[i].sql.len);
		buf_release(&q[i].sql);
	}
	buf_release(&fts);
	return 2;
}

/* ---- look-ups ---- */

static int read_area(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct area_item *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->wijk_id = sqlite3_column_int64(st, 1);
	x->code = db_text(st, 2, a);
	x->naam = db_text(st, 3, a);
	return 0;
}

static int areas(struct db *db, struct arena *a, const char *sql, struct area_item **out)
{
	sqlite3_stmt *st = db_stmt(db, sql);
	int n;

	*out = NULL;
	*out = db_rows(db, st, a, read_area, sizeof(**out), &n, "areas");
	return n;
}

int melding_list_wijken(struct db *db, struct arena *a, struct area_item **out)
{
	return areas(db, a, SQL_WIJKEN, out);
}

int melding_list_buurten(struct db *db, struct arena *a, struct area_item **out)
{
	return areas(db, a, SQL_BUURTEN, out);
}

int64_t melding_list_wijk_by_code(struct db *db, const char *code)
{
	return code ? db_int(db, SQL_WIJK_BY_CODE, 0, "t", code) : 0;
}

static int read_staff(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct staff_user *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->naam = db_text(st, 1, a);
	int role = role_parse((const char *)sqlite3_column_text(st, 2));
	x->role = role < 0 ? ROLE_ANONYMOUS : (enum role)role;
	x->in_wijk = sqlite3_column_int(st, 3);
	return 0;
}

int melding_staff_users(struct db *db, struct arena *a, int64_t wijk_id, struct staff_user **out)
{
	sqlite3_stmt *st = db_query(db, SQL_STAFF, "I", wijk_id);
	int n;

	*out = NULL;
	*out = db_rows(db, st, a, read_staff, sizeof(**out), &n, "staff users");
	/* Bound to a wijk only when one was asked about. */
	for (int i = 0; i < n; i++)
		(*out)[i].in_wijk = wijk_id > 0 && (*out)[i].in_wijk;
	return n;
}

int64_t melding_onbekend_count(struct db *db)
{
	return db_int(db, SQL_ONBEKEND, 0, NULL);
}

int64_t melding_list_filter_version(struct db *db)
{
	/* The versions only grow, so their sum moves whenever any of them does. */
	return db_version(db, "SELECT sum(versie) FROM config_versie WHERE naam IN ('category', 'area', 'user')");
}
