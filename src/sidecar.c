/* sidecar.c - reading and writing FILE.notes.ini.
 *
 * THE FORMAT (format 1).  An INI file that Debian's iniparser 4.1 reads:
 *
 *   ; newsroom annotations (format 1): see "Sidecar format" in the README
 *
 *   [newsroom]
 *   format = "1"
 *   saved = "2026-11-27T09:30:00Z"
 *   fingerprint = "fnv1a64-6c1b0e4f7d2a9e31-5120"
 *   position = "1834"
 *   position_text = "But Russia\x27s ambassador to th"
 *
 *   [annotation.3fa2c9d01b7e]
 *   tag = "false"
 *   status = "open"
 *   verdict = "No evidence"
 *   speaker = "Vasily Nebenzya"
 *   author = "ana"
 *   created = "2026-11-27T09:29:41Z"
 *   updated = "2026-11-27T09:29:41Z"
 *   start = "1712"
 *   end = "1890"
 *   exact = "it should be clear to everybody ..."
 *   prefix = "Vasily Nebenzya said, \x22"
 *   suffix = ".\x22 He said ..."
 *   fingerprint = "fnv1a64-6c1b0e4f7d2a9e31-5120"
 *   note = "\x22quotes\x22\x3b \x23 and \x3b"
 *
 * - Every value is written in double quotes and escaped, so that none of the
 *   characters iniparser treats specially appears inside: `\\` is a
 *   backslash, `\n` LF, `\r` CR, `\t` tab, and `\xHH` (two hex digits) any
 *   byte.  The writer uses `\xHH` for `"` `'` `;` `#`, other control bytes,
 *   DEL, bytes that are not UTF-8, and the invisible characters that could
 *   disguise the file in a terminal (C1 controls, bidi controls, zero-width
 *   characters, U+2028/9, BOM).  All other UTF-8 is written as is.  A reader
 *   keeps a backslash that starts no known escape.
 * - A value longer than about 900 bytes once escaped is split: `note.n =
 *   "3"` gives the number of parts, then `note.1`, `note.2`, `note.3` hold
 *   them in order (concatenated before unescaping).  No line is longer than
 *   1000 bytes (iniparser 4.1 fails on lines over 1022).
 * - Keys and section names are lowercase (iniparser lowercases them).  There
 *   are no comments after a section header and no byte-order mark.
 * - [newsroom] holds the format, when it was saved, the fingerprint of the
 *   article text and the reading position (a byte offset into `--text`, and
 *   up to 32 bytes found there, to find it again after the article changes).
 * - Each [annotation.ID] (ID: 1-40 of a-z 0-9 _ -) holds one annotation.
 *   start/end are byte offsets into the article text as `newsroom --text`
 *   prints it; exact/prefix/suffix are the W3C TextQuoteSelector; fingerprint
 *   names the article text those offsets refer to.  An annotation that cannot
 *   be placed in the current article is written back exactly as it was read.
 * - orig_exact (only after an approximate re-anchoring) keeps the text
 *   first tagged; conflict_of marks a copy kept by a merge.
 * - Unknown keys and sections are kept and written back unchanged.
 * - A file whose format is newer than 1, or that iniparser cannot read, is
 *   opened read-only and never overwritten.
 */
#include "sidecar.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ini_load.h"
#include "load.h"
#include "sanitize.h"

#define FORMAT_VERSION 1
#define SIDECAR_MAX_LINES 50000 /* about 3,000 annotations: a few seconds to read */
#define LINE_MAX_OUT 1000 /* bytes on a line we write (iniparser 4.1 fails past 1022) */
#define MAX_PARTS 100000 /* a value of up to ~90 MB escaped */
#define KEY_MAX 900      /* longer keys leave no room for a value on the line */
#define HEADER "newsroom"
#define ANN_PREFIX "annotation."

typedef struct {
	char *name;
	KeyVal *kv;
	size_t n;
} Section;

/* What one file holds, decoded. */
typedef struct {
	AnnSet *set;
	Section *other; /* unknown sections; name "" holds keys before any section */
	size_t nother;
	KeyVal *hdr;    /* unknown [newsroom] keys */
	size_t nhdr;
	bool has_pos;
	size_t pos;
	char *pos_text; /* the words at the position, to find it after edits */
} Contents;

struct Sidecar {
	char *path;
	const char *text;
	size_t len;
	Contents c;
	AnnSet *base;       /* the annotations as last read or written */
	bool pos_dirty;
	char *readonly;
	bool existed;
	bool disk_present;  /* what was on disk when last read or written */
	uint64_t disk_hash;
	size_t disk_size;
	char notice[512];
};

/* --- Escaping --------------------------------------------------------------- */

