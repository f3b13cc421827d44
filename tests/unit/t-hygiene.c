/* t-hygiene.c: what the report keeps out of its word lists: boilerplate
 * lines (boilerplate.c), an outlet's names for itself (selfname.c), and
 * the --where subsets (slant_where_pass in corpus.c), on articles built
 * here. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "corpus.h"
#include "mem.h"
#include "selfname.h"
#include "tap.h"

/* An article of group with text and title; fields as key/value pairs. */
static struct slant_article art(char *group, char *title, const char *text,
                                const struct slant_field *fields,
                                size_t nfields)
{
	struct slant_article a;
	memset(&a, 0, sizeof a);
	a.id = (char *)"a";
	a.group = group;
	a.date = (char *)"";
	a.title = title;
	a.text = slant_xstrdup(text);
	a.text_len = strlen(text);
	a.where = (char *)"test";
	a.fields = fields;
	a.nfields = nfields;
	return a;
}

/* Ten articles of the Daily Planet, each a different story wrapped in the
 * site's furniture, and two of the Evening Star with the same furniture
 * once (too few articles to call it the Star's). */
static char *story[] = {
    "The council voted to close the harbour bridge for repairs.",
    "Farmers in the valley expect a late harvest after the floods.",
    "A new school opened on the east side of the city on Monday.",
    "Rail workers said the strike would go on for a second week.",
    "The museum returned three paintings to their former owners.",
    "Doctors warned of a rise in measles cases among children.",
    "The mayor promised new housing near the old steel works.",
    "Fishermen protested against the quota set by the ministry.",
    "Two climbers were rescued from the north face of the peak.",
    "The court delayed its ruling on the new voting districts.",
};

static char *planet_text(size_t i)
{
	struct slant_buf b;
	slant_buf_init(&b);
	static const char *const place[] = {
	    "Harbour", "Valley",  "School",  "Rail",   "Museum",
	    "Clinic",  "Housing", "Fishery", "Rescue", "Court"};
	slant_buf_printf(&b,
	                 "Sign up for our morning newsletter\n"
	                 "%s\n"
	                 "Photo: Lena Marsh/Planet Images\n"
	                 "%s officials did not respond to our questions. A "
	                 "spokesperson for the Daily Planet said all reader "
	                 "comments are moderated before they appear.\n"
	                 "Copyright 2026 Daily Planet Media, all rights "
	                 "reserved\n",
	                 story[i], place[i]);
	return b.data;
}

static void test_boilerplate(void)
{
	struct slant_boilerplate *b = slant_boilerplate_new();
	struct slant_article a[12];
	for (size_t i = 0; i < 10; i++) {
		char *t = planet_text(i);
		a[i] = art("planet", story[(i + 1) % 10], t, NULL, 0);
		free(t);
		slant_boilerplate_count(b, &a[i]);
	}
	/* the Star's only repeat is a title, and the furniture once */
	a[10] = art("star", "Sign up for our morning newsletter",
	            "Sign up for our morning newsletter\nThe ferry ran late.\n",
	            NULL, 0);
	a[11] = art("star", "Sign up for our morning newsletter",
	            "Sign up for our morning newsletter\nThe tram ran "
	            "early.\n",
	            NULL, 0);
	slant_boilerplate_count(b, &a[10]);
	slant_boilerplate_count(b, &a[11]);
	slant_boilerplate_finish(b, 3, 0.005);

	size_t before = a[3].text_len;
	size_t n = slant_boilerplate_blank(b, &a[3]);
	is_int(n, 4, "four pieces of furniture blanked in a Planet article");
	is_int(a[3].text_len, before, "blanking keeps the length (offsets)");
	ok(strstr(a[3].text, story[3]) != NULL, "the story line is kept");
	ok(!strstr(a[3].text, "newsletter"), "the sign-up line is blanked");
	ok(!strstr(a[3].text, "Lena Marsh"), "the photo credit is blanked");
	ok(!strstr(a[3].text, "moderated"),
	   "the repeated sentence inside a paragraph is blanked");
	ok(strstr(a[3].text, "did not respond") != NULL,
	   "the paragraph's other sentence is kept");
	ok(!strstr(a[3].text, "Copyright"), "the copyright line is blanked");

	is_int(slant_boilerplate_blank(b, &a[10]), 0,
	       "the Star's title line is not blanked");
	ok(strstr(a[10].text, "newsletter") != NULL,
	   "a line in two Star articles is not boilerplate");

	slant_boilerplate_tally(b, "planet", n);
	is_int(slant_boilerplate_groups(b), 2, "two groups seen");
	const char *name, *example;
	size_t articles, lines, ex_articles, blanked;
	slant_boilerplate_group(b, 0, &name, &articles, &lines, &example,
	                        &ex_articles, &blanked);
	is_str(name, "planet", "groups in order of first sight");
	is_int(articles, 10, "the Planet's articles");
	ok(lines >= 4, "at least the four kinds of furniture flagged (%zu)",
	   lines);
	is_int(blanked, 4, "the tally counts what was blanked");
	is_int(ex_articles, 10, "the example is in every article");
	ok(example != NULL, "an example line is kept");
	slant_boilerplate_group(b, 1, &name, &articles, &lines, &example,
	                        &ex_articles, &blanked);
	is_int(lines, 0, "nothing flagged for the Star");
	ok(example == NULL, "no example for the Star");
	for (size_t i = 0; i < 12; i++)
		free(a[i].text);
	slant_boilerplate_free(b);
}

