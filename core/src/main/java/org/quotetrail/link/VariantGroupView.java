package org.quotetrail.link;

import java.util.List;

/**
 * A statement reported in several wordings, for reading.
 *
 * @param id the group's id
 * @param speaker the canonical speaker
 * @param canonical the canonical wording
 * @param variants the wordings, earliest first
 * @param firstReportedBy the outlet (else the source) of the earliest article reporting it
 */
public record VariantGroupView(long id, String speaker, String canonical, List<Variant> variants, String firstReportedBy) {
  public VariantGroupView {
    variants = List.copyOf(variants);
  }

  /**
   * One wording of the statement.
   *
   * @param quotationId the quotation's id
   * @param text the wording
   * @param outlet the reporting article's outlet, or null
   * @param source the reporting article's source
   * @param creditedTo the outlet the article credits for it, or null
   * @param diff the wording against the canonical one, word by word ({@link WordDiff})
   */
  public record Variant(long quotationId, String text, String outlet, String source, String creditedTo, String diff) {}
}
