/* annotations.c - the annotation set: add, edit, delete, undo, merge. */
#include "annotations.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"

#define UNDO_MAX 1000

typedef struct {
	char id[ANN_ID_MAX + 1];
	Annotation *before, *after; /* NULL: absent on that side */
} UndoStep;

struct AnnSet {
	Annotation **v;
	size_t n, cap;
	UndoStep *undo;
	size_t nundo, done; /* steps recorded; steps applied (the rest can be redone) */
	bool dirty;
	const char *text; /* the placed article text, not owned */
	size_t len;
	char fp[ANCHOR_FP_SIZE];
	bool placed;
};

static const char *const default_tags[] = {
	"claim", "check", "true", "false", "misleading", "unproven", "opinion",
};

size_t ann_default_tag_count(void) { return sizeof default_tags / sizeof default_tags[0]; }

const char *ann_default_tag(size_t i)
{
	return i < ann_default_tag_count() ? default_tags[i] : NULL;
}

bool ann_tag_is_verdict(const char *tag)
{
	static const char *const v[] = { "true", "false", "misleading", "unproven" };
	for (size_t i = 0; tag && i < sizeof v / sizeof v[0]; i++)
		if (!strcmp(tag, v[i]))
			return true;
	return false;
}

const char *ann_status_parse(const char *s)
{
	if (!s)
		return NULL;
	if (!strcasecmp(s, "open"))
		return "open";
	if (!strcasecmp(s, "in progress") || !strcasecmp(s, "in-progress") ||
	    !strcasecmp(s, "in_progress"))
		return "in-progress";
	if (!strcasecmp(s, "done"))
		return "done";
	return NULL;
}

const char *ann_status_label(const char *status)
{
	if (status && !strcmp(status, "in-progress"))
		return "in progress";
	return status && *status ? status : "open";
}

const char *ann_default_author(void)
{
	const char *u = getenv("USER");
	if (u && *u)
		return u;
	struct passwd *pw = getpwuid(getuid());
	if (pw && pw->pw_name && *pw->pw_name)
		return pw->pw_name;
	return "unknown";
}

