package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CastTest {
  @Test
  void drawsDistinctSurnamesAndOrganisations() {
    for (int seed = 0; seed < 50; seed++) {
      Cast cast = Cast.draw(new Random(seed));
      assertEquals(cast.people().size(), cast.people().stream().map(Cast.Person::surname).distinct().count());
      assertEquals(3, cast.organisations().stream().distinct().count());
      cast.people().forEach(p -> assertTrue(cast.organisations().contains(p.organisation())));
    }
  }

  @Test
  void fullNameJoinsGivenNameAndSurname() {
    assertEquals("Ash Okafor", new Cast.Person("Ash", "Okafor", "they", "chair", "X").fullName());
  }
}
