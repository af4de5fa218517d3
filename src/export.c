/* export.c - --notes and --export: json, csv, md, claimreview, webannotation. */
#include "export.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "sanitize.h"

static const char *const formats[] = { "json", "jsonl", "csv", "md", "claimreview",
	                                "webannotation" };

bool export_format_known(const char *format)
{
	for (size_t i = 0; format && i < sizeof formats / sizeof formats[0]; i++)
		if (!strcmp(format, formats[i]))
			return true;
	return false;
}

static const char *meta(const ReviewDoc *d, MetaKey k)
{
	const char *v = d->article ? article_meta(d->article, k) : NULL;
	return v ? v : "";
}

/* The verdict to publish: the verdict text, else a verdict tag, else "". */
static const char *verdict_of(const Annotation *a)
{
	if (*a->verdict)
		return a->verdict;
	return ann_tag_is_verdict(a->tag) ? a->tag : "";
}

static bool placed(const Annotation *a) { return a->state != ANCHOR_UNPLACED; }

/* Appends S on one line. */
static bool put_line(Buf *b, const char *s)
{
	char *c = sanitize_line(s, strlen(s));
	bool ok = c && buf_puts(b, c);
	free(c);
	return ok;
}

/* Appends S with every line after the first indented by INDENT. */
static bool put_indented(Buf *b, const char *s, const char *indent)
{
	Buf c;
	buf_init(&c);
	bool ok = sanitize_text(s, strlen(s), &c);
	for (size_t i = 0; ok && i < c.len; i++) {
		ok = buf_putc(b, c.data[i]);
		if (ok && c.data[i] == '\n' && i + 1 < c.len)
			ok = buf_puts(b, indent);
	}
	buf_free(&c);
	return ok;
}

/* --- --notes ----------------------------------------------------------------- */

static bool notes_one(Buf *b, size_t n, const Annotation *a)
{
	bool ok = buf_printf(b, "%zu. ", n) && put_line(b, a->tag) &&
	          buf_printf(b, " · %s", ann_status_label(a->status));
	if (ok && *a->speaker)
		ok = buf_puts(b, " · ") && put_line(b, a->speaker);
	if (ok && a->state == ANCHOR_UNPLACED)
		ok = buf_puts(b, " · UNPLACED: not found in the article as it is now");
	else if (ok && a->state == ANCHOR_MOVED)
		ok = buf_puts(b, " · moved: found elsewhere in the edited article");
	else if (ok && a->state == ANCHOR_FUZZY)
		ok = buf_puts(b, " · re-anchored approximately: the article's words changed");
	ok = ok && buf_printf(b, "  [%s]\n   \"", a->id) && put_line(b, a->anchor.exact) &&
	     buf_puts(b, "\"\n");
	if (ok && *a->orig_exact)
		ok = buf_puts(b, "   first tagged: \"") && put_line(b, a->orig_exact) &&
		     buf_puts(b, "\"\n");
	if (ok && *a->verdict)
		ok = buf_puts(b, "   verdict: ") && put_indented(b, a->verdict, "            ") &&
		     buf_putc(b, '\n');
	if (ok && *a->note)
		ok = buf_puts(b, "   note: ") && put_indented(b, a->note, "         ") &&
		     buf_putc(b, '\n');
	return ok;
}

bool export_notes_text(Buf *b, const Review *r)
{
	bool ok = true;
	for (size_t d = 0; ok && d < review_doc_count(r); d++) {
		const ReviewDoc *doc = review_doc(r, d);
		const AnnSet *s = sidecar_annotations(doc->sidecar);
		size_t n = annset_count(s), un = annset_unplaced_count(s);
		ok = put_line(b, doc->article_path) &&
		     buf_printf(b, ": %zu annotation%s", n, n == 1 ? "" : "s");
		if (ok && un)
			ok = buf_printf(b, " (%zu unplaced)", un);
		ok = ok && buf_putc(b, '\n');
		if (ok && doc->article_error)
			ok = buf_puts(b, "   (article: ") && put_line(b, doc->article_error) &&
			     buf_puts(b, ")\n");
		if (ok && sidecar_readonly(doc->sidecar))
			ok = buf_puts(b, "   (") && put_line(b, sidecar_readonly(doc->sidecar)) &&
			     buf_puts(b, ")\n");
		for (size_t i = 0; ok && i < n; i++)
			ok = notes_one(b, i + 1, annset_get(s, i));
	}
	return ok;
}

