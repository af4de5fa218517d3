/* test_anchor.c - anchors, re-anchoring after article edits, the annotation set. */
#include "tap.h"

#include "anchor.h"
#include "annotations.h"
#include "buf.h"
#include "load.h"
#include "sanitize.h"

static char *load_seed(size_t *len)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/seed/tillerson-un.txt", test_data_dir());
	Error err;
	Article *a = load_article(path, NULL, &err);
	if (!a)
		return NULL;
	*len = article_len(a);
	char *t = strndup(article_text(a), *len);
	article_free(a);
	return t;
}

/* TEXT with the first occurrence of FROM replaced by TO (malloc'd). */
static char *replace(const char *text, const char *from, const char *to)
{
	const char *p = strstr(text, from);
	if (!p)
		return NULL;
	Buf b;
	buf_init(&b);
	buf_append(&b, text, (size_t)(p - text));
	buf_puts(&b, to);
	buf_puts(&b, p + strlen(from));
	return buf_steal(&b);
}

static Anchor anchor_on(const char *text, const char *what)
{
	Anchor an = { 0 };
	const char *p = strstr(text, what);
	size_t s = p ? (size_t)(p - text) : 0;
	anchor_make(&an, text, strlen(text), s, s + strlen(what), NULL);
	return an;
}

static void test_make(void)
{
	const char *t = "aaaa é bbbb the claim itself cccc ü dddd";
	Anchor an = anchor_on(t, "the claim itself");
	is_str(an.exact, "the claim itself", "exact text");
	ok(strlen(an.prefix) <= ANCHOR_CONTEXT, "prefix at most %d bytes", ANCHOR_CONTEXT);
	is_str(an.prefix, "aaaa é bbbb ", "prefix is the text before");
	is_str(an.suffix, " cccc ü dddd", "suffix is the text after");
	anchor_clear(&an);

	/* Context cut at 32 bytes never splits a character. */
	Buf b;
	buf_init(&b);
	for (int i = 0; i < 40; i++)
		buf_puts(&b, "é");
	buf_puts(&b, "X");
	for (int i = 0; i < 40; i++)
		buf_puts(&b, "ü");
	buf_terminate(&b);
	an = anchor_on(b.data, "X");
	ok(utf8_valid(an.prefix, strlen(an.prefix)) && strlen(an.prefix) == 32,
	   "prefix is whole characters (32 bytes of 2-byte chars)");
	ok(utf8_valid(an.suffix, strlen(an.suffix)) && strlen(an.suffix) == 32, "suffix too");
	anchor_clear(&an);
	/* A span starting inside a character is widened to it. */
	ok(anchor_make(&an, b.data, b.len, 1, 3, NULL) && an.start == 0 && an.end == 4,
	   "span moved to character boundaries");
	anchor_clear(&an);
	ok(!anchor_make(&an, b.data, b.len, 5, 5, NULL), "empty span refused");
	ok(!anchor_make(&an, b.data, b.len, 5, b.len + 1, NULL), "span past the end refused");
	buf_free(&b);

	char f1[ANCHOR_FP_SIZE], f2[ANCHOR_FP_SIZE];
	anchor_fingerprint("abc", 3, f1);
	anchor_fingerprint("abd", 3, f2);
	ok(strcmp(f1, f2) != 0 && !strncmp(f1, "fnv1a64-", 8), "fingerprints differ: %s", f1);
}

