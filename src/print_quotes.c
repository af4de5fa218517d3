/* print_quotes.c - `--quotes` and `--speakers`, as TSV or JSON Lines.
 *
 * The engine is built once (pthread_once: the batch runs printers on worker
 * threads) and shared, read-only, by every article of the run: the patterns
 * are compiled once per run, not once per file.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "json.h"
#include "quotes.h"
#include "sanitize.h"

static QuoteEngine *engine;
static Error engine_err;
static pthread_once_t engine_once = PTHREAD_ONCE_INIT;

static void engine_release(void)
{
	quote_engine_free(engine);
	engine = NULL;
}

static void engine_build(void)
{
	if ((engine = quote_engine_new(&engine_err)))
		atexit(engine_release);
}

static QuoteSet *analyze(const Article *a)
{
	Error err;
	pthread_once(&engine_once, engine_build);
	if (!engine) {
		cli_error("%s", engine_err.msg);
		return NULL;
	}
	QuoteSet *q = quotes_analyze_with(engine, a, QUOTES_REPORTED, &err);
	if (!q)
		cli_error("%s", err.msg);
	return q;
}

static bool flush(FILE *out, Buf *b)
{
	bool ok = fwrite(b->data ? b->data : "", 1, b->len, out) == b->len;
	b->len = 0;
	return ok;
}

/* One TSV field: the bytes of S on one line, tabs and newlines as spaces. */
static bool tsv_field(Buf *b, const char *s, size_t n)
{
	if (s && sanitize_line_is_clean(s, n))
		return buf_append(b, s, n); /* no tab: a tab is not clean */
	char *clean = sanitize_line(s ? s : "", s ? n : 0);
	if (!clean)
		return false;
	for (char *p = clean; *p; p++)
		if (*p == '\t')
			*p = ' ';
	bool ok = buf_puts(b, clean);
	free(clean);
	return ok;
}

static bool span_field(Buf *b, const char *text, Span s)
{
	return tsv_field(b, text + s.start, s.end - s.start);
}

static const char *speaker_name(const QuoteSet *q, const Quote *x)
{
	const Speaker *s = x->speaker >= 0 ? quoteset_speaker(q, (size_t)x->speaker) : NULL;
	return s ? s->name : "";
}

/* Every JSON record names its article, so the lines of a whole tree (or of
 * many processes) can be concatenated and still be told apart.  A record's
 * end, from the path on, is the same for all of an article's records: it is
 * written once into END and copied into each. */
static bool record_end(Buf *end, const Article *a)
{
	const char *path = article_meta(a, META_ORIGIN), *item = article_meta(a, META_ITEM);
	return json_field_str(end, false, "path", path ? path : "") &&
	       (!item || buf_printf(end, ",\"item\":%s", item)) && buf_puts(end, "}\n");
}

/* The decimal digits of V written at P; returns their end.  printf's
 * format parsing cost more than the quote; two digits a step (offsets run
 * to seven digits, and a division a digit was most of a record's cost
 * after the text), written where they go, not copied from a scratch. */
static char *put_digits(char *p, size_t v)
{
	static const char pairs[201] =
		"0001020304050607080910111213141516171819"
		"2021222324252627282930313233343536373839"
		"4041424344454647484950515253545556575859"
		"6061626364656667686970717273747576777879"
		"8081828384858687888990919293949596979899";
	if (v > UINT32_MAX) {
		char d[24];
		size_t i = sizeof d;
		for (; v; v /= 10)
			d[--i] = (char)('0' + v % 10);
		memcpy(p, d + i, sizeof d - i);
		return p + (sizeof d - i);
	}
	/* (in 32 bits, where a division is a shorter multiplication, and the
	 * digits counted by three or four comparisons, not divisions) */
	uint32_t u = (uint32_t)v;
	unsigned n = u < 100000 ? (u < 100 ? (u < 10 ? 1 : 2) : u < 1000 ? 3 : u < 10000 ? 4 : 5)
	                        : u < 10000000 ? (u < 1000000 ? 6 : 7)
	                                       : u < 100000000 ? 8 : u < 1000000000 ? 9 : 10;
	char *end = p + n;
	p = end;
	for (; u >= 100; u /= 100) {
		p -= 2;
		memcpy(p, pairs + 2 * (u % 100), 2);
	}
	if (u >= 10)
		memcpy(p - 2, pairs + 2 * u, 2);
	else
		p[-1] = (char)('0' + u);
	return end;
}

