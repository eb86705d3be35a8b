/*
 * routes.c - the route table: every URL Leefbaar answers, with the policy
 * action it needs. Keep it sorted by resource; the router tries the
 * patterns in order, so a literal segment goes before a {parameter} at the
 * same place.
 */
#include "api/doorverwijzingen.h"
#include "api/meldingen.h"
#include "web/beheer.h"
#include "web/budget.h"
#include "web/beheer_categorieen.h"
#include "web/beheer_gebieden.h"
#include "web/beheer_lbm.h"
#include "web/beheer_kalender.h"
#include "web/beheer_tokens.h"
#include "web/beheer_routering.h"
#include "web/dashboard.h"
#include "web/doorverwijzingen.h"
#include "web/dossiers.h"
#include "web/dossier_brief.h"
#include "web/export.h"
#include "web/web.h"
#include "web/initiatieven.h"
#include "web/kpi.h"
#include "web/meldingen.h"
#include "web/melding_bijlagen.h"
#include "web/melding_context.h"
#include "web/melding_heropenverzoek.h"
#include "web/notificaties.h"
#include "web/privacy.h"
#include "web/schouw.h"
#include "web/wijk_inzet.h"
#include "web/wijkprofiel.h"
#include "api/wijken.h"
#include "domain/melding.h"
#include "store/melding_list.h"
#include "http/router.h"

/*
 * The path parameters, typed (http/input.h): a value of the wrong shape is
 * a URL that does not exist, answered 404 before the handler. A key is a
 * row id or a reference (M-2026-000123). A route that reads more than its
 * path declares all of it in a table beside its handler (web/meldingen.h,
 * web/web.h, ...).
 */
#define PATH FIELD_PATH
static const struct field_spec p_id[] = { PATH("id", FT_ID), FIELDS_END };
static const struct field_spec p_key[] = { PATH("id", FT_KEY), FIELDS_END };
static const struct field_spec p_ref[] = { PATH("referentie", FT_KEY), FIELDS_END };
static const struct field_spec p_key_bijlage[] = { PATH("id", FT_KEY), PATH("bijlage", FT_ID), FIELDS_END };
static const struct field_spec p_id_bijlage[] = { PATH("id", FT_ID), PATH("bijlage", FT_ID), FIELDS_END };
static const struct field_spec p_id_token[] = { PATH("id", FT_ID), PATH("token", FT_ID), FIELDS_END };

/* Checked by their handlers, which answer their own 404 texts. */
static const struct field_spec p_token[] = { PATH("token", FT_TEXT), FIELDS_END };
static const struct field_spec p_datum[] = { PATH("datum", FT_TEXT), FIELDS_END };

