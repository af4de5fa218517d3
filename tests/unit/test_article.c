/* test_article.c - the Article model, sentences, and the plain-text loader. */
#include "tap.h"

#include "article.h"
#include "load_text.h"
#include "para.h"

static Article *load(const char *s)
{
	Error err;
	Article *a = load_text(s, strlen(s), "test", &err);
	if (!a)
		printf("# load failed: %s\n", err.msg);
	return a;
}

static char *sentence(const Article *a, size_t i)
{
	Span s = article_sentence(a, i);
	static char buf[4096];
	snprintf(buf, sizeof buf, "%.*s", (int)(s.end - s.start), article_text(a) + s.start);
	return buf;
}

static void test_model(void)
{
	Article *a = article_new();
	ok(article_add_paragraph(a, "Head Line Here", 14, PARA_TITLE), "title accepted first");
	ok(article_add_paragraph(a, "One. Two.", 9, PARA_BODY), "body paragraph");
	ok(!article_add_paragraph(a, "Late Title", 10, PARA_TITLE), "title refused after the first paragraph");
	ok(article_add_paragraph(a, "Three", 5, PARA_BODY), "another paragraph");
	ok(article_finish(a), "finish");
	is_str(article_text(a), "Head Line Here\n\nOne. Two.\n\nThree", "layout is --text's");
	is_str(article_meta(a, META_TITLE), "Head Line Here", "title metadata from the title paragraph");
	is_int(article_paragraph_at(a, 0), 0, "offset 0 in paragraph 0");
	is_int(article_paragraph_at(a, 15), 1, "offset in separator maps to the next paragraph");
	is_int(article_paragraph_at(a, 20), 1, "offset inside paragraph 1");
	is_int(article_paragraph_at(a, 100), 3, "offset past the end");
	is_int(article_sentence_count(a), 4, "sentences: title, One., Two., Three");
	is_str(sentence(a, 2), "Two.", "third sentence");
	is_int(article_sentence_at(a, 21), 2, "sentence_at inside Two.");
	ok(article_set_meta(a, META_BYLINE, "Jane\x1B[31m Doe\n"), "set meta");
	is_str(article_meta(a, META_BYLINE), "Jane Doe", "metadata is cleaned of escapes and newlines");
	is_str(article_meta_name(META_DATELINE), "dateline", "meta key names");
	article_free(a);
}

static void test_sentences(void)
{
	Article *a = load("Mr. Smith met Gov. Jones at 5 p.m. in Washington. They talked.\n\n"
	                  "Robert M. Danin said so. \"Really?\" he asked. \"Yes!\" She left... Then U.S. officials came.\n");
	is_int(article_sentence_count(a), 7, "abbreviations and initials do not end sentences");
	is_str(sentence(a, 0), "Mr. Smith met Gov. Jones at 5 p.m. in Washington.", "sentence with abbreviations");
	is_str(sentence(a, 2), "Robert M. Danin said so.", "initial kept inside");
	is_str(sentence(a, 3), "\"Really?\" he asked.", "question in quotes followed by lower case continues");
	is_str(sentence(a, 4), "\"Yes!\"", "closing quote belongs to its sentence");
	is_str(sentence(a, 6), "Then U.S. officials came.", "dotted acronym inside a sentence");
	article_free(a);
}

/* A short last paragraph closed by a guillemet or a German mark is the
 * article's, not site chrome after it. */
static void test_foreign_close(void)
{
	Article *a = load("French Minister Rejects Use of Force Against Farmers\n\n"
	                  "Interior Minister Gerald Darmanin spoke about the farmers on Monday.\n\n"
	                  "He said: \xC2\xABNous restons fermes.\xC2\xBB\n\n"
	                  "Er sagte: \xE2\x80\x9EWir bleiben hart.\xE2\x80\x9C\n");
	is_int(article_paragraph_count(a), 4, "paragraphs ending in \xC2\xBB or \xE2\x80\x9C are kept");
	is_str(para(a, 2), "He said: \xC2\xABNous restons fermes.\xC2\xBB", "... the French one");
	article_free(a);
}

static void test_clock_sentences(void)
{
	Article *a = load("It began at 7 a.m. Eastern on Friday and ended after 4 p.m. During that"
	                  " time, users waited. Checks stopped at 10:30 p.m. Aug. 9 and resumed at"
	                  " 6 a.m. Monday. Bring pens, paper, etc. The rest is provided.\n");
	is_int(article_sentence_count(a), 5, "a.m., p.m. and etc. end a sentence before a capital");
	is_str(sentence(a, 0), "It began at 7 a.m. Eastern on Friday and ended after 4 p.m.",
	       "... but not before a time zone");
	is_str(sentence(a, 2), "Checks stopped at 10:30 p.m. Aug. 9 and resumed at 6 a.m. Monday.",
	       "... nor before a date or a day");
	is_str(sentence(a, 3), "Bring pens, paper, etc.", "etc. at a sentence's end");
	article_free(a);
}

