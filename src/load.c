/* load.c - reading input and choosing a loader. */
#include "load.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "feed.h"
#include "load_html.h"
#include "load_nitf.h"
#include "load_text.h"
#include "markup.h"

static size_t max_of(const LoadOptions *opt)
{
	return opt && opt->max_bytes ? opt->max_bytes : LOAD_DEFAULT_MAX_BYTES;
}

bool load_read_fd(int fd, const char *path, size_t max, size_t hint, Buf *out, Error *err)
{
	if (hint && !buf_reserve(out, hint < max ? hint : max)) {
		error_set(err, "%s: out of memory", path);
		return false;
	}
	for (;;) {
		if (!buf_reserve(out, 65536)) {
			error_set(err, "%s: out of memory", path);
			return false;
		}
		size_t room = out->cap - out->len - 1;
		ssize_t n = read(fd, out->data + out->len, room);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			error_set(err, "%s: cannot read: %s", path, strerror(errno));
			return false;
		}
		if (n == 0)
			break;
		out->len += (size_t)n;
		if (out->len > max) {
			error_set(err, "%s: file too large (over %zu MB)", path, max >> 20);
			return false;
		}
	}
	return buf_terminate(out);
}

bool load_read_file(const char *path, const LoadOptions *opt, Buf *out, Error *err)
{
	size_t max = max_of(opt);
	if (!strcmp(path, "-"))
		return load_read_fd(STDIN_FILENO, "<stdin>", max, 0, out, err);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		if (errno == ENOENT)
			error_set(err, "%s: no such file", path);
		else if (errno == EACCES)
			error_set(err, "%s: permission denied", path);
		else if (errno == ELOOP)
			error_set(err, "%s: too many levels of symbolic links", path);
		else
			error_set(err, "%s: cannot open: %s", path, strerror(errno));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		error_set(err, "%s: cannot read: %s", path, strerror(errno));
		close(fd);
		return false;
	}
	if (S_ISDIR(st.st_mode)) {
		error_set(err, "%s: is a directory", path);
		close(fd);
		return false;
	}
	if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
		error_set(err, "%s: not a regular file", path);
		close(fd);
		return false;
	}
	if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
		error_set(err, "%s: file too large (%lld MB, the limit is %zu MB)", path,
		          (long long)(st.st_size >> 20), max >> 20);
		close(fd);
		return false;
	}
	/* Opened non-blocking so a FIFO without a writer cannot hang open();
	 * reads should block. */
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	bool ok = load_read_fd(fd, path, max, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0, out, err);
	close(fd);
	return ok;
}

static bool starts_ci(const char *s, size_t n, const char *word)
{
	size_t l = strlen(word);
	return n >= l && !strncasecmp(s, word, l);
}

/* Finds WORD (case-insensitive) in the first N bytes of S. */
static bool contains_ci(const char *s, size_t n, const char *word)
{
	size_t l = strlen(word);
	for (size_t i = 0; i + l <= n; i++)
		if (!strncasecmp(s + i, word, l))
			return true;
	return false;
}

/* The name of the first element, past the XML declaration, comments,
 * processing instructions and the doctype; empty when there is none. */
static void first_element(const char *s, size_t n, char *name, size_t size)
{
	size_t i = 0;
	name[0] = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
			i++;
		if (i + 1 >= n || s[i] != '<')
			return;
		if (s[i + 1] == '?' || s[i + 1] == '!') {
			const char *end = n - i >= 4 && !strncmp(s + i, "<!--", 4) ? "-->" : ">";
			const char *e = NULL;
			for (size_t j = i + 2; j + strlen(end) <= n; j++)
				if (!strncmp(s + j, end, strlen(end))) {
					e = s + j;
					break;
				}
			if (!e)
				return;
			i = (size_t)(e - s) + strlen(end);
			continue;
		}
		size_t k = 0;
		for (i++; i < n && k + 1 < size && s[i] != '>' && s[i] != '/' && s[i] != ' ' &&
		           s[i] != '\t' && s[i] != '\r' && s[i] != '\n'; i++)
			name[k++] = s[i];
		name[k] = 0;
		return;
	}
}

static bool name_is(const char *name, const char *local)
{
	const char *colon = strrchr(name, ':');
	return !strcasecmp(colon ? colon + 1 : name, local);
}

