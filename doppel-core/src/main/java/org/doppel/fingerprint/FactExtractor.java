package org.doppel.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doppel.document.Document;
import org.doppel.document.Hashing;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;

/**
 * Finds the facts of a document's content (see {@link FactKind}). The idea comes from work on spun
 * content (Zhang et al., "Detecting spun content", 2014): spinners replace ordinary words with
 * synonyms but leave "immutable" words alone, so what survives a rewrite is what identifies it.
 *
 * <p>Keys are built from the normalised word hashes, so "482 km" and "482 KM" give one key, and a
 * name keeps its key wherever in the sentence it moves. A single capitalised word that opens a
 * sentence is not a name ("The", "Officially"): it is capitalised because of its position.
 *
 * <p>A pure function; thread-safe.
 */
public final class FactExtractor {
  static final int MIN_QUOTE_WORDS = 4;
  /** The longest name, in words, looked for in a caseless text ({@link #namesIn}). */
  static final int MAX_NAME_WORDS = 4;
  /**
   * What the fact keys mean, for the standing index's layout check: an index whose caseless texts were keyed before
   * their names counted ({@link CaselessNameKeys}) would find other candidates than a scan, so it must be rebuilt.
   */
  public static final String KEYS_LAYOUT = "fact keys with caseless names by the model vocabulary";
  private static final long NUMBER_SALT = 0x51_7C_C1_B7_27_22_0A_95L;
  private static final long NAME_SALT = 0x2545_F491_4F6C_DD1DL;
  private static final long QUOTE_SALT = 0x9E37_79B9_7F4A_7C15L;

  /** Receives each fact {@link #forEachFact} finds: its kind, its words {@code first..end - 1} and its key. */
  @FunctionalInterface
  public interface FactSink {
    void accept(FactKind kind, int first, int end, int key);
  }

  public List<Fact> extract(Document document, List<Sentence> sentences) {
    String text = document.text();
    TokenSequence words = document.words();
    List<Fact> facts = new ArrayList<>();
    forEachFact(text, words, sentences, (kind, first, end, key) ->
        facts.add(new Fact(kind, text.substring(words.start(first), words.end(end - 1)), key)));
    return facts;
  }

  /**
   * The distinct keys of the facts of {@code document}'s {@code sentences}, sorted: what a fingerprint keeps, found
   * without the facts' texts (a substring and a record a fact, for every document added). A caseless text's keys
   * hold its names by the model vocabulary too ({@link CaselessNameKeys}), so that it meets a cased rewrite as a
   * rewrite candidate; {@link #extract} leaves them out, since the verification finds a caseless text's names
   * against the other text's ({@link #namesIn}), which is surer than a vocabulary's guess.
   */
  public int[] keys(Document document, List<Sentence> sentences) {
    Keys keys = new Keys();
    forEachFact(document.text(), document.words(), sentences, keys);
    if (SentenceSplitter.isCaseless(document.text())) {
      // no capitals to find its names by: the candidate stage keys the names the model vocabulary marks instead
      CaselessNameKeys.forEach(document.text(), document.words(), sentences, keys);
    }
    return sortedDistinct(keys.keys, keys.count);
  }

  /** The keys of the facts it is given, in a growable array. */
  private static final class Keys implements FactSink {
    private int[] keys = new int[32];
    private int count;

    @Override
    public void accept(FactKind kind, int first, int end, int key) {
      if (count == keys.length) {
        keys = Arrays.copyOf(keys, 2 * count);
      }
      keys[count++] = key;
    }
  }

  /**
   * Calls {@code sink} with each fact of {@code sentences} (of {@code words}, tokenised from {@code text}), in the
   * order {@link #extract} lists them. A fact's words are consecutive words of one sentence (no break inside), so
   * the words of its text are exactly these.
   */
  public void forEachFact(String text, TokenSequence words, List<Sentence> sentences, FactSink sink) {
    for (Sentence sentence : sentences) {
      for (int i = sentence.first(); i < sentence.end(); ) {
        // the tokenizer's flags, not the text's chars: asking every char of every word for a digit was most of this
        if (words.hasDigit(i)) {
          i = addNumber(words, text, i, sentence, sink);
        } else if (words.startsUpperCase(i) && !StopWords.contains(words.hash(i))) {
          i = addName(words, text, i, sentence, sink);
        } else {
          i++;
        }
      }
      addQuotes(words, text, sentence, sink);
    }
  }