/* --- json ------------------------------------------------------------------------ */

static bool json_num_field(Buf *b, const char *key, size_t v)
{
	if (v == SIZE_MAX)
		return buf_puts(b, ",") && json_cstr(b, key) && buf_puts(b, ":null");
	return buf_puts(b, ",") && json_cstr(b, key) && buf_printf(b, ":%zu", v);
}

/* One annotation as a JSON object; LINES adds "path" last, as the other
 * JSON Lines records (--quotes, --speakers) have it. */
static bool ann_json(Buf *b, const ReviewDoc *d, const Annotation *a, bool lines)
{
	bool ok = buf_puts(b, "{") && json_field_str(b, true, "article", d->article_path) &&
	          json_field_str(b, false, "sidecar", d->sidecar_path) &&
	          json_field_str(b, false, "title", meta(d, META_TITLE)) &&
	          json_field_str(b, false, "url", meta(d, META_URL)) &&
	          json_field_str(b, false, "id", a->id) && json_field_str(b, false, "tag", a->tag) &&
	          json_field_str(b, false, "status", a->status) &&
	          json_field_str(b, false, "verdict", a->verdict) &&
	          json_field_str(b, false, "speaker", a->speaker) &&
	          json_field_str(b, false, "author", a->author) &&
	          json_field_str(b, false, "created", a->created) &&
	          json_field_str(b, false, "updated", a->updated) &&
	          json_field_str(b, false, "note", a->note) &&
	          json_field_str(b, false, "exact", a->anchor.exact) &&
	          json_field_str(b, false, "prefix", a->anchor.prefix) &&
	          json_field_str(b, false, "suffix", a->anchor.suffix) &&
	          json_num_field(b, "start", a->anchor.start) &&
	          json_num_field(b, "end", a->anchor.end) &&
	          json_field_str(b, false, "placement", anchor_state_name(a->state));
	if (ok && *a->orig_exact)
		ok = json_field_str(b, false, "orig_exact", a->orig_exact);
	if (ok && a->nextra) {
		ok = buf_puts(b, ",\"extra\":{");
		for (size_t k = 0; ok && k < a->nextra; k++)
			ok = json_field_str(b, k == 0, a->extra[k].key, a->extra[k].value);
		ok = ok && buf_puts(b, "}");
	}
	if (ok && lines)
		ok = json_field_str(b, false, "path", d->article_path);
	return ok && buf_puts(b, "}");
}

static bool export_json(Buf *b, const Review *r, bool lines)
{
	bool ok = lines || buf_puts(b, "[");
	for (size_t i = 0; ok && i < review_count(r); i++) {
		const ReviewItem *it = review_item(r, i);
		ok = (lines || buf_puts(b, i ? ",\n" : "\n")) &&
		     ann_json(b, review_doc(r, it->doc), it->ann, lines) && (!lines || buf_putc(b, '\n'));
	}
	return ok && (lines || buf_puts(b, "\n]\n"));
}

/* --- csv ------------------------------------------------------------------------- */

static bool csv_field(Buf *b, bool first, const char *s)
{
	Buf c;
	buf_init(&c);
	bool ok = sanitize_text(s, strlen(s), &c) && (first || buf_putc(b, ',')) && buf_putc(b, '"');
	/* A leading = + - @ would make a spreadsheet run the cell as a formula. */
	if (ok && c.len && strchr("=+-@", c.data[0]))
		ok = buf_putc(b, '\'');
	for (size_t i = 0; ok && i < c.len; i++)
		ok = c.data[i] == '"' ? buf_puts(b, "\"\"") : buf_putc(b, c.data[i]);
	buf_free(&c);
	return ok && buf_putc(b, '"');
}

