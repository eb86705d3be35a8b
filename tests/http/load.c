/*
 * load.c - a write load for HTTP tests (see load.h).
 */
#include "load.h"
#include "harness.h"
#include "lib/xalloc.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_CALLERS 16
#define MAX_ACKS 4096

struct caller {
	pthread_t t;
	struct load *l;
	atomic_int n;             /* acknowledged meldingen */
	char (*refs)[16];
	int errors;
};

struct load {
	char url[96];
	int valgrind;
	int n;
	atomic_int stop;
	struct caller c[MAX_CALLERS];
	/* after load_stop(): every reference in one list */
	int acked;
	const char **all;
};

static size_t sink(char *p, size_t size, size_t n, void *ctx)
{
	buf_add(ctx, p, size * n);
	return size * n;
}

static void *post_loop(void *arg)
{
	struct caller *c = arg;
	CURL *h = curl_easy_init();
	struct curl_slist *hdr = curl_slist_append(NULL, "Content-Type: application/json");
	struct buf body = BUF_INIT;
	static const char json[] =
		"{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek in de nacht, al weken.\", \"plaats\": \"Galerij\","
		" \"melder_naam\": \"Henk Huurder\", \"melder_email\": \"henk@example.org\", \"anoniem\": false}";

	curl_easy_setopt(h, CURLOPT_URL, c->l->url);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_PROXY, "");
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 60000L);
	while (!atomic_load(&c->l->stop) && atomic_load(&c->n) < MAX_ACKS) {
		long status = 0;
		buf_reset(&body);
		if (curl_easy_perform(h) != CURLE_OK)
			break;
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
		const char *ref = body.buf ? strstr(body.buf, "\"referentie\":") : NULL;
		const char *q = ref ? strchr(ref + 13, '"') : NULL;
		if (status != 201 || !q || strlen(q) < 15) {
			if (c->errors++ == 0)
				fprintf(stderr, "load: answer %ld: %.200s\n", status, body.buf ? body.buf : "");
			continue;
		}
		int n = atomic_load(&c->n);
		memcpy(c->refs[n], q + 1, 13);
		c->refs[n][13] = '\0';
		atomic_store(&c->n, n + 1);
	}
	buf_release(&body);
	curl_slist_free_all(hdr);
	curl_easy_cleanup(h);
	return NULL;
}

struct load *load_start(struct server *s, int callers)
{
	struct load *l = xcalloc(1, sizeof(*l));

	snprintf(l->url, sizeof(l->url), "%s/api/v1/meldingen", s->base_url);
	l->valgrind = s->valgrind;
	l->n = callers < MAX_CALLERS ? callers : MAX_CALLERS;
	for (int i = 0; i < l->n; i++) {
		l->c[i].l = l;
		l->c[i].refs = xcalloc(MAX_ACKS, sizeof(*l->c[i].refs));
		if (pthread_create(&l->c[i].t, NULL, post_loop, &l->c[i]) != 0)
			fail_msg("load: cannot start caller %d", i);
	}
	return l;
}

static int acked_now(struct load *l)
{
	int total = 0;

	for (int i = 0; i < l->n; i++)
		total += atomic_load(&l->c[i].n);
	return total;
}

int load_wait(struct load *l, int want)
{
	long long deadline = now_ms() + (l->valgrind ? 240000 : 60000);
	struct timespec pause = { 0, 2000000 };
	int total;

	while ((total = acked_now(l)) < want && now_ms() < deadline)
		nanosleep(&pause, NULL);
	return total;
}

int load_stop(struct load *l)
{
	atomic_store(&l->stop, 1);
	for (int i = 0; i < l->n; i++)
		pthread_join(l->c[i].t, NULL);
	l->acked = acked_now(l);
	l->all = xcalloc((size_t)l->acked + 1, sizeof(*l->all));
	for (int i = 0, k = 0; i < l->n; i++)
		for (int j = 0; j < l->c[i].n; j++)
			l->all[k++] = l->c[i].refs[j];
	return l->acked;
}

int load_errors(const struct load *l)
{
	int errors = 0;

	for (int i = 0; i < l->n; i++)
		errors += l->c[i].errors;
	return errors;
}

const char *load_ref(const struct load *l, int i)
{
	return i >= 0 && i < l->acked ? l->all[i] : NULL;
}

void load_free(struct load *l)
{
	if (!l)
		return;
	for (int i = 0; i < l->n; i++)
		free(l->c[i].refs);
	free(l->all);
	free(l);
}