  /**
   * The names among {@code others} (another document's facts) that a caseless document states: a text written
   * all in lower case (some news datasets are) has no capitals to find its names by, but the names of a text
   * it may copy can still be found in it as runs of its words. Keys are built from the normalised word hashes,
   * so "meghan markle" gives the key of "Meghan Markle". Each name once, as written in the caseless text.
   */
  public List<Fact> namesIn(Document caseless, List<Sentence> sentences, List<Fact> others) {
    Set<Integer> wanted = new HashSet<>();
    for (Fact fact : others) {
      if (fact.kind() == FactKind.NAME) {
        wanted.add(fact.key());
      }
    }
    if (wanted.isEmpty()) {
      return List.of();
    }
    TokenSequence words = caseless.words();
    String text = caseless.text();
    List<Fact> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      for (int i = sentence.first(); i < sentence.end(); i++) {
        if (StopWords.contains(words.hash(i))) {
          continue;
        }
        long h = NAME_SALT;
        for (int w = i; w < Math.min(sentence.end(), i + MAX_NAME_WORDS); w++) {
          if (w > i && !onlySpaces(text, words.end(w - 1), words.start(w))) {
            break;
          }
          h = chained(h, words.hash(w));
          int key = factKey(h);
          if (wanted.remove(key)) {
            found.add(new Fact(FactKind.NAME, text.substring(words.start(i), words.end(w)), key));
          }
        }
      }
    }
    return found;
  }

  /** The distinct keys of {@code facts}, sorted: what a fingerprint keeps. */
  public static int[] keys(List<Fact> facts) {
    int[] keys = new int[facts.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = facts.get(i).key();
    }
    return sortedDistinct(keys, keys.length);
  }

  /** The distinct values of {@code values[0..count)}, sorted; sorts {@code values} in place. */
  private static int[] sortedDistinct(int[] values, int count) {
    Arrays.sort(values, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || values[i] != values[distinct - 1]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  /** Adds the number at word {@code i}, with its unit when it has one; returns the next word to look at. */
  private static int addNumber(TokenSequence words, String text, int i, Sentence sentence, FactSink facts) {
    long number = Hashing.mix(words.hash(i) ^ NUMBER_SALT);
    int next = i + 1;
    boolean unit = next < sentence.end() && onlySpaces(text, words.end(i), words.start(next))
        && !StopWords.contains(words.hash(next)) && !words.hasDigit(next);
    if (unit) {
      facts.accept(FactKind.NUMBER, i, next + 1, key(Hashing.mix(number + 31 * words.hash(next))));
      return next + 1;
    }
    if (words.end(i) - words.start(i) >= 2) {
      // a lone single digit ("3") is too common to be a fact; "1948" or "482" is not
      facts.accept(FactKind.NUMBER, i, i + 1, key(number));
    }
    return i + 1;
  }

  private static int addName(TokenSequence words, String text, int i, Sentence sentence, FactSink facts) {
    int end = i + 1;
    while (end < sentence.end() && words.startsUpperCase(end)
        && !StopWords.contains(words.hash(end)) && onlySpaces(text, words.end(end - 1), words.start(end))) {
      end++;
    }
    if (i > sentence.first()) {
      addName(words, i, end, facts);
    } else if (end - i >= 2) {
      // the sentence's first word is capitalised anyway: "Pedro Pardo took" or "Photographer Pedro Pardo"?
      addName(words, i, end, facts);
      addName(words, i + 1, end, facts);
    }
    return end;
  }

  /** Keys words {@code from..end - 1} as one name ({@link CaselessNameKeys} keys a caseless text's names alike). */
  static void addName(TokenSequence words, int from, int end, FactSink facts) {
    long h = NAME_SALT;
    for (int w = from; w < end; w++) {
      h = chained(h, words.hash(w));
    }
    facts.accept(FactKind.NAME, from, end, factKey(h));
  }

  /** Quotations keyed by their first and last two words: a spinner that keeps a quote keeps both ends. */
  private static void addQuotes(TokenSequence words, String text, Sentence sentence, FactSink facts) {
    int open = -1;
    for (int i = sentence.first(); i < sentence.end(); i++) {
      // outside a quotation, the tokenizer's flag for the char before each word, not the text's char
      if (open < 0 && !words.followsOpeningQuote(i)) {
        continue;
      }
      int gapStart = i == sentence.first() ? Math.max(0, words.start(i) - 2) : words.end(i - 1);
      int gapEnd = words.start(i);
      if (open < 0 && gapEnd > gapStart) {
        open = i;
      } else if (open >= 0 && closesQuote(text, gapStart, gapEnd) && i - open >= MIN_QUOTE_WORDS) {
        addQuote(words, open, i, facts);
        open = -1;
      }
    }
    if (open >= 0 && sentence.end() - open >= MIN_QUOTE_WORDS) {
      int last = sentence.end() - 1;
      int after = Math.min(text.length(), words.end(last) + 3);
      if (closesQuote(text, words.end(last), after)) {
        addQuote(words, open, sentence.end(), facts);
      }
    }
  }

  private static void addQuote(TokenSequence words, int from, int end, FactSink facts) {
    long h = QUOTE_SALT;
    for (int w : new int[] {from, from + 1, end - 2, end - 1}) {
      h = chained(h, words.hash(w));
    }
    facts.accept(FactKind.QUOTE, from, end, factKey(h));
  }

  private static boolean closesQuote(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch == '”' || ch == '"' || ch == '»' || ch == '“') {
        return true;
      }
    }
    return false;
  }

  static boolean onlySpaces(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch != ' ' && ch != '-' && ch != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  private static int key(long hash) {
    return (int) (hash >>> 32);
  }

  /**
   * {@code h} extended by one more word: names and quotations are keyed by their words' hashes chained in
   * order, so that {@link #namesIn} finds, word by word, the key {@link #addName} gave a whole name.
   */
  private static long chained(long h, long wordHash) {
    return h * 0x9E3779B97F4A7C15L + wordHash;
  }

  /** The key of a fact whose words were {@link #chained}. */
  private static int factKey(long chained) {
    return key(Hashing.mix(chained));
  }
}