static bool invisible(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) ||
	       (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

static bool put_hex(Buf *out, unsigned char c) { return buf_printf(out, "\\x%02x", c); }

bool sidecar_escape(Buf *out, const char *v, size_t n)
{
	bool ok = true;
	for (size_t i = 0; ok && i < n;) {
		unsigned char c = (unsigned char)v[i];
		if (c == '\\')
			ok = buf_puts(out, "\\\\");
		else if (c == '\n')
			ok = buf_puts(out, "\\n");
		else if (c == '\r')
			ok = buf_puts(out, "\\r");
		else if (c == '\t')
			ok = buf_puts(out, "\\t");
		else if (c < 0x20 || c == 0x7F || c == '"' || c == '\'' || c == ';' || c == '#')
			ok = put_hex(out, c);
		else if (c < 0x80)
			ok = buf_putc(out, (char)c);
		else {
			uint32_t cp;
			size_t l = utf8_decode(v + i, n - i, &cp);
			if (!l) {
				ok = put_hex(out, c);
			} else {
				for (size_t k = 0; ok && k < l; k++)
					ok = invisible(cp) ? put_hex(out, (unsigned char)v[i + k])
					                   : buf_putc(out, v[i + k]);
				i += l;
				continue;
			}
		}
		i++;
	}
	return ok;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool sidecar_unescape(Buf *out, const char *s)
{
	bool ok = true;
	while (ok && *s) {
		if (*s != '\\') {
			ok = buf_putc(out, *s++);
			continue;
		}
		char e = s[1];
		if (e == '\\' || e == 'n' || e == 'r' || e == 't') {
			ok = buf_putc(out, e == '\\' ? '\\' : e == 'n' ? '\n' : e == 'r' ? '\r' : '\t');
			s += 2;
		} else if (e == 'x' && hexval(s[2]) >= 0 && hexval(s[3]) >= 0 &&
		           (hexval(s[2]) || hexval(s[3]))) {
			ok = buf_putc(out, (char)(hexval(s[2]) * 16 + hexval(s[3])));
			s += 4;
		} else {
			ok = buf_putc(out, *s++); /* not an escape: the backslash stays */
		}
	}
	return ok && buf_terminate(out);
}

/* --- Writing ------------------------------------------------------------------ */

static bool key_writable(const char *k)
{
	if (!*k || *k == '[' || *k == ';' || *k == '#' || strlen(k) > KEY_MAX)
		return false;
	for (const char *p = k; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == '=' || *p == 0x7F)
			return false;
	return true;
}

/* Cuts escaped text E at or before MAX bytes, never inside an escape or a
 * UTF-8 character. */
static size_t cut_at(const char *e, size_t len, size_t max)
{
	if (len <= max)
		return len;
	size_t i = 0, last = 0;
	while (i < len) {
		size_t step = 1;
		if (e[i] == '\\')
			step = e[i + 1] == 'x' ? 4 : 2;
		else
			step = utf8_seq_len((unsigned char)e[i]);
		if (i + step > max)
			break;
		i += step;
		last = i;
	}
	return last ? last : (max < len ? max : len);
}

static bool write_value(Buf *out, const char *key, const char *value)
{
	if (!key_writable(key))
		return true; /* cannot come from iniparser; never written */
	Buf e;
	buf_init(&e);
	if (!sidecar_escape(&e, value, strlen(value))) {
		buf_free(&e);
		return false;
	}
	/* What fits beside the longest form of the key: KEY.NNNNNN = "..." */
	size_t chunk = LINE_MAX_OUT - strlen(key) - sizeof ".999999 = \"\"";
	bool ok;
	if (e.len <= chunk) {
		ok = buf_printf(out, "%s = \"%.*s\"\n", key, (int)e.len, e.data ? e.data : "");
	} else {
		size_t parts = 0;
		for (size_t i = 0; i < e.len; parts++)
			i += cut_at(e.data + i, e.len - i, chunk);
		ok = buf_printf(out, "%s.n = \"%zu\"\n", key, parts);
		size_t i = 0;
		for (size_t p = 1; ok && i < e.len; p++) {
			size_t l = cut_at(e.data + i, e.len - i, chunk);
			ok = buf_printf(out, "%s.%zu = \"%.*s\"\n", key, p, (int)l, e.data + i);
			i += l;
		}
	}
	buf_free(&e);
	return ok;
}

static bool write_kv(void *ctx, const char *key, const char *value)
{
	return write_value(ctx, key, value);
}

static bool section_name_ok(const char *n)
{
	for (const char *p = n; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == ']')
			return false;
	return *n != 0;
}

static bool serialize(const Sidecar *sc, Buf *out)
{
	char now[ANN_TIME_SIZE], fp[ANCHOR_FP_SIZE] = "";
	ann_now(now);
	if (sc->text)
		anchor_fingerprint(sc->text, sc->len, fp);
	const Contents *c = &sc->c;
	bool ok = buf_printf(out, "; newsroom annotations (format %d): see \"Sidecar format\" in "
	                          "the newsroom README\n",
	                     FORMAT_VERSION);
	/* Keys before any section come first, or they would join one. */
	for (size_t i = 0; ok && i < c->nother; i++)
		if (!*c->other[i].name)
			for (size_t k = 0; ok && k < c->other[i].n; k++)
				ok = write_value(out, c->other[i].kv[k].key, c->other[i].kv[k].value);
	char fmt[8], pos[24], at[ANCHOR_CONTEXT + 1] = "";
	snprintf(fmt, sizeof fmt, "%d", FORMAT_VERSION);
	snprintf(pos, sizeof pos, "%zu", c->pos);
	if (c->has_pos && sc->text && c->pos < sc->len) {
		size_t e = utf8_floor(sc->text, sc->len,
		                      c->pos + ANCHOR_CONTEXT < sc->len ? c->pos + ANCHOR_CONTEXT
		                                                        : sc->len);
		snprintf(at, sizeof at, "%.*s", (int)(e - c->pos), sc->text + c->pos);
	} else if (c->pos_text) {
		snprintf(at, sizeof at, "%s", c->pos_text); /* no article: as it was */
	}
	ok = ok && buf_puts(out, "\n[" HEADER "]\n") && write_value(out, "format", fmt) &&
	     write_value(out, "saved", now) && (!*fp || write_value(out, "fingerprint", fp)) &&
	     (!c->has_pos || write_value(out, "position", pos)) &&
	     (!c->has_pos || !*at || write_value(out, "position_text", at));
	for (size_t i = 0; ok && i < c->nhdr; i++)
		ok = write_value(out, c->hdr[i].key, c->hdr[i].value);
	for (size_t i = 0; ok && i < annset_count(c->set); i++) {
		const Annotation *a = annset_get(c->set, i);
		ok = buf_printf(out, "\n[" ANN_PREFIX "%s]\n", a->id) &&
		     annotation_each_key(a, write_kv, out);
	}
	for (size_t i = 0; ok && i < c->nother; i++) {
		const Section *s = &c->other[i];
		if (!section_name_ok(s->name))
			continue;
		ok = buf_printf(out, "\n[%s]\n", s->name);
		for (size_t k = 0; ok && k < s->n; k++)
			ok = write_value(out, s->kv[k].key, s->kv[k].value);
	}
	return ok;
}

bool sidecar_serialize(const Sidecar *sc, Buf *out) { return serialize(sc, out); }

/* --- Reading -------------------------------------------------------------------- */

static void kv_free(KeyVal *kv, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(kv[i].key);
		free(kv[i].value);
	}
	free(kv);
}

static void contents_free(Contents *c)
{
	annset_free(c->set);
	for (size_t i = 0; i < c->nother; i++) {
		free(c->other[i].name);
		kv_free(c->other[i].kv, c->other[i].n);
	}
	free(c->other);
	kv_free(c->hdr, c->nhdr);
	free(c->pos_text);
	*c = (Contents){ 0 };
}

static bool kv_add(KeyVal **kv, size_t *n, const char *key, const char *value)
{
	KeyVal *v = realloc(*kv, (*n + 1) * sizeof *v);
	if (!v)
		return false;
	*kv = v;
	KeyVal e = { strdup(key), strdup(value ? value : "") };
	if (!e.key || !e.value) {
		free(e.key);
		free(e.value);
		return false;
	}
	v[(*n)++] = e;
	return true;
}

static const char *kv_get(const KeyVal *kv, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (kv[i].key && !strcmp(kv[i].key, key))
			return kv[i].value;
	return NULL;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* iniparser's message "iniparser: syntax error in FILE (N):\n-> LINE" names
 * a /proc file here: say the line number and the line instead. */
static void ini_reason(const char *raw, char *out, size_t outsz)
{
	const char *num = strstr(raw, " ("), *line = strstr(raw, "-> ");
	int n;
	char msg[256];
	if (num && line && sscanf(num, " (%d):", &n) == 1) {
		line += 3;
		int len = (int)strcspn(line, "\n");
		snprintf(msg, sizeof msg, "line %d: %.*s", n, len > 80 ? 80 : len, line);
	} else {
		snprintf(msg, sizeof msg, "%.*s", (int)strcspn(raw, "\n"), raw);
	}
	char *clean = sanitize_line(msg, strlen(msg));
	snprintf(out, outsz, "%s", clean ? clean : "");
	free(clean);
}

/* Checks what iniparser 4.1 would refuse, to say where.  NULL when fine. */
static const char *lint(const char *d, size_t n, char *why, size_t whysz)
{
	if (n >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3))
		return "it starts with a byte-order mark, which iniparser cannot read";
	if (memchr(d, 0, n))
		return "it contains a NUL byte";
	size_t line = 1;
	for (size_t i = 0; i < n; line++) {
		/* iniparser's dictionary costs time in the square of its size: a
		 * hostile file must not hang the reader. */
		if (line > SIDECAR_MAX_LINES) {
			snprintf(why, whysz, "it has more than %d lines", SIDECAR_MAX_LINES);
			return why;
		}
		const char *nl = memchr(d + i, '\n', n - i);
		size_t l = (nl ? (size_t)(nl - d) : n) - i;
		if (l > 1022) {
			snprintf(why, whysz, "line %zu is longer than 1022 bytes", line);
			return why;
		}
		/* Every value we write is quoted: one that opens a quote and
		 * never closes it is a file cut short (a crash of another
		 * program, a full disk, a bad copy), and what the rest of the
		 * value held is not known. */
		const char *eq = d[i] == ';' || d[i] == '#' || d[i] == '[' ? NULL : memchr(d + i, '=', l);
		if (eq) {
			const char *v = eq + 1, *end = d + i + l;
			while (v < end && (*v == ' ' || *v == '\t'))
				v++;
			if (v < end && *v == '"' && !memchr(v + 1, '"', (size_t)(end - v - 1))) {
				snprintf(why, whysz,
				         "line %zu: a value without its closing quote (was the file cut "
				         "short?)",
				         line);
				return why;
			}
		}
		i += l + 1;
	}
	return NULL;
}

/* Splits "section:key" using the named sections SECS[1..N) (longest match). */
static const char *split_key(const char *full, const Section *secs, size_t n, size_t *which)
{
	size_t best = 0, bl = 0;
	for (size_t i = 1; i < n; i++) {
		size_t l = strlen(secs[i].name);
		if (!strncmp(full, secs[i].name, l) && full[l] == ':' && (!best || l > bl)) {
			best = i;
			bl = l;
		}
	}
	*which = best;
	return best ? full + bl + 1 : NULL;
}

/* Joins key.n / key.1..N parts and unescapes every value of S in place.
 * False with WHY set when parts are missing, or on no memory. */
static bool decode_section(Section *s, char *why, size_t whysz)
{
	KeyVal *out = NULL;
	size_t nout = 0;
	bool *used = calloc(s->n + 1, sizeof *used);
	bool ok = used != NULL;
	Buf joined, dec;
	buf_init(&joined);
	buf_init(&dec);
	for (size_t i = 0; ok && i < s->n; i++) {
		if (used[i])
			continue;
		const char *k = s->kv[i].key;
		size_t kl = strlen(k), parts = 0;
		const char *v = s->kv[i].value;
		bool is_count = kl > 2 && !strcmp(k + kl - 2, ".n") && *v && strlen(v) < 7 &&
		                strspn(v, "0123456789") == strlen(v);
		if (is_count && (parts = strtoul(v, NULL, 10)) >= 1 && parts <= MAX_PARTS) {
			/* Keys are at most a line long (iniparser's limit). */
			char base[1100], pk[1120];
			snprintf(base, sizeof base, "%.*s", (int)(kl - 2), k);
			joined.len = 0;
			for (size_t p = 1; ok && p <= parts; p++) {
				snprintf(pk, sizeof pk, "%s.%zu", base, p);
				const char *pv = NULL;
				/* Parts follow their count as written: look there first. */
				size_t guess = i + p;
				if (guess < s->n && !used[guess] && !strcmp(s->kv[guess].key, pk)) {
					pv = s->kv[guess].value;
					used[guess] = true;
				}
				for (size_t j = 0; j < s->n && !pv; j++)
					if (!used[j] && j != i && !strcmp(s->kv[j].key, pk)) {
						pv = s->kv[j].value;
						used[j] = true;
					}
				if (!pv) {
					snprintf(why, whysz, "[%.60s] %.60s: part %zu of %zu is missing",
					         s->name, base, p, parts);
					ok = false;
				} else {
					ok = buf_puts(&joined, pv);
				}
			}
			used[i] = true;
			dec.len = 0;
			ok = ok && buf_terminate(&joined) && sidecar_unescape(&dec, joined.data) &&
			     kv_add(&out, &nout, base, dec.data);
			continue;
		}
		used[i] = true;
		dec.len = 0;
		ok = sidecar_unescape(&dec, v) && kv_add(&out, &nout, k, dec.data);
	}
	buf_free(&joined);
	buf_free(&dec);
	free(used);
	if (!ok) {
		kv_free(out, nout);
		return false;
	}
	kv_free(s->kv, s->n);
	s->kv = out;
	s->n = nout;
	return true;
}

/* Turns the file's sections into annotations, header and kept sections. */
static bool interpret(Section *secs, size_t nsec, Contents *c, char *why, size_t whysz)
{
	for (size_t i = 0; i < nsec; i++) {
		Section *s = &secs[i];
		if (!strcmp(s->name, HEADER)) {
			const char *f = kv_get(s->kv, s->n, "format");
			/* A format that is not a number is no newer version: the
			 * file is damaged (cut short after "format =", say). */
			if (f && strcmp(f, "1")) {
				char *end;
				long v = strtol(f, &end, 10);
				if (*f && !*end && v > FORMAT_VERSION)
					snprintf(why, whysz, "it is in format %ld, newer than this newsroom "
					                     "reads (%d)",
					         v, FORMAT_VERSION);
				else
					snprintf(why, whysz, "its format '%.20s' is not one this newsroom "
					                     "reads (%d)",
					         f, FORMAT_VERSION);
				return false;
			}
			for (size_t k = 0; k < s->n; k++) {
				const char *key = s->kv[k].key, *v = s->kv[k].value;
				if (!strcmp(key, "format") || !strcmp(key, "saved") ||
				    !strcmp(key, "fingerprint"))
					continue; /* rewritten on every save */
				if (!strcmp(key, "position_text") && strlen(v) <= ANCHOR_CONTEXT) {
					free(c->pos_text);
					if (!(c->pos_text = strdup(v)))
						return false;
					continue;
				}
				if (!strcmp(key, "position") && *v && strlen(v) < 19 &&
				    strspn(v, "0123456789") == strlen(v)) {
					c->has_pos = true;
					c->pos = strtoull(v, NULL, 10);
					continue;
				}
				if (!kv_add(&c->hdr, &c->nhdr, key, v))
					return false;
			}
		} else if (!strncmp(s->name, ANN_PREFIX, strlen(ANN_PREFIX)) &&
		           ann_id_valid(s->name + strlen(ANN_PREFIX)) &&
		           !annset_find(c->set, s->name + strlen(ANN_PREFIX))) {
			Annotation *a = annotation_new(s->name + strlen(ANN_PREFIX));
			bool ok = a != NULL;
			for (size_t k = 0; ok && k < s->n; k++)
				ok = annotation_set_key(a, s->kv[k].key, s->kv[k].value);
			if (!ok || !annset_insert_loaded(c->set, a)) {
				if (!ok)
					annotation_free(a);
				return false;
			}
		} else {
			Section *o = realloc(c->other, (c->nother + 1) * sizeof *o);
			if (!o)
				return false;
			c->other = o;
			o[c->nother++] = *s;
			*s = (Section){ 0 }; /* moved */
		}
	}
	return true;
}

static void sections_free(Section *secs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(secs[i].name);
		kv_free(secs[i].kv, secs[i].n);
	}
	free(secs);
}

