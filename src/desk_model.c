/* desk_model.c - the desk's entries, filled in by analysis threads. */
#include "desk_model.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "expand.h"
#include "quotes.h"
#include "sanitize.h"
#include "sidecar.h"
#include "walk.h"

/* What a worker made of one file: its articles, or why it failed. */
typedef struct {
	atomic_int done;   /* set (release) once the fields below are written */
	bool taken;        /* the UI thread has moved them into the entries */
	DeskEntry *items;
	size_t nitems;
	char *error;
} Slot;

struct Desk {
	LoadOptions opt;
	QuoteEngine *engine;
	Error engine_err;

	char **paths;      /* the files, in walk order */
	Slot *slots;
	size_t nfiles;
	size_t first_open; /* slots below this are all taken in */

	DeskEntry *entries;
	size_t nentries, cap;

	DeskPerson *people;
	size_t npeople;

	pthread_t *threads;
	int nthreads;
	atomic_size_t next;     /* next file for a worker */
	atomic_size_t analysed; /* files finished */
	atomic_bool stop;
	pthread_mutex_t wait_mu;
	pthread_cond_t wait_cv;
};

/* The INI reader's error hook is process-wide: one sidecar read at a time. */
static pthread_mutex_t sidecar_mu = PTHREAD_MUTEX_INITIALIZER;

/* ---- dates -------------------------------------------------------------- */

static int month_of(const char *w, size_t n)
{
	static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	if (n < 3)
		return 0;
	char m[3];
	for (int i = 0; i < 3; i++)
		m[i] = (char)(w[i] | 0x20);
	for (int i = 0; i < 12; i++)
		if (memcmp(names + 3 * i, m, 3) == 0)
			return i + 1;
	return 0;
}

bool desk_date_key(const char *s, char out[20])
{
	out[0] = 0;
	if (!s)
		return false;
	int y = 0, mo = 0, d = 0, hh = 0, mm = 0, ss = 0;
	/* ISO 8601 first: 2017-12-15[T10:02[:11]] */
	if (sscanf(s, "%4d-%2d-%2d", &y, &mo, &d) == 3) {
		const char *t = s + 10;
		if (*t == 'T' || *t == ' ')
			sscanf(t + 1, "%2d:%2d:%2d", &hh, &mm, &ss);
	} else {
		/* Words: a month name, a day (1-31), a year (4 digits), hh:mm[:ss]. */
		y = mo = d = 0;
		const char *p = s;
		while (*p) {
			if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') {
				const char *w = p;
				while (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
					p++;
				if (!mo)
					mo = month_of(w, (size_t)(p - w));
			} else if (*p >= '0' && *p <= '9') {
				const char *w = p;
				long v = strtol(p, (char **)&p, 10);
				if (*p == ':' && p - w <= 2) {
					hh = (int)v;
					int m2 = 0, s2 = 0;
					if (sscanf(p + 1, "%2d:%2d", &m2, &s2) >= 1) {
						mm = m2;
						ss = s2;
					}
					while (*p == ':' || (*p >= '0' && *p <= '9'))
						p++;
				} else if (p - w == 4 && !y) {
					y = (int)v;
				} else if (p - w <= 2 && !d && v >= 1 && v <= 31) {
					d = (int)v;
				}
			} else {
				p++;
			}
		}
	}
	if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60)
		hh = mm = ss = 0;
	snprintf(out, 20, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, hh, mm, ss);
	return true;
}

/* ---- one file ----------------------------------------------------------- */

static char *dup_or_empty(const char *s)
{
	return strdup(s ? s : "");
}

/* The first LEN bytes of S cut at a character boundary, as a clean line. */
static char *cut_line(const char *s, size_t len, size_t max)
{
	if (len > max) {
		len = max;
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--;
	}
	return sanitize_line(s, len);
}

static void entry_clear(DeskEntry *e)
{
	free(e->path);
	free(e->title);
	free(e->source);
	free(e->date);
	free(e->error);
	for (size_t i = 0; i < e->nspeakers; i++) {
		for (size_t k = 0; k < e->speakers[i].nst; k++)
			free(e->speakers[i].st[k].text);
		free(e->speakers[i].st);
		free(e->speakers[i].name);
	}
	free(e->speakers);
	memset(e, 0, sizeof *e);
}

