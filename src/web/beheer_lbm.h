/*
 * beheer_lbm.h - /beheer/leefbaarometer: the beheerder loads the
 * Leefbaarometer's open-data table (issue 18, point 2; app/lbm.h).
 *
 *   GET  /beheer/leefbaarometer   what is stored per year, the loads so far, the upload form
 *   POST /beheer/leefbaarometer   check and store a file: all or nothing, every bad line shown
 */
#ifndef LEEFBAAR_WEB_BEHEER_LBM_H
#define LEEFBAAR_WEB_BEHEER_LBM_H

#include "http/input.h"

struct req;

extern const struct field_spec beheer_lbm_fields[];
int handle_beheer_lbm(struct req *req);
int handle_beheer_lbm_upload(struct req *req);

#endif
