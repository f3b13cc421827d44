/* t-score.c: the score table's header and rows, in CSV, TSV and JSONL,
 * wide and long, with and without safe names. */
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
	struct slant_score_table csv, tsv, jsonl;
	slant_score_table_init(&csv, lx, SLANT_FMT_CSV, false, false, &err);
	slant_score_table_init(&tsv, lx, SLANT_FMT_TSV, false, false, &err);
	slant_score_table_init(&jsonl, lx, SLANT_FMT_JSONL, false, false, &err);
	slant_score_header(&b, &csv);
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
	slant_score_row(&b, &csv, &a, &t);
	is_str(b.data,
	       "\"x,1\",\"G \"\"q\"\"\",2026-01-02,T\tab,300,300,0,"
	       "2,2,0,6.6667,6.6667,,5.0000,"
	       "2,2,0,6.6667,6.6667,,5.0000,"
	       "0,0,0,0.0000,0.0000,,1\n",
	       "CSV row: quoting, rates per 1,000, empty rate without quoted "
	       "tokens");
	slant_buf_reset(&b);
	slant_score_row(&b, &tsv, &a, &t);
	ok(strncmp(b.data, "x,1\tG \"q\"\t2026-01-02\tT\\tab\t300\t", 31) == 0,
	   "TSV row escapes the tab in the title");
	slant_buf_reset(&b);
	slant_score_row(&b, &jsonl, &a, &t);
	ok(strstr(b.data,
	          "\"s/a\":{\"hits\":2,\"hits_own\":2,\"hits_quoted\":0,"
	          "\"rate\":6.6667,\"rate_own\":6.6667,\"rate_quoted\":null,"
	          "\"score\":5.0000}") != NULL,
	   "JSONL row: null rate without quoted tokens");
	ok(strstr(b.data, "\"title\":\"T\\tab\"") != NULL,
	   "JSONL escapes the tab");

	/* Long rows: per dimension own, quoted, all. */
	struct slant_score_table lcsv, ljson, safe, safe_json;
	slant_score_table_init(&lcsv, lx, SLANT_FMT_CSV, true, false, &err);
	slant_score_table_init(&ljson, lx, SLANT_FMT_JSONL, true, false, &err);
	slant_score_table_init(&safe, lx, SLANT_FMT_CSV, false, true, &err);
	slant_score_table_init(&safe_json, lx, SLANT_FMT_JSONL, true, true,
	                       &err);
	t.hits[SLANT_QUOTED][1] = 1;
	t.score[SLANT_QUOTED][1] = 2.5;
	t.tokens[SLANT_QUOTED] = 20;
	slant_buf_reset(&b);
	slant_score_header(&b, &lcsv);
	is_str(b.data,
	       "id,group,dimension,voice,hits,tokens,rate,score,negated\n",
	       "long header");
	slant_buf_reset(&b);
	slant_score_row(&b, &lcsv, &a, &t);
	is_str(b.data,
	       "\"x,1\",\"G \"\"q\"\"\",s/a,own,2,300,6.6667,5.0000,\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/a,quoted,0,20,0.0000,0.0000,\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/a,all,2,320,6.2500,5.0000,\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/a/x,own,2,300,6.6667,5.0000,\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/a/x,quoted,1,20,50.0000,2.5000,\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/a/x,all,3,320,9.3750,7.5000,\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/b,own,0,300,0.0000,,1\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/b,quoted,0,20,0.0000,,0\n"
	       "\"x,1\",\"G \"\"q\"\"\",s/b,all,0,320,0.0000,,1\n",
	       "long CSV rows: voices own, quoted, all; score and negated only "
	       "where the dimension has them");
	slant_buf_reset(&b);
	slant_score_row(&b, &ljson, &a, &t);
	ok(strstr(b.data, "{\"id\":\"x,1\",\"group\":\"G \\\"q\\\"\","
	                  "\"dimension\":\"s/b\",\"voice\":\"all\",\"hits\":0,"
	                  "\"tokens\":320,\"rate\":0.0000,\"score\":null,"
	                  "\"negated\":1}\n") != NULL,
	   "long JSONL: null where a cell is empty");
	slant_buf_reset(&b);
	slant_score_header(&b, &safe);
	ok(strstr(b.data, ",s_a_x_hits_own,") &&
	       strstr(b.data, ",s_b_negated\n"),
	   "safe names in the wide header");
	slant_buf_reset(&b);
	slant_score_row(&b, &safe_json, &a, &t);
	ok(strstr(b.data, "\"dimension\":\"s_a_x\"") != NULL,
	   "safe names in long rows");
	t.dim_applies[2] = false;
	slant_buf_reset(&b);
	slant_score_row(&b, &lcsv, &a, &t);
	ok(strstr(b.data, ",s/b,own,,300,,,\n") != NULL,
	   "long row of a dimension not measured: only tokens");
	t.dim_applies[2] = true;
	slant_score_table_release(&lcsv);
	slant_score_table_release(&ljson);
	slant_score_table_release(&safe);
	slant_score_table_release(&safe_json);

	/* Safe names that collide, and names that need an 'x'. */
	const char clash[] = "%scheme s\n%dimension a A\n%dimension a/b B\n"
	                     "%dimension a_b C\n@a\nx\n";
	struct slant_lexicon *lx2 = slant_lexicon_new();
	rc = slant_lexicon_parse_native(lx2, "c.lex", clash, strlen(clash),
	                                &err);
	rc = rc == 0 ? slant_lexicon_finish(lx2, &err) : rc;
	struct slant_score_table c;
	ok(rc == 0 && slant_score_table_init(&c, lx2, SLANT_FMT_CSV, false,
	                                     false, &err) == 0,
	   "without safe names 's/a/b' and 's/a_b' are two names");
	slant_score_table_release(&c);
	slant_error_clear(&err);
	ok(slant_score_table_init(&c, lx2, SLANT_FMT_CSV, false, true, &err) <
	           0 &&
	       err.code == SLANT_EDATA,
	   "safe names that collide fail");
	is_str(err.message,
	       "dimensions 's/a/b' and 's/a_b' have the same safe name 's_a_b'",
	       "the message names both dimensions");
	slant_lexicon_free(lx2);
	slant_buf_reset(&b);
	slant_put_safe_name(&b, "2020/frames-x.rate");
	is_str(b.data, "x2020_frames_x_rate",
	       "a safe name starts with a letter");

	slant_tally_reset(&t);
	slant_buf_reset(&b);
	slant_score_row(&b, &csv, &a, &t);
	ok(strstr(b.data, ",0,0,0,0,0,0,,,,0.0000,") != NULL,
	   "an article without tokens: zero counts and empty rates");
	slant_tally_release(&t);
	slant_score_table_release(&csv);
	slant_score_table_release(&tsv);
	slant_score_table_release(&jsonl);
	slant_buf_release(&b);
	slant_lexicon_free(lx);
	return tap_done();
}