const struct route routes[] = {
	{ HTTP_GET, "/", handle_home, ACT_PUBLIC, 0, NULL },
	{ HTTP_GET, "/healthz", handle_healthz, ACT_PUBLIC, 0, NULL },
	{ HTTP_GET, "/static/{file}", handle_static, ACT_PUBLIC, ROUTE_READS, static_fields },

	/* the public melding form and the melder's status link (issue 4) */
	{ HTTP_GET, "/melden", handle_melden_form, ACT_PUBLIC, 0, melden_form_fields },
	{ HTTP_POST, "/melden", handle_melden, ACT_PUBLIC, ROUTE_PRECSRF | ROUTE_PRECSRF_KEEP | ROUTE_UPLOADS, melden_fields },
	{ HTTP_GET, "/melden/ontvangen/{token}", handle_melden_ontvangen, ACT_PUBLIC, ROUTE_SECRET, melden_ontvangen_fields },
	{ HTTP_GET, "/melden/toegevoegd", handle_melden_toegevoegd, ACT_PUBLIC, 0, NULL },
	{ HTTP_GET, "/melding/status/{token}", handle_melding_status, ACT_PUBLIC, ROUTE_SECRET, p_token },
	/*
	 * The melder scores a closed melding (issue 17, web/melder_tevredenheid.c);
	 * its GET is the status page itself, where the question is (a link
	 * straight to it, and the page a visitor's form token comes from).
	 */
	{ HTTP_GET, "/melding/status/{token}/tevredenheid", handle_melding_status, ACT_PUBLIC, ROUTE_SECRET, p_token },
	{ HTTP_POST, "/melding/status/{token}/tevredenheid", handle_melding_tevredenheid, ACT_PUBLIC,
	  ROUTE_SECRET | ROUTE_PRECSRF, melding_tevredenheid_fields },
	/* the melder's overlastdagboek (issue 17, web/melder_dagboek.c); its GET is the status page (a reload after a refusal) */
	{ HTTP_GET, "/melding/status/{token}/dagboek", handle_melding_status, ACT_PUBLIC, ROUTE_SECRET, p_token },
	{ HTTP_POST, "/melding/status/{token}/dagboek", handle_melding_dagboek, ACT_PUBLIC,
	  ROUTE_SECRET | ROUTE_PRECSRF | ROUTE_UPLOADS, melding_dagboek_fields },
	/* the privacy statement both link to (issue 15) */
	{ HTTP_GET, "/privacy", handle_privacy, ACT_PUBLIC, 0, NULL },

	/* a melding joins or leaves a dossier (issue 7): before the generic /meldingen/{id}/{action} */
	{ HTTP_POST, "/meldingen/{id}/koppelen", handle_melding_dossier_link, ACT_DOSSIER_WRITE, 0, melding_dossier_link_fields },
	{ HTTP_POST, "/meldingen/{id}/ontkoppelen", handle_melding_dossier_unlink, ACT_DOSSIER_WRITE, 0, melding_dossier_link_fields },

	/* meldingen, staff side (issue 4) */
	{ HTTP_GET, "/meldingen", handle_meldingen, ACT_MELDING_READ, ROUTE_READS, meldingen_list_fields },
	{ HTTP_POST, "/meldingen", handle_melding_create, ACT_MELDING_SUBMIT, ROUTE_UPLOADS, melding_create_fields },
	{ HTTP_GET, "/meldingen/nieuw", handle_melding_nieuw, ACT_MELDING_SUBMIT, 0, NULL },
	/* saved views of a list (issue 16 point 4): each user's own, so reading meldingen is enough */
	{ HTTP_POST, "/meldingen/weergaven", handle_meldingen_view_save, ACT_MELDING_READ, 0, meldingen_view_fields },
	{ HTTP_GET, "/meldingen/weergave", handle_view_open, ACT_MELDING_READ, 0, view_open_fields },
	{ HTTP_POST, "/meldingen/weergave/verwijderen", handle_view_delete, ACT_MELDING_READ, 0, view_delete_fields },
	{ HTTP_GET, "/meldingen/{id}", handle_melding, ACT_MELDING_READ, 0, melding_detail_fields },
	{ HTTP_GET, "/meldingen/{id}/bijlagen/{bijlage}", handle_melding_bijlage, ACT_MELDING_READ, 0, p_key_bijlage },
	{ HTTP_POST, "/meldingen/{id}/bijlagen/{bijlage}/bijschrift", handle_melding_bijschrift, ACT_MELDING_HANDLE, 0, melding_bijschrift_fields },
	{ HTTP_POST, "/meldingen/{id}/plaatsen", handle_melding_plaatsen, ACT_MELDING_TRIAGE, 0, melding_place_fields },
	/* the handler's new expected answer day (issue 17): before the generic action */
	{ HTTP_POST, "/meldingen/{id}/verwachting", handle_melding_verwachting, ACT_MELDING_HANDLE, 0, melding_verwachting_fields },
	/* one melding a duplicate of another (issue 17 point 8; web/melding_context.c) */
	{ HTTP_POST, "/meldingen/{id}/duplicaat", handle_melding_duplicaat, ACT_MELDING_HANDLE, 0, melding_duplicaat_fields },
	{ HTTP_POST, "/meldingen/{id}/duplicaat/opheffen", handle_melding_duplicaat_opheffen, ACT_MELDING_HANDLE, 0, melding_duplicaat_fields },
	/* the decision on a melder's verzoek tot heropenen (issue 17, web/melding_heropenverzoek.c) */
	{ HTTP_POST, "/meldingen/{id}/heropenverzoek", handle_melding_heropenverzoek, ACT_MELDING_HANDLE, 0,
	  melding_heropenverzoek_fields },
	{ HTTP_POST, "/meldingen/{id}/{action}", handle_melding_action, ACT_MELDING_HANDLE, 0, melding_action_fields },

	/* JSON API: meldingen (issue 4) */
	{ HTTP_GET, "/api/v1/categorieen", handle_api_categorieen, ACT_PUBLIC, ROUTE_READS, NULL },
	{ HTTP_POST, "/api/v1/meldingen", handle_api_melding_submit, ACT_PUBLIC, 0, api_melding_submit_fields },
	{ HTTP_GET, "/api/v1/meldingen", handle_api_meldingen, ACT_MELDING_READ, ROUTE_READS, api_meldingen_list_fields },
	{ HTTP_GET, "/api/v1/meldingen/{referentie}", handle_api_melding, ACT_MELDING_READ, 0, p_ref },
	{ HTTP_POST, "/api/v1/meldingen/{referentie}/bevestigen", handle_api_melding_bevestigen, ACT_MELDING_HANDLE, 0, api_melding_action_fields },
	{ HTTP_POST, "/api/v1/meldingen/{referentie}/terugkoppelen", handle_api_melding_terugkoppelen, ACT_MELDING_HANDLE, 0, api_melding_action_fields },
	{ HTTP_POST, "/api/v1/meldingen/{referentie}/afsluiten", handle_api_melding_afsluiten, ACT_MELDING_HANDLE, 0, api_melding_action_fields },
	{ HTTP_POST, "/api/v1/meldingen/{referentie}/verwachting", handle_api_melding_verwachting, ACT_MELDING_HANDLE, 0, api_melding_verwachting_fields },

	/* dossiers (issue 7) */
	{ HTTP_GET, "/dossiers", handle_dossiers, ACT_DOSSIER_READ, ROUTE_READS, dossier_list_fields },
	{ HTTP_POST, "/dossiers", handle_dossier_create, ACT_DOSSIER_WRITE, 0, dossier_create_fields },
	{ HTTP_GET, "/dossiers/nieuw", handle_dossier_new, ACT_DOSSIER_WRITE, 0, dossier_new_fields },
	{ HTTP_GET, "/dossiers/{id}", handle_dossier, ACT_DOSSIER_READ, 0, dossier_page_fields },
	{ HTTP_GET, "/dossiers/{id}/overzicht", handle_dossier_overzicht, ACT_DOSSIER_READ, 0, p_key },
	{ HTTP_GET, "/dossiers/{id}/brieven/{brief}", handle_dossier_letter, ACT_DOSSIER_READ, 0, dossier_letter_fields },
	{ HTTP_POST, "/dossiers/{id}/brieven/{brief}", handle_dossier_letter_step, ACT_DOSSIER_WRITE, 0, dossier_letter_step_fields },
	{ HTTP_POST, "/dossiers/{id}/{action}", handle_dossier_action, ACT_DOSSIER_WRITE, 0, dossier_action_fields },
	{ HTTP_GET, "/api/v1/dossiers", handle_api_dossiers, ACT_DOSSIER_READ, ROUTE_READS, api_dossier_list_fields },
	{ HTTP_POST, "/api/v1/dossiers", handle_api_dossier_create, ACT_DOSSIER_WRITE, 0, api_dossier_create_fields },
	{ HTTP_GET, "/api/v1/dossiers/{referentie}", handle_api_dossier, ACT_DOSSIER_READ, 0, p_ref },
	{ HTTP_POST, "/api/v1/dossiers/{referentie}/meldingen", handle_api_dossier_link, ACT_DOSSIER_WRITE, 0, api_dossier_link_fields },
	{ HTTP_POST, "/api/v1/dossiers/{referentie}/meldingen/ontkoppelen", handle_api_dossier_unlink, ACT_DOSSIER_WRITE, 0, api_dossier_link_fields },
	{ HTTP_POST, "/api/v1/dossiers/{referentie}/interventies", handle_api_dossier_intervention, ACT_DOSSIER_WRITE, 0, api_dossier_intervention_fields },
	{ HTTP_POST, "/api/v1/dossiers/{referentie}/escalatie", handle_api_dossier_escalation, ACT_DOSSIER_WRITE, 0, api_dossier_escalation_fields },
	{ HTTP_POST, "/api/v1/dossiers/{referentie}/afsluiten", handle_api_dossier_close, ACT_DOSSIER_WRITE, 0, api_dossier_close_fields },
	{ HTTP_GET, "/beheer/brieven", handle_beheer_brieven, ACT_ADMIN, 0, beheer_brieven_fields },
	{ HTTP_POST, "/beheer/brieven/briefhoofd", handle_beheer_briefhoofd, ACT_ADMIN, ROUTE_UPLOADS, beheer_briefhoofd_fields },
	{ HTTP_POST, "/beheer/brieven/{soort}", handle_beheer_brief_save, ACT_ADMIN, 0, beheer_brief_save_fields },
	/* standard texts for messages to melders (issue 17); deleting last, after the sweep's other requests */
	{ HTTP_GET, "/beheer/standaardteksten", handle_beheer_standaardteksten, ACT_ADMIN, 0, beheer_standaardteksten_fields },
	{ HTTP_POST, "/beheer/standaardteksten", handle_beheer_standaardtekst_create, ACT_ADMIN, 0, beheer_standaardtekst_create_fields },
	{ HTTP_GET, "/beheer/standaardteksten/nieuw", handle_beheer_standaardtekst_new, ACT_ADMIN, 0, NULL },
	{ HTTP_GET, "/beheer/standaardteksten/{id}", handle_beheer_standaardtekst_edit, ACT_ADMIN, 0, p_id },
	{ HTTP_POST, "/beheer/standaardteksten/{id}", handle_beheer_standaardtekst_update, ACT_ADMIN, 0, beheer_standaardtekst_update_fields },
	{ HTTP_POST, "/beheer/standaardteksten/{id}/verwijderen", handle_beheer_standaardtekst_delete, ACT_ADMIN, 0, p_id },

	/* doorverwijzingen en partnerportaal (issue 8) */
	{ HTTP_GET, "/doorverwijzingen", handle_doorverwijzingen, ACT_REFERRAL_READ, 0, doorverwijzingen_fields },
	{ HTTP_POST, "/doorverwijzingen", handle_doorverwijzing_create, ACT_REFERRAL_CREATE, ROUTE_UPLOADS, doorverwijzing_create_fields },
	{ HTTP_GET, "/doorverwijzingen/nieuw", handle_doorverwijzing_nieuw, ACT_REFERRAL_CREATE, 0, doorverwijzing_nieuw_fields },
	{ HTTP_GET, "/doorverwijzingen/{id}", handle_doorverwijzing, ACT_REFERRAL_READ, 0, doorverwijzing_page_fields },
	{ HTTP_GET, "/doorverwijzingen/{id}/bijlagen/{bijlage}", handle_doorverwijzing_bijlage, ACT_REFERRAL_READ, 0, p_id_bijlage },
	{ HTTP_POST, "/doorverwijzingen/{id}/accepteren", handle_doorverwijzing_step, ACT_REFERRAL_ANSWER, 0, p_id },
	{ HTTP_POST, "/doorverwijzingen/{id}/afwijzen", handle_doorverwijzing_step, ACT_REFERRAL_ANSWER, 0, doorverwijzing_afwijzen_fields },
	{ HTTP_POST, "/doorverwijzingen/{id}/reactie", handle_doorverwijzing_step, ACT_REFERRAL_ANSWER, ROUTE_UPLOADS, doorverwijzing_reactie_fields },
	{ HTTP_POST, "/doorverwijzingen/{id}/afsluiten", handle_doorverwijzing_step, ACT_REFERRAL_CREATE, 0, doorverwijzing_afsluiten_fields },
	{ HTTP_POST, "/doorverwijzingen/{id}/heropenen", handle_doorverwijzing_step, ACT_REFERRAL_CREATE, 0, p_id },
	{ HTTP_POST, "/api/v1/dossiers/{referentie}/doorverwijzingen", handle_api_dossier_doorverwijzing, ACT_REFERRAL_CREATE, 0, api_doorverwijzing_create_fields },
	{ HTTP_GET, "/api/v1/doorverwijzingen", handle_api_doorverwijzingen, ACT_REFERRAL_READ, 0, api_doorverwijzingen_fields },
	{ HTTP_GET, "/api/v1/doorverwijzingen/{id}", handle_api_doorverwijzing, ACT_REFERRAL_READ, 0, p_id },
	{ HTTP_POST, "/api/v1/doorverwijzingen/{id}/accepteren", handle_api_doorverwijzing_step, ACT_REFERRAL_ANSWER, 0, p_id },
	{ HTTP_POST, "/api/v1/doorverwijzingen/{id}/afwijzen", handle_api_doorverwijzing_step, ACT_REFERRAL_ANSWER, 0, api_doorverwijzing_afwijzen_fields },
	{ HTTP_POST, "/api/v1/doorverwijzingen/{id}/reactie", handle_api_doorverwijzing_step, ACT_REFERRAL_ANSWER, 0, api_doorverwijzing_reactie_fields },
	{ HTTP_POST, "/api/v1/doorverwijzingen/{id}/afsluiten", handle_api_doorverwijzing_step, ACT_REFERRAL_CREATE, 0, api_doorverwijzing_afsluiten_fields },
	{ HTTP_POST, "/api/v1/doorverwijzingen/{id}/heropenen", handle_api_doorverwijzing_step, ACT_REFERRAL_CREATE, 0, p_id },
	/* before /beheer/partners/{id}, which would take "termijnen" for an id */
	{ HTTP_GET, "/beheer/partners/termijnen", handle_beheer_termijnen, ACT_ADMIN, 0, beheer_termijnen_fields },
	{ HTTP_POST, "/beheer/partners/termijnen", handle_beheer_termijnen_save, ACT_ADMIN, 0, beheer_termijnen_save_fields },

	/* the wijkmonitor: the index, the wijkprofiel and its figures (issue 18, web/wijkprofiel.h, api/wijken.h); the CSV before {code} */
	{ HTTP_GET, "/wijken", handle_wijken, ACT_WIJK_READ, 0, NULL },
	{ HTTP_GET, "/wijken/cijfers.csv", handle_wijken_csv, ACT_WIJK_READ, 0, wijken_csv_fields },
	{ HTTP_GET, "/wijken/{code}", handle_wijkprofiel, ACT_WIJK_READ, 0, wijkprofiel_fields },
	{ HTTP_GET, "/wijken/{code}/cijfers.csv", handle_wijkprofiel_csv, ACT_WIJK_READ, 0, wijkprofiel_csv_fields },
	{ HTTP_GET, "/api/v1/wijken", handle_api_wijken, ACT_WIJK_READ, 0, NULL },
	{ HTTP_GET, "/api/v1/wijken/{code}", handle_api_wijk, ACT_WIJK_READ, 0, api_wijk_fields },

	/* the wijkmonitor's inzetniveau and vertellen (issue 18, web/wijk_inzet.h) */
	{ HTTP_GET, "/wijken/{code}/inzet", handle_wijk_inzet, ACT_WIJK_READ, 0, wijk_inzet_fields },
	{ HTTP_POST, "/wijken/{code}/inzet", handle_wijk_inzet_set, ACT_WIJK_STEER, 0, wijk_inzet_set_fields },
	{ HTTP_GET, "/wijken/{code}/vertellen", handle_wijk_vertellen, ACT_WIJK_READ, 0, wijk_vertellen_fields },
	{ HTTP_POST, "/wijken/{code}/vertellen", handle_wijk_vertellen_add, ACT_WIJK_WRITE, 0, wijk_vertellen_add_fields },
	{ HTTP_POST, "/api/v1/wijken/{code}/vertellen", handle_api_wijk_vertellen_add, ACT_WIJK_WRITE, 0, api_wijk_vertellen_add_fields },

	/* bewonersinitiatieven and the leefbaarheidsfonds (issue 18, web/initiatieven.h): the public form, then staff */
	{ HTTP_GET, "/initiatief", handle_initiatief_form, ACT_PUBLIC, 0, NULL },
	{ HTTP_POST, "/initiatief", handle_initiatief, ACT_PUBLIC, ROUTE_PRECSRF | ROUTE_PRECSRF_KEEP, initiatief_fields },
	{ HTTP_GET, "/initiatief/ontvangen/{token}", handle_initiatief_ontvangen, ACT_PUBLIC, ROUTE_SECRET, initiatief_token_fields },
	{ HTTP_GET, "/initiatief/status/{token}", handle_initiatief_status, ACT_PUBLIC, ROUTE_SECRET, initiatief_token_fields },
	{ HTTP_GET, "/initiatieven", handle_initiatieven, ACT_WIJK_READ, 0, initiatieven_fields },
	{ HTTP_GET, "/initiatieven/{id}", handle_initiatief_detail, ACT_WIJK_READ, 0, initiatief_detail_fields },
	{ HTTP_POST, "/initiatieven/{id}/toetsen", handle_initiatief_toetsen, ACT_WIJK_WRITE, 0, initiatief_toetsen_fields },
	{ HTTP_POST, "/initiatieven/{id}/besluit", handle_initiatief_besluit, ACT_WIJK_WRITE, 0, initiatief_besluit_fields },
	{ HTTP_POST, "/initiatieven/{id}/betaling", handle_initiatief_betaling, ACT_WIJK_WRITE, 0, initiatief_betaling_fields },
	{ HTTP_POST, "/initiatieven/{id}/correctie", handle_initiatief_correctie, ACT_WIJK_WRITE, 0, initiatief_correctie_fields },
	{ HTTP_POST, "/initiatieven/{id}/afronden", handle_initiatief_afronden, ACT_WIJK_WRITE, 0, initiatief_afronden_fields },
	{ HTTP_GET, "/fonds", handle_fonds, ACT_WIJK_READ, 0, fonds_fields },
	{ HTTP_POST, "/fonds/budget", handle_fonds_budget, ACT_WIJK_STEER, 0, fonds_budget_fields },
	{ HTTP_GET, "/fonds/besluiten.csv", handle_fonds_besluiten_csv, ACT_WIJK_READ, 0, fonds_fields },
	{ HTTP_GET, "/api/v1/initiatieven", handle_api_initiatieven, ACT_WIJK_READ, 0, api_initiatieven_fields },
	{ HTTP_GET, "/api/v1/initiatieven/{id}", handle_api_initiatief, ACT_WIJK_READ, 0, p_id },
	{ HTTP_GET, "/api/v1/fonds", handle_api_fonds, ACT_WIJK_READ, 0, fonds_fields },

	/* the leefbaarheidsbudget (issue 18, web/budget.h) */
	{ HTTP_GET, "/budget", handle_budget, ACT_WIJK_READ, 0, budget_fields },
	{ HTTP_POST, "/budget/norm", handle_budget_norm, ACT_WIJK_STEER, 0, budget_norm_fields },
	{ HTTP_GET, "/budget.csv", handle_budget_csv, ACT_WIJK_READ, 0, budget_csv_fields },
	{ HTTP_GET, "/api/v1/budget", handle_api_budget, ACT_WIJK_READ, 0, budget_fields },

	/* the wijkschouw (issue 18, web/schouw.h); literal segments before {id} */
	{ HTTP_GET, "/schouwen", handle_schouwen, ACT_WIJK_READ, 0, schouwen_fields },
	{ HTTP_POST, "/schouwen", handle_schouw_plan, ACT_WIJK_WRITE, 0, schouw_plan_fields },
	{ HTTP_GET, "/schouwen/nieuw", handle_schouw_nieuw, ACT_WIJK_WRITE, 0, NULL },
	{ HTTP_GET, "/schouwen/bevindingen.csv", handle_schouwen_csv, ACT_WIJK_READ, 0, schouwen_csv_fields },
	{ HTTP_GET, "/schouwen/{id}", handle_schouw, ACT_WIJK_READ, 0, schouw_id_fields },
	{ HTTP_GET, "/schouwen/{id}/lopen", handle_schouw_lopen, ACT_WIJK_WRITE, 0, schouw_id_fields },
	{ HTTP_POST, "/schouwen/{id}/checklist", handle_schouw_checklist, ACT_WIJK_WRITE, 0, schouw_checklist_fields },
	{ HTTP_POST, "/schouwen/{id}/bevindingen", handle_schouw_bevinding, ACT_WIJK_WRITE, ROUTE_UPLOADS, schouw_bevinding_fields },
	{ HTTP_GET, "/schouwen/{id}/bevindingen.csv", handle_schouw_csv, ACT_WIJK_READ, 0, schouw_csv_fields },
	{ HTTP_POST, "/schouwen/{id}/bevindingen/{b}/melding", handle_schouw_melding, ACT_WIJK_WRITE, 0, schouw_melding_fields },
	{ HTTP_POST, "/schouwen/{id}/bevindingen/{b}/actie", handle_schouw_actie, ACT_WIJK_WRITE, 0, schouw_actie_fields },
	{ HTTP_POST, "/schouwen/{id}/bevindingen/{b}/actie/gedaan", handle_schouw_actie_gedaan, ACT_WIJK_WRITE, 0, schouw_b_fields },
	{ HTTP_POST, "/schouwen/{id}/afronden", handle_schouw_afronden, ACT_WIJK_WRITE, 0, schouw_id_fields },
	{ HTTP_GET, "/schouwen/{id}/rapport", handle_schouw_rapport, ACT_WIJK_READ, 0, schouw_id_fields },
	{ HTTP_GET, "/schouwen/{id}/fotos/{foto}", handle_schouw_foto, ACT_WIJK_READ, 0, schouw_foto_fields },
	{ HTTP_GET, "/api/v1/schouwen", handle_api_schouwen, ACT_WIJK_READ, 0, NULL },
	{ HTTP_GET, "/api/v1/schouwen/{id}", handle_api_schouw, ACT_WIJK_READ, 0, schouw_id_fields },

	/* KPI (issue 9) */
	{ HTTP_GET, "/api/v1/kpi", handle_api_kpi, ACT_DASHBOARD, 0, api_kpi_fields },

	/* dashboard and exports (issue 9) */
	{ HTTP_GET, "/dashboard", handle_dashboard, ACT_DASHBOARD, 0, dashboard_fields },
	{ HTTP_GET, "/dashboard/werklijst", handle_dashboard_werklijst, ACT_DASHBOARD, 0, dashboard_werklijst_fields },
	{ HTTP_GET, "/dashboard/kaart", handle_dashboard_kaart, ACT_DASHBOARD, 0, dashboard_fields },
	{ HTTP_GET, "/dashboard/uitleg", handle_dashboard_uitleg, ACT_DASHBOARD, 0, dashboard_fields },
	{ HTTP_GET, "/export/meldingen.csv", handle_export_meldingen, ACT_EXPORT, 0, export_fields },
	{ HTTP_GET, "/export/kpi.csv", handle_export_kpi, ACT_EXPORT, 0, export_fields },
	{ HTTP_GET, "/export/dossiers.csv", handle_export_dossiers, ACT_EXPORT, 0, export_fields },
	{ HTTP_GET, "/export/doorverwijzingen.csv", handle_export_doorverwijzingen, ACT_EXPORT, 0, export_fields },
	{ HTTP_GET, "/beheer/kaart", handle_beheer_kaart, ACT_ADMIN, 0, beheer_kaart_fields },
	{ HTTP_POST, "/beheer/kaart", handle_beheer_kaart_upload, ACT_ADMIN, ROUTE_UPLOADS, NULL },
	{ HTTP_GET, "/beheer/leefbaarometer", handle_beheer_lbm, ACT_ADMIN, 0, beheer_lbm_fields },
	{ HTTP_POST, "/beheer/leefbaarometer", handle_beheer_lbm_upload, ACT_ADMIN, ROUTE_UPLOADS, NULL },

	{ HTTP_GET, "/login", handle_login_form, ACT_PUBLIC, 0, login_form_fields },
	{ HTTP_POST, "/login", handle_login, ACT_PUBLIC, ROUTE_PRECSRF, login_fields },
	{ HTTP_POST, "/logout", handle_logout, ACT_LOGGED_IN, 0, NULL },
	{ HTTP_GET, "/account/wachtwoord", handle_password_form, ACT_LOGGED_IN, 0, NULL },
	{ HTTP_POST, "/account/wachtwoord", handle_password, ACT_LOGGED_IN, 0, password_fields },
	/* notifications (issue 16 point 1): each user's own; another user's id is a 404 */
	{ HTTP_GET, "/notificaties", handle_notificaties, ACT_LOGGED_IN, 0, notificaties_fields },
	{ HTTP_POST, "/notificaties/gelezen", handle_notificaties_gelezen, ACT_LOGGED_IN, 0, NULL },
	{ HTTP_GET, "/notificaties/{id}", handle_notificatie_open, ACT_LOGGED_IN, 0, p_id },
	{ HTTP_POST, "/notificaties/{id}/gelezen", handle_notificatie_gelezen, ACT_LOGGED_IN, 0, notificatie_gelezen_fields },
	{ HTTP_GET, "/account/notificaties", handle_account_notificaties, ACT_LOGGED_IN, 0, account_notificaties_fields },
	{ HTTP_POST, "/account/notificaties", handle_account_notificaties_save, ACT_LOGGED_IN, 0, account_notificaties_save_fields },
	{ HTTP_GET, "/api/v1/notificaties", handle_api_notificaties, ACT_LOGGED_IN, 0, api_notificaties_fields },
	{ HTTP_POST, "/api/v1/notificaties/gelezen", handle_api_notificaties_gelezen, ACT_LOGGED_IN, 0, NULL },
	{ HTTP_POST, "/api/v1/notificaties/{id}/gelezen", handle_api_notificatie_gelezen, ACT_LOGGED_IN, 0, p_id },
	/* no lost work (issue 16): the form kept at an expired session, and the warning before the idle end */
	{ HTTP_GET, "/herstel", handle_herstel, ACT_LOGGED_IN, 0, NULL },
	/* public: it says only when a banner shows, and the first-login page (which allows nothing else) needs it */
	{ HTTP_GET, "/sessie.css", handle_sessie_css, ACT_PUBLIC, ROUTE_READS, sessie_css_fields },

	/* beheer: gebieden (issue 6) */
	{ HTTP_GET, "/beheer/gebieden", handle_beheer_gebieden, ACT_ADMIN, 0, beheer_gebieden_fields },
	{ HTTP_POST, "/beheer/gebieden", handle_beheer_gebied_create, ACT_ADMIN, 0, beheer_gebied_create_fields },
	{ HTTP_GET, "/beheer/gebieden/nieuw", handle_beheer_gebied_new, ACT_ADMIN, 0, beheer_gebied_new_fields },
	{ HTTP_POST, "/beheer/gebieden/import", handle_beheer_gebieden_import, ACT_ADMIN, ROUTE_UPLOADS, beheer_gebieden_import_fields },
	{ HTTP_POST, "/beheer/gebieden/import/bevestigen", handle_beheer_gebieden_bevestigen, ACT_ADMIN, 0, beheer_gebieden_bevestigen_fields },
	{ HTTP_GET, "/beheer/gebieden/{id}", handle_beheer_gebied_edit, ACT_ADMIN, 0, p_id },
	{ HTTP_POST, "/beheer/gebieden/{id}", handle_beheer_gebied_update, ACT_ADMIN, 0, beheer_gebied_update_fields },

	/* beheer (issue 3) */
	{ HTTP_GET, "/beheer", handle_beheer_index, ACT_ADMIN, 0, NULL },
	{ HTTP_GET, "/beheer/gebruikers", handle_beheer_users, ACT_ADMIN, 0, beheer_users_fields },
	{ HTTP_POST, "/beheer/gebruikers", handle_beheer_user_create, ACT_ADMIN, 0, beheer_user_create_fields },
	{ HTTP_GET, "/beheer/gebruikers/nieuw", handle_beheer_user_new, ACT_ADMIN, 0, NULL },
	{ HTTP_GET, "/beheer/gebruikers/{id}", handle_beheer_user_edit, ACT_ADMIN, 0, beheer_user_edit_fields },
	{ HTTP_POST, "/beheer/gebruikers/{id}", handle_beheer_user_update, ACT_ADMIN, 0, beheer_user_update_fields },
	{ HTTP_POST, "/beheer/gebruikers/{id}/wachtwoord", handle_beheer_user_password, ACT_ADMIN, 0, beheer_user_password_fields },
	{ HTTP_POST, "/beheer/gebruikers/{id}/tokens/{token}/intrekken", handle_beheer_token_revoke, ACT_ADMIN, 0, p_id_token },
	/* API tokens of every account (issue 16) */
	{ HTTP_GET, "/beheer/tokens", handle_beheer_tokens, ACT_ADMIN, 0, beheer_tokens_fields },
	{ HTTP_POST, "/beheer/tokens", handle_beheer_token_create, ACT_ADMIN, 0, beheer_token_create_fields },
	{ HTTP_POST, "/beheer/tokens/{token}/intrekken", handle_beheer_tokens_revoke, ACT_ADMIN, 0, beheer_tokens_revoke_fields },
	{ HTTP_GET, "/beheer/partners", handle_beheer_partners, ACT_ADMIN, 0, beheer_partners_fields },
	{ HTTP_POST, "/beheer/partners", handle_beheer_partner_create, ACT_ADMIN, 0, beheer_partner_create_fields },
	{ HTTP_GET, "/beheer/partners/nieuw", handle_beheer_partner_new, ACT_ADMIN, 0, NULL },
	{ HTTP_GET, "/beheer/partners/{id}", handle_beheer_partner_edit, ACT_ADMIN, 0, p_id },
	{ HTTP_POST, "/beheer/partners/{id}", handle_beheer_partner_update, ACT_ADMIN, 0, beheer_partner_update_fields },
	{ HTTP_GET, "/beheer/audit", handle_beheer_audit, ACT_ADMIN, 0, beheer_audit_fields },
	/* privacy requests - inzage, correction, deletion (issue 15): the coördinator, who sees every case */
	{ HTTP_GET, "/privacyverzoeken", handle_beheer_privacy, ACT_PRIVACY, 0, beheer_privacy_fields },
	{ HTTP_GET, "/privacyverzoeken/inzage", handle_beheer_privacy_inzage, ACT_PRIVACY, 0, beheer_privacy_inzage_fields },
	{ HTTP_GET, "/privacyverzoeken/inzage.json", handle_beheer_privacy_inzage_json, ACT_PRIVACY, 0, beheer_privacy_inzage_fields },
	{ HTTP_POST, "/privacyverzoeken/corrigeren", handle_beheer_privacy_correct, ACT_PRIVACY, 0, beheer_privacy_correct_fields },
	{ HTTP_POST, "/privacyverzoeken/verwijderen", handle_beheer_privacy_erase, ACT_PRIVACY, 0, beheer_privacy_erase_fields },
	{ HTTP_GET, "/api/v1/ik", handle_api_ik, ACT_LOGGED_IN, 0, NULL },
	{ HTTP_GET, "/api/v1/partners", handle_api_partners, ACT_PARTNER_LIST, 0, api_partners_fields },
	{ HTTP_POST, "/api/v1/partners", handle_api_partner_create, ACT_ADMIN, 0, api_partner_create_fields },
	/* beheer: categorieen en sluitingsdagen (issue 4) */
	{ HTTP_GET, "/beheer/categorieen", handle_beheer_categorieen, ACT_ADMIN, 0, beheer_categorieen_fields },
	{ HTTP_POST, "/beheer/categorieen", handle_beheer_categorie_create, ACT_ADMIN, 0, beheer_categorie_create_fields },
	{ HTTP_GET, "/beheer/categorieen/nieuw", handle_beheer_categorie_new, ACT_ADMIN, 0, NULL },
	{ HTTP_GET, "/beheer/categorieen/{id}", handle_beheer_categorie_edit, ACT_ADMIN, 0, p_id },
	{ HTTP_POST, "/beheer/categorieen/{id}", handle_beheer_categorie_update, ACT_ADMIN, 0, beheer_categorie_update_fields },
	/* beheer: routering (issue 16) */
	{ HTTP_GET, "/beheer/routering", handle_beheer_routering, ACT_ADMIN, 0, beheer_routering_fields },
	{ HTTP_POST, "/beheer/routering", handle_beheer_regel_create, ACT_ADMIN, 0, beheer_regel_create_fields },
	{ HTTP_GET, "/beheer/routering/nieuw", handle_beheer_regel_new, ACT_ADMIN, 0, NULL },
	{ HTTP_GET, "/beheer/routering/teams", handle_beheer_teams, ACT_ADMIN, 0, beheer_teams_fields },
	{ HTTP_POST, "/beheer/routering/teams", handle_beheer_team_create, ACT_ADMIN, 0, beheer_team_create_fields },
	{ HTTP_GET, "/beheer/routering/teams/nieuw", handle_beheer_team_new, ACT_ADMIN, 0, NULL },
	{ HTTP_GET, "/beheer/routering/teams/{id}", handle_beheer_team_edit, ACT_ADMIN, 0, p_id },
	{ HTTP_POST, "/beheer/routering/teams/{id}", handle_beheer_team_update, ACT_ADMIN, 0, beheer_team_update_fields },
	{ HTTP_GET, "/beheer/routering/{id}", handle_beheer_regel_edit, ACT_ADMIN, 0, p_id },
	{ HTTP_POST, "/beheer/routering/{id}", handle_beheer_regel_update, ACT_ADMIN, 0, beheer_regel_update_fields },
	{ HTTP_POST, "/beheer/routering/{id}/volgorde", handle_beheer_regel_move, ACT_ADMIN, 0, beheer_regel_move_fields },
	{ HTTP_POST, "/beheer/routering/{id}/actief", handle_beheer_regel_switch, ACT_ADMIN, 0, beheer_regel_switch_fields },
	{ HTTP_POST, "/beheer/routering/{id}/verwijderen", handle_beheer_regel_delete, ACT_ADMIN, 0, beheer_regel_delete_fields },
	{ HTTP_GET, "/beheer/sluitingsdagen", handle_beheer_sluitingsdagen, ACT_ADMIN, 0, beheer_sluitingsdagen_fields },
	{ HTTP_POST, "/beheer/sluitingsdagen", handle_beheer_sluitingsdag_add, ACT_ADMIN, 0, beheer_sluitingsdag_add_fields },
	{ HTTP_POST, "/beheer/sluitingsdagen/{datum}/verwijderen", handle_beheer_sluitingsdag_remove, ACT_ADMIN, 0, p_datum },
	{ HTTP_POST, "/beheer/feestdagen/{datum}/werkdag", handle_beheer_feestdag_werkdag, ACT_ADMIN, 0, p_datum },
	{ HTTP_POST, "/beheer/feestdagen/{datum}/vrij", handle_beheer_feestdag_vrij, ACT_ADMIN, 0, p_datum },
};

const size_t routes_count = sizeof(routes) / sizeof(routes[0]);
