/* t-score.c: the score table's header and rows, in CSV, TSV and JSONL. */
#include "config.h"

#include <string.h>

#include "lexicon.h"
#include "match.h"
#include "score.h"
#include "tap.h"

int main(void)
{
	const char lex[] = "%scheme s\n"
	                   "%dimension a A\n"
	                   "%dimension a/x X\n"
	                   "%dimension b B\n"
	                   "%negators not\n"
	                   "%negatable b\n"
	                   "@a/x\nfoo = 2.5\n@b\nbar\n";
	struct slant_error err;
	struct slant_lexicon *lx = slant_lexicon_new();
	int rc =
	    slant_lexicon_parse_native(lx, "s.lex", lex, strlen(lex), &err);
	rc = rc == 0 ? slant_lexicon_finish(lx, &err) : rc;
	ok(rc == 0, "lexicon loads");
	struct slant_buf b;
	slant_buf_init(&b);
	slant_score_header(&b, lx, SLANT_FMT_CSV);
	is_str(b.data,
	       "id,group,date,title,tokens,tokens_own,tokens_quoted,"
	       "s/a.hits,s/a.hits_own,s/a.hits_quoted,s/a.rate,s/a.rate_own,s/"
	       "a.rate_quoted,s/a.score,"
	       "s/a/x.hits,s/a/x.hits_own,s/a/x.hits_quoted,s/a/x.rate,s/a/"
	       "x.rate_own,s/a/x.rate_quoted,s/a/x.score,"
	       "s/b.hits,s/b.hits_own,s/b.hits_quoted,s/b.rate,s/b.rate_own,s/"
	       "b.rate_quoted,s/b.negated\n",
	       "CSV header: .score for weighted, .negated for negatable "
	       "dimensions");

	struct slant_tally t;
	slant_tally_init(&t, lx);
	t.tokens[SLANT_OWN] = 300;
	t.tokens[SLANT_QUOTED] = 0;
	t.hits[SLANT_OWN][0] = t.hits[SLANT_OWN][1] = 2;
	t.score[SLANT_OWN][0] = t.score[SLANT_OWN][1] = 5;
	t.negated[SLANT_OWN][2] = 1;
	struct slant_article a = {.id = "x,1",
	                          .group = "G \"q\"",
	                          .date = "2026-01-02",
	                          .title = "T\tab"};
	slant_buf_reset(&b);
	slant_score_row(&b, lx, SLANT_FMT_CSV, &a, &t);
	is_str(b.data,
	       "\"x,1\",\"G \"\"q\"\"\",2026-01-02,T\tab,300,300,0,"
	       "2,2,0,6.6667,6.6667,,5.0000,"
	       "2,2,0,6.6667,6.6667,,5.0000,"
	       "0,0,0,0.0000,0.0000,,1\n",
	       "CSV row: quoting, rates per 1,000, empty rate without quoted "
	       "tokens");
	slant_buf_reset(&b);
	slant_score_row(&b, lx, SLANT_FMT_TSV, &a, &t);
	ok(strncmp(b.data, "x,1\tG \"q\"\t2026-01-02\tT\\tab\t300\t", 31) == 0,
	   "TSV row escapes the tab in the title");
	slant_buf_reset(&b);
	slant_score_row(&b, lx, SLANT_FMT_JSONL, &a, &t);
	ok(strstr(b.data,
	          "\"s/a\":{\"hits\":2,\"hits_own\":2,\"hits_quoted\":0,"
	          "\"rate\":6.6667,\"rate_own\":6.6667,\"rate_quoted\":null,"
	          "\"score\":5.0000}") != NULL,
	   "JSONL row: null rate without quoted tokens");
	ok(strstr(b.data, "\"title\":\"T\\tab\"") != NULL,
	   "JSONL escapes the tab");

	slant_tally_reset(&t);
	slant_buf_reset(&b);
	slant_score_row(&b, lx, SLANT_FMT_CSV, &a, &t);
	ok(strstr(b.data, ",0,0,0,0,0,0,,,,0.0000,") != NULL,
	   "an article without tokens: zero counts and empty rates");
	slant_tally_release(&t);
	slant_buf_release(&b);
	slant_lexicon_free(lx);
	return tap_done();
}