void ann_now(char out[ANN_TIME_SIZE])
{
	time_t t = time(NULL);
	const char *env = getenv("NEWSROOM_NOW");
	if (env && *env) {
		char *end;
		errno = 0;
		long long v = strtoll(env, &end, 10);
		if (!errno && !*end && v >= 0)
			t = (time_t)v;
	}
	struct tm tm;
	if (!gmtime_r(&t, &tm) || !strftime(out, ANN_TIME_SIZE, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(out, ANN_TIME_SIZE, "1970-01-01T00:00:00Z");
}

const char *ann_speaker_for(const QuoteSet *q, Span span)
{
	const Quote *best = NULL;
	size_t best_len = SIZE_MAX, best_overlap = 0;
	for (size_t i = 0; q && i < quoteset_count(q); i++) {
		const Quote *x = quoteset_get(q, i);
		if (x->kind == QUOTE_TERM || x->speaker < 0)
			continue;
		size_t s = x->span.start > span.start ? x->span.start : span.start;
		size_t e = x->span.end < span.end ? x->span.end : span.end;
		size_t overlap = e > s ? e - s : 0;
		size_t len = x->span.end - x->span.start;
		bool inside = x->span.start <= span.start && span.end <= x->span.end;
		if (inside ? len < best_len || best_len == SIZE_MAX
		           : best_len == SIZE_MAX && overlap * 2 >= span.end - span.start &&
		                     overlap > best_overlap) {
			best = x;
			if (inside)
				best_len = len;
			best_overlap = overlap;
		}
	}
	const Speaker *sp = best ? quoteset_speaker(q, (size_t)best->speaker) : NULL;
	return sp && sp->name && *sp->name ? sp->name : NULL;
}

bool ann_id_valid(const char *id)
{
	size_t n = id ? strlen(id) : 0;
	if (n == 0 || n > ANN_ID_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = id[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
			return false;
	}
	return true;
}

/* --- One annotation ------------------------------------------------------ */

static bool set_str(char **dst, const char *v)
{
	char *c = strdup(v ? v : "");
	if (!c)
		return false;
	free(*dst);
	*dst = c;
	return true;
}

Annotation *annotation_new(const char *id)
{
	Annotation *a = calloc(1, sizeof *a);
	if (!a)
		return NULL;
	snprintf(a->id, sizeof a->id, "%s", id ? id : "");
	a->anchor.start = a->anchor.end = SIZE_MAX; /* absent until read */
	a->state = ANCHOR_UNPLACED;
	if (!set_str(&a->tag, "") || !set_str(&a->status, "open") || !set_str(&a->verdict, "") ||
	    !set_str(&a->note, "") || !set_str(&a->speaker, "") || !set_str(&a->author, "") ||
	    !set_str(&a->orig_exact, "") ||
	    !anchor_set(&a->anchor, SIZE_MAX, SIZE_MAX, "", "", "", "")) {
		annotation_free(a);
		return NULL;
	}
	return a;
}

void annotation_free(Annotation *a)
{
	if (!a)
		return;
	free(a->tag);
	free(a->status);
	free(a->verdict);
	free(a->note);
	free(a->speaker);
	free(a->author);
	free(a->orig_exact);
	anchor_clear(&a->anchor);
	for (size_t i = 0; i < a->nextra; i++) {
		free(a->extra[i].key);
		free(a->extra[i].value);
	}
	free(a->extra);
	free(a);
}

static bool set_extra(Annotation *a, const char *key, const char *value)
{
	for (size_t i = 0; i < a->nextra; i++)
		if (!strcmp(a->extra[i].key, key))
			return set_str(&a->extra[i].value, value);
	KeyVal *e = realloc(a->extra, (a->nextra + 1) * sizeof *e);
	if (!e)
		return false;
	a->extra = e;
	KeyVal kv = { strdup(key), strdup(value) };
	if (!kv.key || !kv.value) {
		free(kv.key);
		free(kv.value);
		return false;
	}
	a->extra[a->nextra++] = kv;
	return true;
}

static bool parse_offset(const char *s, size_t *out)
{
	if (!s || !*s || strlen(s) > 19)
		return false;
	size_t v = 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		v = v * 10 + (size_t)(*p - '0');
	}
	*out = v;
	return true;
}

static bool set_time(char dst[ANN_TIME_SIZE], const char *v)
{
	if (strlen(v) >= ANN_TIME_SIZE)
		return false;
	snprintf(dst, ANN_TIME_SIZE, "%s", v);
	return true;
}

bool annotation_set_key(Annotation *a, const char *key, const char *value)
{
	Anchor *an = &a->anchor;
	size_t off;
	if (!value)
		value = "";
	if (!strcmp(key, "tag"))
		return set_str(&a->tag, value);
	if (!strcmp(key, "status"))
		return set_str(&a->status, value);
	if (!strcmp(key, "verdict"))
		return set_str(&a->verdict, value);
	if (!strcmp(key, "note"))
		return set_str(&a->note, value);
	if (!strcmp(key, "speaker"))
		return set_str(&a->speaker, value);
	if (!strcmp(key, "author"))
		return set_str(&a->author, value);
	if (!strcmp(key, "orig_exact"))
		return set_str(&a->orig_exact, value);
	if (!strcmp(key, "created") && set_time(a->created, value))
		return true;
	if (!strcmp(key, "updated") && set_time(a->updated, value))
		return true;
	if (!strcmp(key, "start") && parse_offset(value, &off)) {
		an->start = off;
		return true;
	}
	if (!strcmp(key, "end") && parse_offset(value, &off)) {
		an->end = off;
		return true;
	}
	if (!strcmp(key, "exact"))
		return set_str(&an->exact, value);
	if (!strcmp(key, "prefix"))
		return set_str(&an->prefix, value);
	if (!strcmp(key, "suffix"))
		return set_str(&an->suffix, value);
	if (!strcmp(key, "fingerprint") && strlen(value) < ANCHOR_FP_SIZE) {
		snprintf(an->fingerprint, sizeof an->fingerprint, "%s", value);
		return true;
	}
	/* Unknown, or a known key whose value does not parse: kept verbatim. */
	return set_extra(a, key, value);
}

bool annotation_each_key(const Annotation *a, AnnKeyFn cb, void *ctx)
{
	const Anchor *an = &a->anchor;
	char sb[24], eb[24];
	snprintf(sb, sizeof sb, "%zu", an->start);
	snprintf(eb, sizeof eb, "%zu", an->end);
	struct {
		const char *k, *v;
		bool always;
	} keys[] = {
		{ "tag", a->tag, true },
		{ "status", a->status, true },
		{ "verdict", a->verdict, false },
		{ "speaker", a->speaker, false },
		{ "author", a->author, false },
		{ "created", a->created, false },
		{ "updated", a->updated, false },
		{ "start", an->start == SIZE_MAX ? "" : sb, false },
		{ "end", an->end == SIZE_MAX ? "" : eb, false },
		{ "exact", an->exact, true },
		{ "prefix", an->prefix, false },
		{ "suffix", an->suffix, false },
		{ "fingerprint", an->fingerprint, false },
		{ "orig_exact", a->orig_exact, false },
		{ "note", a->note, false },
	};
	size_t nk = sizeof keys / sizeof keys[0];
	bool written[sizeof keys / sizeof keys[0]];
	for (size_t i = 0; i < nk; i++) {
		written[i] = keys[i].always || (keys[i].v && *keys[i].v);
		if (written[i] && !cb(ctx, keys[i].k, keys[i].v))
			return false;
	}
	for (size_t i = 0; i < a->nextra; i++) {
		/* A value kept because it did not parse ("start = x") gives way once
		 * the field has a real value again (the anchor was placed): one key,
		 * once, or INI readers keep only one of them. */
		bool shadowed = false;
		for (size_t k = 0; k < nk && !shadowed; k++)
			shadowed = written[k] && !strcmp(keys[k].k, a->extra[i].key);
		if (!shadowed && !cb(ctx, a->extra[i].key, a->extra[i].value))
			return false;
	}
	return true;
}

Annotation *annotation_copy(const Annotation *a)
{
	Annotation *c = annotation_new(a->id);
	if (!c)
		return NULL;
	bool okc = set_str(&c->tag, a->tag) && set_str(&c->status, a->status) &&
	           set_str(&c->verdict, a->verdict) && set_str(&c->note, a->note) &&
	           set_str(&c->speaker, a->speaker) && set_str(&c->author, a->author) &&
	           set_str(&c->orig_exact, a->orig_exact) && anchor_copy(&c->anchor, &a->anchor);
	for (size_t i = 0; okc && i < a->nextra; i++)
		okc = set_extra(c, a->extra[i].key, a->extra[i].value);
	if (!okc) {
		annotation_free(c);
		return NULL;
	}
	memcpy(c->created, a->created, sizeof c->created);
	memcpy(c->updated, a->updated, sizeof c->updated);
	c->state = a->state;
	c->span = a->span;
	return c;
}

static bool append_kv(void *ctx, const char *key, const char *value)
{
	Buf *b = ctx;
	/* NUL separators: neither keys nor values contain NUL. */
	return buf_puts(b, key) && buf_putc(b, 0) && buf_puts(b, value) && buf_putc(b, 0);
}

/* Equal as stored: the placement (state, span) is derived, not compared. */
bool annotation_equal(const Annotation *a, const Annotation *b)
{
	Buf x, y;
	buf_init(&x);
	buf_init(&y);
	bool eq = false;
	if (annotation_each_key(a, append_kv, &x) && annotation_each_key(b, append_kv, &y))
		eq = !strcmp(a->id, b->id) && x.len == y.len && !memcmp(x.data, y.data, x.len);
	buf_free(&x);
	buf_free(&y);
	return eq;
}

/* --- The set ---------------------------------------------------------------- */

AnnSet *annset_new(void) { return calloc(1, sizeof(AnnSet)); }

static void undo_clear_from(AnnSet *s, size_t from)
{
	for (size_t i = from; i < s->nundo; i++) {
		annotation_free(s->undo[i].before);
		annotation_free(s->undo[i].after);
	}
	if (s->nundo > from)
		s->nundo = from;
	if (s->done > s->nundo)
		s->done = s->nundo;
}

void annset_free(AnnSet *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		annotation_free(s->v[i]);
	free(s->v);
	undo_clear_from(s, 0);
	free(s->undo);
	free(s);
}

static bool push(AnnSet *s, Annotation *a)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		Annotation **v = realloc(s->v, cap * sizeof *v);
		if (!v)
			return false;
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = a;
	return true;
}

AnnSet *annset_copy(const AnnSet *s)
{
	AnnSet *c = annset_new();
	if (!c)
		return NULL;
	for (size_t i = 0; i < s->n; i++) {
		Annotation *a = annotation_copy(s->v[i]);
		if (!a || !push(c, a)) {
			annotation_free(a);
			annset_free(c);
			return NULL;
		}
	}
	c->text = s->text;
	c->len = s->len;
	memcpy(c->fp, s->fp, sizeof c->fp);
	c->placed = s->placed;
	c->dirty = s->dirty;
	return c;
}

size_t annset_count(const AnnSet *s) { return s->n; }

const Annotation *annset_get(const AnnSet *s, size_t i) { return i < s->n ? s->v[i] : NULL; }

static size_t index_of(const AnnSet *s, const char *id)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->v[i]->id, id))
			return i;
	return s->n;
}

