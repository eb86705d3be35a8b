/*
 * wm_lbm.c - the demo's Leefbaarometer (issue 18, point 2): four
 * measurements (2018 to 2024) of the three demo wijken and their six
 * buurten, loaded the way a beheerder loads the open-data table, through
 * the same reader (domain/lbm.c) and store (store/lbm.c), with a record of
 * the load. The table is docs/leefbaarometer-voorbeeld.csv, byte for byte
 * (tests/http/test_lbm_import.c loads that file into the demo and finds
 * nothing changed): Stationskwartier climbs as its station area is
 * renovated; Havenkant slides on overlast en onveiligheid, which pulls Oost
 * down while Centrum and Noord hold.
 */
#include "seed/wijkmonitor.h"
#include "seed/demo.h"
#include "db/db.h"
#include "domain/lbm.h"
#include "lib/log.h"
#include "store/area.h"
#include "store/lbm.h"

#include <string.h>

static const char voorbeeld[] =
	"gwb_code;gwb_naam;jaar;lbm;afw;won;fys;vrz;soc;onv\n"
	"WK999901;Centrum;2018;4,0640;0,0330;-0,0210;-0,0340;0,2010;-0,0520;-0,0610\n"
	"WK999901;Centrum;2020;4,0970;0,0530;-0,0150;-0,0300;0,2040;-0,0500;-0,0560\n"
	"WK999901;Centrum;2022;4,1250;0,0730;-0,0090;-0,0260;0,2070;-0,0480;-0,0510\n"
	"WK999901;Centrum;2024;4,1540;0,0930;-0,0030;-0,0220;0,2100;-0,0460;-0,0460\n"
	"BU99990101;Binnenstad;2018;4,1580;0,1270;0,0120;-0,0180;0,2840;-0,0630;-0,0880\n"
	"BU99990101;Binnenstad;2020;4,1740;0,1300;0,0120;-0,0160;0,2800;-0,0600;-0,0860\n"
	"BU99990101;Binnenstad;2022;4,1850;0,1330;0,0120;-0,0140;0,2760;-0,0570;-0,0840\n"
	"BU99990101;Binnenstad;2024;4,1970;0,1360;0,0120;-0,0120;0,2720;-0,0540;-0,0820\n"
	"BU99990102;Stationskwartier;2018;3,9190;-0,1120;-0,0520;-0,0640;0,1760;-0,0710;-0,1010\n"
	"BU99990102;Stationskwartier;2020;3,9916;-0,0524;-0,0310;-0,0497;0,1800;-0,0637;-0,0880\n"
	"BU99990102;Stationskwartier;2022;4,0594;0,0074;-0,0100;-0,0353;0,1840;-0,0563;-0,0750\n"
	"BU99990102;Stationskwartier;2024;4,1280;0,0670;0,0110;-0,0210;0,1880;-0,0490;-0,0620\n"
	"WK999902;Noord;2018;4,1630;0,1320;0,0340;0,0410;0,0180;0,0270;0,0120\n"
	"WK999902;Noord;2020;4,1740;0,1300;0,0330;0,0410;0,0200;0,0250;0,0110\n"
	"WK999902;Noord;2022;4,1800;0,1280;0,0320;0,0410;0,0220;0,0230;0,0100\n"
	"WK999902;Noord;2024;4,1870;0,1260;0,0310;0,0410;0,0240;0,0210;0,0090\n"
	"BU99990201;Bloemenbuurt;2018;4,2190;0,1880;0,0520;0,0480;0,0110;0,0460;0,0310\n"
	"BU99990201;Bloemenbuurt;2020;4,2340;0,1900;0,0520;0,0490;0,0110;0,0470;0,0310\n"
	"BU99990201;Bloemenbuurt;2022;4,2440;0,1920;0,0520;0,0500;0,0110;0,0480;0,0310\n"
	"BU99990201;Bloemenbuurt;2024;4,2550;0,1940;0,0520;0,0510;0,0110;0,0490;0,0310\n"
	"BU99990202;Vogelwijk;2018;4,0480;0,0170;-0,0180;0,0220;0,0040;0,0030;0,0060\n"
	"BU99990202;Vogelwijk;2020;4,0460;0,0020;-0,0220;0,0220;0,0040;-0,0030;0,0010\n"
	"BU99990202;Vogelwijk;2022;4,0390;-0,0130;-0,0260;0,0220;0,0040;-0,0090;-0,0040\n"
	"BU99990202;Vogelwijk;2024;4,0330;-0,0280;-0,0300;0,0220;0,0040;-0,0150;-0,0090\n"
	"WK999903;Oost;2018;3,9830;-0,0480;-0,0380;0,0060;0,0290;-0,0270;-0,0180\n"
	"WK999903;Oost;2020;3,9743;-0,0697;-0,0380;0,0060;0,0290;-0,0310;-0,0357\n"
	"WK999903;Oost;2022;3,9607;-0,0913;-0,0380;0,0060;0,0290;-0,0350;-0,0533\n"
	"WK999903;Oost;2024;3,9480;-0,1130;-0,0380;0,0060;0,0290;-0,0390;-0,0710\n"
	"BU99990301;Parkzicht;2018;4,1020;0,0710;-0,0110;0,0510;0,0330;0,0020;-0,0040\n"
	"BU99990301;Parkzicht;2020;4,1130;0,0690;-0,0110;0,0510;0,0330;0,0020;-0,0060\n"
	"BU99990301;Parkzicht;2022;4,1190;0,0670;-0,0110;0,0510;0,0330;0,0020;-0,0080\n"
	"BU99990301;Parkzicht;2024;4,1260;0,0650;-0,0110;0,0510;0,0330;0,0020;-0,0100\n"
	"BU99990302;Havenkant;2018;3,9730;-0,0580;-0,0310;-0,0120;0,0270;-0,0210;-0,0210\n"
	"BU99990302;Havenkant;2020;3,9480;-0,0960;-0,0310;-0,0120;0,0270;-0,0270;-0,0530\n"
	"BU99990302;Havenkant;2022;3,9110;-0,1410;-0,0310;-0,0120;0,0270;-0,0330;-0,0920\n"
	"BU99990302;Havenkant;2024;3,8750;-0,1860;-0,0310;-0,0120;0,0270;-0,0390;-0,1310\n";

int seed_wm_lbm(struct demo *d)
{
	struct areaimport_lookup lookup;
	struct lbm_file f;
	enum store_result r = STORE_ERROR;
	int64_t import_id;
	char jaren[200];

	area_lookup_init(&lookup, d->db);
	if (lbm_parse(&f, voorbeeld, sizeof(voorbeeld) - 1, &lookup) < 0) {
		log_error("demo: the Leefbaarometer table does not read: %s",
			  f.n_errors ? f.errors[0].msg : "?");
		goto out;
	}
	lbm_jaren_tekst(&f, jaren, sizeof(jaren));
	/* Loaded a week before today, as a beheerder would have done it. */
	r = lbm_store_import(d->db, 0, d->cutoff - 7 * 86400, "leefbaarometer-voorbeeld.csv", (int)f.n_rows, jaren,
			     &import_id);
	for (size_t i = 0; r == STORE_OK && i < f.n_rows; i++)
		r = lbm_store_put(d->db, &f.rows[i], import_id);
	if (r != STORE_OK)
		log_error("demo: the Leefbaarometer table could not be stored");
out:
	lbm_release(&f);
	return r == STORE_OK ? 0 : -1;
}