/* Parses the file at PATH (whose bytes, already read, are D/N) with
 * iniparser.  False with WHY set when it cannot be used; *OOM on no memory. */
static bool parse_file(const char *path, int fd, const char *d, size_t n, Contents *c, char *why,
                       size_t whysz)
{
	char lw[128];
	const char *bad = lint(d, n, lw, sizeof lw);
	if (bad) {
		snprintf(why, whysz, "%s", bad);
		return false;
	}
	/* Read the very file we read (not whatever is at PATH now). */
	char fdpath[64];
	snprintf(fdpath, sizeof fdpath, "/proc/self/fd/%d", fd);
	const char *src = fd >= 0 && access(fdpath, R_OK) == 0 ? fdpath : path;
	char raw[512];
	dictionary *dict = ini_load_capture(src, raw, sizeof raw);
	if (!dict) {
		char reason[256];
		ini_reason(raw, reason, sizeof reason);
		snprintf(why, whysz, "iniparser cannot read it (%s)",
		         *reason ? reason : "a line it does not understand");
		return false;
	}
	/* One pass in insertion order: a section entry ("name", no ':') opens a
	 * section and its keys ("name:key") follow it; keys of a header written
	 * twice come later and are matched by name. */
	*why = 0;
	Section *secs = calloc((size_t)(dict->n > 0 ? dict->n : 0) + 1, sizeof *secs);
	size_t ns = 0, cur = 0;
	bool ok = secs && (secs[0].name = strdup("")) != NULL; /* keys before any header */
	ns = 1;
	for (ssize_t i = 0; ok && i < dict->size; i++) {
		const char *full = dict->key[i];
		if (!full)
			continue;
		if (!strchr(full, ':')) {
			ok = (secs[ns].name = strdup(full)) != NULL;
			cur = ns++;
			continue;
		}
		size_t which = 0;
		const char *key = NULL;
		size_t cl = strlen(secs[cur].name);
		if (full[0] == ':')
			key = full + 1;
		else if (cur && !strncmp(full, secs[cur].name, cl) && full[cl] == ':')
			key = full + cl + 1, which = cur;
		else
			key = split_key(full, secs, ns, &which);
		if (!key)
			continue;
		if (strlen(key) > KEY_MAX) { /* could not be written back: hands off */
			snprintf(why, whysz, "a key longer than %d bytes", KEY_MAX);
			ok = false;
			break;
		}
		/* A section named with a colon ("[ : notes]") reaches us as keys
		 * with spaces around them, which iniparser would trim when the
		 * file was read back: the save would change them. */
		size_t kl = strlen(key);
		if (!kl || key[0] == ' ' || key[kl - 1] == ' ') {
			snprintf(why, whysz, "a section or key name newsroom cannot write back as it is");
			ok = false;
			break;
		}
		const char *v = dict->val[i];
		ok = kv_add(&secs[which].kv, &secs[which].n, key, v ? v : "");
	}
	iniparser_freedict(dict);
	for (size_t i = 0; ok && i < ns; i++)
		ok = decode_section(&secs[i], why, whysz);
	if (ok) {
		ok = interpret(secs, ns, c, why, whysz);
	}
	if (!ok && !*why)
		snprintf(why, whysz, "out of memory");
	/* Drop an empty unnamed section: it would only add a blank. */
	if (ok)
		for (size_t i = 0; i < c->nother; i++)
			if (!*c->other[i].name && c->other[i].n == 0) {
				free(c->other[i].name);
				kv_free(c->other[i].kv, 0);
				memmove(c->other + i, c->other + i + 1,
				        (c->nother - i - 1) * sizeof *c->other);
				c->nother--;
				i--;
			}
	sections_free(secs, ns);
	return ok;
}

