/* fuzz_sidecar.c - libFuzzer target: any bytes as a sidecar file, anchored to a
 * fixed article; a sidecar that loads must serialize and load back to the same
 * bytes (the writer and the reader agree). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sidecar.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char text[] =
	"Mayor Wins Again\n\n\"We did it,\" the mayor said on Tuesday. Critics said the vote "
	"was unfair.\n\nThe count ends Friday.";

static char path[64], path2[64];

/* Equal except for the "saved = " line, which holds the time of writing. */
static bool same_but_time(const Buf *a, const Buf *b)
{
	const char *p = a->data, *q = b->data, *pe = p + a->len, *qe = q + b->len;
	while (p < pe && q < qe) {
		const char *pn = memchr(p, '\n', (size_t)(pe - p)), *qn = memchr(q, '\n', (size_t)(qe - q));
		size_t pl = pn ? (size_t)(pn - p) : (size_t)(pe - p);
		size_t ql = qn ? (size_t)(qn - q) : (size_t)(qe - q);
		bool both_saved = pl > 8 && ql > 8 && !memcmp(p, "saved = ", 8) && !memcmp(q, "saved = ", 8);
		if (!both_saved && (pl != ql || memcmp(p, q, pl)))
			return false;
		p += pl + 1;
		q += ql + 1;
	}
	return (p >= pe) == (q >= qe);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!path[0]) {
		snprintf(path, sizeof path, "/tmp/fuzz-sidecar-%ld.notes.ini", (long)getpid());
		snprintf(path2, sizeof path2, "/tmp/fuzz-sidecar-%ld-2.notes.ini", (long)getpid());
	}
	FILE *f = fopen(path, "wb");
	if (!f)
		return 0;
	fwrite(data, 1, size, f);
	fclose(f);
	Error err;
	Sidecar *sc = sidecar_open(path, text, sizeof text - 1, &err);
	if (!sc)
		abort();
	if (!sidecar_readonly(sc)) {
		Buf once;
		buf_init(&once);
		if (!sidecar_serialize(sc, &once))
			abort();
		f = fopen(path2, "wb");
		if (f) {
			fwrite(once.data, 1, once.len, f);
			fclose(f);
			Sidecar *again = sidecar_open(path2, text, sizeof text - 1, &err);
			if (!again || sidecar_readonly(again))
				abort(); /* what we wrote must load */
			Buf twice;
			buf_init(&twice);
			if (!sidecar_serialize(again, &twice) || !same_but_time(&once, &twice))
				abort();
			buf_free(&twice);
			sidecar_free(again);
		}
		buf_free(&once);
	}
	sidecar_free(sc);
	unlink(path);
	unlink(path2);
	return 0;
}