static void test_resolve_seed(void)
{
	size_t len;
	char *text = load_seed(&len);
	if (!ok(text != NULL, "seed article loads"))
		return;
	const char *claim = "it should be clear to everybody that the DPRK is hardly going to "
	                    "refrain from its nuclear missile program";
	Anchor an = anchor_on(text, claim);
	AnchorMatch m = anchor_resolve(&an, text, len);
	is_int(m.state, ANCHOR_EXACT, "unchanged article: exact");

	/* A paragraph inserted before the claim: found at its new place. */
	char *ins = replace(text, "But Russia's ambassador",
	                    "An inserted paragraph of several words.\n\nBut Russia's ambassador");
	m = anchor_resolve(&an, ins, strlen(ins));
	is_int(m.state, ANCHOR_MOVED, "paragraph inserted: moved");
	ok(m.span.start == an.start + 41 && !strncmp(ins + m.span.start, claim, strlen(claim)),
	   "paragraph inserted: the same words, 41 bytes later");

	/* Words changed inside the claim: an approximate match. */
	char *chg = replace(text, "is hardly going to refrain", "is unlikely to refrain");
	m = anchor_resolve(&an, chg, strlen(chg));
	is_int(m.state, ANCHOR_FUZZY, "words changed inside: fuzzy");
	ok(m.score >= ANCHOR_FUZZY_MIN && m.score < 1, "fuzzy score %.2f", m.score);
	ok(!strncmp(chg + m.span.start, "it should be clear", 18), "fuzzy span starts at the claim");
	ok(!strncmp(chg + m.span.end - 7, "program", 7), "fuzzy span ends at the claim's end");

	/* Claim rewritten completely: unplaced. */
	char *gone = replace(text, claim, "the talks will go on next week as planned, a spokesman "
	                                  "for the delegation told reporters");
	m = anchor_resolve(&an, gone, strlen(gone));
	is_int(m.state, ANCHOR_UNPLACED, "claim rewritten: unplaced");

	/* Claim deleted with its paragraph. */
	const char *ps = strstr(text, "But Russia's ambassador");
	const char *pe = strstr(ps, "\n\n");
	Buf b;
	buf_init(&b);
	buf_append(&b, text, (size_t)(ps - text));
	buf_puts(&b, pe + 2);
	buf_terminate(&b);
	m = anchor_resolve(&an, b.data, b.len);
	is_int(m.state, ANCHOR_UNPLACED, "claim deleted: unplaced");
	buf_free(&b);

	/* Repeated text: the copy with the stored context wins, else the nearest. */
	Anchor nk = { 0 };
	size_t at = (size_t)(strstr(text, "Friday that North Korea") - text) + 12;
	anchor_make(&nk, text, len, at, at + 11, NULL);
	/* The decoy lands nearer the old offset than the real one. */
	char *dup = replace(text, "(CNN) --",
	                    "A paragraph long enough to push the real one further than this one "
	                    "which ends with the same two words: North Korea.\n\n(CNN) --");
	m = anchor_resolve(&nk, dup, strlen(dup));
	ok(m.state == ANCHOR_MOVED && !strncmp(dup + m.span.start - 12, "Friday that ", 12),
	   "repeated text: the occurrence with matching context wins over a nearer one");
	anchor_clear(&nk);

	free(ins);
	free(chg);
	free(gone);
	free(dup);
	anchor_clear(&an);
	free(text);
}

static void test_short_fuzzy(void)
{
	const char *t = "The cat sat on the mat.";
	Anchor an = anchor_on(t, "cat sat");
	const char *t2 = "The dog sat on the mat.";
	AnchorMatch m = anchor_resolve(&an, t2, strlen(t2));
	is_int(m.state, ANCHOR_UNPLACED, "short anchors never match approximately");
	anchor_clear(&an);
}