const Annotation *annset_find(const AnnSet *s, const char *id)
{
	size_t i = index_of(s, id);
	return i < s->n ? s->v[i] : NULL;
}

size_t annset_at(const AnnSet *s, size_t offset, size_t from)
{
	for (size_t i = from; i < s->n; i++) {
		const Annotation *a = s->v[i];
		if (a->state != ANCHOR_UNPLACED && offset >= a->span.start && offset < a->span.end)
			return i;
	}
	return s->n;
}

size_t annset_unplaced_count(const AnnSet *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++)
		n += s->v[i]->state == ANCHOR_UNPLACED;
	return n;
}

bool annset_dirty(const AnnSet *s) { return s->dirty; }
void annset_set_clean(AnnSet *s) { s->dirty = false; }

typedef struct {
	Annotation *a;
	size_t seq;
} SortItem;

static int cmp_items(const void *x, const void *y)
{
	const SortItem *p = x, *q = y;
	bool pu = p->a->state == ANCHOR_UNPLACED, qu = q->a->state == ANCHOR_UNPLACED;
	if (pu != qu)
		return pu ? 1 : -1;
	if (!pu) {
		if (p->a->span.start != q->a->span.start)
			return p->a->span.start < q->a->span.start ? -1 : 1;
		if (p->a->span.end != q->a->span.end)
			return p->a->span.end < q->a->span.end ? -1 : 1;
	}
	return p->seq < q->seq ? -1 : p->seq > q->seq;
}

