package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
}
