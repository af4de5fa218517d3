/* embedded_post.c - posts embedded from social media, signed below.
 *
 * Saved pages keep an embedded tweet as its words, then a signature line:
 *   I urge all Delhiites to use them whenever needed pic.twitter.com/x
 *   — Arvind Kejriwal (@ArvindKejriwal) November 1, 2019
 * The words carry no quotation marks, yet they are a statement quoted
 * whole, often the very claim an article is about; without this they read
 * as the writer's, and the post's "I" as the writer.  Each paragraph of
 * the post becomes a direct quotation of the one who signed it.  In a
 * page the post is the block-quote paragraphs right above its signature;
 * in plain text only the paragraph above is sure to be part of it.
 */
#include <stdlib.h>
#include <string.h>

#include "dash.h"
#include "mention.h"
#include "quotes_impl.h"

/* A post holds no more paragraphs than this: a longer run of block quotes
 * is an excerpt, and only its last paragraphs would be the post's. */
enum { POST_MAX_PARAS = 8, SIGNATURE_MAX = 200, HANDLE_MAX = 15 };

static bool handle_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '_';
}

/* P is a signature, "— NAME (@handle) DATE": the span of NAME in *NAME
 * and of "@handle" in *HANDLE.  The date is optional; a signature is
 * short, and its name is not empty. */
static bool signature(const char *text, Span p, Span *name, Span *handle)
{
	size_t n = p.end - p.start;
	const char *s = text + p.start;
	size_t d = n <= SIGNATURE_MAX ? dash_len(s, n) : 0;
	if (!d || d >= n || s[d] != ' ')
		return false;
	/* the first "(@" that holds a handle and its closing parenthesis */
	for (size_t i = d + 1; i + 3 < n; i++) {
		if (s[i] != '(' || s[i + 1] != '@')
			continue;
		size_t h = i + 2;
		while (h < n && h - (i + 2) <= HANDLE_MAX && handle_char(s[h]))
			h++;
		if (h == i + 2 || h - (i + 2) > HANDLE_MAX || h >= n || s[h] != ')')
			continue;
		size_t ne = i;
		while (ne > d + 1 && s[ne - 1] == ' ')
			ne--;
		if (ne == d + 1)
			return false;
		*name = (Span){ p.start + d + 1, p.start + ne };
		*handle = (Span){ p.start + i + 1, p.start + h };
		return true;
	}
	return false;
}

/* The link starting at S[I, N) ("pic.twitter.com/x", "https://t.co/x"). */
static bool link_at(const char *s, size_t i, size_t n)
{
	static const char *const starts[] = { "pic.twitter.com/", "https://", "http://" };
	for (size_t k = 0; k < sizeof starts / sizeof *starts; k++) {
		size_t l = strlen(starts[k]);
		if (n - i > l && !memcmp(s + i, starts[k], l))
			return true;
	}
	return false;
}

/* P without the links a post ends with, which are the embed's, not words
 * of the post ("... 2014.https://t.co/x pic.twitter.com/y": the first may
 * follow the last word with no space). */
static Span without_link(const char *text, Span p)
{
	const char *s = text + p.start;
	size_t n = p.end - p.start;
	for (bool cut = true; cut && n > 0;) {
		size_t w = n;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		cut = false;
		for (size_t i = w; i < n && !cut; i++)
			if (link_at(s, i, n)) {
				while (i > 0 && s[i - 1] == ' ')
					i--;
				n = i;
				cut = true;
			}
	}
	return (Span){ p.start, p.start + n };
}

/* S[0, N) holds a letter or a digit: an ASCII one or a character from
 * U+00C0 to U+EFFF, but for the symbols of U+2000-U+2BFF
 * (a post of arrows and a link says nothing). */
static bool has_letter(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if ((unsigned)((b | 32) - 'a') < 26u || (unsigned)(b - '0') < 10u)
			return true;
		if (b >= 0xC3 && b < 0xEF && !(b == 0xE2 && i + 1 < n && (unsigned char)s[i + 1] < 0xB0))
			return true;
	}
	return false;
}

/* Fills IT's mention from a signature's NAME and HANDLE: the name as the
 * mention rules read it, titles kept as roles ("Rep. Ilhan Omar"), or the
 * handle when the name is no name ("tall glass of coquito").  T is scratch
 * space.  False when out of memory. */