/* Reads PATH: *PRESENT false when there is no file.  False with ERR on a
 * read error. */
static bool read_sidecar(const char *path, Buf *out, bool *present, int *fd_out, Error *err)
{
	*present = false;
	*fd_out = -1;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		if (errno == ENOENT)
			return true;
		error_set(err, "%s: cannot read: %s", path, strerror(errno));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		error_set(err, "%s: not a regular file", path);
		close(fd);
		return false;
	}
	*present = true;
	if (!load_read_fd(fd, path, SIDECAR_MAX_BYTES, (size_t)st.st_size, out, err)) {
		close(fd);
		return false;
	}
	*fd_out = fd;
	return true;
}

/* Finds the reading position again in an edited article by the words that
 * were there; else keeps the offset, inside the text. */
static void place_position(Contents *c, const char *text, size_t len)
{
	if (c->pos_text && *c->pos_text) {
		Anchor an = { .start = c->pos, .end = c->pos + strlen(c->pos_text),
		              .exact = c->pos_text, .prefix = "", .suffix = "" };
		AnchorMatch m = anchor_resolve(&an, text, len);
		if (m.state != ANCHOR_UNPLACED) {
			c->pos = m.span.start;
			return;
		}
	}
	if (c->pos > len)
		c->pos = len;
}