/* Counts the annotations of PATH's sidecar, if it has one. */
static void count_notes(DeskEntry *e)
{
	e->nnotes = e->nopen = 0;
	char *sp = e->item == 0 ? sidecar_default_path(e->path) : NULL;
	struct stat st;
	if (!sp || stat(sp, &st) != 0) {
		free(sp);
		return;
	}
	Error err;
	pthread_mutex_lock(&sidecar_mu);
	Sidecar *sc = sidecar_open(sp, NULL, 0, &err);
	pthread_mutex_unlock(&sidecar_mu);
	free(sp);
	if (!sc)
		return;
	AnnSet *s = sidecar_annotations(sc);
	e->nnotes = annset_count(s);
	for (size_t i = 0; i < e->nnotes; i++) {
		const char *status = annset_get(s, i)->status;
		if (!status || strcmp(status, "open") == 0)
			e->nopen++;
	}
	sidecar_free(sc);
}

/* The speakers of Q with their statements, most statements first. */
static bool collect_speakers(DeskEntry *e, const Article *a, const QuoteSet *q)
{
	size_t ns = quoteset_speaker_count(q);
	size_t *count = calloc(ns + 1, sizeof *count);
	if (!count)
		return false;
	for (size_t i = 0; i < quoteset_count(q); i++) {
		const Quote *x = quoteset_get(q, i);
		if (x->kind == QUOTE_TERM)
			continue;
		e->nquotes += x->kind != QUOTE_INDIRECT;
		if (x->speaker >= 0 && (size_t)x->speaker < ns)
			count[x->speaker]++;
	}
	size_t keep = 0;
	for (size_t s = 0; s < ns; s++)
		keep += count[s] > 0;
	e->speakers = calloc(keep + 1, sizeof *e->speakers);
	if (!e->speakers) {
		free(count);
		return false;
	}
	/* Speaker order from the engine (quote count), speakers without speech dropped. */
	size_t *slot = calloc(ns + 1, sizeof *slot);
	bool ok = slot != NULL;
	for (size_t s = 0; ok && s < ns; s++) {
		if (!count[s])
			continue;
		const Speaker *sp = quoteset_speaker(q, s);
		DeskSpeaker *d = &e->speakers[e->nspeakers];
		slot[s] = e->nspeakers++;
		d->name = dup_or_empty(sp->name);
		d->is_org = sp->is_org;
		d->st = calloc(count[s], sizeof *d->st);
		ok = d->name && d->st;
	}
	const char *text = article_text(a);
	for (size_t i = 0; ok && i < quoteset_count(q); i++) {
		const Quote *x = quoteset_get(q, i);
		if (x->kind == QUOTE_TERM || x->speaker < 0 || (size_t)x->speaker >= ns)
			continue;
		DeskSpeaker *d = &e->speakers[slot[x->speaker]];
		DeskStatement *st = &d->st[d->nst++];
		st->start = x->span.start;
		st->end = x->span.end;
		st->reported = x->kind == QUOTE_INDIRECT;
		d->nreported += st->reported;
		st->text = cut_line(text + x->inner.start, x->inner.end - x->inner.start,
		                    DESK_SNIPPET_MAX);
		ok = st->text != NULL;
	}
	/* Stable: most statements first (the engine counts differently). */
	for (size_t i = 1; ok && i < e->nspeakers; i++)
		for (size_t j = i; j > 0 && e->speakers[j].nst > e->speakers[j - 1].nst; j--) {
			DeskSpeaker t = e->speakers[j];
			e->speakers[j] = e->speakers[j - 1];
			e->speakers[j - 1] = t;
		}
	free(slot);
	free(count);
	return ok;
}

typedef struct {
	Desk *d;
	const char *path;
	DeskEntry *items;
	size_t n, cap;
	Error *err;
} FileJob;

static const char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');
	return b && b[1] ? b + 1 : path;
}

