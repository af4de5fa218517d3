/* print_text.c - `--text` and `--meta`, plain and JSON. */
#include "cli.h"

#include <string.h>

#include "json.h"

static const char *kind_name(ParaKind k)
{
	switch (k) {
	case PARA_TITLE: return "title";
	case PARA_BODY: return "body";
	case PARA_HEADING: return "heading";
	case PARA_BLOCKQUOTE: return "blockquote";
	case PARA_LIST_ITEM: return "list_item";
	}
	return "body";
}

static bool flush(FILE *out, Buf *b)
{
	bool ok = fwrite(b->data ? b->data : "", 1, b->len, out) == b->len;
	buf_free(b);
	return ok;
}

static bool meta_json(Buf *b, const Article *a)
{
	bool ok = buf_putc(b, '{'), first = true;
	for (MetaKey k = 0; ok && k < META__COUNT; k++) {
		const char *v = article_meta(a, k);
		if (!v)
			continue;
		ok = json_field_str(b, first, article_meta_name(k), v);
		first = false;
	}
	if (ok && article_warning_count(a)) {
		ok = buf_puts(b, first ? "\"warnings\":[" : ",\"warnings\":[");
		for (size_t i = 0; ok && i < article_warning_count(a); i++)
			ok = (i == 0 || buf_putc(b, ',')) && json_cstr(b, article_warning(a, i));
		ok = ok && buf_putc(b, ']');
	}
	return ok && buf_putc(b, '}');
}

bool print_text(FILE *out, const Article *a, bool json)
{
	if (!json) {
		size_t n = article_len(a);
		return fwrite(article_text(a), 1, n, out) == n && (n == 0 || fputc('\n', out) != EOF);
	}
	Buf b;
	buf_init(&b);
	const char *t = article_text(a);
	bool ok = buf_puts(&b, "{\"meta\":") && meta_json(&b, a) && buf_puts(&b, ",\"text\":") &&
	          json_string(&b, t, article_len(a)) && buf_puts(&b, ",\"paragraphs\":[");
	for (size_t i = 0; ok && i < article_paragraph_count(a); i++) {
		const Paragraph *p = article_paragraph(a, i);
		ok = (i == 0 || buf_putc(&b, ',')) &&
		     buf_printf(&b, "{\"start\":%zu,\"end\":%zu,\"kind\":\"%s\",\"text\":", p->span.start,
		                p->span.end, kind_name(p->kind)) &&
		     json_string(&b, t + p->span.start, p->span.end - p->span.start) && buf_putc(&b, '}');
	}
	ok = ok && buf_puts(&b, "]}\n");
	return ok && flush(out, &b);
}

bool print_meta(FILE *out, const Article *a, bool json)
{
	Buf b;
	buf_init(&b);
	bool ok = true;
	if (json) {
		ok = meta_json(&b, a) && buf_putc(&b, '\n');
	} else {
		for (MetaKey k = 0; ok && k < META__COUNT; k++) {
			const char *v = article_meta(a, k);
			if (v)
				ok = buf_printf(&b, "%s: %s\n", article_meta_name(k), v);
		}
		ok = ok && buf_printf(&b, "paragraphs: %zu\nsentences: %zu\n",
		                      article_paragraph_count(a) - (article_meta(a, META_TITLE) &&
		                                                    article_paragraph_count(a) &&
		                                                    article_paragraph(a, 0)->kind == PARA_TITLE),
		                      article_sentence_count(a));
		for (size_t i = 0; ok && i < article_warning_count(a); i++)
			ok = buf_printf(&b, "warning: %s\n", article_warning(a, i));
	}
	return ok && flush(out, &b);
}
