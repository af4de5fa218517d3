/* qmodel.c - statement lists and the span index. */
#include "qmodel.h"

#include <stdlib.h>
#include <string.h>

struct QModel {
	Quote *quotes;
	size_t nquotes;
	const Speaker *const *speakers;
	size_t nspeakers;
	size_t *stmt;        /* statements grouped by speaker */
	size_t *stmt_first;  /* nspeakers + 1 offsets into stmt */
	size_t *stmt_index;  /* quote -> position in its speaker's list */
	size_t *speech;
	size_t nspeech;
	size_t *speech_index;
	Mark *marks;
	size_t nmarks;
	size_t *max_end;     /* max end of marks[0..i] */
};

static bool is_speech(const Quote *q)
{
	return q->kind != QUOTE_TERM;
}

static int mark_cmp(const void *a, const void *b)
{
	const Mark *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->kind < y->kind ? -1 : x->kind > y->kind;
}

QModel *qmodel_new(const Quote *quotes, size_t nquotes, const Speaker *const *speakers,
                   size_t nspeakers)
{
	QModel *m = calloc(1, sizeof *m);
	if (!m)
		return NULL;
	m->nquotes = nquotes;
	m->speakers = speakers;
	m->nspeakers = nspeakers;
	m->quotes = calloc(nquotes + 1, sizeof *m->quotes);
	m->stmt = calloc(nquotes + 1, sizeof *m->stmt);
	m->stmt_first = calloc(nspeakers + 2, sizeof *m->stmt_first);
	m->stmt_index = calloc(nquotes + 1, sizeof *m->stmt_index);
	m->speech = calloc(nquotes + 1, sizeof *m->speech);
	m->speech_index = calloc(nquotes + 1, sizeof *m->speech_index);
	m->marks = calloc(3 * nquotes + 1, sizeof *m->marks);
	m->max_end = calloc(3 * nquotes + 1, sizeof *m->max_end);
	if (!m->quotes || !m->stmt || !m->stmt_first || !m->stmt_index || !m->speech ||
	    !m->speech_index || !m->marks || !m->max_end) {
		qmodel_free(m);
		return NULL;
	}
	if (nquotes)
		memcpy(m->quotes, quotes, nquotes * sizeof *quotes);
	/* Counting sort of the statements by speaker keeps text order. */
	for (size_t i = 0; i < nquotes; i++) {
		const Quote *q = &m->quotes[i];
		m->stmt_index[i] = QM_NONE;
		m->speech_index[i] = QM_NONE;
		if (is_speech(q)) {
			m->speech_index[i] = m->nspeech;
			m->speech[m->nspeech++] = i;
			if (q->speaker >= 0 && (size_t)q->speaker < nspeakers)
				m->stmt_first[q->speaker + 1]++;
		}
	}
	for (size_t s = 0; s < nspeakers; s++)
		m->stmt_first[s + 1] += m->stmt_first[s];
	size_t *fill = calloc(nspeakers + 1, sizeof *fill);
	if (!fill) {
		qmodel_free(m);
		return NULL;
	}
	for (size_t i = 0; i < nquotes; i++) {
		const Quote *q = &m->quotes[i];
		if (!is_speech(q) || q->speaker < 0 || (size_t)q->speaker >= nspeakers)
			continue;
		size_t s = (size_t)q->speaker;
		m->stmt_index[i] = fill[s];
		m->stmt[m->stmt_first[s] + fill[s]++] = i;
	}
	free(fill);
	for (size_t i = 0; i < nquotes; i++) {
		const Quote *q = &m->quotes[i];
		if (q->span.end > q->span.start)
			m->marks[m->nmarks++] = (Mark){ q->span.start, q->span.end, MARK_QUOTE, i };
		if (q->cue.end > q->cue.start)
			m->marks[m->nmarks++] = (Mark){ q->cue.start, q->cue.end, MARK_CUE, i };
		if (q->mention.end > q->mention.start)
			m->marks[m->nmarks++] = (Mark){ q->mention.start, q->mention.end, MARK_MENTION, i };
	}
	qsort(m->marks, m->nmarks, sizeof *m->marks, mark_cmp);
	for (size_t i = 0; i < m->nmarks; i++) {
		size_t e = m->marks[i].end;
		m->max_end[i] = i && m->max_end[i - 1] > e ? m->max_end[i - 1] : e;
	}
	return m;
}

void qmodel_free(QModel *m)
{
	if (!m)
		return;
	free(m->quotes);
	free(m->stmt);
	free(m->stmt_first);
	free(m->stmt_index);
	free(m->speech);
	free(m->speech_index);
	free(m->marks);
	free(m->max_end);
	free(m);
}

size_t qm_quote_count(const QModel *m)
{
	return m->nquotes;
}

const Quote *qm_quote(const QModel *m, size_t i)
{
	return i < m->nquotes ? &m->quotes[i] : NULL;
}

size_t qm_speaker_count(const QModel *m)
{
	return m->nspeakers;
}

const Speaker *qm_speaker(const QModel *m, size_t i)
{
	return i < m->nspeakers ? m->speakers[i] : NULL;
}

size_t qm_statement_count(const QModel *m, size_t s)
{
	return s < m->nspeakers ? m->stmt_first[s + 1] - m->stmt_first[s] : 0;
}

size_t qm_statement(const QModel *m, size_t s, size_t k)
{
	return k < qm_statement_count(m, s) ? m->stmt[m->stmt_first[s] + k] : QM_NONE;
}

size_t qm_statement_index(const QModel *m, size_t q)
{
	return q < m->nquotes ? m->stmt_index[q] : QM_NONE;
}

size_t qm_speech_count(const QModel *m)
{
	return m->nspeech;
}

size_t qm_speech(const QModel *m, size_t k)
{
	return k < m->nspeech ? m->speech[k] : QM_NONE;
}

size_t qm_speech_index(const QModel *m, size_t q)
{
	return q < m->nquotes ? m->speech_index[q] : QM_NONE;
}

size_t qm_speech_from(const QModel *m, size_t offset)
{
	size_t lo = 0, hi = m->nspeech;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (m->quotes[m->speech[mid]].span.start < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t qm_quote_at(const QModel *m, size_t offset)
{
	Mark found[16];
	size_t n = qm_marks(m, offset, offset + 1, found, 16);
	if (n > 16)
		n = 16;
	size_t best = QM_NONE;
	for (size_t i = 0; i < n; i++)
		if (found[i].kind == MARK_QUOTE && is_speech(&m->quotes[found[i].quote]))
			best = found[i].quote; /* the innermost (latest start) wins */
	return best;
}

size_t qm_marks(const QModel *m, size_t start, size_t end, Mark *out, size_t max)
{
	/* Marks starting before END are candidates; walk back while any earlier
	 * mark can still reach START. */
	size_t lo = 0, hi = m->nmarks;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (m->marks[mid].start < end)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t first = lo;
	while (first > 0 && m->max_end[first - 1] > start)
		first--;
	size_t n = 0;
	for (size_t i = first; i < lo; i++)
		if (m->marks[i].end > start) {
			if (n < max)
				out[n] = m->marks[i];
			n++;
		}
	return n;
}
