/* export.h - annotations out of newsroom: --notes and --export FORMAT.
 *
 * Formats (all UTF-8; text from files is cleaned of terminal controls):
 *   json           one JSON array, an object per annotation with its article
 *   jsonl          JSON Lines: the same objects one a line, each with its "path"
 *   csv            RFC 4180, a header line; a field starting with = + - @ gets
 *                  a leading ' so spreadsheets do not run it as a formula
 *   md             a fact-check memo: per article, each claim with speaker,
 *                  quote, verdict, status and note
 *   claimreview    schema.org ClaimReview JSON-LD (an array) for every
 *                  annotation with a verdict (the verdict text, else a verdict
 *                  tag: true, false, misleading, unproven)
 *   webannotation  W3C Web Annotation JSON-LD (an array) with a
 *                  TextQuoteSelector and, when placed, a TextPositionSelector
 *                  (in Unicode code points, as the W3C model counts)
 */
#ifndef NEWSROOM_EXPORT_H
#define NEWSROOM_EXPORT_H

#include <stdbool.h>

#include "buf.h"
#include "review.h"

/* True for a format name above. */
bool export_format_known(const char *format);

/* Appends every annotation of R in FORMAT to OUT.  False when out of memory. */
bool export_review(Buf *out, const Review *r, const char *format);

/* The --notes listing: per article a header, then per annotation the tag,
 * status, speaker, placement, exact text, verdict and note. */
bool export_notes_text(Buf *out, const Review *r);

#endif