/* Loads PATH into C.  Returns 1 when usable, 0 when present but unusable
 * (WHY set), -1 on a read error or no memory (ERR set). */
static int load_contents(const char *path, const char *text, size_t len, Contents *c,
                         bool *present, uint64_t *hash, size_t *size, char *why, size_t whysz,
                         Error *err)
{
	Buf b;
	buf_init(&b);
	int fd;
	*c = (Contents){ 0 };
	c->set = annset_new();
	if (!c->set) {
		error_set(err, "out of memory");
		return -1;
	}
	if (!read_sidecar(path, &b, present, &fd, err)) {
		buf_free(&b);
		return -1;
	}
	int r = 1;
	*hash = hash_bytes(b.data ? b.data : "", b.len);
	*size = b.len;
	if (*present) {
		Contents n = { .set = c->set };
		if (!parse_file(path, fd, b.data ? b.data : "", b.len, &n, why, whysz)) {
			n.set = NULL;
			contents_free(&n);
			annset_free(c->set);
			c->set = annset_new();
			r = c->set ? 0 : -1;
		} else {
			*c = n;
		}
		close(fd);
	}
	buf_free(&b);
	if (r == 1 && text && !annset_place(c->set, text, len))
		r = -1;
	if (r == 1 && text && c->has_pos)
		place_position(c, text, len);
	if (r < 0)
		error_set(err, "%s: out of memory", path);
	return r;
}