static bool csv_num(Buf *b, size_t v)
{
	return v == SIZE_MAX ? buf_puts(b, ",") : buf_printf(b, ",%zu", v);
}

static bool export_csv(Buf *b, const Review *r)
{
	bool ok = buf_puts(b, "article,title,url,id,tag,status,speaker,verdict,quote,note,author,"
	                      "created,updated,start,end,placement\r\n");
	for (size_t i = 0; ok && i < review_count(r); i++) {
		const ReviewItem *it = review_item(r, i);
		const ReviewDoc *d = review_doc(r, it->doc);
		const Annotation *a = it->ann;
		ok = csv_field(b, true, d->article_path) && csv_field(b, false, meta(d, META_TITLE)) &&
		     csv_field(b, false, meta(d, META_URL)) && csv_field(b, false, a->id) &&
		     csv_field(b, false, a->tag) && csv_field(b, false, a->status) &&
		     csv_field(b, false, a->speaker) && csv_field(b, false, a->verdict) &&
		     csv_field(b, false, a->anchor.exact) && csv_field(b, false, a->note) &&
		     csv_field(b, false, a->author) && csv_field(b, false, a->created) &&
		     csv_field(b, false, a->updated) && csv_num(b, a->anchor.start) &&
		     csv_num(b, a->anchor.end) && csv_field(b, false, anchor_state_name(a->state)) &&
		     buf_puts(b, "\r\n");
	}
	return ok;
}

/* --- md ----------------------------------------------------------------------------- */

/* A quotation block: every line starts with "> ". */
static bool md_quote(Buf *b, const char *s)
{
	return buf_puts(b, "> ") && put_indented(b, s, "> ") && buf_puts(b, "\n\n");
}

static bool export_md(Buf *b, const Review *r)
{
	bool ok = buf_puts(b, "# Fact-check memo\n");
	size_t last = SIZE_MAX, n = 0;
	for (size_t i = 0; ok && i < review_count(r); i++) {
		const ReviewItem *it = review_item(r, i);
		const ReviewDoc *d = review_doc(r, it->doc);
		const Annotation *a = it->ann;
		if (it->doc != last) {
			last = it->doc;
			n = 0;
			const char *title = *meta(d, META_TITLE) ? meta(d, META_TITLE) : d->article_path;
			ok = buf_puts(b, "\n## ") && put_line(b, title) && buf_puts(b, "\n\n- File: `") &&
			     put_line(b, d->article_path) && buf_puts(b, "`\n");
			if (ok && *meta(d, META_URL))
				ok = buf_puts(b, "- URL: <") && put_line(b, meta(d, META_URL)) &&
				     buf_puts(b, ">\n");
			if (ok && *meta(d, META_SOURCE))
				ok = buf_puts(b, "- Source: ") && put_line(b, meta(d, META_SOURCE)) &&
				     buf_puts(b, "\n");
			if (ok && *meta(d, META_DATE))
				ok = buf_puts(b, "- Date: ") && put_line(b, meta(d, META_DATE)) &&
				     buf_puts(b, "\n");
		}
		const char *v = verdict_of(a);
		ok = ok && buf_printf(b, "\n### %zu. ", ++n) &&
		     put_line(b, *a->speaker ? a->speaker : "Unattributed") && buf_puts(b, " — ") &&
		     put_line(b, *v ? v : a->tag) && buf_puts(b, "\n\n") && md_quote(b, a->anchor.exact) &&
		     buf_puts(b, "- Tag: ") && put_line(b, a->tag) &&
		     buf_printf(b, "\n- Status: %s\n", ann_status_label(a->status));
		if (ok && *a->verdict)
			ok = buf_puts(b, "- Verdict: ") && put_indented(b, a->verdict, "  ") &&
			     buf_putc(b, '\n');
		ok = ok && buf_puts(b, "- Checked by: ") && put_line(b, *a->author ? a->author : "?") &&
		     buf_puts(b, ", ") && put_line(b, a->updated) && buf_putc(b, '\n');
		if (ok && a->state == ANCHOR_UNPLACED)
			ok = buf_puts(b, "- **Unplaced:** the quote is no longer in the article as "
			                 "it is now\n");
		if (ok && *a->note)
			ok = buf_puts(b, "\nNote:\n\n    ") && put_indented(b, a->note, "    ") &&
			     buf_putc(b, '\n');
	}
	if (ok && review_count(r) == 0)
		ok = buf_puts(b, "\nNo annotations.\n");
	return ok;
}

