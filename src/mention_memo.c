/* mention_memo.c - mention_after() once for each run of name words. */
#include "mention_memo.h"

#include <stdlib.h>
#include <string.h>

#include "swar.h"

/* Runs of more tokens or bytes are read afresh: names are shorter.  (A
 * run's offsets then fit in a byte, and an entry in 56 bytes: the table
 * is built for every text.) */
enum { MEMO_TOKS = 8, MEMO_BYTES = 255, MEMO_SPANS = 4 };

/* A run read (its key: the bytes from AT, its tokens) and what
 * mention_after() found. */
struct MemoEntry {
	size_t at;        /* the run's first byte in the text */
	uint32_t hash;    /* of its bytes */
	uint8_t len;      /* bytes from AT to the end of the last token */
	uint8_t ntok;
	bool named;       /* what mention_after() returned */
	uint8_t kind;     /* the Mention's kind */
	uint8_t tok[MEMO_TOKS][2]; /* each token's start and end, from AT */
	uint8_t flags[MEMO_TOKS];
	uint8_t span[MEMO_SPANS][2]; /* the Mention's spans from AT; (0, 0) an
	                              * empty one (no other is empty) */
};

/* The run of tokens [I, T->N) of TEXT as a key (AT, LEN, NTOK, HASH of
 * its bytes), when it is short enough and no capitalised word comes before
 * it (a title word last in a run is a surname after a given name there:
 * the one token before a run that mention_after() reads).  TEXT is padded
 * (ARTICLE_PAD): eight bytes a step, those past the run left out. */
static bool memo_key(const char *text, const Toks *t, size_t i, MemoEntry *k)
{
	size_t n = t->n - i, at = t->v[i].start, end = t->v[t->n - 1].end;
	if (n == 0 || n > MEMO_TOKS || end < at || end - at > MEMO_BYTES ||
	    (i > 0 && (t->v[i - 1].flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP)))
		return false;
	uint64_t h = 0xcbf29ce484222325u ^ (end - at) ^ n << 8;
	for (size_t b = at; b < end; b += 8) {
		uint64_t x = swar_load(text + b);
		if (end - b < 8)
			x &= ~swar_from(~(uint64_t)0, (unsigned)(end - b));
		h = (h ^ x) * 0x100000001b3u;
	}
	k->at = at;
	k->len = (uint8_t)(end - at);
	k->ntok = (uint8_t)n;
	k->hash = (uint32_t)(h ^ h >> 32);
	return true;
}

/* Entry E holds the run [I, T->N) of key K: the same bytes and tokens.
 * (Its tokens were as memo_keep() wants them, so the run's are too.) */
static bool memo_same(const char *text, const MemoEntry *e, const MemoEntry *k, const Toks *t,
                      size_t i)
{
	if (e->hash != k->hash || e->len != k->len || e->ntok != k->ntok)
		return false;
	for (size_t j = 0; j < k->ntok; j++) {
		const Tok *tk = &t->v[i + j];
		if (tk->start - k->at != e->tok[j][0] || tk->end - k->at != e->tok[j][1] ||
		    tk->flags != e->flags[j] || tk->quote >= 0)
			return false;
	}
	/* (eight bytes a step, as memo_key() hashed them: a call to memcmp()
	 * cost more than the compare of a name) */
	for (size_t b = 0; b < k->len; b += 8) {
		uint64_t d = swar_load(text + e->at + b) ^ swar_load(text + k->at + b);
		if (k->len - b < 8)
			d &= ~swar_from(~(uint64_t)0, (unsigned)(k->len - b));
		if (d)
			return false;
	}
	return true;
}

/* True when what mention_after() found for the run [I, T->N) of key K
 * depends on its tokens and their bytes only (mention.h), and can be
 * moved to another place: tokens inside the run, no quotation token, no
 * comma (a list of names is read back from one: "the Ministry of X, Y and
 * Z"), the spans of M empty ones or inside the run.  Then K gets the
 * tokens and spans. */
