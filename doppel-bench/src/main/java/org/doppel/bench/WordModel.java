package org.doppel.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A small statistical model of English news prose: function words, a few thousand content words
 * with Zipfian frequencies (real news words at the top ranks, pronounceable made-up words below),
 * people's names, numbers, dates and stock phrases. Fixed: it does not depend on the corpus seed, so
 * corpora of every seed speak the same language. Immutable and thread-safe.
 */
final class WordModel {
  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private static final String[] FUNCTION_WORDS = ("the of to and a in that is for on it with as was at by he be this from "
      + "have are an they which or but not had has his their its were been would will there we who more also after "
      + "than into over about said could when other up some out new them can two only if her so last first most "
      + "while against between under during since before where because these those many such both").split(" ");

  private static final String[] NEWS_WORDS = ("government year people police minister president state country city "
      + "week company market report council official officials state public group members percent month time "
      + "plan million billion party election vote court case health school children family water service "
      + "workers business economy budget tax money price prices support policy decision statement announced "
      + "according including told added expected called local national international security forces military "
      + "attack killed injured hospital investigation charged arrested trial judge law rules bill parliament "
      + "leader leaders talks deal agreement meeting crisis growth rate bank interest energy oil gas climate "
      + "change weather storm flood fire residents area region border trade exports jobs industry sales shares "
      + "investors profit loss quarter analysts data research study university students teachers hospital "
      + "patients doctors virus cases vaccine program project development housing homes road transport train "
      + "airport flights passengers team season match game players coach club league win lost victory final "
      + "record history community director chief executive spokesman spokeswoman department agency committee "
      + "federal regional district county town village street centre center office staff union strike protest "
      + "demonstrators campaign candidate voters opposition coalition reform system network technology internet "
      + "online phone users digital media television newspaper radio film music festival art museum").split(" ");

  private static final String[] VERBS = ("said says told announced reported warned claimed denied confirmed "
      + "expected plans wants needs made took gave found showed raised cut increased reduced opened closed "
      + "launched signed approved rejected agreed called asked urged met visited left returned began started").split(" ");

  private static final String[] FIRST_NAMES = ("James Mary John Patricia Robert Jennifer Michael Linda William "
      + "Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa "
      + "Anthony Betty Mark Margaret Paul Sandra Steven Ashley Andrew Emily Kenneth Donna Joshua Michelle Kevin "
      + "Carol Brian Amanda George Melissa Edward Deborah Ahmed Fatima Wei Mei Carlos Maria Hiroshi Yuki Olga Ivan "
      + "Priya Rahul Kwame Amara Lars Ingrid Pierre Claire Giovanni Sofia Jane").split(" ");