static bool summarise(Article *a, int item, const Feed *feed, void *ctx)
{
	FileJob *job = ctx;
	if (job->n == job->cap) {
		size_t cap = job->cap ? job->cap * 2 : 1;
		DeskEntry *m = realloc(job->items, cap * sizeof *m);
		if (!m) {
			article_free(a);
			error_set(job->err, "%s: out of memory", job->path);
			return false;
		}
		job->items = m;
		job->cap = cap;
	}
	DeskEntry *e = &job->items[job->n++];
	memset(e, 0, sizeof *e);
	e->item = item;
	const FeedItem *fi = feed ? feed_item(feed, (size_t)item - 1) : NULL;
	const char *title = article_meta(a, META_TITLE);
	if ((!title || !*title) && fi && *fi->title)
		title = fi->title;
	const char *source = article_meta(a, META_SOURCE);
	if (!source)
		source = article_meta(a, META_SITE);
	if (!source && fi)
		source = fi->source;
	const char *date = article_meta(a, META_DATE);
	if (!date && fi)
		date = fi->date;
	e->path = strdup(job->path);
	if (title && *title) {
		e->title = cut_line(title, strlen(title), 400);
	} else if (article_paragraph_count(a) > 0) {
		/* No headline found: the first paragraph stands in for it. */
		const Paragraph *p = article_paragraph(a, 0);
		e->title = cut_line(article_text(a) + p->span.start, p->span.end - p->span.start, 160);
	} else {
		e->title = sanitize_line(base_name(job->path), strlen(base_name(job->path)));
	}
	e->source = dup_or_empty(source);
	e->date = dup_or_empty(date);
	desk_date_key(date, e->datekey);
	bool ok = e->path && e->title && e->source && e->date;
	Error qerr;
	QuoteSet *q = ok && job->d->engine
	                  ? quotes_analyze_with(job->d->engine, a, QUOTES_REPORTED, &qerr)
	                  : NULL;
	if (q)
		ok = collect_speakers(e, a, q);
	quoteset_free(q);
	article_free(a);
	if (ok)
		count_notes(e);
	else
		error_set(job->err, "%s: out of memory", job->path);
	return ok;
}

static void analyse_file(Desk *d, size_t i)
{
	Slot *s = &d->slots[i];
	Error err = { .msg = "" };
	FileJob job = { .d = d, .path = d->paths[i], .err = &err };
	if (!expand_articles(d->paths[i], &d->opt, summarise, &job, &err)) {
		for (size_t k = 0; k < job.n; k++)
			entry_clear(&job.items[k]);
		free(job.items);
		job.items = NULL;
		job.n = 0;
		s->error = strdup(err.msg[0] ? err.msg : "cannot be read");
	}
	s->items = job.items;
	s->nitems = job.n;
	atomic_store_explicit(&s->done, 1, memory_order_release);
}

static void *worker(void *arg)
{
	Desk *d = arg;
	for (;;) {
		size_t i = atomic_fetch_add(&d->next, 1);
		if (i >= d->nfiles || atomic_load(&d->stop))
			break;
		if (atomic_load_explicit(&d->slots[i].done, memory_order_acquire))
			continue; /* a folder that could not be read: failed already */
		analyse_file(d, i);
		atomic_fetch_add(&d->analysed, 1);
		pthread_mutex_lock(&d->wait_mu);
		pthread_cond_broadcast(&d->wait_cv);
		pthread_mutex_unlock(&d->wait_mu);
	}
	return NULL;
}

/* ---- the desk ----------------------------------------------------------- */

static bool add_path(Desk *d, const char *p, size_t *cap)
{
	if (d->nfiles == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		char **m = realloc(d->paths, c * sizeof *m);
		if (!m)
			return false;
		d->paths = m;
		*cap = c;
	}
	return (d->paths[d->nfiles] = strdup(p)) && ++d->nfiles;
}

