/* test_phrase_set.c - phrase sets match what the regex alternation they
 * replace matched: the first form in order, spaces stretching, word
 * boundaries at both ends. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../../src/phrase_set.h"
#include "tap.h"

static const char *const forms[] = {
	"went on to say", "according to", "in a statement", "went on", "going on", "went",
	"in", "said", "call for", "call",
};
#define NFORMS (sizeof forms / sizeof *forms)

/* \b(?:FORM|...)\b with " +" for each space, as the engine compiled it. */
static pcre2_code *alternation(void)
{
	char pat[1024] = "\\b(?:";
	size_t n = strlen(pat);
	for (size_t i = 0; i < NFORMS; i++) {
		if (i)
			pat[n++] = '|';
		for (const char *p = forms[i]; *p; p++) {
			if (*p == ' ')
				pat[n++] = ' ', pat[n++] = '+';
			else
				pat[n++] = *p;
		}
	}
	memcpy(pat + n, ")\\b", 4);
	int code;
	PCRE2_SIZE off;
	return pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_ANCHORED,
	                     &code, &off, NULL);
}

/* The match at B as "START-END", or "-". */
static const char *show(bool hit, Span m, char *buf)
{
	if (!hit)
		return "-";
	snprintf(buf, 32, "%zu-%zu", m.start, m.end);
	return buf;
}

int main(void)
{
	PhraseSet p = { 0 };
	bool built = true;
	for (size_t i = 0; i < NFORMS; i++)
		built &= phrase_set_add(&p, forms[i]);
	ok(built && phrase_set_finish(&p), "the set is built");
	const WordSet *heads = phrase_set_heads(&p);
	ok(wordset_has(heads, "went", 4) && wordset_has(heads, "call", 4) &&
	       !wordset_has(heads, "said", 4) && !wordset_has(heads, "going on", 8),
	   "heads: the first words of forms of several words");

	struct {
		const char *text;
		size_t b;
		const char *want;
	} cases[] = {
		{ "he went  on to say it", 3, "3-18" },   /* spaces stretch */
		{ "he went on to sayings", 3, "3-10" },   /* 'say' ends no word: 'went on' */
		{ "he went on_ to", 3, "3-7" },           /* '_' is a word byte */
		{ "2went on", 1, "-" },                   /* a digit before: no boundary */
		{ "\xC3\xA9went on", 2, "2-9" },          /* a letter beyond ASCII is none */
		{ "went on", 0, "0-7" },
		{ "in a statement", 0, "0-14" },
		{ "in a statements", 0, "0-2" },          /* falls back to 'in' */
		{ "call for help", 0, "0-8" },
		{ "call in", 0, "0-4" },
		{ "went\non", 0, "0-4" },                 /* only spaces join words */
	};
	char a[32], b[32];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		Span m;
		const char *t = cases[i].text;
		bool hit = phrase_set_match(&p, t, cases[i].b, strlen(t), &m);
		is_str(show(hit, m, a), cases[i].want, "case %zu: the first form that fits at %zu", i,
		       cases[i].b);
	}

	/* Every word start of a text of near misses, against pcre2. */
	pcre2_code *re = alternation();
	pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
	const char *text = "went on to say, went on to sa went on  to  say went on. going on "
	                   "according to according  to accordingly in a statement in a "
	                   "statementx call for call fore calls for in1 in_a went_on "
	                   "went on to say";
	size_t len = strlen(text), tried = 0, same = 0;
	for (size_t i = 0; md && i < len; i++) {
		if ((unsigned)(text[i] - 'a') >= 26u || (i && (unsigned)(text[i - 1] - 'a') < 26u))
			continue;
		size_t e = i;
		while (e < len && (unsigned)(text[e] - 'a') < 26u)
			e++;
		if (!wordset_has(heads, text + i, e - i))
			continue;
		for (size_t to = e; to <= len; to++) {
			Span m;
			bool hit = phrase_set_match(&p, text, i, to, &m);
			int rc = pcre2_match(re, (PCRE2_SPTR)text, to, i, 0, md, NULL);
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			Span r = { rc >= 0 ? ov[0] : 0, rc >= 0 ? ov[1] : 0 };
			tried++;
			if (!strcmp(show(hit, m, a), show(rc >= 0, r, b)))
				same++;
			else
				printf("# at %zu to %zu: %s, pcre2 %s\n", i, to, a, b);
		}
	}
	ok(tried > 100 && same == tried, "as pcre2 at %zu of %zu places and ends", same, tried);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	phrase_set_free(&p);
	return done_testing();
}