enum { DIGITS_MAX = 20 }; /* of a size_t */

static bool put_size(Buf *b, size_t v)
{
	if (!buf_reserve(b, DIGITS_MAX))
		return false;
	b->len = (size_t)(put_digits(b->data + b->len, v) - b->data);
	return true;
}

/* The confidences of an article's quotes are a handful of values, and
 * printf's "%.2f" cost more than all the rest of a record: each value is
 * formatted by printf once and its digits kept, in the slot its bits hash
 * to, for the next record with the same bits. */
typedef struct {
	uint64_t bits[64];
	char s[64][16];
	unsigned char len[64]; /* 0: the slot is empty */
} Fixed2;

static bool put_fixed2(Buf *b, Fixed2 *f, double v)
{
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	unsigned k = (unsigned)((bits * 0x9E3779B97F4A7C15u) >> 58);
	if (f->len[k] && f->bits[k] == bits)
		return buf_append(b, f->s[k], f->len[k]);
	int n = snprintf(f->s[k], sizeof f->s[k], "%.2f", v);
	if (n <= 0 || (size_t)n >= sizeof f->s[k]) {
		f->len[k] = 0;
		return buf_printf(b, "%.2f", v);
	}
	f->bits[k] = bits;
	f->len[k] = (unsigned char)n;
	return buf_append(b, f->s[k], (size_t)n);
}

static bool quote_json(Buf *b, const char *text, const QuoteSet *q, const Quote *x,
                       Fixed2 *conf, const Buf *end)
{
	return buf_puts(b, "{\"start\":") && put_size(b, x->span.start) &&
	       buf_puts(b, ",\"end\":") && put_size(b, x->span.end) &&
	       buf_puts(b, ",\"text\":") &&
	       json_string(b, text + x->inner.start, x->inner.end - x->inner.start) &&
	       buf_puts(b, ",\"kind\":") && json_cstr(b, quote_kind_name(x->kind)) &&
	       buf_puts(b, ",\"speaker\":") && json_cstr(b, speaker_name(q, x)) &&
	       buf_puts(b, ",\"mention\":") &&
	       json_string(b, text + x->mention.start, x->mention.end - x->mention.start) &&
	       buf_puts(b, ",\"cue\":") &&
	       json_string(b, text + x->cue.start, x->cue.end - x->cue.start) &&
	       buf_puts(b, ",\"confidence\":") && put_fixed2(b, conf, x->confidence) &&
	       buf_append(b, end->data, end->len);
}

/* Whether each speaker's name is clean, tested at its first quote: a
 * speaker has several (0 untested, 1 clean, 2 not).  NULL: tested each time. */
typedef struct {
	unsigned char *v;
	size_t n;
} NameClean;

static bool name_clean(NameClean *nc, const Quote *x, const char *name, size_t n)
{
	if (x->speaker < 0 || !nc->v || (size_t)x->speaker >= nc->n)
		return sanitize_line_is_clean(name, n);
	unsigned char *c = &nc->v[x->speaker];
	if (!*c)
		*c = sanitize_line_is_clean(name, n) ? 1 : 2;
	return *c == 1;
}

static bool quote_tsv(Buf *b, const char *text, const QuoteSet *q, const Quote *x,
                      NameClean *nc)
{
	const char *name = speaker_name(q, x), *kind = quote_kind_name(x->kind);
	size_t nname = strlen(name), nkind = strlen(kind);
	const char *cue = text + x->cue.start, *said = text + x->inner.start;
	size_t ncue = x->cue.end - x->cue.start, nsaid = x->inner.end - x->inner.start;
	/* Most records have every field clean: room for the whole record at
	 * once, then written in place (the appends' tests of room, a byte at
	 * a time between the fields, cost as much as the copies).  The text's
	 * fields are read where they lie, in the article's padded text. */
	if (name_clean(nc, x, name, nname) && sanitize_span_is_clean(cue, ncue) &&
	    sanitize_span_is_clean(said, nsaid)) {
		if (!buf_reserve(b, 2 * DIGITS_MAX + nname + nkind + ncue + nsaid + 6))
			return false;
		char *p = put_digits(b->data + b->len, x->span.start);
		*p++ = '\t';
		p = put_digits(p, x->span.end);
		*p++ = '\t';
		memcpy(p, name, nname);
		p += nname;
		*p++ = '\t';
		memcpy(p, kind, nkind);
		p += nkind;
		*p++ = '\t';
		memcpy(p, cue, ncue);
		p += ncue;
		*p++ = '\t';
		memcpy(p, said, nsaid);
		p += nsaid;
		*p++ = '\n';
		b->len = (size_t)(p - b->data);
		return true;
	}
	return put_size(b, x->span.start) && buf_putc(b, '\t') && put_size(b, x->span.end) &&
	       buf_putc(b, '\t') &&
	       tsv_field(b, name, nname) && buf_putc(b, '\t') &&
	       buf_append(b, kind, nkind) && buf_putc(b, '\t') &&
	       span_field(b, text, x->cue) && buf_putc(b, '\t') && span_field(b, text, x->inner) &&
	       buf_putc(b, '\n');
}

