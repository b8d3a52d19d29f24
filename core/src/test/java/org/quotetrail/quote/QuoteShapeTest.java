package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotetrail.segment.Tokenizer;
import org.quotetrail.text.Span;

/** What the first marked quote of a body is, on our own short texts ('|' separates paragraphs). */
class QuoteShapeTest {
  private final QuoteShape shape = new QuoteShape();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      an utterance                        # "We will appeal," Marta Quince said.                             # UTTERANCE
      a fragment of the sentence          # Marta Quince called the plan "a disaster" for the port.         # FRAGMENT
      a name of one capitalised word      # The ferry company paid a fortune to stream "Harbourmaster." It did well.  # TERM
      a title in doubled apostrophes      # The studio made a new series of ''Harbour Lights,'' the drama.   # TERM
      a subheading in single marks        # The ferry left at noon.|'A long way from home.'|It was late.    # TERM
      a quote paragraph in double marks   # The ferry left at noon.|"A long way from home."|It was late.    # UTTERANCE
      an article cited with its author    # "Harbour ferry to close in the spring," by the Gazette's Ada Brink.  # TERM
      """)
  void formOfTheFirstQuote(String name, String body, String form) {
    String text = body.strip().replace("|", "\n\n");
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    for (String p : text.split("\n\n", -1)) {
      paragraphs.add(new Span(start, start + p.length()));
      start += p.length() + 2;
    }
    List<MarkedQuote> marks = QuoteMarkFinder.find(text, paragraphs);
    assertEquals(QuoteShape.Form.valueOf(form.strip()), shape.of(text, Tokenizer.tokenize(text), marks.get(0)), name);
  }
}
