package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.doppel.provenance.FamilyEdge;
import org.doppel.provenance.FamilyMember;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.StoryFamily;
import org.doppel.provenance.StoryLinks;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class FamiliesJsonLinesTest {
  private static final FamilyMember ROOT = new FamilyMember("o", null, null, true, 0, 0, "root");
  private static final FamilyMember COPY = new FamilyMember("c", "o", Relation.PARAPHRASE, true, 1, 1, "reworded");
  private static final FamilyEdge EDGE = new FamilyEdge("o", "c", Relation.PARAPHRASE, true);

  private static String written(StoryFamily family) throws Exception {
    Provenance provenance = new Provenance(List.of(), List.of(family), List.of());
    StringWriter out = new StringWriter();
    new FamiliesJsonLines(provenance).write(List.of(family), out);
    return out.toString();
  }

  @Test
  void aMemberJoinedByAStoryLinkIsListedWithItsEvidenceAndNoParent() throws Exception {
    StoryFamily family = new StoryFamily("family-1", "o",
        List.of(ROOT, COPY, new FamilyMember("next", null, null, false, 0, 0, StoryLinks.CHANGE)), List.of(EDGE),
        List.of(new StoryLinks.StoryLink("next", "o", 0.31234, 0.1)));
    String line = written(family);
    assertThat(line).contains("\"members\":[\"o\",\"c\",\"next\"]")
        .contains("\"story_links\":[{\"id\":\"next\",\"nearest\":\"o\",\"similarity\":0.312,\"next_family_similarity\":0.1}]")
        .contains("{\"id\":\"next\",\"parent\":null,\"relation\":null");
    assertThat(line.indexOf("story_links")).isLessThan(line.indexOf("details"));
    // the story-linked member is no root: the origin stays known and unexplained
    assertThat(line).doesNotContain("origin_unknown");
  }

  @Test
  void aFamilyWithoutStoryLinksIsWrittenAsBefore() throws Exception {
    String line = written(new StoryFamily("family-1", "o", List.of(ROOT, COPY), List.of(EDGE)));
    assertThat(line).doesNotContain("story_links").startsWith("{\"family\":\"family-1\",\"origin\":\"o\",\"members\":[\"o\",\"c\"],\"edges\":");
  }
}
