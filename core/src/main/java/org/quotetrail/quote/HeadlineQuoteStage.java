package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.Entity;
import org.quotetrail.mention.Mention;
import org.quotetrail.mention.MentionKind;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.QuotePlace;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layer;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Stage;
import org.quotetrail.text.Span;

/**
 * Finds an attributed statement in the headline, which the cleaner keeps apart from the body:
 * "Lee: ‘We will reopen the bridge’", "Lee: Bridge will reopen by spring", "Lee says bridge will
 * reopen", "‘We will reopen the bridge,’ Lee says". Its offsets index the title ({@link
 * QuotePlace#TITLE}).
 *
 * <p>Conservative: the name must look like a speaker's, not a section label ("Analysis:",
 * "The Latest:", "Watch:" are labels, and a label before the statement is skipped), and it must
 * name an entity the body mentions ("Lee" for the body's "Ada Lee", who is then the speaker), or
 * start with a title or a known given name. A question ("Lee: what happens next?") is not a
 * statement.
 */
public final class HeadlineQuoteStage implements Stage {
  /** Section labels that stand before a colon in headlines and never speak. */
  private static final Set<String> LABELS = Set.of(
      "analysis", "the latest", "latest", "watch", "video", "photos", "breaking", "breaking news", "revealed",
      "exclusive", "update", "live", "live updates", "opinion", "editorial", "commentary", "look", "listen",
      "poll", "polls", "report", "review", "explainer", "fact check", "fact-check", "factbox", "timeline",
      "interview", "podcast", "correction", "obituary", "byline", "paid notice", "news guide", "just in",
      "boom", "q&a", "new", "first take", "in pictures", "quiz", "recap", "preview", "sponsored", "daily", "briefing",
      "newsletter", "email");
  private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "why", "who", "where", "when", "which", "is", "are",
      "can", "will", "should", "does", "do");
  private static final String OPENING_MARKS = "\"'\u201c\u2018";
  private static final String CLOSING_MARKS = "\"'\u201d\u2019";
  private static final String ALL_MARKS = "\"\u201c\u201d\u2018";
  /** A word of a name: capitalised, with letters, dots, apostrophes and hyphens ("Dr.", "O’Hara"). */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'\u2019-]*";
  private static final int MAX_NAME_WORDS = 5;
  private static final Pattern LABEL_PREFIX = Pattern.compile("^([^:\u2013\u2014]{2,30}?)\\s*(?::|\\s[\u2013\u2014-])\\s+");
  /** "Name: statement", also "Name on the plan: statement", "Name to voters: statement", "Name at the rally: ...". */
  private static final Pattern COLON = Pattern.compile("^(" + NAME_WORD + "(?: " + NAME_WORD + "){0," + (MAX_NAME_WORDS - 1)
      + "})(?: (?:[Oo]n|[Tt]o|[Aa]t) [^:]{1,60})?: +(\\S.*)$");
  private static final Pattern SAYS = Pattern.compile("^(" + NAME_WORD + "(?: " + NAME_WORD + "){0," + (MAX_NAME_WORDS - 1)
      + "}) (\\p{L}+) (?:that )?(\\S.*)$");
  /** Whom a "says" headline addresses before a colon: "Lee tells Harbour Board: ...". */
  private static final Pattern ADDRESSEE = Pattern.compile("(?:" + NAME_WORD + " ){0,3}" + NAME_WORD + ": +");
  /** "Any words: ‘one quote to the end’": a colon, then a single marked statement that fills the rest of the headline. */
  private static final Pattern QUOTE_AFTER_COLON = Pattern.compile("^([^:\"\u201c\u201d]{2,60}?): +([\"\u201c\u2018'][^\"\u201c\u201d]+[\"\u201d\u2019'][.;]?)\\s*$");
  /** Labels that are also sources: what follows "Poll:" or "Report:" is what the poll or report found. */
  private static final Set<String> FINDINGS = Set.of("poll", "polls", "report", "survey", "study");
  private static final Pattern SOURCE_COLON = Pattern.compile("^(\\p{L}+): +(\\S.*)$");
  private static final Pattern NAME_RUN = Pattern.compile(NAME_WORD + "(?: " + NAME_WORD + ")*");
  private static final Pattern TRAILING = Pattern.compile("^[\"\u201c\u2018'](.+?)[\"\u201d\u2019'],? +(" + NAME_WORD + "(?: "
      + NAME_WORD + "){0," + (MAX_NAME_WORDS - 1) + "}) (\\p{L}+)\\.?$");

  private final Lexicon lexicon;

  public HeadlineQuoteStage(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.METADATA, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.HEADLINE_QUOTATIONS);
  }

  @Override
  public void annotate(Document document) {
    String title = document.get(Layers.METADATA).title();
    List<Quotation> found = new ArrayList<>();
    if (title != null) {
      find(title, document.get(Layers.MENTIONS)).ifPresent(found::add);
    }
    document.set(Layers.HEADLINE_QUOTATIONS, found);
  }

  /** The attributed statement in {@code title}, if it holds one; {@code mentions} are the body's. */
  public Optional<Quotation> find(String title, List<Mention> mentions) {
    int from = 0;
    Matcher label = LABEL_PREFIX.matcher(title);
    if (label.find() && isLabel(label.group(1))) {
      from = label.end();
    }
    String rest = title.substring(from);
    Matcher m = TRAILING.matcher(rest);
    if (m.matches() && isSpeechVerb(m.group(3))) {
      return quotation(title, from + m.start(1), from + m.end(1), m.group(2), mentions, m.group(3),
          "headline quote with its attribution after it (\u201cA,\u201d Name says)", 0.85);
    }
    m = COLON.matcher(rest);
    if (m.matches()) {
      Optional<Quotation> named = quotation(title, from + m.start(2), title.length(), m.group(1), mentions, ":",
          "headline \u201cName: statement\u201d", 0.8);
      if (named.isPresent()) {
        return named;
      }
    }
    Optional<Quotation> said = saysStatement(title, from, rest, mentions);
    if (said.isPresent()) {
      return said;
    }
    m = QUOTE_AFTER_COLON.matcher(rest);
    if (m.matches() && !isLabel(m.group(1))) {
      // Marks after the colon make the statement a quotation even when the words before it name no one we know.
      return quotation(title, from + m.start(2), title.length(), speakerIn(m.group(1), mentions), ":",
          "headline \u201cWords: \u2018quote\u2019\u201d", 0.7);
    }
    m = SOURCE_COLON.matcher(title);
    if (m.matches() && (FINDINGS.contains(m.group(1).toLowerCase(Locale.ROOT)) || m.group(1).matches("\\p{Lu}{2,3}"))) {
      // "Poll: ...", "AP: ...": a finding or an agency's report, credited to the words before the colon.
      // Other words before a colon stay a label or a topic ("Quarry Lane: the road that time forgot").
      return quotation(title, m.start(2), title.length(), speakerIn(m.group(1), mentions), ":",
          "headline \u201cSource: statement\u201d", 0.6);
    }
    if (rest.contains(":")) {
      return Optional.empty();
    }
    Matcher opening = OPENING_PHRASE.matcher(rest);
    if (opening.lookingAt()) { // "In two-front war, Lee targets ...": the act after the opening phrase
      Optional<Quotation> act = headlineAct(title, from + opening.end(), rest.substring(opening.end()), mentions);
      if (act.isPresent()) {
        return act;
      }
    }
    return headlineAct(title, from, rest, mentions);
  }

  /** A short phrase of circumstance opening a headline, up to its comma: "In two-front war, ", "After the vote, ". */
  private static final Pattern OPENING_PHRASE = Pattern.compile("(?:In|After|Amid|With|As|On|At|For|Despite|Ahead of|Before|While) [^,]{2,40}, ");

  /** "Lee says bridge will reopen", "Lee tells Harbour Board: ...", when the headline opens so. */
  private Optional<Quotation> saysStatement(String title, int from, String rest, List<Mention> mentions) {
    Matcher m = SAYS.matcher(rest);
    if (m.matches()) {
      // The name is the capitalised words before the first reporting verb ("Ada Lee Says ...", "Lee warns ...").
      String[] words = (m.group(1) + " " + m.group(2)).split(" ");
      for (int i = 1; i < words.length; i++) {
        if (isSpeechVerb(words[i])) {
          String name = String.join(" ", List.of(words).subList(0, i));
          int verbEnd = from + name.length() + 1 + words[i].length();
          int content = verbEnd;
          while (content < title.length() && title.charAt(content) == ' ') {
            content++;
          }
          if (title.startsWith("that ", content)) {
            content += "that ".length();
          }
          // "Lee tells Harbour Board: act now": the words before the colon are whom she addresses.
          Matcher addressee = ADDRESSEE.matcher(title).region(content, title.length());
          if (addressee.lookingAt()) {
            content = addressee.end();
          }
          return quotation(title, content, title.length(), name, mentions, words[i], "headline \u201cName says statement\u201d", 0.85);
        }
      }
    }
    return Optional.empty();
  }

  /** Verbs of acts and findings a headline reports in its -s form: "Judge rejects ...", "New poll shows ...". */
  private static final Set<String> HEADLINE_ACTS = Set.of("shows", "show", "finds", "find", "rips", "votes", "seeks", "attacks",
      "rules", "targets", "touts", "pans", "lauds", "bashes", "knocks", "courts", "eyes", "weighs", "pushes", "fights", "hits",
      "reveals", "sees", "backs", "supports", "opposes", "wants", "plans", "fears", "hopes", "swipes", "aims", "challenges", "embraces",
      "ignores", "nominates", "reassures", "debunks", "pressures");
  /** Most words of a headline's subject before its verb: "Former DNC chairman calls for ...". */
  private static final int MAX_SUBJECT_WORDS = 5;
  private static final Pattern STATEMENT_THEN_SOURCE = Pattern.compile("^(.{10,}?), ((?:\\S+ ){0,4}\\S+) (\\p{L}+)\\.?$");

  /**
   * A headline that reports an act, a stance or words with its subject first, named or not ("Judge
   * rejects request to unseal file", "Flight attendants' union endorses Lee", "New Poll Shows Bump
   * For Lee"), or its statement first ("Lee Hid Health Problems, Former Doctor Says").
   */
  private Optional<Quotation> headlineAct(String title, int from, String rest, List<Mention> mentions) {
    Matcher after = STATEMENT_THEN_SOURCE.matcher(rest);
    if (after.matches() && isSpeechVerb(after.group(3)) && Character.isUpperCase(after.group(2).charAt(0)) && !isSectionLabel(after.group(2))) {
      return quotation(title, from, from + after.end(1), sourceOf(after.group(2), mentions), after.group(3),
          "headline \u201cstatement, Source says\u201d", 0.7, QuoteKind.INDIRECT);
    }
    String[] words = rest.strip().split("\\s+");
    int at = from;
    for (int i = 0; i < words.length - 2 && i <= MAX_SUBJECT_WORDS; i++) {
      at = title.indexOf(words[i], at); // the word's place in the title, whatever spaces stand between words
      if (i == 0) {
        continue;
      }
      String verb = words[i].toLowerCase(Locale.ROOT);
      // "Gay Republicans push for ...", "Lee and allies aim to ...": a plural subject takes the verb's bare form
      boolean plural = !verb.endsWith("s") && isPluralSubject(words, i) && isBareVerb(verb);
      boolean speech = isSpeechVerb(words[i]) || plural && lexicon.speechVerb(verb) != null;
      boolean belief = !speech && lexicon.beliefVerb(verb) != null && (verb.endsWith("s") || plural);
      // "Lee Just Revealed Who ...", "Clinton to call for ...": a past act or a planned one, the verb after the marker
      boolean marked = i + 2 < words.length && isActMarker(verb, words[i + 1].toLowerCase(Locale.ROOT));
      if (!speech && !belief && !marked && !plural && !HEADLINE_ACTS.contains(verb) || isNounHere(words, i)) {
        continue;
      }
      String subject = String.join(" ", List.of(words).subList(0, i));
      if (!Character.isUpperCase(subject.charAt(0)) || isSectionLabel(subject) || subject.matches(".*[,:;\"\u201c\u201d?].*")) {
        return Optional.empty();
      }
      String cue = marked ? words[i] + " " + words[i + 1] : words[i];
      int content = marked ? title.indexOf(words[i + 1], at + words[i].length()) + words[i + 1].length() : at + words[i].length();
      while (content < title.length() && Character.isWhitespace(title.charAt(content))) {
        content++;
      }
      if (title.startsWith("that ", content)) {
        content += "that ".length();
      }
      speech |= marked && lexicon.speechVerb(words[i + 1]) != null;
      QuoteKind kind = speech ? QuoteKind.INDIRECT : belief ? QuoteKind.BELIEF : QuoteKind.STANCE;
      return quotation(title, content, title.length(), sourceOf(subject, mentions), cue, "headline \u201cSubject acts\u201d", 0.6, kind);
    }
    return Optional.empty();
  }

  /**
   * Whether a headline's word and the next mark an act with the verb after: "Just" before a past
   * form ("Lee Just Nominated ..."), or "to" before a verb of the word lists ("Clinton to call for ...").
   */
  private boolean isActMarker(String word, String next) {
    return word.equals("just") && next.endsWith("ed")
        || word.equals("to") && (lexicon.speechVerb(next) != null || lexicon.beliefVerb(next) != null);
  }

  /** A bare verb form the word lists or the headline acts know: "push", "vow", "fear". */
  private boolean isBareVerb(String word) {
    return word.equals(lexicon.speechVerb(word)) || word.equals(lexicon.beliefVerb(word)) || HEADLINE_ACTS.contains(word + "s")
        || HEADLINE_ACTS.contains(word + "es");
  }

  /** Whether the headline's words before {@code i} name more than one: "Gay Republicans", "Lee and allies". */
  private static boolean isPluralSubject(String[] words, int i) {
    String last = words[i - 1].toLowerCase(Locale.ROOT);
    boolean and = false;
    for (int k = 0; k < i; k++) {
      and |= words[k].equalsIgnoreCase("and");
    }
    return and || last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("\u2019s");
  }

  /** Plural nouns among the headline verbs: "his attacks on", "black votes as key", "favorite TV shows". */
  private static final Set<String> PLURAL_NOUNS = Set.of("attacks", "votes", "shows", "backs", "rules", "hits", "plans", "fears",
      "hopes", "calls", "reports", "targets", "eyes", "courts", "fights", "charges", "claims", "wants", "sees");
  private static final Set<String> NOUN_BEFORE = Set.of("his", "her", "their", "its", "our", "my", "the", "a", "favorite", "favourite");
  private static final Set<String> NOUN_AFTER = Set.of("on", "in", "against", "of", "from", "as", "could", "will", "would", "are",
      "is");

  /** Whether the headline's word {@code i} is a noun: after a possessive or an article, or a plural noun before its complement. */
  private static boolean isNounHere(String[] words, int i) {
    String before = words[i - 1].toLowerCase(Locale.ROOT);
    String next = i + 1 < words.length ? words[i + 1].toLowerCase(Locale.ROOT) : "";
    return NOUN_BEFORE.contains(before) || before.endsWith("'s") || before.endsWith("\u2019s")
        || PLURAL_NOUNS.contains(words[i].toLowerCase(Locale.ROOT)) && NOUN_AFTER.contains(next);
  }

  /** Whether a headline's subject is a section label ("Watch", "BREAKING"); a poll or a report is a source ("New Poll Shows ..."). */
  private static boolean isSectionLabel(String words) {
    String folded = words.strip().toLowerCase(Locale.ROOT);
    String last = folded.substring(folded.lastIndexOf(' ') + 1);
    return isLabel(words) && !FINDINGS.contains(last);
  }

  /** The body's entity the words name, or an unknown speaker with the words as its mention. */
  private Speaker sourceOf(String words, List<Mention> mentions) {
    Speaker named = isLabel(words) ? null : speaker(words, mentions);
    return named != null ? named : new Speaker(null, SpeakerType.UNKNOWN, words, null);
  }

  private Optional<Quotation> quotation(String title, int begin, int end, Speaker speaker, String cue, String evidence,
      double confidence, QuoteKind reported) {
    return quotation(title, begin, end, speaker, cue, evidence, confidence)
        .map(q -> q.kind() == QuoteKind.INDIRECT && reported != QuoteKind.INDIRECT
            ? new Quotation(q.text(), q.begin(), q.end(), reported, q.cue(), q.speaker(), q.confidence(), q.evidence(), q.parts(), q.place())
            : q);
  }

  /**
   * The speaker named by a run of capitalised words among {@code words} ("Lee Hits Back", "A lesson
   * from Ada Lee"), tried from its first two words up, then its first word alone when that is a
   * person ("Lee" of "Lee Hits Back", not the estate of "Quayside campaigners"); an unknown speaker
   * with those words as its mention when none is one.
   */
  private Speaker speakerIn(String words, List<Mention> mentions) {
    Matcher run = NAME_RUN.matcher(words);
    while (run.find()) {
      List<String> names = List.of(run.group().split(" "));
      for (int n = 2; n <= names.size(); n++) {
        Speaker speaker = speaker(String.join(" ", names.subList(0, n)), mentions);
        if (speaker != null) {
          return speaker;
        }
      }
      Speaker first = speaker(names.get(0), mentions);
      if (first != null && first.type() == SpeakerType.PERSON) {
        return first;
      }
    }
    return new Speaker(null, SpeakerType.UNKNOWN, words.strip(), null);
  }

  private Optional<Quotation> quotation(String title, int begin, int end, String name, List<Mention> mentions, String cue,
      String evidence, double confidence) {
    if (isLabel(name)) {
      return Optional.empty();
    }
    Speaker speaker = speaker(name, mentions);
    return speaker == null ? Optional.empty() : quotation(title, begin, end, speaker, cue, evidence, confidence);
  }

  private Optional<Quotation> quotation(String title, int begin, int end, Speaker speaker, String cue, String evidence,
      double confidence) {
    // The statement without the headline's closing stop and the spaces around it.
    while (end > begin && (Character.isWhitespace(title.charAt(end - 1)) || ".;".indexOf(title.charAt(end - 1)) >= 0)) {
      end--;
    }
    while (begin < end && Character.isWhitespace(title.charAt(begin))) {
      begin++;
    }
    String statement = title.substring(begin, end);
    if (!isStatement(statement)) {
      return Optional.empty();
    }
    QuoteKind kind = QuoteKind.INDIRECT;
    if (statement.length() > 2 && OPENING_MARKS.indexOf(statement.charAt(0)) >= 0
        && CLOSING_MARKS.indexOf(statement.charAt(statement.length() - 1)) >= 0
        && statement.substring(1, statement.length() - 1).chars().noneMatch(c -> ALL_MARKS.indexOf(c) >= 0)) {
      begin++;
      end--;
      kind = QuoteKind.DIRECT;
    } else if (statement.chars().anyMatch(c -> ALL_MARKS.indexOf(c) >= 0) || statement.contains(" \u2018")
        || statement.startsWith("\u2018")) {
      kind = QuoteKind.MIXED;
    } else if (evidence.startsWith("headline quote")) {
      kind = QuoteKind.DIRECT;
    }
    return Optional.of(new Quotation(title.substring(begin, end), begin, end, kind, cue, speaker, confidence, evidence,
        List.of(new Span(begin, end)), QuotePlace.TITLE));
  }

  /** Words that say something: two words at least, and no question. */
  private static boolean isStatement(String statement) {
    String[] words = statement.strip().split("\\s+");
    if (words.length < 2 || statement.endsWith("?") || statement.endsWith("?\u2019") || statement.endsWith("?\u201d")) {
      return false;
    }
    String first = words[0].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    return !QUESTION_WORDS.contains(first);
  }

  private static boolean isLabel(String words) {
    String folded = words.strip().toLowerCase(Locale.ROOT);
    String last = folded.substring(folded.lastIndexOf(' ') + 1);
    // All capitals ("BOOM", "FIX IS IN") shout a label, not a name; so does a label's word at the end ("Harbour Poll").
    return LABELS.contains(folded) || LABELS.contains(last) || words.equals(words.toUpperCase(Locale.ROOT));
  }

  private boolean isSpeechVerb(String word) {
    String lemma = lexicon.speechVerb(word);
    String lower = word.toLowerCase(Locale.ROOT);
    return lemma != null && !lower.equals(lemma) && (lower.endsWith("s") || lower.equals("said"));
  }

  /**
   * The speaker {@code name} stands for: the body's entity named by the headline's name or its
   * last words ("Lee" and "Harbour Chief Ada Lee" are the body's "Ada Lee"; a lone given name,
   * "Ada", is the body's person of that first name), or the name itself when it opens with a
   * title or a known given name; null when the words do not look like a speaker's name.
   */
  private Speaker speaker(String name, List<Mention> mentions) {
    List<String> words = new ArrayList<>(List.of(name.split(" ")));
    boolean titled = false;
    while (words.size() > 1 && lexicon.title(words.get(0).replace(".", "")) != null) {
      words.remove(0);
      titled = true;
    }
    if (lexicon.isNotName(words.get(0)) || lexicon.isNotName(words.get(words.size() - 1))) {
      return null;
    }
    for (int from = 0; from < words.size(); from++) {
      String suffix = String.join(" ", words.subList(from, words.size())).toLowerCase(Locale.ROOT);
      Entity best = null;
      for (Mention m : mentions) {
        Entity e = m.entity();
        if (m.kind() != MentionKind.NAME || e == null || m.inQuote()) {
          continue;
        }
        String entity = e.name().toLowerCase(Locale.ROOT);
        boolean same = entity.equals(suffix) || entity.endsWith(" " + suffix)
            || words.size() == 1 && e.type() == SpeakerType.PERSON && entity.startsWith(suffix + " ");
        if (same && (best == null || e.name().length() > best.name().length())) {
          best = e;
        }
      }
      if (best != null) {
        SpeakerType type = best.type() == SpeakerType.UNKNOWN && !best.name().contains(" ") ? SpeakerType.ORGANIZATION : best.type();
        return new Speaker(best.name(), type, name, null);
      }
    }
    if (titled || words.size() > 1 && lexicon.givenName(words.get(0)) != null) {
      return new Speaker(String.join(" ", words), SpeakerType.PERSON, name, null);
    }
    return null;
  }
}