bool print_quotes(FILE *out, const Article *a, bool json)
{
	QuoteSet *q = analyze(a);
	if (!q)
		return false;
	Buf b, end;
	buf_init(&b);
	buf_init(&end);
	Fixed2 conf = { .len = { 0 } };
	NameClean nc = { NULL, quoteset_speaker_count(q) };
	if (!json && nc.n)
		nc.v = calloc(nc.n, 1); /* (without it, each name is tested each time) */
	const char *text = article_text(a);
	bool ok = json ? record_end(&end, a)
	               : buf_puts(&b, "# start\tend\tspeaker\tkind\tcue\ttext\n");
	for (size_t i = 0; ok && i < quoteset_count(q); i++) {
		const Quote *x = quoteset_get(q, i);
		ok = json ? quote_json(&b, text, q, x, &conf, &end) : quote_tsv(&b, text, q, x, &nc);
		if (ok && b.len > (1u << 16))
			ok = flush(out, &b);
	}
	ok = ok && flush(out, &b);
	free(nc.v);
	buf_free(&b);
	buf_free(&end);
	quoteset_free(q);
	return ok;
}

static bool strv_json(Buf *b, const char *const *v, size_t n)
{
	bool ok = buf_putc(b, '[');
	for (size_t i = 0; ok && i < n; i++)
		ok = (i == 0 || buf_putc(b, ',')) && json_cstr(b, v[i]);
	return ok && buf_putc(b, ']');
}

static bool strv_tsv(Buf *b, const char *const *v, size_t n)
{
	bool ok = true;
	for (size_t i = 0; ok && i < n; i++)
		ok = (i == 0 || buf_puts(b, "; ")) && tsv_field(b, v[i], strlen(v[i]));
	return ok;
}

bool print_speakers(FILE *out, const Article *a, bool json)
{
	QuoteSet *q = analyze(a);
	if (!q)
		return false;
	Buf b, end;
	buf_init(&b);
	buf_init(&end);
	bool ok = json ? record_end(&end, a) : buf_puts(&b, "# name\troles\tquotes\taliases\n");
	for (size_t i = 0; ok && i < quoteset_speaker_count(q); i++) {
		const Speaker *s = quoteset_speaker(q, i);
		if (json)
			ok = buf_puts(&b, "{") && json_field_str(&b, true, "name", s->name) &&
			     buf_puts(&b, ",\"roles\":") && strv_json(&b, s->roles, s->nroles) &&
			     buf_printf(&b, ",\"quotes\":%zu,\"aliases\":", s->quote_count) &&
			     strv_json(&b, s->aliases, s->naliases) &&
			     buf_printf(&b, ",\"reported\":%zu,\"org\":%s", s->reported_count,
			                s->is_org ? "true" : "false") &&
			     buf_append(&b, end.data, end.len);
		else
			ok = tsv_field(&b, s->name, strlen(s->name)) && buf_putc(&b, '\t') &&
			     strv_tsv(&b, s->roles, s->nroles) &&
			     buf_printf(&b, "\t%zu\t", s->quote_count) &&
			     strv_tsv(&b, s->aliases, s->naliases) && buf_putc(&b, '\n');
	}
	ok = ok && flush(out, &b);
	buf_free(&b);
	buf_free(&end);
	quoteset_free(q);
	return ok;
}