/* --- claimreview ------------------------------------------------------------------ */

static bool export_claimreview(Buf *b, const Review *r)
{
	bool ok = buf_puts(b, "["), first = true;
	for (size_t i = 0; ok && i < review_count(r); i++) {
		const ReviewItem *it = review_item(r, i);
		const ReviewDoc *d = review_doc(r, it->doc);
		const Annotation *a = it->ann;
		const char *v = verdict_of(a);
		if (!*v)
			continue; /* not reviewed yet */
		ok = buf_puts(b, first ? "\n{" : ",\n{") &&
		     json_field_str(b, true, "@context", "https://schema.org") &&
		     json_field_str(b, false, "@type", "ClaimReview") &&
		     json_field_str(b, false, "claimReviewed", a->anchor.exact) &&
		     buf_puts(b, ",\"itemReviewed\":{") && json_field_str(b, true, "@type", "Claim");
		first = false;
		if (ok && *a->speaker)
			ok = buf_puts(b, ",\"author\":{") && json_field_str(b, true, "@type", "Person") &&
			     json_field_str(b, false, "name", a->speaker) && buf_puts(b, "}");
		if (ok && *meta(d, META_DATE))
			ok = json_field_str(b, false, "datePublished", meta(d, META_DATE));
		ok = ok && buf_puts(b, ",\"appearance\":{") &&
		     json_field_str(b, true, "@type", "CreativeWork") &&
		     json_field_str(b, false, "headline", meta(d, META_TITLE));
		if (ok && *meta(d, META_URL))
			ok = json_field_str(b, false, "url", meta(d, META_URL));
		char date[11];
		snprintf(date, sizeof date, "%.10s", *a->updated ? a->updated : a->created);
		ok = ok && buf_puts(b, "}}") && buf_puts(b, ",\"reviewRating\":{") &&
		     json_field_str(b, true, "@type", "Rating") &&
		     json_field_str(b, false, "alternateName", v) && buf_puts(b, "}") &&
		     buf_puts(b, ",\"author\":{") && json_field_str(b, true, "@type", "Person") &&
		     json_field_str(b, false, "name", *a->author ? a->author : "unknown") &&
		     buf_puts(b, "}") && (!*date || json_field_str(b, false, "datePublished", date));
		if (ok && *meta(d, META_URL))
			ok = json_field_str(b, false, "url", meta(d, META_URL));
		if (ok && *a->note)
			ok = json_field_str(b, false, "reviewBody", a->note);
		ok = ok && buf_puts(b, "}");
	}
	return ok && buf_puts(b, "\n]\n");
}

/* --- webannotation --------------------------------------------------------------- */

/* Byte offset OFF of TEXT in Unicode code points, as the W3C model counts. */
static size_t codepoints(const char *text, size_t off)
{
	size_t n = 0;
	for (size_t i = 0; i < off; i++)
		n += ((unsigned char)text[i] & 0xC0) != 0x80;
	return n;
}

static bool body(Buf *b, bool *first, const char *purpose, const char *value)
{
	if (!*value)
		return true;
	bool ok = buf_puts(b, *first ? "{" : ",{") && json_field_str(b, true, "type", "TextualBody") &&
	          json_field_str(b, false, "purpose", purpose) &&
	          json_field_str(b, false, "value", value) &&
	          json_field_str(b, false, "format", "text/plain") && buf_puts(b, "}");
	*first = false;
	return ok;
}