static void test_paragraphs(void)
{
	Article *a = load("Budget Passes In A Close Vote\n\n"
	                  "The council passed the budget on Tuesday after a debate that ran\n"
	                  "late into the night, with members trading accusations about the\n"
	                  "parks budget and the police overtime that had doubled.\n\n"
	                  "  Indented paragraph in the same file, which continues on the\n"
	                  "following line as wrapped prose does in plain-text exports.\n");
	is_int(article_paragraph_count(a), 3, "title and two paragraphs");
	is_str(para(a, 1),
	       "The council passed the budget on Tuesday after a debate that ran late into the night, "
	       "with members trading accusations about the parks budget and the police overtime that "
	       "had doubled.",
	       "hard-wrapped lines joined with single spaces");
	is_str(para(a, 2),
	       "Indented paragraph in the same file, which continues on the following line as wrapped "
	       "prose does in plain-text exports.",
	       "leading indentation trimmed");
	article_free(a);

	a = load("First paragraph is a whole line of prose that ends here.\n"
	         "Second paragraph on its own line, also ending with a stop.\n"
	         "- a bulleted item\n- another item\n");
	is_int(article_paragraph_count(a), 4, "one paragraph a line, bullets separate");
	article_free(a);

	/* One or two words over a short first sentence are its headline. */
	a = load("Architect dies\n\nRosalind Kerr died on Tuesday.\n\nNaomi Kerr said her mother kept working.\n");
	is_str(para(a, 0), "Architect dies", "two words over a short sentence: the headline");
	is_int(article_paragraph(a, 0)->kind, PARA_TITLE, "... a PARA_TITLE");
	article_free(a);
	a = load("Floods\n\nThe river rose overnight in the town.\n");
	is_str(para(a, 0), "Floods", "one word over a sentence: the headline too");
	article_free(a);

	a = load("A  line   with    many spaces\tand a tab ends here, properly.\n");
	is_str(para(a, 0), "A line with many spaces and a tab ends here, properly.", "runs of spaces folded");
	article_free(a);
}

/* Whether two wrapped lines join is judged on the lines' own bytes: the same
 * block splits the same way at the top of a file and after a headline, where
 * the paragraphs before it have already been moved up over its lines. */
static void test_wrapped_utf8_ends(void)
{
	static const char block[] =
		"Interior Minister G\xC3\xA9rald Darmanin told reporters on Tuesday that\n"
		"the police would not clear the motorways, adding: \xE2\x80\x9CWe will not\n"
		"use force against people who feed the country.\xE2\x80\x9D\n"
		"Farmers\xE2\x80\x99 leader Arnaud Rousseau said the union would stay on the\n"
		"roads around Paris until Friday at least.\n";
	static const char *const want[] = {
		"Interior Minister G\xC3\xA9rald Darmanin told reporters on Tuesday that the police "
		"would not clear the motorways, adding: \xE2\x80\x9CWe will not use force against "
		"people who feed the country.\xE2\x80\x9D",
		"Farmers\xE2\x80\x99 leader Arnaud Rousseau said the union would stay on the roads "
		"around Paris until Friday at least.",
	};
	char text[1024];
	for (int titled = 0; titled < 2; titled++) {
		snprintf(text, sizeof text, "%s%s", titled ? "French Farmers Vow To Keep Roads Blocked\n\n" : "",
		         block);
		Article *a = load(text);
		const char *where = titled ? "after a headline" : "at the top";
		is_int(a ? article_paragraph_count(a) : 0, 2 + titled,
		       "a sentence closed by \xE2\x80\x9D with room for the next word ends a paragraph, %s", where);
		for (size_t i = 0; a && i < 2; i++)
			is_str(para(a, i + titled), want[i], "... paragraph %zu %s", i + 1, where);
		article_free(a);
	}
}