Desk *desk_new(char *const *paths, size_t n, const LoadOptions *opt, int jobs, Error *err)
{
	Desk *d = calloc(1, sizeof *d);
	if (!d) {
		error_set(err, "out of memory");
		return NULL;
	}
	if (opt)
		d->opt = *opt;
	d->opt.item = 0;
	pthread_mutex_init(&d->wait_mu, NULL);
	pthread_cond_init(&d->wait_cv, NULL);
	Walk *w = walk_new(paths, n);
	const char *p;
	bool failed;
	size_t cap = 0;
	Error werr;
	bool ok = w != NULL;
	/* Failed folders become failed entries, in walk order, with their message. */
	char **fail_msg = NULL;
	size_t nfail_cap = 0;
	while (ok && (p = walk_next(w, &werr, &failed))) {
		ok = add_path(d, p, &cap);
		if (ok && failed) {
			if (nfail_cap < cap) {
				char **m = realloc(fail_msg, cap * sizeof *m);
				if (!m) {
					ok = false;
					break;
				}
				memset(m + nfail_cap, 0, (cap - nfail_cap) * sizeof *m);
				fail_msg = m;
				nfail_cap = cap;
			}
			fail_msg[d->nfiles - 1] = strdup(werr.msg);
		}
	}
	walk_free(w);
	if (ok && d->nfiles == 0) {
		error_set(err, "no article files found");
		free(fail_msg);
		desk_free(d);
		return NULL;
	}
	d->slots = ok ? calloc(d->nfiles, sizeof *d->slots) : NULL;
	d->cap = d->nfiles + 16;
	d->entries = d->slots ? calloc(d->cap, sizeof *d->entries) : NULL;
	ok = d->entries != NULL;
	for (size_t i = 0; ok && i < d->nfiles; i++) {
		DeskEntry *e = &d->entries[i];
		e->path = strdup(d->paths[i]);
		e->file = i;
		e->title = sanitize_line(base_name(d->paths[i]), strlen(base_name(d->paths[i])));
		e->source = strdup("");
		e->date = strdup("");
		ok = e->path && e->title && e->source && e->date;
		atomic_init(&d->slots[i].done, 0);
		if (i < nfail_cap && fail_msg[i]) {
			/* Not for the workers: already failed. */
			d->slots[i].error = fail_msg[i];
			fail_msg[i] = NULL;
			atomic_store(&d->slots[i].done, 1);
		}
	}
	d->nentries = ok ? d->nfiles : 0;
	for (size_t i = 0; i < nfail_cap; i++)
		free(fail_msg[i]);
	free(fail_msg);
	if (!ok) {
		error_set(err, "out of memory");
		desk_free(d);
		return NULL;
	}
	d->engine = quote_engine_new(&d->engine_err);
	atomic_init(&d->next, 0);
	atomic_init(&d->analysed, 0);
	atomic_init(&d->stop, false);
	/* Files that already failed count as analysed, and workers skip them. */
	for (size_t i = 0; i < d->nfiles; i++)
		if (atomic_load(&d->slots[i].done))
			atomic_fetch_add(&d->analysed, 1);
	if (jobs <= 0)
		jobs = batch_cores();
	if ((size_t)jobs > d->nfiles)
		jobs = (int)d->nfiles;
	d->threads = calloc((size_t)jobs, sizeof *d->threads);
	for (int i = 0; d->threads && i < jobs; i++)
		if (pthread_create(&d->threads[i], NULL, worker, d) == 0)
			d->nthreads++;
	if (d->nthreads == 0)
		worker(d); /* no threads: analyse here, before the list shows */
	return d;
}

void desk_free(Desk *d)
{
	if (!d)
		return;
	atomic_store(&d->stop, true);
	for (int i = 0; i < d->nthreads; i++)
		pthread_join(d->threads[i], NULL);
	free(d->threads);
	for (size_t i = 0; d->slots && i < d->nfiles; i++) {
		Slot *s = &d->slots[i];
		if (!s->taken) {
			for (size_t k = 0; k < s->nitems; k++)
				entry_clear(&s->items[k]);
			free(s->items);
			free(s->error);
		}
	}
	free(d->slots);
	for (size_t i = 0; i < d->nentries; i++)
		entry_clear(&d->entries[i]);
	free(d->entries);
	for (size_t i = 0; i < d->npeople; i++)
		free(d->people[i].refs);
	free(d->people);
	for (size_t i = 0; i < d->nfiles; i++)
		free(d->paths[i]);
	free(d->paths);
	quote_engine_free(d->engine);
	pthread_mutex_destroy(&d->wait_mu);
	pthread_cond_destroy(&d->wait_cv);
	free(d);
}

static bool take(Desk *d, size_t i)
{
	Slot *s = &d->slots[i];
	DeskEntry *e = &d->entries[i];
	if (s->nitems > 1 && d->nentries + s->nitems - 1 > d->cap) {
		size_t cap = (d->nentries + s->nitems) * 2;
		DeskEntry *m = realloc(d->entries, cap * sizeof *m);
		if (!m)
			return false; /* tried again at the next poll */
		d->entries = m;
		d->cap = cap;
		e = &d->entries[i];
	}
	s->taken = true;
	if (s->nitems == 0) {
		e->ready = true;
		if (s->error)
			e->error = s->error;
		else
			e->error = strdup("a feed without items");
		s->error = NULL;
		return true;
	}
	for (size_t k = 0; k < s->nitems; k++) {
		DeskEntry *to = k == 0 ? e : &d->entries[d->nentries++];
		if (k == 0)
			entry_clear(to);
		*to = s->items[k];
		to->file = i;
		to->ready = true;
	}
	free(s->items);
	s->items = NULL;
	return true;
}

