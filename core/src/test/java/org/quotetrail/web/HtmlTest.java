package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textAndAttributesAreEscaped() {
    StringBuilder out = new StringBuilder();
    Html.el("p").attr("title", "\"><script>x</script>").text("<img src=x onerror=alert(1)> & 'q'").render(out);
    assertEquals("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">"
        + "&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</p>", out.toString());
  }

  @Test
  void voidElementsHaveNoEndTagAndNullAttributesAreLeftOut() {
    StringBuilder out = new StringBuilder();
    Html.el("input").attr("name", "q").attr("value", null).render(out);
    assertEquals("<input name=\"q\">", out.toString());
  }

  @Test
  void namesFromDataAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Html.el("p onclick=x"));
    assertThrows(IllegalArgumentException.class, () -> Html.el("p").attr("x\" onload=\"y", "z"));
    assertThrows(IllegalArgumentException.class, () -> Html.el(""));
    assertThrows(IllegalArgumentException.class, () -> Html.el("1p"));
    assertThrows(IllegalArgumentException.class, () -> Html.el("P"));
    assertThrows(IllegalArgumentException.class, () -> Html.el("p").attr("data-é", "z"));
    Html.el("h2").attr("aria-describedby", "q1");
  }
}