char *sidecar_default_path(const char *article_path)
{
	if (!article_path || !strcmp(article_path, "-"))
		return NULL;
	size_t n = strlen(article_path);
	char *p = malloc(n + sizeof SIDECAR_SUFFIX);
	if (p) {
		memcpy(p, article_path, n);
		memcpy(p + n, SIDECAR_SUFFIX, sizeof SIDECAR_SUFFIX);
	}
	return p;
}

Sidecar *sidecar_open(const char *path, const char *text, size_t len, Error *err)
{
	Sidecar *sc = calloc(1, sizeof *sc);
	if (!sc || !(sc->path = strdup(path))) {
		free(sc);
		error_set(err, "out of memory");
		return NULL;
	}
	sc->text = text;
	sc->len = len;
	char why[512] = "";
	int r = load_contents(path, text, len, &sc->c, &sc->existed, &sc->disk_hash,
	                      &sc->disk_size, why, sizeof why, err);
	if (r < 0 && !sc->c.set) {
		sidecar_free(sc);
		return NULL;
	}
	if (r <= 0) {
		/* Unreadable or not understood: open read-only, never overwrite. */
		if (r < 0) {
			/* The message names the file, and so does ours. */
			const char *m = err->msg;
			size_t pl = strlen(path);
			if (!strncmp(m, path, pl) && m[pl] == ':' && m[pl + 1] == ' ')
				m += pl + 2;
			snprintf(why, sizeof why, "%.500s", m);
		}
		char msg[1024];
		snprintf(msg, sizeof msg, "%.400s: not saving annotations here: %.500s", path, why);
		sc->readonly = strdup(msg);
		if (!sc->readonly) {
			sidecar_free(sc);
			error_set(err, "out of memory");
			return NULL;
		}
		if (text)
			annset_place(sc->c.set, text, len);
	}
	sc->disk_present = sc->existed;
	sc->base = annset_copy(sc->c.set);
	if (!sc->base) {
		sidecar_free(sc);
		error_set(err, "out of memory");
		return NULL;
	}
	return sc;
}

void sidecar_free(Sidecar *sc)
{
	if (!sc)
		return;
	free(sc->path);
	contents_free(&sc->c);
	annset_free(sc->base);
	free(sc->readonly);
	free(sc);
}

const char *sidecar_path(const Sidecar *sc) { return sc->path; }
AnnSet *sidecar_annotations(Sidecar *sc) { return sc->c.set; }
const char *sidecar_readonly(const Sidecar *sc) { return sc->readonly; }
bool sidecar_existed(const Sidecar *sc) { return sc->existed; }
const char *sidecar_notice(const Sidecar *sc) { return sc->notice; }

bool sidecar_get_position(const Sidecar *sc, size_t *pos)
{
	if (sc->c.has_pos)
		*pos = sc->c.pos;
	return sc->c.has_pos;
}

void sidecar_set_position(Sidecar *sc, size_t pos)
{
	if (!sc->c.has_pos || sc->c.pos != pos)
		sc->pos_dirty = true;
	sc->c.has_pos = true;
	sc->c.pos = pos;
}

bool sidecar_dirty(const Sidecar *sc) { return sc->pos_dirty || annset_dirty(sc->c.set); }

/* --- Saving ----------------------------------------------------------------------- */

/* Takes in what THEIRS has that we do not: annotations by merge, unknown
 * sections and header keys by name. */