  private static final String[] LAST_NAMES = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez "
      + "Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
      + "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
      + "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Khan Chen Wang Tanaka "
      + "Ivanova Petrov Sharma Okafor Mensah Larsen Dubois Rossi Doe Schmidt Novak").split(" ");

  private static final String[] PLACES = ("London Paris Berlin Madrid Rome Washington Chicago Boston Toronto "
      + "Sydney Melbourne Tokyo Beijing Delhi Mumbai Lagos Nairobi Cairo Dublin Brussels Geneva Vienna Warsaw "
      + "Oslo Stockholm Lisbon Athens Istanbul Moscow Kyiv Seoul Jakarta Manila Lima Bogota Brasilia Mexico Texas "
      + "California Ontario Scotland Wales Bavaria Queensland").split(" ");

  private static final String[] STOCK_PHRASES = {"according to a statement", "said in a statement on",
      "declined to comment on", "at the end of the year", "for the first time since", "in a statement released",
      "did not respond to a request for comment", "the number of people", "over the past few years",
      "at the same time", "is expected to", "one of the most", "as well as", "in the wake of",
      "told reporters on", "a spokesman for the", "it was not immediately clear"};

  private static final String[] SITES = {"Daily Herald", "Morning Post", "City Times", "News Wire", "The Chronicle",
      "Evening Standard", "Metro Online", "Global Report", "The Observer Online", "Courier", "Gazette Today",
      "Valley News", "Coastal Tribune", "National Desk"};

  /**
   * The model every synthetic corpus speaks, 4,000 content words ({@link SyntheticCorpus}, {@link SyntheticArticle}).
   * Declared after the word lists above: static fields are set in the order written, and the constructor reads them.
   */
  static final WordModel NEWS = new WordModel(4000);

  private final String[] content;
  private final double[] contentCdf;
  private final double[] functionCdf;
  private final int[] synonym;
  private final Map<String, Integer> contentRank = new HashMap<>();
  private final Set<String> functionWords = new HashSet<>(List.of(FUNCTION_WORDS));

  WordModel(int vocabularySize) {
    SplittableRandom random = new SplittableRandom(0x5EED_0F_DA7AL);
    Set<String> words = new LinkedHashSet<>();
    // Interleave real news words and verbs at the top ranks so the common words read as English.
    for (int i = 0; i < Math.max(NEWS_WORDS.length, VERBS.length); i++) {
      if (i < NEWS_WORDS.length) words.add(NEWS_WORDS[i]);
      if (i < VERBS.length) words.add(VERBS[i]);
    }
    words.removeAll(functionWords);
    String[] onsets = {"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cr", "dr",
        "gr", "pr", "st", "tr", "ch", "sh", "th", "pl", "cl", "sp"};
    String[] vowels = {"a", "e", "i", "o", "u", "ea", "ai", "ou", "io"};
    String[] codas = {"", "", "n", "r", "s", "t", "l", "nd", "st", "rt", "m", "ng", "ck"};
    String[] suffixes = {"", "", "", "s", "ed", "ing", "er", "ion", "ment", "ly", "al", "ity"};
    while (words.size() < vocabularySize) {
      StringBuilder w = new StringBuilder();
      int syllables = 1 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        w.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
        if (s == syllables - 1 || random.nextInt(3) == 0) w.append(codas[random.nextInt(codas.length)]);
      }
      w.append(suffixes[random.nextInt(suffixes.length)]);
      if (w.length() >= 3 && !functionWords.contains(w.toString())) words.add(w.toString());
    }
    content = words.toArray(String[]::new);
    for (int i = 0; i < content.length; i++) {
      contentRank.put(content[i], i);
    }
    contentCdf = zipfCdf(content.length, 1.0);
    functionCdf = zipfCdf(FUNCTION_WORDS.length, 0.9);
    // A fixed "synonym" for every content word: a word of similar frequency, used by paraphrases.
    synonym = new int[content.length];
    for (int i = 0; i < content.length; i++) {
      synonym[i] = (i ^ 1) < content.length ? i ^ 1 : i - 1;
    }
  }

  private static double[] zipfCdf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  private static int draw(double[] cdf, SplittableRandom random) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
  }

  String contentWord(SplittableRandom random) {
    return content[draw(contentCdf, random)];
  }

  String functionWord(SplittableRandom random) {
    return FUNCTION_WORDS[draw(functionCdf, random)];
  }

  boolean isContentWord(String word) {
    return contentRank.containsKey(word);
  }

  /** Another word standing for {@code word} in a paraphrase; the word itself when it has none. */
  String synonymOf(String word, SplittableRandom random) {
    Integer rank = contentRank.get(word);
    if (rank == null) {
      return word;
    }
    // Mostly the fixed synonym, sometimes another word of similar rank, as writers vary.
    if (random.nextInt(4) > 0) {
      return content[synonym[rank]];
    }
    int lo = Math.max(0, rank - 20);
    int hi = Math.min(content.length, rank + 21);
    int other = lo + random.nextInt(hi - lo);
    return content[other == rank ? synonym[rank] : other];
  }

  String name(SplittableRandom random) {
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
  }

  String place(SplittableRandom random) {
    return PLACES[random.nextInt(PLACES.length)];
  }

  String site(SplittableRandom random) {
    return SITES[random.nextInt(SITES.length)];
  }

  String stockPhrase(SplittableRandom random) {
    return STOCK_PHRASES[random.nextInt(STOCK_PHRASES.length)];
  }

  String number(SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> Integer.toString(2 + random.nextInt(98));
      case 1 -> Integer.toString(100 + random.nextInt(9900));
      case 2 -> (1 + random.nextInt(99)) + "." + random.nextInt(10) + " percent";
      case 3 -> "$" + (1 + random.nextInt(999)) + " million";
      case 4 -> (1 + random.nextInt(30)) + "," + String.format("%03d", random.nextInt(1000));
      default -> (1 + random.nextInt(9)) + "." + random.nextInt(10) + " billion";
    };
  }

  String date(SplittableRandom random) {
    return (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)];
  }

  String fullDate(SplittableRandom random) {
    return date(random) + " " + (2012 + random.nextInt(12));
  }

  /** Tokens of one sentence; punctuation marks are tokens of their own. */
  List<String> sentence(SplittableRandom random) {
    List<String> tokens = new ArrayList<>();
    int length = 8 + random.nextInt(20);
    if (random.nextInt(3) == 0) {
      addWords(tokens, name(random));
      tokens.add(VERBS[random.nextInt(6)]);
    }
    while (tokens.size() < length) {
      int r = random.nextInt(100);
      if (r < 44) {
        tokens.add(functionWord(random));
      } else if (r < 90) {
        tokens.add(contentWord(random));
      } else if (r < 93) {
        addWords(tokens, name(random));
      } else if (r < 95) {
        tokens.add(place(random));
      } else if (r < 97) {
        addWords(tokens, number(random));
      } else if (r < 98) {
        tokens.add("on");
        addWords(tokens, date(random));
      } else if (r < 99) {
        addWords(tokens, stockPhrase(random));
      } else if (tokens.size() > 3) {
        tokens.add(",");
      }
    }
    if (random.nextInt(8) == 0) {
      tokens.add(",");
      tokens.add(random.nextBoolean() ? "he" : "she");
      tokens.add("said");
    }
    tokens.add(".");
    return tokens;
  }

  List<String> title(SplittableRandom random) {
    List<String> tokens = new ArrayList<>();
    int length = 5 + random.nextInt(6);
    while (tokens.size() < length) {
      int r = random.nextInt(10);
      if (r < 3) tokens.add(functionWord(random));
      else if (r < 9) tokens.add(contentWord(random));
      else tokens.add(place(random));
    }
    return tokens;
  }

  private static void addWords(List<String> tokens, String words) {
    for (String w : words.split(" ")) {
      tokens.add(w);
    }
  }
}