static void test_set(void)
{
	const char *text = "Alpha said one thing. Beta said another thing. Gamma said nothing.";
	size_t len = strlen(text);
	AnnSet *s = annset_new();
	annset_place(s, text, len);
	Error err = { "" };
	ok(!annset_dirty(s), "a new set is clean");
	const char *id1 = annset_add(s, (Span){ 22, 46 }, &(AnnFields){ .tag = "false",
	                                                          .note = "multi\nline" },
	                             &err);
	ok(id1 && ann_id_valid(id1), "add returns an id");
	char id[ANN_ID_MAX + 1];
	snprintf(id, sizeof id, "%s", id1 ? id1 : "");
	const char *id2 = annset_add(s, (Span){ 0, 21 }, NULL, &err);
	ok(id2 != NULL, "second add");
	is_int(annset_count(s), 2, "two annotations");
	is_str(annset_get(s, 0)->tag, "claim", "text order; default tag claim");
	is_str(annset_get(s, 1)->anchor.exact, "Beta said another thing.", "second in text order");
	ok(annset_dirty(s), "dirty after add");
	is_str(annset_get(s, 1)->status, "open", "status open by default");
	ok(*annset_get(s, 1)->author != 0, "author recorded");
	is_int(annset_at(s, 30, 0), 1, "annset_at finds the span");
	is_int(annset_at(s, 21, 0), 2, "annset_at: the gap between is none");

	ok(annset_edit(s, id, &(AnnFields){ .status = "in progress", .verdict = "Wrong" }, &err),
	   "edit");
	is_str(annset_find(s, id)->status, "in-progress", "status stored canonical");
	ok(!annset_edit(s, id, &(AnnFields){ .status = "later" }, &err), "bad status refused");
	ok(strstr(err.msg, "status") != NULL, "error names the status");
	ok(annset_undo(s), "undo the edit");
	is_str(annset_find(s, id)->status, "open", "status back to open");
	ok(annset_redo(s), "redo");
	is_str(annset_find(s, id)->verdict, "Wrong", "verdict back");
	ok(annset_delete(s, id, &err), "delete");
	ok(annset_find(s, id) == NULL, "gone");
	ok(annset_undo(s), "undo delete");
	ok(annset_find(s, id) && !strcmp(annset_find(s, id)->note, "multi\nline"),
	   "undo brings it back whole");
	ok(annset_undo(s) && annset_undo(s) && annset_count(s) == 1, "undo the add");
	ok(annset_undo(s) && annset_count(s) == 0 && !annset_can_undo(s), "undo everything");
	ok(annset_redo(s) && annset_redo(s) && annset_count(s) == 2, "redo the adds");
	ok(!annset_add(s, (Span){ 5, 5 }, NULL, &err), "empty span refused");
	ok(!annset_add(s, (Span){ 0, len + 1 }, NULL, &err), "span past the end refused");
	annset_free(s);
}

static AnnSet *set_of(const char *text, const char *const *notes, size_t n)
{
	AnnSet *s = annset_new();
	annset_place(s, text, strlen(text));
	for (size_t i = 0; i < n; i++) {
		Error err;
		annset_add(s, (Span){ i * 4, i * 4 + 3 }, &(AnnFields){ .note = notes[i] }, &err);
	}
	return s;
}

