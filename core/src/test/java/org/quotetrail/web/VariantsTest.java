package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VariantsTest {
  @Test
  void wordingsOfOneStatementGroupTogetherInOrder() {
    List<List<String>> groups = Variants.group(List.of(
        "Every tenant will be offered a home at a social rent",
        "The blocks are failing",
        "every tenant would be offered a home at social rent",
        "The blocks are failing, he said"), Function.identity());
    assertEquals(2, groups.size());
    assertEquals(2, groups.get(0).size());
    assertEquals("The blocks are failing", groups.get(1).get(0));
  }
}
