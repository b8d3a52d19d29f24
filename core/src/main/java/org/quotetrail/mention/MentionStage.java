package org.quotetrail.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.lexicon.Lexicon.Gender;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layer;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Stage;
import org.quotetrail.quote.MarkedQuote;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.segment.Tokenizer;
import org.quotetrail.text.Span;

/**
 * Finds the people and organisations an article mentions (names, pronouns, descriptions) and links
 * each mention to one entity of the article with its canonical name.
 */
public final class MentionStage implements Stage {
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "to", "for", "with", "by", "at", "in", "on", "from", "against", "about", "over", "under", "than", "like",
          "between", "among", "toward", "towards", "into", "behind", "during", "without", "within", "and");
  private static final Set<String> VERB_LIKE =
      Set.of("is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might",
          "must", "did", "does", "do", "also", "then", "later", "now", "appeared", "appears", "seemed", "seems", "went",
          "gave", "made", "took", "isn't", "wasn't", "doesn't", "didn't", "won't", "once", "previously", "earlier");
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "it");

  private final Lexicon lexicon;
  private final NameFinder names;
  private final NominalFinder nominals;

  public MentionStage(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.names = new NameFinder(lexicon);
    this.nominals = new NominalFinder(lexicon);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.METADATA, Layers.BODY, Layers.TOKENS, Layers.SENTENCES, Layers.QUOTE_MARKS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public void annotate(Document document) {
    String body = document.get(Layers.BODY);
    List<Token> tokens = document.get(Layers.TOKENS);
    List<Sentence> sentences = document.get(Layers.SENTENCES);
    QuotedRegions quoted = new QuotedRegions(document.get(Layers.QUOTE_MARKS));
    int[] sentenceOf = sentenceIndex(tokens, sentences);

    EntityResolver entities = new EntityResolver(lexicon);
    Set<String> headlineWords = learnNamesFromHeadline(document.get(Layers.METADATA).title(), entities);
    List<NameFinder.Found> foundNames = names.find(tokens, sentences, headlineWords);
    List<Candidate> candidates = new ArrayList<>();
    for (NameFinder.Found n : foundNames) {
      Candidate c = candidate(body, tokens, n.first(), n.end(), MentionKind.NAME, sentenceOf, quoted, null, Gender.UNKNOWN, false);
      c.entity = entities.entityFor(n.name(), n.title());
      candidates.add(c);
    }
    for (NominalFinder.Found f : nominals.find(tokens, sentences, foundNames)) {
      addNominal(body, tokens, f, sentenceOf, quoted, entities, candidates);
    }
    for (Token t : tokens) {
      String pronoun = Lexicon.withoutContraction(t.lower()); // "He’s said he would ..."
      if (SPEAKER_PRONOUNS.contains(pronoun)) {
        candidates.add(candidate(body, tokens, t.index(), t.index() + 1, MentionKind.PRONOUN, sentenceOf, quoted, null,
            lexicon.pronoun(pronoun), false));
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.firstToken).thenComparingInt(c -> -c.endToken));
    for (Candidate c : candidates) {
      c.subject = isSubject(tokens, c);
    }
    new ReferenceResolver(entities).resolve(candidates);
    document.set(Layers.MENTIONS, mentions(candidates, entities.entities()));
  }

  /**
   * The headline often gives the full name ("Owen Smith") that the body shortens to "Smith": its
   * names become entities, and their words count as names at the start of a sentence.
   */
  private Set<String> learnNamesFromHeadline(String title, EntityResolver entities) {
    Set<String> words = new java.util.HashSet<>();
    if (title == null || title.isBlank()) {
      return words;
    }
    List<Token> tokens = Tokenizer.tokenize(title);
    Sentence whole = new Sentence(new Span(0, title.length()), 0, 0, tokens.size());
    for (NameFinder.Found n : names.find(tokens, List.of(whole))) {
      if (n.name().contains(" ")) {
        entities.entityFor(n.name(), n.title());
        words.addAll(List.of(n.name().split(" ")));
      }
    }
    return words;
  }

  private void addNominal(String body, List<Token> tokens, NominalFinder.Found f, int[] sentenceOf, QuotedRegions quoted,
      EntityResolver entities, List<Candidate> candidates) {
    if (f.end() < tokens.size() && isFollowedByName(candidates, f.end())) {
      // "Momentum chief Jon Lansman": the description is the person's title, not a separate speaker.
      if (f.orgFirst() >= 0) {
        entities.organisationEvidence(nameAt(candidates, f.orgFirst()).entity);
      }
      return;
    }
    Gender number = f.plural() ? Gender.PLURAL : f.orgHead() ? Gender.NEUTER : Gender.UNKNOWN;
    Candidate c = candidate(body, tokens, f.first(), f.end(), MentionKind.NOMINAL, sentenceOf, quoted, f.role(), number, f.orgHead());
    if (f.orgFirst() >= 0) {
      Candidate org = nameAt(candidates, f.orgFirst());
      // "the Corbynista group": a name seen only as this modifier describes the group rather than naming it.
      boolean modifierOnly = f.orgHead() && org != null && org.entity != null && org.entity.mentions <= 1;
      if (org != null && org.entity != null && !modifierOnly) {
        // "a spokesperson for Harbour Watch" speaks for an organisation, unless the name is clearly a person's.
        if (org.entity.personEvidence < 2) {
          entities.organisationEvidence(org.entity);
        }
        c.entity = org.entity;
      }
    }
    candidates.add(c);
  }

  private static boolean isFollowedByName(List<Candidate> candidates, int token) {
    for (Candidate c : candidates) {
      if (c.kind == MentionKind.NAME && c.firstToken == token) {
        return true;
      }
    }
    return false;
  }

  private static Candidate nameAt(List<Candidate> candidates, int firstNameToken) {
    for (Candidate c : candidates) {
      if (c.kind == MentionKind.NAME && c.firstToken <= firstNameToken && c.endToken > firstNameToken) {
        return c;
      }
    }
    return null;
  }

  private static Candidate candidate(String body, List<Token> tokens, int first, int end, MentionKind kind, int[] sentenceOf,
      QuotedRegions quoted, String role, Gender gender, boolean orgReference) {
    int begin = tokens.get(first).begin();
    Token last = tokens.get(end - 1);
    int stop = last.end();
    if (kind != MentionKind.PRONOUN && (last.text().endsWith("'s") || last.text().endsWith("\u2019s"))) {
      stop -= 2; // "Smith's comments": the mention is "Smith"
    }
    Span span = new Span(begin, stop);
    return new Candidate(span, span.of(body), kind, first, end, sentenceOf[first], quoted.contains(span), role, gender, orgReference);
  }

  /** A mention followed by a verb, or by ", who", and not governed by a preposition: a grammatical subject. */
  private boolean isSubject(List<Token> tokens, Candidate c) {
    if (c.inQuote) {
      return false;
    }
    if (c.firstToken > 0 && PREPOSITIONS.contains(tokens.get(c.firstToken - 1).lower())) {
      return false;
    }
    if (c.endToken >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(c.endToken);
    if (next.text().equals(",") && c.endToken + 1 < tokens.size()) {
      String after = tokens.get(c.endToken + 1).lower();
      return after.equals("who") || after.equals("which");
    }
    String word = next.lower();
    return VERB_LIKE.contains(word) || lexicon.speechVerb(word) != null || lexicon.beliefVerb(word) != null
        || word.endsWith("ed") && !next.isCapitalized();
  }

  private static List<Mention> mentions(List<Candidate> candidates, List<Entity> entities) {
    List<Mention> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Entity e = c.entity == null ? null : entities.get(c.entity.id);
      out.add(new Mention(c.span, c.text, c.kind, e, c.role, c.inQuote, c.subject));
    }
    return out;
  }

  private static int[] sentenceIndex(List<Token> tokens, List<Sentence> sentences) {
    int[] index = new int[tokens.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        index[t] = s;
      }
    }
    return index;
  }

  /** The spans inside quote marks, for "is this mention the reporter's or the speaker's?" */
  private static final class QuotedRegions {
    private final List<MarkedQuote> quotes;

    QuotedRegions(List<MarkedQuote> quotes) {
      this.quotes = quotes;
    }

    boolean contains(Span span) {
      for (MarkedQuote q : quotes) {
        if (!q.single() && q.content().contains(span)) {
          return true;
        }
      }
      return false;
    }
  }
}
