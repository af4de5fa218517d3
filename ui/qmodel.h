/* qmodel.h - the quotations and speakers as the reader navigates them.
 *
 * Built once from the quote engine's output: per-speaker statement lists
 * (quotes that are speech, in text order), the list of all speech, and an
 * index of the spans to colour (quotes, cues, mentions) that answers "what
 * overlaps these bytes" in O(log n + answer), so drawing a screen costs the
 * same on any article length.  Read-only after qmodel_new(); views only read it.
 *
 * Ownership: qmodel_new() returns a QModel owned by the caller (qmodel_free());
 * it copies the quotes and borrows the speakers, which must outlive it.
 */
#ifndef NEWSROOM_UI_QMODEL_H
#define NEWSROOM_UI_QMODEL_H

#include <stddef.h>
#include <stdint.h>

#include "quotes.h"

#define QM_NONE SIZE_MAX

typedef enum { MARK_QUOTE, MARK_CUE, MARK_MENTION } MarkKind;

typedef struct {
	size_t start, end;
	MarkKind kind;
	size_t quote;
} Mark;

typedef struct QModel QModel;

/* QUOTES in text order; SPEAKERS ordered for display. */
QModel *qmodel_new(const Quote *quotes, size_t nquotes, const Speaker *const *speakers,
                   size_t nspeakers);
void qmodel_free(QModel *m);

size_t qm_quote_count(const QModel *m);
const Quote *qm_quote(const QModel *m, size_t i);
size_t qm_speaker_count(const QModel *m);
const Speaker *qm_speaker(const QModel *m, size_t i);

/* Statements of speaker S: quote indices in text order (terms excluded). */
size_t qm_statement_count(const QModel *m, size_t s);
size_t qm_statement(const QModel *m, size_t s, size_t k);
/* Position of quote Q in its speaker's statements, or QM_NONE. */
size_t qm_statement_index(const QModel *m, size_t q);

/* All speech (every quote but terms), in text order. */
size_t qm_speech_count(const QModel *m);
size_t qm_speech(const QModel *m, size_t k);
/* Position in the speech list of the first speech starting at or after
 * OFFSET (qm_speech_count() when none). */
size_t qm_speech_from(const QModel *m, size_t offset);
size_t qm_speech_index(const QModel *m, size_t q);

/* Speech quote whose span holds OFFSET, or QM_NONE. */
size_t qm_quote_at(const QModel *m, size_t offset);

/* Marks overlapping [start, end), in start order; at most MAX stored, the
 * number found returned. */
size_t qm_marks(const QModel *m, size_t start, size_t end, Mark *out, size_t max);

#endif