static bool signer(const Ctx *c, Span name, Span handle, Toks *t, Item *it)
{
	if (!tokenize(c->text, name, NULL, 0, t))
		return false;
	Mention m = { 0 };
	/* (the whole name, but for letters after it that are no part of it:
	 * "Ben Hollis MP") */
	size_t rest = 0;
	bool whole = t->n && mention_after(c->text, t, 0, t->n, &m);
	for (rest = m.span.end; whole && rest < name.end; rest++)
		if (c->text[rest] != ' ' && !(c->text[rest] >= 'A' && c->text[rest] <= 'Z'))
			break;
	if (whole && (m.kind == MEN_NAME || m.kind == MEN_ORG) && m.span.end > name.start &&
	    rest == name.end && name.end - m.span.end <= 5) {
		it->q.mention = m.span;
		it->mkind = m.kind;
		it->name = m.name;
		it->role = m.role;
		it->role2 = m.role2;
	} else {
		it->q.mention = handle;
		it->mkind = MEN_NAME;
		it->name = handle;
	}
	return true;
}

/* The posts of C's article as items in text order: *POSTS (owned by the
 * caller), *NPOSTS of them.  False when out of memory. */
static bool posts_of(const Ctx *c, Item **posts, size_t *nposts)
{
	size_t np = article_paragraph_count(c->a), n = 0, cap = 0;
	Item *v = NULL;
	Toks t = { .classes = &c->e->name_class };
	bool ok = true;
	for (size_t i = 1; ok && i < np; i++) {
		const Paragraph *sig = article_paragraph(c->a, i);
		Span name, handle;
		if (!signature(c->text, sig->span, &name, &handle))
			continue;
		/* the block quotes above it, back to the one after another
		 * signature; in plain text the one paragraph above */
		size_t first = i - 1;
		if (sig->kind == PARA_BLOCKQUOTE) {
			while (first > 0 && i - first < POST_MAX_PARAS &&
			       article_paragraph(c->a, first - 1)->kind == PARA_BLOCKQUOTE &&
			       !signature(c->text, article_paragraph(c->a, first - 1)->span, &(Span){ 0 },
			                  &(Span){ 0 }))
				first--;
			if (article_paragraph(c->a, first)->kind != PARA_BLOCKQUOTE)
				continue;
		} else if (article_paragraph(c->a, first)->kind != PARA_BODY) {
			continue;
		}
		Item who = { 0 };
		if (!(ok = signer(c, name, handle, &t, &who)))
			break;
		for (size_t k = first; k < i; k++) {
			Span s = without_link(c->text, article_paragraph(c->a, k)->span);
			if (!has_letter(c->text + s.start, s.end - s.start))
				continue;
			if (!(ok = grow(&v, &cap, n + 1, sizeof *v)))
				break;
			Item *it = &v[n++];
			*it = who;
			it->q.span = it->q.inner = s;
			it->q.kind = QUOTE_DIRECT;
			it->q.speaker = -1;
			it->q.cue = (Span){ 0, 0 };
			it->q.confidence = 0.9;
			it->turn = true; /* (the whole paragraph is the signer's) */
		}
	}
	toks_free(&t);
	if (!ok) {
		free(v);
		return false;
	}
	*posts = v;
	*nposts = n;
	return true;
}

bool find_posts(const Ctx *c, Item **items, size_t *n)
{
	Item *posts = NULL;
	size_t np = 0;
	if (!posts_of(c, &posts, &np))
		return false;
	if (!np)
		return true;
	/* Quotations inside a post are the post's words (its signer quotes
	 * them): they go, and the posts take their place in text order. */
	Item *w = malloc((*n + np) * sizeof *w);
	if (!w) {
		free(posts);
		return false;
	}
	size_t i = 0, j = 0, k = 0;
	while (i < *n || j < np) {
		if (j < np && (i >= *n || posts[j].q.span.start <= (*items)[i].q.span.start)) {
			w[k++] = posts[j++];
			continue;
		}
		const Item *x = &(*items)[i++];
		bool inside = false;
		for (size_t p = j ? j - 1 : 0; p < np && posts[p].q.span.start < x->q.span.end; p++)
			inside |= x->q.span.start < posts[p].q.span.end && posts[p].q.span.start < x->q.span.end;
		if (!inside)
			w[k++] = *x;
	}
	free(posts);
	free(*items);
	*items = w;
	*n = k;
	return true;
}
