/* batch.c - an ordered, bounded work queue over the files of a walk. */
#include "batch.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "walk.h"

enum { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE };

typedef struct {
	int state;
	char *path;
	Buf out;
	Error err;
	bool ok;
} Slot;

typedef struct {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	Slot *slots;
	size_t window;
	size_t next_task;  /* sequence number of the next slot to hand out */
	size_t head;       /* the slot the writer waits for: only it needs a wake-up */
	size_t filled;     /* sequence numbers below this have a path */
	bool closing;
	BatchFn fn;
	void *ctx;
} Queue;

int batch_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

static void run_slot(Queue *q, Slot *s)
{
	buf_init(&s->out);
	s->err.msg[0] = '\0';
	s->ok = q->fn(s->path, &s->out, &s->err, q->ctx);
}

static void *worker(void *arg)
{
	Queue *q = arg;
	pthread_mutex_lock(&q->mu);
	for (;;) {
		while (q->next_task == q->filled && !q->closing)
			pthread_cond_wait(&q->work, &q->mu);
		if (q->next_task == q->filled)
			break;
		size_t seq = q->next_task++;
		Slot *s = &q->slots[seq % q->window];
		s->state = SLOT_BUSY;
		pthread_mutex_unlock(&q->mu);
		run_slot(q, s);
		pthread_mutex_lock(&q->mu);
		s->state = SLOT_DONE;
		/* Waking the writer for any other slot would only cost a context
		 * switch: it writes in order. */
		if (seq == q->head)
			pthread_cond_signal(&q->done);
	}
	pthread_mutex_unlock(&q->mu);
	return NULL;
}

/* Writes a finished slot and frees it; returns false on a write error. */
static bool emit(Slot *s, FILE *out, BatchReport report, bool *any_failed)
{
	if (!s->path)
		return true;
	bool ok = true;
	if (out && s->out.len && fwrite(s->out.data, 1, s->out.len, out) != s->out.len)
		ok = false;
	if (!s->ok) {
		*any_failed = true;
		if (report)
			report(s->err.msg[0] ? s->err.msg : s->path);
	}
	buf_free(&s->out);
	free(s->path);
	s->path = NULL;
	s->state = SLOT_FREE;
	return ok;
}

static int run_serial(Walk *w, BatchFn fn, void *ctx, FILE *out, BatchReport report)
{
	bool failed = false, dir_failed;
	Error err;
	const char *p;
	Queue q = { .fn = fn, .ctx = ctx };
	while ((p = walk_next(w, &err, &dir_failed))) {
		if (dir_failed) {
			failed = true;
			if (report)
				report(err.msg);
			continue;
		}
		Slot s = { .path = strdup(p) };
		if (!s.path)
			return 1;
		run_slot(&q, &s);
		if (!emit(&s, out, report, &failed))
			return 2;
	}
	return failed ? 1 : 0;
}

/* Frees the walk; a run that found no file at all is a failure the user
 * should hear about, not an empty success. */
static int finish(Walk *w, int r, BatchReport report)
{
	if (walk_files(w) == 0 && r == 0) {
		if (report)
			report("no article files found");
		r = 1;
	}
	walk_free(w);
	return r;
}

int batch_run(char *const *paths, size_t n, int jobs, BatchFn fn, void *ctx, FILE *out,
              BatchReport report)
{
	Walk *w = walk_new(paths, n);
	if (!w)
		return 1;
	if (jobs <= 0)
		jobs = batch_cores();
	if (jobs == 1) {
		int r = run_serial(w, fn, ctx, out, report);
		return finish(w, r, report);
	}
	Queue q = { .window = (size_t)jobs * 4, .fn = fn, .ctx = ctx };
	q.slots = calloc(q.window, sizeof *q.slots);
	pthread_t *th = calloc((size_t)jobs, sizeof *th);
	pthread_mutex_init(&q.mu, NULL);
	pthread_cond_init(&q.work, NULL);
	pthread_cond_init(&q.done, NULL);
	int started = 0;
	while (q.slots && th && started < jobs && pthread_create(&th[started], NULL, worker, &q) == 0)
		started++;
	bool failed = false, write_error = false, dir_failed;
	size_t head = 0; /* next sequence number to write */
	Error err;
	const char *p = (q.slots && th && started) ? walk_next(w, &err, &dir_failed) : NULL;
	pthread_mutex_lock(&q.mu);
	for (;;) {
		/* Fill the window while there are paths and free slots. */
		while (p && q.filled - head < q.window) {
			if (dir_failed) {
				/* Report in order: only once everything before it is written. */
				if (q.filled != head)
					break;
				failed = true;
				pthread_mutex_unlock(&q.mu);
				if (report)
					report(err.msg);
				p = walk_next(w, &err, &dir_failed);
				pthread_mutex_lock(&q.mu);
				continue;
			}
			Slot *s = &q.slots[q.filled % q.window];
			s->path = strdup(p);
			s->state = SLOT_READY;
			q.filled++;
			pthread_cond_signal(&q.work);
			pthread_mutex_unlock(&q.mu);
			p = walk_next(w, &err, &dir_failed);
			pthread_mutex_lock(&q.mu);
		}
		if (head == q.filled && !p)
			break;
		Slot *s = &q.slots[head % q.window];
		q.head = head;
		while (head < q.filled && s->state != SLOT_DONE)
			pthread_cond_wait(&q.done, &q.mu);
		if (head < q.filled) {
			pthread_mutex_unlock(&q.mu);
			if (!write_error && !emit(s, out, report, &failed))
				write_error = true;
			else if (write_error)
				emit(s, NULL, NULL, &failed);
			pthread_mutex_lock(&q.mu);
			head++;
		}
	}
	q.closing = true;
	pthread_cond_broadcast(&q.work);
	pthread_mutex_unlock(&q.mu);
	for (int i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	pthread_mutex_destroy(&q.mu);
	pthread_cond_destroy(&q.work);
	pthread_cond_destroy(&q.done);
	bool setup_failed = !q.slots || !th || !started;
	free(q.slots);
	free(th);
	return finish(w, setup_failed ? 1 : write_error ? 2 : failed ? 1 : 0, report);
}
