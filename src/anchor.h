/* anchor.h - where an annotation sits in the article text, and finding it again.
 *
 * An Anchor follows the W3C Web Annotation model: a TextPositionSelector
 * (start/end byte offsets into the article text, i.e. the `--text` output) and
 * a TextQuoteSelector (the exact text, up to ANCHOR_CONTEXT bytes of prefix and
 * suffix, never splitting a UTF-8 character), plus a fingerprint of the whole
 * article text the offsets refer to.
 *
 * anchor_resolve() finds an anchor again in a (possibly edited) article:
 *   1. position check: the bytes at start..end are still the exact text;
 *   2. exact search: every occurrence of the exact text; occurrences whose
 *      stored prefix and suffix both still match win, then the one nearest
 *      the old position, then the longest context match;
 *   3. approximate search: the substring with the smallest edit distance to
 *      the exact text (nearest the old position on ties), accepted when its
 *      similarity is at least ANCHOR_FUZZY_MIN and the exact text is at least
 *      ANCHOR_FUZZY_MIN_LEN bytes long (short texts match anything);
 *   4. otherwise the anchor is UNPLACED: the caller keeps it exactly as it was.
 * Nothing here moves an anchor silently: the result says how it was found.
 *
 * Ownership: an Anchor owns its strings; anchor_clear() frees them.
 */
#ifndef NEWSROOM_ANCHOR_H
#define NEWSROOM_ANCHOR_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"

#define ANCHOR_CONTEXT 32
#define ANCHOR_FP_SIZE 48          /* room for "fnv1a64-<16 hex>-<length>" */
#define ANCHOR_FUZZY_MIN 0.75      /* 1 - edit distance / exact length */
#define ANCHOR_FUZZY_MIN_LEN 12

typedef struct {
	size_t start, end;          /* byte offsets, start < end */
	char *exact;                /* the anchored text, NUL-terminated */
	char *prefix, *suffix;      /* context, possibly empty */
	char fingerprint[ANCHOR_FP_SIZE]; /* of the text the offsets refer to */
} Anchor;

typedef enum {
	ANCHOR_EXACT,    /* found at its stored position */
	ANCHOR_MOVED,    /* the same text, elsewhere */
	ANCHOR_FUZZY,    /* a similar text (the article was edited inside it) */
	ANCHOR_UNPLACED, /* not found: kept as it was, shown as unplaced */
} AnchorState;

typedef struct {
	AnchorState state;
	Span span;       /* valid unless UNPLACED */
	double score;    /* 1 for exact and moved, the similarity for fuzzy */
} AnchorMatch;

/* Writes the fingerprint of TEXT (LEN bytes) into OUT. */
void anchor_fingerprint(const char *text, size_t len, char out[ANCHOR_FP_SIZE]);

/* Builds AN for bytes START..END of TEXT (LEN bytes).  START/END are moved to
 * UTF-8 character boundaries.  FP is TEXT's fingerprint (NULL: computed).
 * Returns false for an empty or out-of-range span or when out of memory
 * (AN is then cleared). */
bool anchor_make(Anchor *an, const char *text, size_t len, size_t start, size_t end,
                 const char *fp);

/* Sets every field from stored values (strings copied).  False on no memory. */
bool anchor_set(Anchor *an, size_t start, size_t end, const char *exact, const char *prefix,
                const char *suffix, const char *fp);

bool anchor_copy(Anchor *dst, const Anchor *src);
void anchor_clear(Anchor *an);
bool anchor_equal(const Anchor *a, const Anchor *b);

/* Finds AN in TEXT (LEN bytes), as described above. */
AnchorMatch anchor_resolve(const Anchor *an, const char *text, size_t len);

const char *anchor_state_name(AnchorState s); /* "exact", "moved", "fuzzy", "unplaced" */

/* For tests: the smallest edit distance between PAT (M > 0 bytes) and any
 * substring of TEXT[W0..W1), with *END the end of such a substring nearest
 * WANT_END.  By dynamic programming (the reference) and bit-parallel (Myers
 * 1999, what anchor_resolve uses); both give the same answer. */
size_t anchor_search_dp(const char *pat, size_t m, const char *text, size_t w0, size_t w1,
                        size_t want_end, size_t *end);
size_t anchor_search_bits(const char *pat, size_t m, const char *text, size_t w0, size_t w1,
                          size_t want_end, size_t *end);

/* Moves OFF back to the start of the UTF-8 character it is inside. */
size_t utf8_floor(const char *text, size_t len, size_t off);
/* Moves OFF forward to the next UTF-8 character start (or LEN). */
size_t utf8_ceil(const char *text, size_t len, size_t off);

#endif