/* Text order, unplaced last; stable otherwise. */
static bool sort_set(AnnSet *s)
{
	if (s->n < 2)
		return true;
	SortItem *it = malloc(s->n * sizeof *it);
	if (!it)
		return false;
	for (size_t i = 0; i < s->n; i++)
		it[i] = (SortItem){ s->v[i], i };
	qsort(it, s->n, sizeof *it, cmp_items);
	for (size_t i = 0; i < s->n; i++)
		s->v[i] = it[i].a;
	free(it);
	return true;
}

static bool place_one(AnnSet *s, Annotation *a)
{
	AnchorMatch m = anchor_resolve(&a->anchor, s->text, s->len);
	a->state = m.state;
	if (m.state == ANCHOR_UNPLACED)
		return true; /* kept exactly as stored */
	a->span = m.span;
	if (m.state == ANCHOR_FUZZY && !*a->orig_exact && !set_str(&a->orig_exact, a->anchor.exact))
		return false;
	/* Refresh the stored anchor: new offsets, context and fingerprint. */
	Anchor n = { 0 };
	if (!anchor_make(&n, s->text, s->len, m.span.start, m.span.end, s->fp))
		return false;
	anchor_clear(&a->anchor);
	a->anchor = n;
	return true;
}

bool annset_place(AnnSet *s, const char *text, size_t len)
{
	s->text = text;
	s->len = len;
	anchor_fingerprint(text, len, s->fp);
	s->placed = true;
	for (size_t i = 0; i < s->n; i++)
		if (!place_one(s, s->v[i]))
			return false;
	return sort_set(s);
}

