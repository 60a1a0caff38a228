package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordTest {
  @Test
  void anHtmlRecordIsReadAsTheTextItIsWhateverCharsetItsMetaTagNamed() {
    // a page saved in Latin-1, read by a browser (or a script) into a string and sent to serve's API
    ObjectNode record = new ObjectMapper().createObjectNode().put("id", "p").put("html",
        "<html><head><meta charset=\"iso-8859-1\"><title>Café à Genève</title></head><body>"
            + "<p>Le café du théâtre à Genève a fermé ses portes après quarante-deux années de service.</p></body></html>");
    SourceText page = JsonRecord.read(record, null, "api");
    assertThat(page.text()).startsWith("Café à Genève\n\nLe café du théâtre à Genève a fermé");
  }

  @Test
  void aRecordsDatesAreReadAlikeFromTheApiAndFromAJsonLinesFile() throws Exception {
    // the same record added through serve's API and read from a JSON Lines file: a crawl time alone (C4's
    // "timestamp", news-please's "date_download"), as a number or with an offset, a publication field beside one
    String undated = "The council approved the new bridge after a long debate about its cost.";
    List<String> records = List.of(
        "{\"id\":\"c4\",\"text\":\"" + undated + "\",\"timestamp\":\"2024-03-14T09:00:00Z\"}",
        "{\"id\":\"c4-unix\",\"text\":\"" + undated + "\",\"timestamp\":1710406800}",
        "{\"id\":\"np\",\"text\":\"" + undated + "\",\"date_download\":\"2024-06-01 10:00:00\"}",
        "{\"id\":\"both\",\"text\":\"" + undated + "\",\"date_publish\":\"2024-03-14 09:00:00\",\"timestamp\":\"2024-06-01T10:00:00Z\"}",
        "{\"id\":\"zoned\",\"raw_content\":\"" + undated + "\",\"published\":\"2024-03-14T09:30:00+09:00\"}");
    List<SourceText> fromFile = new ArrayList<>();
    new JsonLinesReader(p -> {}, 1 << 20).read(new ByteArrayInputStream(String.join("\n", records).getBytes(StandardCharsets.UTF_8)), "feed", "feed.jsonl", fromFile::add);
    ObjectMapper mapper = new ObjectMapper();
    List<SourceText> fromApi = new ArrayList<>();
    for (String record : records) {
      fromApi.add(JsonRecord.read(mapper.readTree(record), null, "api"));
    }
    assertThat(fromApi).extracting(doc -> doc.id() + " " + doc.metadata().dateText() + " " + doc.metadata().evidence().get("date"))
        .containsExactly("c4 2024-03-14 jsonl-crawl", "c4-unix 2024-03-14 jsonl-crawl", "np 2024-06-01 jsonl-crawl",
            "both 2024-03-14 09:00 jsonl", "zoned 2024-03-14T00:30Z jsonl")
        .isEqualTo(fromFile.stream().map(doc -> doc.id() + " " + doc.metadata().dateText() + " " + doc.metadata().evidence().get("date")).toList());
    assertThat(fromApi).extracting(SourceText::metadata).isEqualTo(fromFile.stream().map(SourceText::metadata).toList());
  }
}