bool desk_poll(Desk *d)
{
	bool changed = false;
	size_t claimed = atomic_load(&d->next);
	if (claimed > d->nfiles)
		claimed = d->nfiles;
	for (size_t i = d->first_open; i < d->nfiles; i++) {
		Slot *s = &d->slots[i];
		if (s->taken)
			continue;
		if (!atomic_load_explicit(&s->done, memory_order_acquire)) {
			if (i >= claimed && i > d->first_open + 4096)
				break; /* nothing further on is done yet */
			continue;
		}
		if (take(d, i))
			changed = true;
	}
	while (d->first_open < d->nfiles && d->slots[d->first_open].taken)
		d->first_open++;
	return changed;
}

void desk_wait(Desk *d)
{
	pthread_mutex_lock(&d->wait_mu);
	while (atomic_load(&d->analysed) < d->nfiles)
		pthread_cond_wait(&d->wait_cv, &d->wait_mu);
	pthread_mutex_unlock(&d->wait_mu);
	desk_poll(d);
}

size_t desk_files(const Desk *d)
{
	return d->nfiles;
}

size_t desk_analysed(const Desk *d)
{
	return atomic_load(&((Desk *)d)->analysed);
}

size_t desk_count(const Desk *d)
{
	return d->nentries;
}

const DeskEntry *desk_entry(const Desk *d, size_t i)
{
	return i < d->nentries ? &d->entries[i] : NULL;
}

void desk_refresh_notes(Desk *d, size_t i)
{
	if (i < d->nentries && d->entries[i].ready && !d->entries[i].error)
		count_notes(&d->entries[i]);
}

/* ---- the speakers index ------------------------------------------------- */

/* Lowercase ASCII, single spaces: the key names are merged on. */
static void name_key(const char *s, char *out, size_t size)
{
	size_t n = 0;
	bool space = false;
	for (; *s && n + 1 < size; s++) {
		char c = *s;
		if (c == ' ' || c == '\t') {
			space = n > 0;
			continue;
		}
		if (space && n + 2 < size)
			out[n++] = ' ';
		space = false;
		out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c;
	}
	out[n] = 0;
}

typedef struct {
	char key[128];
	size_t entry, speaker;
	size_t group;
} NameRef;

static int cmp_key(const void *a, const void *b)
{
	const NameRef *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->entry < y->entry ? -1 : x->entry > y->entry ? 1 : 0;
}

static int cmp_person(const void *a, const void *b)
{
	const DeskPerson *x = a, *y = b;
	if (x->nquotes != y->nquotes)
		return x->nquotes > y->nquotes ? -1 : 1;
	if (x->narticles != y->narticles)
		return x->narticles > y->narticles ? -1 : 1;
	return strcmp(x->name, y->name);
}

static int cmp_ref(const void *a, const void *b)
{
	const DeskRef *x = a, *y = b;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return x->speaker < y->speaker ? -1 : x->speaker > y->speaker;
}