bool annset_insert_loaded(AnnSet *s, Annotation *a)
{
	if (!ann_id_valid(a->id) || index_of(s, a->id) < s->n || !push(s, a)) {
		annotation_free(a);
		return false;
	}
	return true;
}

static void new_id(const AnnSet *s, char out[ANN_ID_MAX + 1])
{
	static unsigned counter;
	for (;;) {
		unsigned char r[6];
		if (getrandom(r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
			/* No entropy yet: time, pid and a counter are unique enough. */
			uint64_t x = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ULL ^
			             (uint64_t)getpid() << 20 ^ ++counter;
			for (size_t i = 0; i < sizeof r; i++)
				r[i] = (unsigned char)(x >> (8 * i));
		}
		snprintf(out, ANN_ID_MAX + 1, "%02x%02x%02x%02x%02x%02x", r[0], r[1], r[2], r[3],
		         r[4], r[5]);
		if (index_of(s, out) == s->n)
			return;
	}
}

static bool one_line(const char *v)
{
	for (; *v; v++)
		if ((unsigned char)*v < 0x20 || *v == 0x7F)
			return false;
	return true;
}

static bool apply_fields(Annotation *a, const AnnFields *f, Error *err)
{
	if (!f)
		return true;
	if (f->tag && (!*f->tag || strlen(f->tag) > 64 || !one_line(f->tag))) {
		error_set(err, "a tag is one word or short phrase on one line");
		return false;
	}
	const char *st = f->status ? ann_status_parse(f->status) : NULL;
	if (f->status && !st) {
		error_set(err, "unknown status '%.60s' (open, in progress, done)", f->status);
		return false;
	}
	if ((f->tag && !set_str(&a->tag, f->tag)) || (st && !set_str(&a->status, st)) ||
	    (f->verdict && !set_str(&a->verdict, f->verdict)) ||
	    (f->note && !set_str(&a->note, f->note)) ||
	    (f->speaker && !set_str(&a->speaker, f->speaker)) ||
	    (f->author && !set_str(&a->author, f->author))) {
		error_set(err, "out of memory");
		return false;
	}
	return true;
}

/* Records a step (taking BEFORE and AFTER), dropping what could be redone. */
static bool record(AnnSet *s, const char *id, Annotation *before, Annotation *after)
{
	undo_clear_from(s, s->done);
	if (s->nundo == UNDO_MAX) {
		annotation_free(s->undo[0].before);
		annotation_free(s->undo[0].after);
		memmove(s->undo, s->undo + 1, (s->nundo - 1) * sizeof *s->undo);
		s->nundo--;
		s->done--;
	}
	UndoStep *u = realloc(s->undo, (s->nundo + 1) * sizeof *u);
	if (!u) {
		annotation_free(before);
		annotation_free(after);
		return false;
	}
	s->undo = u;
	UndoStep st = { .before = before, .after = after };
	snprintf(st.id, sizeof st.id, "%s", id);
	s->undo[s->nundo++] = st;
	s->done = s->nundo;
	s->dirty = true;
	return true;
}

const char *annset_add(AnnSet *s, Span span, const AnnFields *f, Error *err)
{
	if (!s->placed) {
		error_set(err, "no article to anchor the annotation in");
		return NULL;
	}
	if (span.start >= span.end || span.end > s->len) {
		error_set(err, "the span %zu-%zu is not inside the article", span.start, span.end);
		return NULL;
	}
	char id[ANN_ID_MAX + 1];
	new_id(s, id);
	Annotation *a = annotation_new(id);
	if (!a) {
		error_set(err, "out of memory");
		return NULL;
	}
	if (!set_str(&a->tag, "claim") || !set_str(&a->author, ann_default_author())) {
		error_set(err, "out of memory");
		annotation_free(a);
		return NULL;
	}
	if (!apply_fields(a, f, err)) {
		annotation_free(a);
		return NULL;
	}
	ann_now(a->created);
	memcpy(a->updated, a->created, sizeof a->updated);
	if (!anchor_make(&a->anchor, s->text, s->len, span.start, span.end, s->fp)) {
		error_set(err, "out of memory");
		annotation_free(a);
		return NULL;
	}
	a->state = ANCHOR_EXACT;
	a->span = (Span){ a->anchor.start, a->anchor.end };
	Annotation *after = annotation_copy(a);
	if (!after || !push(s, a)) {
		annotation_free(after);
		annotation_free(a);
		error_set(err, "out of memory");
		return NULL;
	}
	if (!record(s, id, NULL, after) || !sort_set(s)) {
		error_set(err, "out of memory");
		return NULL;
	}
	return annset_find(s, id)->id;
}

bool annset_edit(AnnSet *s, const char *id, const AnnFields *f, Error *err)
{
	size_t i = index_of(s, id);
	if (i == s->n) {
		error_set(err, "no annotation %.60s", id);
		return false;
	}
	Annotation *before = annotation_copy(s->v[i]), *edited = annotation_copy(s->v[i]);
	if (!before || !edited) {
		annotation_free(before);
		annotation_free(edited);
		error_set(err, "out of memory");
		return false;
	}
	if (!apply_fields(edited, f, err)) {
		annotation_free(before);
		annotation_free(edited);
		return false;
	}
	ann_now(edited->updated);
	Annotation *after = annotation_copy(edited);
	if (!after) {
		annotation_free(before);
		annotation_free(edited);
		error_set(err, "out of memory");
		return false;
	}
	annotation_free(s->v[i]);
	s->v[i] = edited;
	if (!record(s, id, before, after)) {
		error_set(err, "out of memory (the edit is made but cannot be undone)");
		return false;
	}
	return true;
}

bool annset_delete(AnnSet *s, const char *id, Error *err)
{
	size_t i = index_of(s, id);
	if (i == s->n) {
		error_set(err, "no annotation %.60s", id);
		return false;
	}
	Annotation *a = s->v[i];
	memmove(s->v + i, s->v + i + 1, (s->n - i - 1) * sizeof *s->v);
	s->n--;
	char idc[ANN_ID_MAX + 1];
	snprintf(idc, sizeof idc, "%s", id);
	if (!record(s, idc, a, NULL)) {
		error_set(err, "out of memory (deleted, but cannot be undone)");
		return false;
	}
	return true;
}

/* Makes the set hold a copy of WANT for ID (NULL: none). */
static bool apply_state(AnnSet *s, const char *id, const Annotation *want)
{
	size_t i = index_of(s, id);
	if (!want) {
		if (i < s->n) {
			annotation_free(s->v[i]);
			memmove(s->v + i, s->v + i + 1, (s->n - i - 1) * sizeof *s->v);
			s->n--;
		}
		return true;
	}
	Annotation *c = annotation_copy(want);
	if (!c)
		return false;
	if (i < s->n) {
		annotation_free(s->v[i]);
		s->v[i] = c;
	} else if (!push(s, c)) {
		annotation_free(c);
		return false;
	}
	s->dirty = true;
	return sort_set(s);
}

bool annset_can_undo(const AnnSet *s) { return s->done > 0; }
bool annset_can_redo(const AnnSet *s) { return s->done < s->nundo; }

bool annset_undo(AnnSet *s)
{
	if (!s->done)
		return false;
	UndoStep *u = &s->undo[s->done - 1];
	if (!apply_state(s, u->id, u->before))
		return false;
	s->done--;
	s->dirty = true;
	return true;
}

bool annset_redo(AnnSet *s)
{
	if (s->done == s->nundo)
		return false;
	UndoStep *u = &s->undo[s->done];
	if (!apply_state(s, u->id, u->after))
		return false;
	s->done++;
	s->dirty = true;
	return true;
}

/* --- Merge ------------------------------------------------------------------ */

static bool take_copy(AnnSet *out, const Annotation *a)
{
	Annotation *c = annotation_copy(a);
	if (!c || !push(out, c)) {
		annotation_free(c);
		return false;
	}
	return true;
}

/* Keeps THEIRS beside ours under a fresh id, naming the one it conflicts with. */
static bool take_conflict(AnnSet *out, const AnnSet *ours, const Annotation *t)
{
	Annotation *c = annotation_copy(t);
	if (!c)
		return false;
	char id[ANN_ID_MAX + 1];
	do
		new_id(out, id);
	while (index_of(ours, id) < ours->n);
	if (!set_extra(c, "conflict_of", t->id)) {
		annotation_free(c);
		return false;
	}
	snprintf(c->id, sizeof c->id, "%s", id);
	if (!push(out, c)) {
		annotation_free(c);
		return false;
	}
	return true;
}

static bool merge_one(AnnSet *out, const AnnSet *ours, const Annotation *o, const Annotation *b,
                      const Annotation *t, MergeReport *r)
{
	if (!b) { /* new on one side or (by chance) both */
		if (o && t && !annotation_equal(o, t))
			return take_copy(out, o) && take_conflict(out, ours, t) && ++r->conflicts;
		if (o)
			return take_copy(out, o);
		r->taken++;
		return take_copy(out, t);
	}
	bool oc = !o || !annotation_equal(o, b), tc = !t || !annotation_equal(t, b);
	if (!tc)
		return o ? take_copy(out, o) : true; /* ours, or our deletion */
	if (!oc) {
		r->taken++;
		return t ? take_copy(out, t) : true; /* theirs, or their deletion */
	}
	if (o && t) {
		if (annotation_equal(o, t))
			return take_copy(out, o);
		r->conflicts++;
		return take_copy(out, o) && take_conflict(out, ours, t);
	}
	if (o || t) { /* deleted on one side, edited on the other: the edit stays */
		r->kept++;
		return take_copy(out, o ? o : t);
	}
	return true; /* deleted on both sides */
}

bool annset_merge(AnnSet *ours, const AnnSet *base, const AnnSet *theirs, MergeReport *r)
{
	*r = (MergeReport){ 0 };
	AnnSet *out = annset_new();
	if (!out)
		return false;
	bool okm = true;
	for (size_t i = 0; okm && i < ours->n; i++) {
		const Annotation *o = ours->v[i];
		okm = merge_one(out, ours, o, annset_find(base, o->id), annset_find(theirs, o->id), r);
	}
	/* Deleted here (in base, not ours) or new there. */
	for (size_t i = 0; okm && i < theirs->n; i++) {
		const Annotation *t = theirs->v[i];
		if (index_of(ours, t->id) < ours->n)
			continue;
		okm = merge_one(out, ours, NULL, annset_find(base, t->id), t, r);
	}
	if (okm && ours->placed) {
		out->text = ours->text;
		out->len = ours->len;
		memcpy(out->fp, ours->fp, sizeof out->fp);
		out->placed = true;
		for (size_t i = 0; okm && i < out->n; i++)
			okm = place_one(out, out->v[i]);
	}
	if (!okm || !sort_set(out)) {
		annset_free(out);
		return false;
	}
	annset_take_contents(ours, out);
	if (r->taken || r->conflicts || r->kept)
		ours->dirty = true;
	return true;
}

void annset_take_contents(AnnSet *dst, AnnSet *src)
{
	for (size_t i = 0; i < dst->n; i++)
		annotation_free(dst->v[i]);
	free(dst->v);
	dst->v = src->v;
	dst->n = src->n;
	dst->cap = src->cap;
	dst->dirty = src->dirty;
	src->v = NULL;
	src->n = src->cap = 0;
	annset_free(src);
}