static bool merge_contents(Sidecar *sc, Contents *theirs, MergeReport *r)
{
	Contents *c = &sc->c;
	if (!annset_merge(c->set, sc->base, theirs->set, r))
		return false;
	for (size_t i = 0; i < theirs->nother; i++) {
		bool have = false;
		for (size_t j = 0; j < c->nother && !have; j++)
			have = !strcmp(c->other[j].name, theirs->other[i].name);
		if (have)
			continue;
		Section *o = realloc(c->other, (c->nother + 1) * sizeof *o);
		if (!o)
			return false;
		c->other = o;
		o[c->nother++] = theirs->other[i];
		theirs->other[i] = (Section){ .name = NULL };
	}
	for (size_t i = 0; i < theirs->nhdr; i++)
		if (!kv_get(c->hdr, c->nhdr, theirs->hdr[i].key) &&
		    !kv_add(&c->hdr, &c->nhdr, theirs->hdr[i].key, theirs->hdr[i].value))
			return false;
	if (!c->has_pos && theirs->has_pos) {
		c->has_pos = true;
		c->pos = theirs->pos;
	}
	return true;
}

static bool write_all(int fd, const char *d, size_t n)
{
	while (n) {
		ssize_t w = write(fd, d, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return false;
		}
		d += w;
		n -= (size_t)w;
	}
	return true;
}

/* The folder (DIR true) or the file name of PATH, malloc'd. */
static char *path_part(const char *path, bool dir)
{
	char *c = strdup(path);
	if (!c)
		return NULL;
	char *r = strdup(dir ? dirname(c) : basename(c));
	free(c);
	return r;
}

/* Keeps the file now at PATH as PATH.bak: a hard link renamed into place,
 * or a copy of OLD where links are not supported.  Best effort. */
static void keep_backup(const char *path, const char *dir, const char *base, const char *old,
                        size_t oldn)
{
	char bak[PATH_MAX], tmp[PATH_MAX];
	/* The temporary name is hidden, so folder walks never take it for an article. */
	if (snprintf(bak, sizeof bak, "%s.bak", path) >= (int)sizeof bak ||
	    snprintf(tmp, sizeof tmp, "%s/.%s.bak-tmp", dir, base) >= (int)sizeof tmp)
		return;
	unlink(tmp);
	if (link(path, tmp) == 0) {
		if (rename(tmp, bak) != 0)
			unlink(tmp);
		return;
	}
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return;
	bool ok = write_all(fd, old, oldn) && fsync(fd) == 0;
	close(fd);
	if (!ok || rename(tmp, bak) != 0)
		unlink(tmp);
}

static void fail(Error *err, const char *path, const char *what, int e)
{
	error_set(err, "%s: cannot save: %s: %s (the annotations are kept in memory; "
	               "nothing on disk changed)",
	          path, what, strerror(e));
}

/* Writes DATA to a temporary file beside PATH, checks that it reads back,
 * keeps the old file as .bak, renames over PATH and syncs the folder.
 * LOCKED: the caller holds the folder's lock, so the temporary file can have
 * a fixed name, and one left by a killed save is simply replaced. */
static bool replace_file(const char *path, const char *data, size_t n, const char *old,
                         size_t oldn, bool had_old, mode_t mode, bool locked, Error *err)
{
	char *dir = path_part(path, true), *base = path_part(path, false);
	char tmp[PATH_MAX];
	bool ok = false;
	int fd = -1;
	if (!dir || !base) {
		error_set(err, "out of memory");
		goto out;
	}
	if (snprintf(tmp, sizeof tmp, locked ? "%s/.%s.tmp" : "%s/.%s.tmp-XXXXXX", dir, base) >=
	    (int)sizeof tmp) {
		error_set(err, "%s: cannot save: path too long", path);
		goto out;
	}
	if (locked) {
		unlink(tmp); /* a killed save's leftover (or a planted link) */
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	} else {
		fd = mkstemp(tmp);
	}
	if (fd < 0) {
		fail(err, path, "cannot create a file in its folder", errno);
		goto out;
	}
	if (fchmod(fd, mode) != 0 || !write_all(fd, data, n) || fsync(fd) != 0) {
		int e = errno;
		fail(err, path, "cannot write", e);
		goto unlink_out;
	}
	{
		/* Never put a file we cannot read back in place of a good one. */
		Contents chk = { .set = annset_new() };
		char why[512] = "out of memory";
		bool okp = chk.set && parse_file(tmp, fd, data, n, &chk, why, sizeof why);
		contents_free(&chk);
		if (!okp) {
			error_set(err, "%s: cannot save: the written file does not read back (%s); "
			               "nothing on disk changed",
			          path, why);
			goto unlink_out;
		}
	}
	if (close(fd) != 0) {
		fd = -1;
		fail(err, path, "cannot write", errno);
		goto unlink_out;
	}
	fd = -1;
	if (had_old)
		keep_backup(path, dir, base, old, oldn);
	if (rename(tmp, path) != 0) {
		fail(err, path, "cannot replace the file", errno);
		goto unlink_out;
	}
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd); /* the rename itself reaches the disk */
		close(dfd);
	}
	ok = true;
	goto out;
unlink_out:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
out:
	free(dir);
	free(base);
	return ok;
}

static mode_t default_mode(void)
{
	mode_t m = umask(022);
	umask(m);
	return 0666 & ~m;
}