InputFormat load_sniff(const char *data, size_t len)
{
	if (len >= 2 && (unsigned char)data[0] == 0x1F && (unsigned char)data[1] == 0x8B)
		return FORMAT_GZIP;
	/* UTF-16 with a BOM: sniff the low bytes of the first characters. */
	if (len >= 4 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
	                 ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))) {
		char ascii[2048];
		size_t n = 0, lo = (unsigned char)data[0] == 0xFF ? 2 : 3;
		for (size_t k = lo; k < len && n < sizeof ascii; k += 2)
			ascii[n++] = data[k];
		InputFormat f = load_sniff(ascii, n);
		/* Only the HTML loader decodes UTF-16 itself. */
		return f == FORMAT_HTML ? f : FORMAT_TEXT;
	}
	size_t i = 0;
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	const char *s = data + i;
	size_t n = len - i;
	if (n == 0 || s[0] != '<')
		return FORMAT_TEXT;
	size_t head = n < 4096 ? n : 4096;
	/* The root element decides when it can be found. */
	char root[64];
	first_element(s, head, root, sizeof root);
	if (name_is(root, "html"))
		return FORMAT_HTML;
	if (name_is(root, "nitf"))
		return FORMAT_NITF;
	if (name_is(root, "newsItem") || name_is(root, "newsMessage") || name_is(root, "packageItem"))
		return FORMAT_NEWSML;
	if (name_is(root, "rss") || name_is(root, "RDF") || name_is(root, "feed"))
		return FORMAT_FEED;
	if (starts_ci(s, n, "<!doctype html") || contains_ci(s, head, "<html"))
		return FORMAT_HTML;
	if (contains_ci(s, head, "<nitf"))
		return FORMAT_NITF;
	if (contains_ci(s, head, "<newsItem") || contains_ci(s, head, "<newsMessage"))
		return FORMAT_NEWSML;
	if (contains_ci(s, head, "<rss") || contains_ci(s, head, "<rdf:RDF") || contains_ci(s, head, "<feed"))
		return FORMAT_FEED;
	if (contains_ci(s, head, "<body") || contains_ci(s, head, "<head") || contains_ci(s, head, "<p>") ||
	    contains_ci(s, head, "<div"))
		return FORMAT_HTML;
	return FORMAT_TEXT;
}

static Article *load_format(InputFormat f, const char *data, size_t len, const char *origin,
                            const LoadOptions *opt, int depth, Error *err);

/* .gz input: decompressed (bounded by the markup limit) and sniffed again. */
static Article *load_gzip(const char *data, size_t len, const char *origin, const LoadOptions *opt,
                          int depth, Error *err)
{
	if (depth > 0) {
		error_set(err, "%s: compressed data inside compressed data", origin);
		return NULL;
	}
	Buf b;
	buf_init(&b);
	if (!markup_gunzip(data, len, markup_max(opt), origin, &b, err)) {
		buf_free(&b);
		return NULL;
	}
	const char *d = b.data ? b.data : "";
	Article *a = load_format(load_sniff(d, b.len), d, b.len, origin, opt, depth + 1, err);
	buf_free(&b);
	return a;
}

static Article *load_format(InputFormat f, const char *data, size_t len, const char *origin,
                            const LoadOptions *opt, int depth, Error *err)
{
	if (opt && opt->item > 0 && f != FORMAT_FEED && f != FORMAT_GZIP) {
		error_set(err, "%s: --item applies to feeds only", origin);
		return NULL;
	}
	switch (f) {
	case FORMAT_TEXT:
		return load_text(data, len, origin, err);
	case FORMAT_GZIP:
		return load_gzip(data, len, origin, opt, depth, err);
	case FORMAT_HTML:
		return load_html(data, len, origin, opt, err);
	case FORMAT_FEED:
		return load_feed(data, len, origin, opt, err);
	case FORMAT_NITF:
	case FORMAT_NEWSML:
		return load_wire(data, len, origin, opt, err);
	}
	return load_text(data, len, origin, err);
}

Article *load_article_mem(const char *data, size_t len, const char *origin,
                          const LoadOptions *opt, Error *err)
{
	return load_format(load_sniff(data, len), data, len, origin, opt, 0, err);
}

Article *load_article_buf(Buf *raw, const char *origin, const LoadOptions *opt, Error *err)
{
	const char *d = raw->data ? raw->data : "";
	InputFormat f = load_sniff(d, raw->len);
	if (f == FORMAT_TEXT && !(opt && opt->item > 0))
		return load_text_buf(raw, origin, err);
	Article *a = load_format(f, d, raw->len, origin, opt, 0, err);
	buf_free(raw);
	return a;
}

Article *load_article(const char *path, const LoadOptions *opt, Error *err)
{
	Buf b;
	buf_init(&b);
	if (!load_read_file(path, opt, &b, err)) {
		buf_free(&b);
		return NULL;
	}
	return load_article_buf(&b, strcmp(path, "-") ? path : "<stdin>", opt, err);
}