size_t desk_index(Desk *d)
{
	for (size_t i = 0; i < d->npeople; i++)
		free(d->people[i].refs);
	free(d->people);
	d->people = NULL;
	d->npeople = 0;
	size_t n = 0;
	for (size_t i = 0; i < d->nentries; i++)
		n += d->entries[i].nspeakers;
	if (n == 0)
		return 0;
	NameRef *r = calloc(n, sizeof *r);
	NameRef *last = calloc(n, sizeof *last);
	if (!r || !last) {
		free(r);
		free(last);
		return 0;
	}
	size_t k = 0;
	for (size_t i = 0; i < d->nentries; i++)
		for (size_t s = 0; s < d->entries[i].nspeakers; s++, k++) {
			name_key(d->entries[i].speakers[s].name, r[k].key, sizeof r[k].key);
			r[k].entry = i;
			r[k].speaker = s;
		}
	qsort(r, n, sizeof *r, cmp_key);
	size_t ngroups = 0;
	for (size_t i = 0; i < n; i++)
		r[i].group = (i > 0 && strcmp(r[i].key, r[i - 1].key) == 0) ? r[i - 1].group : ngroups++;
	/* The last words of full names (several words, not organisations). */
	size_t nlast = 0;
	for (size_t i = 0; i < n; i++) {
		const char *sp = strrchr(r[i].key, ' ');
		if (!sp || d->entries[r[i].entry].speakers[r[i].speaker].is_org)
			continue;
		snprintf(last[nlast].key, sizeof last[nlast].key, "%s", sp + 1);
		last[nlast].group = r[i].group;
		last[nlast++].entry = i;
	}
	qsort(last, nlast, sizeof *last, cmp_key);
	/* A one-word name joins the only full name ending in it. */
	size_t *remap = malloc(ngroups * sizeof *remap);
	for (size_t g = 0; remap && g < ngroups; g++)
		remap[g] = g;
	for (size_t i = 0; remap && i < n; i++) {
		if (strchr(r[i].key, ' ') || (i > 0 && r[i].group == r[i - 1].group))
			continue;
		size_t lo = 0, hi = nlast;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (strcmp(last[mid].key, r[i].key) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == nlast || strcmp(last[lo].key, r[i].key) != 0)
			continue;
		size_t to = last[lo].group;
		bool unique = true;
		for (size_t j = lo + 1; j < nlast && strcmp(last[j].key, r[i].key) == 0; j++)
			unique = unique && last[j].group == to;
		if (unique)
			remap[r[i].group] = to;
	}
	for (size_t i = 0; remap && i < n; i++)
		r[i].group = remap[r[i].group];
	free(remap);
	free(last);
	/* One person a group. */
	size_t *person = malloc(ngroups * sizeof *person);
	d->people = calloc(ngroups, sizeof *d->people);
	if (!person || !d->people) {
		free(person);
		free(d->people);
		d->people = NULL;
		free(r);
		return 0;
	}
	for (size_t g = 0; g < ngroups; g++)
		person[g] = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		size_t g = r[i].group;
		if (person[g] == (size_t)-1)
			person[g] = d->npeople++;
		DeskPerson *p = &d->people[person[g]];
		DeskRef *m = realloc(p->refs, (p->nrefs + 1) * sizeof *m);
		if (!m)
			continue;
		p->refs = m;
		p->refs[p->nrefs++] = (DeskRef){ r[i].entry, r[i].speaker };
		const char *name = d->entries[r[i].entry].speakers[r[i].speaker].name;
		if (!p->name || strlen(name) > strlen(p->name))
			p->name = name; /* the fullest form */
		p->nquotes += d->entries[r[i].entry].speakers[r[i].speaker].nst;
		p->nreported += d->entries[r[i].entry].speakers[r[i].speaker].nreported;
	}
	for (size_t i = 0; i < d->npeople; i++) {
		DeskPerson *p = &d->people[i];
		qsort(p->refs, p->nrefs, sizeof *p->refs, cmp_ref);
		for (size_t j = 0; j < p->nrefs; j++)
			p->narticles += j == 0 || p->refs[j].entry != p->refs[j - 1].entry;
	}
	qsort(d->people, d->npeople, sizeof *d->people, cmp_person);
	free(person);
	free(r);
	return d->npeople;
}

const DeskPerson *desk_person(const Desk *d, size_t i)
{
	return i < d->npeople ? &d->people[i] : NULL;
}

/* Dated articles first, oldest first; then walk order. */
static int cmp_dated(const DeskEntry *x, const DeskEntry *y)
{
	if (!x->datekey[0] != !y->datekey[0])
		return x->datekey[0] ? -1 : 1;
	int c = strcmp(x->datekey, y->datekey);
	if (c)
		return c;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

static const Desk *sort_desk; /* qsort has no context argument */

static int cmp_quote(const void *a, const void *b)
{
	const DeskQuote *x = a, *y = b;
	if (x->entry != y->entry) {
		int c = cmp_dated(&sort_desk->entries[x->entry], &sort_desk->entries[y->entry]);
		if (c)
			return c;
		return x->entry < y->entry ? -1 : 1;
	}
	return x->st->start < y->st->start ? -1 : x->st->start > y->st->start;
}

DeskQuote *desk_person_statements(const Desk *d, size_t p, size_t *n)
{
	*n = 0;
	const DeskPerson *per = desk_person(d, p);
	if (!per || per->nquotes == 0)
		return NULL;
	DeskQuote *q = malloc(per->nquotes * sizeof *q);
	if (!q)
		return NULL;
	for (size_t i = 0; i < per->nrefs; i++) {
		const DeskSpeaker *s = &d->entries[per->refs[i].entry].speakers[per->refs[i].speaker];
		for (size_t k = 0; k < s->nst && *n < per->nquotes; k++)
			q[(*n)++] = (DeskQuote){ per->refs[i].entry, &s->st[k] };
	}
	sort_desk = d; /* the UI thread alone sorts */
	qsort(q, *n, sizeof *q, cmp_quote);
	return q;
}
