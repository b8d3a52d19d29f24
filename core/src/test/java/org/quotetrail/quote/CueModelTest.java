package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CueModelTest {
  private static final CueModel MODEL = new CueModel(Map.of("w=condemned", 3.0f, "n=that", 1.0f), -2.0, 0.5);

  @Test
  void probabilityIsTheLogisticOfTheSummedWeights() {
    assertEquals(1 / (1 + Math.exp(-2.0)), MODEL.probability(List.of("w=condemned", "n=that", "unknown")), 1e-6);
    assertTrue(MODEL.isCue(List.of("w=condemned")));
    assertFalse(MODEL.isCue(List.of("w=table")));
  }

  @Test
  void writtenModelReadsBackTheSame() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MODEL.write(out, "test model");
    CueModel read = CueModel.read(new ByteArrayInputStream(out.toByteArray()), "test");
    assertEquals(MODEL.size(), read.size());
    assertEquals(MODEL.threshold(), read.threshold());
    assertEquals(MODEL.probability(List.of("w=condemned")), read.probability(List.of("w=condemned")), 1e-6);
  }

  @Test
  void aBrokenLineIsNamedWithItsNumber() throws IOException {
    byte[] broken = gzip("# model\nbias\t-1\nw=said\tnot-a-number\n");
    IOException e = assertThrows(IOException.class, () -> CueModel.read(new ByteArrayInputStream(broken), "m.tsv.gz"));
    assertEquals("m.tsv.gz: line 3: not a number: not-a-number", e.getMessage());
  }

  @Test
  void theShippedModelKnowsActsThatNoWordListHolds() {
    CueModel shipped = CueModel.shipped();
    assertTrue(shipped.size() > 1000, "features: " + shipped.size());
    assertTrue(shipped.threshold() > 0 && shipped.threshold() < 1);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