static void test_merge(void)
{
	const char *text = "aaa bbb ccc ddd eee fff ggg";
	const char *notes[] = { "one", "two", "three", "four" };
	AnnSet *base = set_of(text, notes, 4);
	const char *ids[4];
	for (size_t i = 0; i < 4; i++)
		ids[i] = annset_get(base, i)->id;
	AnnSet *ours = annset_copy(base), *theirs = annset_copy(base);
	Error err;
	/* 0: edited here; 1: edited there; 2: edited on both sides; 3: deleted
	 * here, edited there.  Plus one new on each side. */
	annset_edit(ours, ids[0], &(AnnFields){ .note = "one-ours" }, &err);
	annset_edit(theirs, ids[1], &(AnnFields){ .note = "two-theirs" }, &err);
	annset_edit(ours, ids[2], &(AnnFields){ .note = "three-ours" }, &err);
	annset_edit(theirs, ids[2], &(AnnFields){ .note = "three-theirs" }, &err);
	annset_delete(ours, ids[3], &err);
	annset_edit(theirs, ids[3], &(AnnFields){ .note = "four-theirs" }, &err);
	annset_add(ours, (Span){ 20, 23 }, &(AnnFields){ .note = "new-ours" }, &err);
	annset_add(theirs, (Span){ 24, 27 }, &(AnnFields){ .note = "new-theirs" }, &err);
	MergeReport r;
	ok(annset_merge(ours, base, theirs, &r), "merge");
	is_int(annset_count(ours), 7, "4 old + 1 conflict copy + 2 new");
	is_str(annset_find(ours, ids[0])->note, "one-ours", "our edit kept");
	is_str(annset_find(ours, ids[1])->note, "two-theirs", "their edit taken");
	is_str(annset_find(ours, ids[2])->note, "three-ours", "conflict: ours under its id");
	int copies = 0, news = 0;
	for (size_t i = 0; i < annset_count(ours); i++) {
		const Annotation *a = annset_get(ours, i);
		if (!strcmp(a->note, "three-theirs") && a->nextra == 1 &&
		    !strcmp(a->extra[0].key, "conflict_of") && !strcmp(a->extra[0].value, ids[2]))
			copies++;
		news += !strcmp(a->note, "new-ours") || !strcmp(a->note, "new-theirs");
	}
	is_int(copies, 1, "conflict: theirs kept as a copy naming ours");
	is_str(annset_find(ours, ids[3]) ? annset_find(ours, ids[3])->note : NULL, "four-theirs",
	       "deleted here, edited there: kept");
	is_int(news, 2, "new annotations from both sides");
	ok(r.taken >= 2 && r.conflicts == 1 && r.kept == 1, "report: %zu taken, %zu, %zu",
	   r.taken, r.conflicts, r.kept);
	ok(annset_can_undo(ours), "our undo history survives a merge");
	annset_free(ours);
	annset_free(theirs);

	/* Deleted there, untouched here: deleted. */
	ours = annset_copy(base);
	theirs = annset_copy(base);
	annset_delete(theirs, ids[0], &err);
	annset_merge(ours, base, theirs, &r);
	ok(annset_find(ours, ids[0]) == NULL && annset_count(ours) == 3, "their deletion taken");
	annset_free(ours);
	annset_free(theirs);
	annset_free(base);
}

/* The bit-parallel search agrees with the plain dynamic programming. */
static void test_search_agrees(void)
{
	uint64_t st = 99;
	size_t bad = 0, runs = 0;
	char text[3000], pat[400];
	static const size_t lens[] = { 1, 2, 12, 63, 64, 65, 127, 128, 129, 200, 300 };
	for (size_t li = 0; li < sizeof lens / sizeof lens[0]; li++) {
		for (int r = 0; r < 30; r++, runs++) {
			st = st * 6364136223846793005ULL + 1442695040888963407ULL;
			/* A small alphabet makes near matches common. */
			int alpha = 2 + (int)((st >> 33) % 6);
			size_t n = 200 + (size_t)((st >> 40) % 2500), m = lens[li];
			for (size_t i = 0; i < n; i++) {
				st = st * 6364136223846793005ULL + 1442695040888963407ULL;
				text[i] = (char)('a' + (int)((st >> 33) % (uint64_t)alpha));
			}
			/* The pattern: a slice of the text with a few edits, or random. */
			size_t from = (size_t)((st >> 20) % (n - (m < n ? m : n) + 1));
			for (size_t i = 0; i < m; i++) {
				st = st * 6364136223846793005ULL + 1442695040888963407ULL;
				pat[i] = (st >> 60) < 2 ? (char)('a' + (int)((st >> 33) % (uint64_t)alpha))
				         : from + i < n ? text[from + i] : 'z';
			}
			size_t w0 = (size_t)((st >> 10) % 50), want = (size_t)((st >> 30) % n);
			size_t e1, e2;
			size_t d1 = anchor_search_dp(pat, m, text, w0, n, want, &e1);
			size_t d2 = anchor_search_bits(pat, m, text, w0, n, want, &e2);
			if (d1 != d2 || e1 != e2) {
				if (!bad)
					printf("# m=%zu n=%zu: dp %zu at %zu, bits %zu at %zu\n", m, n, d1, e1,
					       d2, e2);
				bad++;
			}
		}
	}
	ok(bad == 0, "bit-parallel search = dynamic programming on %zu random cases", runs);
}

int main(void)
{
	test_make();
	test_resolve_seed();
	test_short_fuzzy();
	test_search_agrees();
	test_set();
	test_merge();
	return done_testing();
}