static void test_head_tail(void)
{
	Article *a = load("Watch Live TV\n\nMayor Wins Second Term In Landslide\n\n"
	                  "Share on Facebook | Share on Twitter\n\nBy Ana Ruiz\n\n"
	                  "CHICAGO (Reuters) - The mayor won a second term on Tuesday by a wide margin, officials said.\n\n"
	                  "\"It is a great day,\" she said.\n\n"
	                  "Subscribe to our newsletter\n\nDownload the app\n\n"
	                  "\xC2\xA9 2024 Example Media. All rights reserved.\n");
	is_str(para(a, 0), "Mayor Wins Second Term In Landslide", "headline chosen over chrome");
	is_int(article_paragraph(a, 0)->kind, PARA_TITLE, "headline is PARA_TITLE");
	is_int(article_paragraph_count(a), 3, "chrome at head and tail dropped");
	is_str(article_meta(a, META_BYLINE), "Ana Ruiz", "byline line to metadata");
	is_str(article_meta(a, META_DATELINE), "CHICAGO (Reuters)", "dateline with agency");
	is_str(article_meta(a, META_SOURCE), "Reuters", "agency is the source");
	is_str(article_meta(a, META_COPYRIGHT), "\xC2\xA9 2024 Example Media. All rights reserved.",
	       "copyright line to metadata");
	article_free(a);

	/* A last quotation that opens with a call's word is speech; the same
	 * call in marks with no attribution is still the site's. */
	a = load("Vote nears\n\nElena Sartori spoke in Brescia on Sunday night.\n\n"
	         "\"See you in November,\" she said.\n\n"
	         "\xE2\x80\x9C" "Follow me,\xE2\x80\x9D she told them.\n\n"
	         "\"Follow Ana Ruiz on Twitter @anaruiz.\"\n");
	is_int(article_paragraph_count(a), 4, "a closing quotation with its attribution is no chrome");
	is_str(para(a, 3), "\xE2\x80\x9C" "Follow me,\xE2\x80\x9D she told them.",
	       "... in curly marks too; \"Follow X on Twitter\" in marks dropped");
	article_free(a);

	a = load("President Obama said on Friday that the talks would go on, and that he expected a deal.\n\n"
	         "Read the full transcript of his interview\n\n"
	         "\"We are close,\" he said.\n");
	ok(article_meta(a, META_TITLE) == NULL, "no headline when the text opens with prose");
	is_int(article_paragraph_count(a), 3, "short unpunctuated line in the middle is kept");
	article_free(a);

	/* A post embedded at the end, signed on the line under it. */
	a = load("Fund under review\n\nThe attorney general wrote on X that his office was aware of the"
	         " complaints.\n\n"
	         "Our office is reviewing concerns about solicitations. Kentuckians who donated deserve"
	         " answers from the fund.\n"
	         "\xE2\x80\x94 Russell Coleman (@kyoag) October 8, 2024\n");
	is_int(article_paragraph_count(a), 4, "a post's signature line is a paragraph of its own");
	is_str(para(a, 3), "\xE2\x80\x94 Russell Coleman (@kyoag) October 8, 2024",
	       "... kept at the end, no chrome nor date");
	ok(article_meta(a, META_DATE) == NULL, "... nor taken for the date");
	article_free(a);
	a = load("Fund under review\n\nThe attorney general wrote on X that his office was aware of the"
	         " complaints.\n\n"
	         "Our office is reviewing concerns about solicitations. Kentuckians who donated deserve"
	         " answers from the fund.\n"
	         "\xE2\x80\x95 Russell Coleman (@kyoag) October 8, 2024\n");
	is_int(article_paragraph_count(a), 4, "... signed after a horizontal bar too");
	article_free(a);
}

static void test_bad_input(void)
{
	Error err;
	ok(load_text("", 0, "empty.txt", &err) == NULL, "empty input refused");
	is_str(err.msg, "empty.txt: empty file", "empty message");
	ok(load_text("a\0b", 3, "nul.bin", &err) == NULL, "NUL bytes refused");
	is_str(err.msg, "nul.bin: not a text article (binary data)", "binary message");
	ok(load_text(" \n\n\t\n", 5, "blank.txt", &err) == NULL, "whitespace only refused");
	Article *a = load("Caf\xE9 owners said the \x93new\x94 rules were unfair to them and their staff.\n");
	ok(a && strstr(article_text(a), "Caf\xC3\xA9") != NULL, "windows-1252 decoded");
	ok(a && strstr(article_text(a), "\xE2\x80\x9Cnew\xE2\x80\x9D") != NULL, "cp1252 curly quotes decoded");
	is_int(a ? article_warning_count(a) : 0, 1, "a warning says so");
	is_str(a ? article_meta(a, META_ENCODING) : NULL, "windows-1252", "encoding in metadata");
	article_free(a);
}

int main(void)
{
	test_model();
	test_sentences();
	test_clock_sentences();
	test_foreign_close();
	test_paragraphs();
	test_wrapped_utf8_ends();
	test_head_tail();
	test_bad_input();
	return done_testing();
}