/* Who said the annotated words, as a describing body. */
static bool speaker_body(Buf *b, bool *first, const char *speaker)
{
	if (!*speaker)
		return true;
	Buf v;
	buf_init(&v);
	bool ok = buf_puts(&v, "Said by ") && buf_puts(&v, speaker) && buf_terminate(&v) &&
	          body(b, first, "describing", v.data);
	buf_free(&v);
	return ok;
}

static bool export_webannotation(Buf *b, const Review *r)
{
	bool ok = buf_puts(b, "[");
	for (size_t i = 0; ok && i < review_count(r); i++) {
		const ReviewItem *it = review_item(r, i);
		const ReviewDoc *d = review_doc(r, it->doc);
		const Annotation *a = it->ann;
		char urn[96];
		snprintf(urn, sizeof urn, "urn:newsroom:annotation:%s", a->id);
		Buf src;
		buf_init(&src);
		if (*meta(d, META_URL)) {
			ok = buf_puts(&src, meta(d, META_URL));
		} else {
			/* A file IRI for the article, percent-encoding what IRIs forbid. */
			char real[PATH_MAX];
			const char *p = realpath(d->article_path, real) ? real : d->article_path;
			ok = buf_puts(&src, "file://");
			for (const unsigned char *q = (const unsigned char *)p; ok && *q; q++)
				ok = *q <= 0x20 || strchr("\"<>\\^`{|}%#?", *q) || *q == 0x7F
				             ? buf_printf(&src, "%%%02X", *q)
				             : buf_putc(&src, (char)*q);
		}
		ok = ok && buf_terminate(&src);
		bool first = true;
		ok = ok && buf_puts(b, i ? ",\n{" : "\n{") &&
		     json_field_str(b, true, "@context", "http://www.w3.org/ns/anno.jsonld") &&
		     json_field_str(b, false, "id", urn) && json_field_str(b, false, "type", "Annotation") &&
		     json_field_str(b, false, "motivation", *verdict_of(a) ? "assessing" : "tagging") &&
		     json_field_str(b, false, "created", a->created) &&
		     json_field_str(b, false, "modified", a->updated) && buf_puts(b, ",\"creator\":{") &&
		     json_field_str(b, true, "type", "Person") &&
		     json_field_str(b, false, "name", a->author) && buf_puts(b, "},\"body\":[") &&
		     body(b, &first, "tagging", a->tag) && body(b, &first, "assessing", a->verdict) &&
		     body(b, &first, "commenting", a->note) && speaker_body(b, &first, a->speaker) &&
		     buf_puts(b, "],\"target\":{") &&
		     json_field_str(b, true, "source", src.data ? src.data : "") &&
		     buf_puts(b, ",\"selector\":[{") &&
		     json_field_str(b, true, "type", "TextQuoteSelector") &&
		     json_field_str(b, false, "exact", a->anchor.exact) &&
		     json_field_str(b, false, "prefix", a->anchor.prefix) &&
		     json_field_str(b, false, "suffix", a->anchor.suffix) && buf_puts(b, "}");
		buf_free(&src);
		if (ok && placed(a) && d->article) {
			const char *t = article_text(d->article);
			ok = buf_puts(b, ",{") && json_field_str(b, true, "type", "TextPositionSelector") &&
			     buf_printf(b, ",\"start\":%zu,\"end\":%zu}", codepoints(t, a->span.start),
			                codepoints(t, a->span.end));
		}
		ok = ok && buf_puts(b, "]}}");
	}
	return ok && buf_puts(b, "\n]\n");
}

bool export_review(Buf *out, const Review *r, const char *format)
{
	if (!strcmp(format, "json"))
		return export_json(out, r, false);
	if (!strcmp(format, "jsonl"))
		return export_json(out, r, true);
	if (!strcmp(format, "csv"))
		return export_csv(out, r);
	if (!strcmp(format, "md"))
		return export_md(out, r);
	if (!strcmp(format, "claimreview"))
		return export_claimreview(out, r);
	if (!strcmp(format, "webannotation"))
		return export_webannotation(out, r);
	return false;
}
