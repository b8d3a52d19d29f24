package org.quotetrail.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a calendar date in the ways news pages write one ("12 August 2016", "Aug. 12, 2016", ISO). */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\\.?,? (\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b([a-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final DateTimeFormatter RFC_1123 =
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE, d MMM yyyy HH:mm:ss zzz").toFormatter(Locale.ROOT);

  private Dates() {}

  /** The first date written in {@code text}, if any. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip()).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // not a full timestamp: try the looser forms below
    }
    try {
      return Optional.of(LocalDate.from(RFC_1123.parse(text.strip())));
    } catch (DateTimeParseException ignored) {
      // not an HTTP date either
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find()) {
      return month(dmy.group(2)).flatMap(m -> date(dmy.group(3), m, dmy.group(1)));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find()) {
      return month(mdy.group(1)).flatMap(m -> date(mdy.group(3), m, mdy.group(2)));
    }
    return Optional.empty();
  }

  private static Optional<String> month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() < 3) {
      return Optional.empty();
    }
    int index = MONTHS.indexOf(key.substring(0, 3));
    return index < 0 ? Optional.empty() : Optional.of(String.valueOf(index + 1));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
