/* test_entity_round7.c - the name rules written in session 7 from the errors of the dev
 * sets (tests/data/entities-dev*-gold.tsv): each a general rule, tested on sentences
 * written for it, not on the dev texts. */
#include "t.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

/* Two plain name words about a particle are a person, the particle capitalised or not
 * ("Arjan de Zeeuw", "Chris De Burgh"), also after a title cue; a body's or place's first word
 * ("Banque du Caire", "Paseo de Anoeta") or a known place after it ("Tour de France") keeps
 * the usual name. */
TEST(entity_particle_makes_person)
{
    cr_entities e;
    th_extract("Title\n\nThe club signed Arjan de Zeeuw on Monday. Singer Chris De Burgh sang, and "
               "the Banque du Caire paid. They met at the Paseo de Anoeta before the Tour de France. "
               "Managing Director Rodrigo de Rato spoke.\n",
               &e);
    CHECK(th_mention_is(&e, "Arjan de Zeeuw", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Chris De Burgh", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Rodrigo de Rato", CR_ENT_PERSON));
    CHECK(!th_mention_is(&e, "Banque du Caire", CR_ENT_PERSON));
    CHECK(!th_mention_is(&e, "Paseo de Anoeta", CR_ENT_PERSON));
    CHECK(!th_mention_is(&e, "Tour de France", CR_ENT_PERSON));
    cr_entities_free(&e);
}

/* A surname with its particle, alone or after an initial in a team sheet, is the article's
 * full name with it ("De Zeeuw", "R de Marigny" -> "Roland de Marigny"). */
TEST(entity_particle_surname_resolves)
{
    cr_entities e;
    th_extract("Title\n\nThe club signed Arjan de Zeeuw and Roland de Marigny on Monday. De Zeeuw "
               "said he was glad, and Van Gisbergen missed. Mark van Gisbergen was injured.\n\n"
               "Italy: R de Marigny; M Bergamasco, A Masi, G Canale.\n",
               &e);
    const cr_mention *m = th_mention(&e, "De Zeeuw");
    CHECK(m && strcmp(m->name, "Arjan de Zeeuw") == 0);
    m = th_mention(&e, "R de Marigny");
    CHECK(m && strcmp(m->name, "Roland de Marigny") == 0);
    m = th_mention(&e, "Van Gisbergen");
    CHECK(m && strcmp(m->name, "Mark van Gisbergen") == 0); /* the next full name after it */
    cr_entities_free(&e);
}

/* An acronym the article uses without defining it is the one longer name there with its
 * initials; a firm's suffix may be left out; two letters need the long name first; a
 * person, a place's letters and a rating are not read so; two candidates, neither. */
TEST(entity_undefined_acronym_in_article)
{
    cr_entities e;
    th_extract("Title\n\nThe Football Association met on Monday, and Internet Explorer users were "
               "warned. The FA said IE was at fault. International Business Machines Corp rose, "
               "and IBM said so. George Michael sang, GM fell. The bond was rated AA by Alan "
               "Adams.\n",
               &e);
    CHECK(th_has_alias(&e, "Football Association", "FA"));
    CHECK(th_has_alias(&e, "Internet Explorer", "IE"));
    CHECK(th_has_alias(&e, "International Business Machines Corp", "IBM"));
    CHECK(!th_has_alias(&e, "George Michael", "GM"));
    CHECK(!th_has_alias(&e, "Alan Adams", "AA"));
    cr_entities_free(&e);
    th_extract("Title\n\nThe EC said so. Engelhard Corp fell. Shares of General Electric and "
               "Grand Eagle rose, GE said.\n",
               &e);
    CHECK(!th_has_alias(&e, "Engelhard Corp", "EC")); /* the long name came after it */
    CHECK(!th_has_alias(&e, "General Electric", "GE"));
    CHECK(!th_has_alias(&e, "Grand Eagle", "GE"));
    cr_entities_free(&e);
}

/* Inside a sentence, capitalised words with a small word capitalised among them are a
 * work's title, one OTHER name with its first small words ("What I", "A"); initials ("George
 * W Bush"), a letter last ("Group A"), a known name ("Transport For London") and a sentence's
 * first words are not read so. */
TEST(entity_title_with_small_words)
{
    cr_entities e;
    th_extract("Title\n\nTheir singles include What I Go To School For and A Present For Everyone. "
               "He wrote Shake Hands With The Devil, and George W Bush read it. The fans of Group A "
               "and Transport For London agreed.\n",
               &e);
    CHECK(th_mention_is(&e, "What I Go To School For", CR_ENT_OTHER));
    CHECK(th_mention_is(&e, "A Present For Everyone", CR_ENT_OTHER));
    CHECK(th_mention_is(&e, "Shake Hands With The Devil", CR_ENT_OTHER));
    CHECK(th_mention_is(&e, "George W Bush", CR_ENT_PERSON));
    CHECK(!th_mention(&e, "Go To School"));
    CHECK(th_mention_is(&e, "Transport For London", CR_ENT_ORG));
    cr_entities_free(&e);
}

/* A sponsor's name before a competition names the competition, one EVENT ("RBS Six
 * Nations", "Norwich Union Grand Prix"); a place before it is a name apart ("Scotland" and
 * "Six Nations"), and neither is a person's name as "two plain words after a known name"
 * had made it. */
TEST(entity_sponsor_and_competition)
{
    cr_entities e;
    th_extract("Title\n\nWales won the RBS Six Nations on Saturday. He ran in the Norwich Union Grand "
               "Prix in Birmingham. The Scotland Six Nations squad was named.\n",
               &e);
    CHECK(th_mention_is(&e, "RBS Six Nations", CR_ENT_EVENT));
    CHECK(th_mention_is(&e, "Norwich Union Grand Prix", CR_ENT_EVENT));
    CHECK(!th_mention(&e, "RBS"));
    CHECK(th_mention_is(&e, "Scotland", CR_ENT_PLACE));
    const cr_mention *m = th_mention(&e, "Six Nations");
    CHECK(m && m->kind != CR_ENT_PERSON);
    cr_entities_free(&e);
}
