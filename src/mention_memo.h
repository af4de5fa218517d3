/* mention_memo.h - mention_after() once for each run of name words.
 *
 * The name index (speakers.c) reads every run of capitalised words in the
 * text with mention_after(), and most runs are written again and again
 * ("Donald Trump" 285 times on 1 MB of news, 1,800 different runs of
 * 8,300): a run read before gets the same answer, moved to where it stands
 * now, without the reading.  The answer is the same because
 * mention_after() reads nothing of a run that ends the tokens but its
 * tokens and their bytes (see mention.h); runs it may read more around
 * are read afresh.
 *
 * Ownership: the caller owns a MentionMemo (zeroed to start) and frees it
 * with mention_memo_free().  Not thread-safe: one a reading.
 */
#ifndef NEWSROOM_MENTION_MEMO_H
#define NEWSROOM_MENTION_MEMO_H

#include <stdint.h>

#include "mention.h"

typedef struct MemoEntry MemoEntry;
typedef struct {
	MemoEntry *v;     /* the runs read, in the order read */
	size_t n, cap;
	uint32_t *slot;   /* open addressing over V: an index + 1, 0 empty */
	size_t nslot;     /* a power of two, at least twice N */
} MentionMemo;

/* mention_after(TEXT, T, I, T->n, M), remembered in MM.  TEXT is an
 * article's text, padded (ARTICLE_PAD), the one MM was used with before.
 * Without memory to remember in, it reads the run as mention_after() does. */
bool mention_after_memo(MentionMemo *mm, const char *text, const Toks *t, size_t i, Mention *m);
void mention_memo_free(MentionMemo *mm);

#endif