static bool memo_keep(const char *text, const Toks *t, size_t i, const Mention *m, MemoEntry *k)
{
	if (memchr(text + k->at, ',', k->len))
		return false;
	for (size_t j = 0; j < k->ntok; j++) {
		const Tok *tk = &t->v[i + j];
		if (tk->flags > UINT8_MAX || (tk->flags & TOK_QUOTE) || tk->quote >= 0 ||
		    tk->start < k->at || tk->end < tk->start || tk->end > k->at + k->len)
			return false;
		k->tok[j][0] = (uint8_t)(tk->start - k->at);
		k->tok[j][1] = (uint8_t)(tk->end - k->at);
		k->flags[j] = (uint8_t)tk->flags;
	}
	const Span s[MEMO_SPANS] = { m->span, m->name, m->role, m->role2 };
	for (size_t j = 0; j < MEMO_SPANS; j++) {
		if (s[j].start == 0 && s[j].end == 0) {
			k->span[j][0] = k->span[j][1] = 0;
			continue;
		}
		if (s[j].start < k->at || s[j].end > k->at + k->len || s[j].start >= s[j].end)
			return false;
		k->span[j][0] = (uint8_t)(s[j].start - k->at);
		k->span[j][1] = (uint8_t)(s[j].end - k->at);
	}
	if ((unsigned)m->kind > UINT8_MAX)
		return false;
	k->kind = (uint8_t)m->kind;
	return true;
}

/* The span of offsets S from AT; (0, 0) stays so (see MemoEntry). */
static inline Span at_from(const uint8_t s[2], size_t at)
{
	return s[1] ? (Span){ at + s[0], at + s[1] } : (Span){ 0, 0 };
}

/* The slot of the entry E in MM's slots (of NSLOT): an empty one, for a
 * key not held. */
static uint32_t *memo_free_slot(uint32_t *slot, size_t nslot, const MemoEntry *e)
{
	size_t s = e->hash & (nslot - 1);
	while (slot[s])
		s = (s + 1) & (nslot - 1);
	return &slot[s];
}

/* Room for one more entry, the slots at most half full.  False when out
 * of memory (or of indexes): MM as it was. */
static bool memo_room(MentionMemo *mm)
{
	if (mm->n >= UINT32_MAX - 1 || !grow(&mm->v, &mm->cap, mm->n, sizeof *mm->v))
		return false;
	if (2 * (mm->n + 1) > mm->nslot) {
		size_t nslot = mm->nslot ? mm->nslot * 2 : 128;
		uint32_t *slot = calloc(nslot, sizeof *slot);
		if (!slot)
			return false;
		for (size_t e = 0; e < mm->n; e++)
			*memo_free_slot(slot, nslot, &mm->v[e]) = (uint32_t)e + 1;
		free(mm->slot);
		mm->slot = slot;
		mm->nslot = nslot;
	}
	return true;
}

bool mention_after_memo(MentionMemo *mm, const char *text, const Toks *t, size_t i, Mention *m)
{
	MemoEntry k;
	if (i >= t->n || !memo_key(text, t, i, &k))
		return mention_after(text, t, i, t->n, m);
	size_t mask = mm->nslot - 1;
	for (size_t s = k.hash & mask; mm->nslot && mm->slot[s]; s = (s + 1) & mask) {
		const MemoEntry *e = &mm->v[mm->slot[s] - 1];
		if (memo_same(text, e, &k, t, i)) {
			m->kind = (MentionKind)e->kind;
			m->span = at_from(e->span[0], k.at);
			m->name = at_from(e->span[1], k.at);
			m->role = at_from(e->span[2], k.at);
			m->role2 = at_from(e->span[3], k.at);
			return e->named;
		}
	}
	bool named = mention_after(text, t, i, t->n, m);
	if (memo_keep(text, t, i, m, &k) && memo_room(mm)) {
		k.named = named;
		mm->v[mm->n] = k;
		*memo_free_slot(mm->slot, mm->nslot, &k) = (uint32_t)++mm->n;
	}
	return named;
}

void mention_memo_free(MentionMemo *mm)
{
	free(mm->v);
	free(mm->slot);
	*mm = (MentionMemo){ 0 };
}
