/* test_markup.c - the feed API, the HTML extraction on in-memory pages, the
 * sniffing of markup and the markup safety rules. */
#include "tap.h"

#include "feed.h"
#include "load.h"
#include "load_html.h"
#include "markup.h"
#include "para.h"

static const char rss[] =
	"<?xml version=\"1.0\"?><rss version=\"2.0\" "
	"xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Desk</title>"
	"<item><title>First &amp; best</title><link>https://e.org/1</link>"
	"<pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate><description>Short.</description>"
	"<content:encoded><![CDATA[<p>Full text one.</p><p>Full text two.</p>]]></content:encoded></item>"
	"<item><title>Second</title><guid>https://e.org/2</guid><description>&lt;i&gt;Only&lt;/i&gt; a summary.</description></item>"
	"</channel></rss>";

static void test_feed(void)
{
	Error err;
	Feed *f = feed_parse(rss, sizeof rss - 1, "t.xml", NULL, &err);
	if (!ok(f != NULL, "feed_parse reads RSS 2.0"))
		return;
	is_str(feed_format(f), "rss", "format");
	is_str(feed_title(f), "Desk", "feed title");
	is_int(feed_item_count(f), 2, "two items");
	const FeedItem *it = feed_item(f, 0);
	is_str(it->title, "First & best", "item title unescaped");
	is_str(it->link, "https://e.org/1", "item link");
	is_str(it->source, "Desk", "item source falls back to the feed title");
	ok(it->has_content, "item 1 has full text");
	it = feed_item(f, 1);
	is_str(it->link, "https://e.org/2", "permalink guid used as the link");
	is_str(it->summary, "Only a summary.", "summary is plain text");
	ok(!it->has_content, "item 2 has only a summary");
	ok(feed_item(f, 2) == NULL, "no third item");
	Article *a = feed_item_article(f, 0, &err);
	if (ok(a != NULL, "item 1 opens as an article")) {
		is_int(article_paragraph_count(a), 3, "title and two paragraphs");
		is_str(para(a, 2), "Full text two.", "content paragraphs in order");
		is_str(article_meta(a, META_URL), "https://e.org/1", "url meta");
		article_free(a);
	}
	a = feed_item_article(f, 5, &err);
	ok(a == NULL && strstr(err.msg, "no item 6"), "an item past the end is refused");
	a = feed_listing_article(f, &err);
	if (ok(a != NULL, "the listing opens as an article")) {
		is_str(para(a, 1), "1. First & best", "listing heading for item 1");
		article_free(a);
	}
	feed_free(f);
}

static void test_sniff(void)
{
	is_int(load_sniff("<?xml version=\"1.0\"?>\n<!-- c --><rss>", 36), FORMAT_FEED, "sniff: RSS after a comment");
	is_int(load_sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">", 42), FORMAT_FEED, "sniff: Atom");
	is_int(load_sniff("<?xml version=\"1.0\"?><nitf:nitf>", 32), FORMAT_NITF, "sniff: prefixed NITF");
	is_int(load_sniff("<newsMessage>", 13), FORMAT_NEWSML, "sniff: NewsML-G2 message");
	const char *x = "<?xml version=\"1.0\"?><!DOCTYPE html><html><body>";
	is_int(load_sniff(x, strlen(x)), FORMAT_HTML, "sniff: XHTML");
	const char *r = "<rss><channel><description><![CDATA[<html>]]></description>";
	is_int(load_sniff(r, strlen(r)), FORMAT_FEED, "sniff: a feed quoting <html> is still a feed");
	is_int(load_sniff("\x1f\x8b\x08", 3), FORMAT_GZIP, "sniff: gzip");
}

static void test_html_mem(void)
{
	Error err;
	const char page[] = "<html><head><title>T</title></head><body><div><p>One sentence here, "
	                    "with a comma, and more words to make it a paragraph.</p>\x1b[31m"
	                    "<p>Two\x07 sentences\xe2\x80\xae here.</p></div></body></html>";
	LoadOptions opt = { 0 };
	Article *a = load_html(page, sizeof page - 1, "p.html", &opt, &err);
	if (ok(a != NULL, "load_html from memory")) {
		ok(strchr(article_text(a), 0x1b) == NULL, "escape sequence removed");
		ok(strchr(article_text(a), 0x07) == NULL, "control character removed");
		ok(strstr(article_text(a), "\xe2\x80\xae") == NULL, "bidi override removed");
		article_free(a);
	}
	opt.max_markup = 64;
	a = load_html(page, sizeof page - 1, "p.html", &opt, &err);
	ok(a == NULL && strstr(err.msg, "markup too large"), "markup over the limit refused");
	a = article_new();
	ok(html_fragment_to_article(a, "tail <b>text</b> only", 21, "f", NULL, &err) &&
	   article_paragraph_count(a) == 1, "a fragment with bare text keeps it");
	article_free(a);
	char *line = html_text_line("<p>a</p><p>b &amp; c</p>", 24);
	is_str(line, "a b & c", "html_text_line joins blocks with spaces");
	free(line);
}

static void test_xml_safety(void)
{
	Error err;
	bool ents;
	const char *x = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"/etc/passwd\">]><r>a&e;b</r>";
	xmlDocPtr d = markup_read_xml(x, strlen(x), "x", NULL, &ents, &err);
	if (ok(d != NULL, "a document declaring an external entity is read")) {
		ok(ents, "its entity declarations are reported");
		char *t = markup_line(xmlDocGetRootElement(d));
		is_str(t, "ab", "the external entity is not expanded");
		free(t);
		xmlFreeDoc(d);
	}
	const char *bad = "<r><unclosed></r";
	d = markup_read_xml(bad, strlen(bad), "x", NULL, &ents, &err);
	ok(d == NULL || xmlDocGetRootElement(d) != NULL, "broken XML is recovered or refused, never crashes");
	xmlFreeDoc(d);
	Buf b;
	buf_init(&b);
	ok(!markup_gunzip("\x1f\x8bxx", 4, 1 << 20, "g", &b, &err), "corrupt gzip refused");
	buf_free(&b);
}

int main(void)
{
	test_feed();
	test_sniff();
	test_html_mem();
	test_xml_safety();
	return done_testing();
}