static void test_selfnames(void)
{
	struct slant_selfnames *s = slant_selfnames_new();
	struct slant_field f1[] = {
	    {(char *)"source", (char *)"Daily Planet (Web Edition)",
	     SLANT_FIELD_STRING},
	    {(char *)"url",
	     (char *)"https://www.dailyplanetnews.com/city/bridge-vote",
	     SLANT_FIELD_STRING},
	};
	struct slant_article a = art("Metropolis Desk", "", "x", f1, 2);
	slant_selfnames_count(s, &a);
	ok(slant_selfnames_match(s, "Metropolis Desk", "planet"),
	   "a word of the source field");
	ok(slant_selfnames_match(s, "Metropolis Desk", "planet's"),
	   "a possessive of it");
	ok(slant_selfnames_match(s, "Metropolis Desk", "metropolis"),
	   "a word of the group's name");
	ok(slant_selfnames_match(s, "Metropolis Desk", "dp"),
	   "the initials of a name of several words");
	ok(!slant_selfnames_match(s, "Metropolis Desk", "dpx"),
	   "initials match whole words only");
	ok(slant_selfnames_match(s, "Metropolis Desk", "dailyplanet"),
	   "the joined name");
	ok(slant_selfnames_match(s, "Metropolis Desk", "dailyplanetnews"),
	   "the url's site label");
	ok(slant_selfnames_match(s, "Metropolis Desk", "dailyplanetnews.com"),
	   "a word holding the site label");
	ok(slant_selfnames_match(s, "Metropolis Desk", "told planet"),
	   "a phrase with a name in it");
	ok(!slant_selfnames_match(s, "Metropolis Desk", "edition"),
	   "a parenthesised note is not a name");
	ok(!slant_selfnames_match(s, "Metropolis Desk", "the"),
	   "function words are not names");
	ok(!slant_selfnames_match(s, "Metropolis Desk", "bridge"),
	   "the url's path is not a name");
	ok(!slant_selfnames_match(s, "Other", "planet"),
	   "names belong to their group");
	size_t n;
	const char *const *names = slant_selfnames_of(s, "Metropolis Desk", &n);
	ok(names && n >= 5, "the group's names are listed (%zu)", n);
	for (size_t i = 1; names && i < n; i++)
		if (!ok(strcmp(names[i - 1], names[i]) < 0, "sorted: %s < %s",
		        names[i - 1], names[i]))
			break;
	slant_selfnames_free(s);
	free(a.text);
}

static void test_where(void)
{
	struct slant_field f[] = {
	    {(char *)"bias", (char *)"left", SLANT_FIELD_STRING},
	    {(char *)"year", (char *)"2019", SLANT_FIELD_NUMBER},
	    {(char *)"topics", (char *)"[\"health\",\"economy\"]",
	     SLANT_FIELD_LIST},
	};
	struct slant_article a = art("Planet", "Bridge vote", "x", f, 3);
	struct slant_where w[3];
#define W(i, k, v, neg) (w[i] = (struct slant_where){k, v, neg})
	W(0, "bias", "left", false);
	ok(slant_where_pass(w, 1, &a), "bias=left passes a left article");
	W(0, "bias", "right", false);
	ok(!slant_where_pass(w, 1, &a), "bias=right does not");
	W(1, "bias", "left", false);
	ok(slant_where_pass(w, 2, &a), "bias=right or bias=left passes");
	W(0, "bias", "right", true);
	W(1, "bias", "center", true);
	ok(slant_where_pass(w, 2, &a), "neither right nor center passes");
	W(1, "bias", "left", true);
	ok(!slant_where_pass(w, 2, &a), "neither right nor left fails");
	W(0, "year", "2019", false);
	W(1, "topics", "economy", false);
	ok(slant_where_pass(w, 2, &a),
	   "a number by its spelling and one element of a list");
	W(1, "topics", "sport", false);
	ok(!slant_where_pass(w, 2, &a), "different keys must all pass");
	W(0, "group", "Planet", false);
	W(1, "title", "Bridge vote", false);
	W(2, "outlet", "x", true);
	ok(slant_where_pass(w, 3, &a),
	   "group and title; an absent field passes !=");
	W(2, "outlet", "x", false);
	ok(!slant_where_pass(w, 3, &a), "an absent field fails =");
#undef W
	free(a.text);
}

int main(void)
{
	test_boilerplate();
	test_selfnames();
	test_where();
	return tap_done();
}