bool sidecar_save(Sidecar *sc, Error *err)
{
	sc->notice[0] = 0;
	if (sc->readonly) {
		error_set(err, "%s", sc->readonly);
		return false;
	}
	/* Write through a symlink to the file it names. */
	char real[PATH_MAX];
	const char *path = realpath(sc->path, real) ? real : sc->path;
	char *dir = path_part(path, true);
	if (!dir) {
		error_set(err, "out of memory");
		return false;
	}
	/* One saver at a time per folder: the check and the rename go together. */
	int lockfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	bool locked = lockfd >= 0 && flock(lockfd, LOCK_EX) == 0;
	bool ok = false;
	Buf now, out;
	buf_init(&now);
	buf_init(&out);
	bool present;
	int fd;
	mode_t mode = default_mode();
	if (!read_sidecar(path, &now, &present, &fd, err))
		goto done;
	if (fd >= 0) {
		struct stat st;
		if (fstat(fd, &st) == 0)
			mode = st.st_mode & 07777;
		close(fd);
	}
	uint64_t h = hash_bytes(now.data ? now.data : "", now.len);
	bool changed = present != sc->disk_present ||
	               (present && (h != sc->disk_hash || now.len != sc->disk_size));
	/* Merge into a copy: a failed save leaves the annotations as they were
	 * (unknown sections from disk may have been added). */
	Contents saved = sc->c;
	AnnSet *merged = NULL;
	MergeReport rep = { 0 };
	if (changed && present) {
		Contents theirs;
		bool tp;
		uint64_t th;
		size_t tsz;
		char why[512] = "";
		int r = load_contents(path, sc->text, sc->len, &theirs, &tp, &th, &tsz, why,
		                      sizeof why, err);
		if (r <= 0) {
			if (r == 0)
				error_set(err, "%s: changed on disk and no longer readable (%s): not "
				               "overwritten; the annotations are kept in memory",
				          path, why);
			contents_free(&theirs);
			goto done;
		}
		merged = annset_copy(sc->c.set);
		if (!merged) {
			contents_free(&theirs);
			error_set(err, "out of memory");
			goto done;
		}
		/* merge_contents works on sc->c: let it act on the copy. */
		sc->c.set = merged;
		bool okm = merge_contents(sc, &theirs, &rep);
		contents_free(&theirs);
		if (!okm) {
			sc->c.set = saved.set;
			annset_free(merged);
			error_set(err, "out of memory");
			goto done;
		}
	}
	if (!serialize(sc, &out)) {
		error_set(err, "out of memory");
		goto restore;
	}
	/* Never write what the next open would refuse to edit. */
	size_t lines = 0;
	for (const char *p = out.data, *e = out.data + out.len; p && p < e; p++) {
		p = memchr(p, '\n', (size_t)(e - p));
		if (!p)
			break;
		lines++;
	}
	if (lines > SIDECAR_MAX_LINES) {
		error_set(err, "%s: not saved: the annotations would take %zu lines, more than the %d "
		               "newsroom opens for editing (the file on disk is unchanged; delete "
		               "some annotations first)",
		          path, lines, SIDECAR_MAX_LINES);
		goto restore;
	}
	if (!replace_file(path, out.data ? out.data : "", out.len, now.data, now.len, present, mode,
	                  locked, err))
		goto restore;
	/* Written: the merged annotations move into the set callers hold. */
	if (merged) {
		sc->c.set = saved.set;
		annset_take_contents(sc->c.set, merged);
	}
	annset_set_clean(sc->c.set);
	AnnSet *nb = annset_copy(sc->c.set);
	if (nb) {
		annset_free(sc->base);
		sc->base = nb;
	}
	sc->disk_present = true;
	sc->disk_hash = hash_bytes(out.data ? out.data : "", out.len);
	sc->disk_size = out.len;
	sc->pos_dirty = false;
	if (rep.taken || rep.conflicts || rep.kept)
		snprintf(sc->notice, sizeof sc->notice,
		         "%.200s had changed on disk: merged %zu change(s) made there; %zu annotation(s) "
		         "edited in both places kept twice; %zu deleted there but edited here kept",
		         path, rep.taken, rep.conflicts, rep.kept);
	ok = true;
	goto done;
restore:
	if (merged) {
		sc->c.set = saved.set;
		annset_free(merged);
	}
done:
	buf_free(&now);
	buf_free(&out);
	if (lockfd >= 0)
		close(lockfd); /* releases the lock */
	return ok;
}

bool sidecar_save_as(Sidecar *sc, const char *path, Error *err)
{
	char *np = strdup(path);
	if (!np) {
		error_set(err, "out of memory");
		return false;
	}
	/* A new place: whatever is there is merged in as new annotations. */
	char *op = sc->path, *oro = sc->readonly;
	bool opres = sc->disk_present;
	uint64_t oh = sc->disk_hash;
	size_t osz = sc->disk_size;
	AnnSet *obase = sc->base, *empty = annset_new();
	if (!empty) {
		free(np);
		error_set(err, "out of memory");
		return false;
	}
	sc->path = np;
	sc->readonly = NULL;
	sc->disk_present = false;
	sc->base = empty;
	if (sidecar_save(sc, err)) {
		free(op);
		free(oro);
		annset_free(obase);
		return true;
	}
	sc->path = op;
	sc->readonly = oro;
	sc->disk_present = opres;
	sc->disk_hash = oh;
	sc->disk_size = osz;
	annset_free(sc->base);
	sc->base = obase;
	free(np);
	return false;
}
