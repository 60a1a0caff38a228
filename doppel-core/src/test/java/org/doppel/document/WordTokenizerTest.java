package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
  private final WordTokenizer tokenizer = new WordTokenizer();

  private TokenSequence tokenize(String text) {
    return tokenizer.tokenize(text, List.of());
  }

  private static List<String> words(String text, TokenSequence tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(text.substring(tokens.start(i), tokens.end(i)));
    }
    return out;
  }

  @Test
  void spansCutExactlyEachWordOutOfTheOriginalText() {
    String text = "  Hello, world!\n\n“Don’t” stop — café 42nd…";
    TokenSequence tokens = tokenize(text);
    assertThat(words(text, tokens)).containsExactly("Hello", "world", "Don", "t", "stop", "café", "42nd");
  }

  @Test
  void spanOfARangeRunsFromTheFirstWordStartToTheLastWordEnd() {
    String text = "The quick, brown fox.";
    TokenSequence tokens = tokenize(text);
    assertThat(tokens.span(1, 3).of(text)).isEqualTo("quick, brown fox");
  }

  @Test
  void caseDoesNotChangeTheHash() {
    assertThat(tokenize("Hello WORLD").hash(0)).isEqualTo(tokenize("hello world").hash(0));
    assertThat(tokenize("Hello WORLD").hash(1)).isEqualTo(tokenize("hello world").hash(1));
    assertThat(tokenize("ÉCOLE").hash(0)).isEqualTo(tokenize("école").hash(0));
  }

  @Test
  void asciiWordsHashLikeHashingOfTheirLowerCaseChars() {
    assertThat(tokenize("Word").hash(0)).isEqualTo(Hashing.ofChars("word"));
  }

  /**
   * The tokeniser folds ASCII and the accented Latin letters char by char, without Normalizer: right only if
   * no two such chars compose under NFKC. Every pair of word chars of U+0000..U+024F, and each of them next
   * to a dash or quote of the general punctuation block, tokenises as Normalizer and toLowerCase define it.
   */
  @Test
  void latinLettersFoldedCharByCharHashAsNfkcAndLowerCaseDefineThem() {
    List<Character> wordChars = new ArrayList<>();
    for (char c = 0; c <= 0x24F; c++) {
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        wordChars.add(c);
      }
    }
    assertThat(wordChars).hasSizeGreaterThan(450);
    for (char x : wordChars) {
      for (char y : wordChars) {
        String word = "" + x + y;
        TokenSequence tokens = tokenize(word);
        assertThat(tokens.size()).as(word).isEqualTo(1);
        assertThat(tokens.hash(0)).as(word).isEqualTo(definedHash(word));
      }
      String text = "\u2014" + x + "\u201d";
      assertThat(tokenize(text).hash(0)).as(text).isEqualTo(definedHash(String.valueOf(x)));
    }
  }

  @Test
  void wordsWithCompatibilityAndSpecialCaseLettersHashAsDefined() {
    for (String word : List.of("İstanbul", "ſtraße", "µm", "x²", "ĳssel", "ŉ", "ªb", "Ŀl", "e\u0301cole", "ǅemal", "Ωmega")) {
      assertThat(tokenize(word).hash(0)).as(word).isEqualTo(definedHash(word));
    }
  }

  private static long definedHash(String word) {
    return Hashing.ofChars(WordFolding.caselessLetters(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void turkishAndGreekCapitalsHashAsTheirLowerCaseWords() {
    // Turkish capitals: ı is I, i is İ; lower case alone made "KIŞ" "kiş" and "İZMİR" "i̇zmi̇r" (a combining dot)
    for (String[] same : new String[][] {{"KIŞ", "kış"}, {"İZMİR", "İzmir"}, {"İzmir", "Izmir"}, {"ILIK", "ılık"}, {"I\u0307ZMIR", "izmir"},
        // Greek capitals drop the accent; a capital sigma lowers to σ, a word's last to ς
        {"ΣΥΡΟ", "Σύρο"}, {"ΑΚΤΟΠΛΟΙΚΗ", "ακτοπλοϊκή"}, {"ΟΔΟΣ", "οδός"}, {"ΠΡΟΣΘΕΣΕ", "πρόσθεσε"}}) {
      assertThat(tokenize(same[0]).hash(0)).as(same[0]).isEqualTo(tokenize(same[1]).hash(0));
    }
    // other letters keep their marks: an accent is not case
    assertThat(tokenize("école").hash(0)).isNotEqualTo(tokenize("ecole").hash(0));
    assertThat(tokenize("żeromskiego").hash(0)).isNotEqualTo(tokenize("zeromskiego").hash(0));
  }

  @Test
  void aLigatureHashesLikeItsLetters() {
    TokenSequence ligature = tokenize("\uFB01le");
    assertThat(ligature.size()).isEqualTo(1);
    assertThat(ligature.hash(0)).isEqualTo(tokenize("file").hash(0));
  }

  @Test
  void fullWidthLettersHashLikeAscii() {
    TokenSequence fullWidth = tokenize("ＡＢＣ１２３");
    assertThat(fullWidth.size()).isEqualTo(1);
    assertThat(fullWidth.hash(0)).isEqualTo(tokenize("abc123").hash(0));
  }

  @Test
  void composedAndDecomposedAccentsHashAlike() {
    assertThat(tokenize("caf\u00e9").hash(0)).isEqualTo(tokenize("cafe\u0301").hash(0));
  }

  @Test
  void curlyAndStraightApostrophesGiveEqualHashes() {
    TokenSequence curly = tokenize("don’t");
    TokenSequence straight = tokenize("don't");
    assertThat(curly.size()).isEqualTo(2).isEqualTo(straight.size());
    assertThat(curly.hash(0)).isEqualTo(straight.hash(0));
    assertThat(curly.hash(1)).isEqualTo(straight.hash(1));
  }

  @Test
  void differentWordsHashDifferently() {
    TokenSequence tokens = tokenize("cat dog");
    assertThat(tokens.hash(0)).isNotEqualTo(tokens.hash(1));
  }

  @Test
  void aRemovedSpanIsSkippedAndLeavesABreak() {
    String text = "one two three\nBy Jane Voe\nfour five six";
    int start = text.indexOf("By");
    Span removed = new Span(start, start + "By Jane Voe".length());
    TokenSequence tokens = tokenizer.tokenize(text, List.of(removed));
    assertThat(words(text, tokens)).containsExactly("one", "two", "three", "four", "five", "six");
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tokens.isBreakBefore(i)).as("break before word %d", i).isEqualTo(i == 3);
    }
  }

  @Test
  void aRemovedSpanAtTheStartLeavesNoBreakBeforeTheFirstWord() {
    String text = "Advertisement\nreal text here";
    TokenSequence tokens = tokenizer.tokenize(text, List.of(new Span(0, "Advertisement".length())));
    assertThat(words(text, tokens)).containsExactly("real", "text", "here");
    assertThat(tokens.isBreakBefore(0)).isFalse();
  }

  @Test
  void firstWordsOfLinesAreLineStarts() {
    String text = "alpha beta\ngamma delta epsilon\n\n  zeta";
    TokenSequence tokens = tokenize(text);
    boolean[] expected = {true, false, true, false, false, true};
    for (int i = 0; i < expected.length; i++) {
      assertThat(tokens.isLineStart(i)).as("line start of word %d", i).isEqualTo(expected[i]);
    }
  }

  @Test
  void aWordAfterARemovedLineStartsALine() {
    String text = "one two\nBy Jane Voe\nthree four";
    int start = text.indexOf("By");
    TokenSequence tokens = tokenizer.tokenize(text, List.of(new Span(start, start + 11)));
    assertThat(tokens.isLineStart(2)).isTrue();
  }

  @Test
  void wholeLinesAreRunsFromALineStartToTheEndOfALine() {
    TokenSequence tokens = tokenize("alpha beta\ngamma delta epsilon\nzeta");
    assertThat(tokens.isWholeLines(0, 1)).isTrue();
    assertThat(tokens.isWholeLines(2, 4)).isTrue();
    assertThat(tokens.isWholeLines(0, 4)).isTrue();
    assertThat(tokens.isWholeLines(5, 5)).isTrue();
    assertThat(tokens.isWholeLines(0, 0)).isFalse();
    assertThat(tokens.isWholeLines(1, 2)).isFalse();
    assertThat(tokens.isWholeLines(2, 3)).isFalse();
  }

  @Test
  void punctuationOnlyTextHasNoWords() {
    assertThat(tokenize(" … — !? \n ").size()).isZero();
    assertThat(tokenize("").size()).isZero();
  }

  @Test
  void supplementaryLettersStayInsideOneWord() {
    String text = "a\uD835\uDC00b next"; // MATHEMATICAL BOLD CAPITAL A between a and b
    TokenSequence tokens = tokenize(text);
    assertThat(words(text, tokens)).containsExactly("a\uD835\uDC00b", "next");
  }

  @Property(tries = 500)
  void everyTokenSpanIsInBoundsNonEmptyAndIncreasing(@ForAll("awkwardText") String text) {
    assertSpansWellFormed(text, tokenize(text));
  }

  @Property(tries = 300)
  void everyTokenSpanIsWellFormedForAnyString(@ForAll String text) {
    assertSpansWellFormed(text, tokenize(text));
  }

  @Test
  void flagsSayWhetherAWordHoldsADigitAndHowItStarts() {
    TokenSequence tokens = tokenize("In 1948 G7 met at Ａ２ ٣٤ x9 Émile 中");
    // In, 1948, G7, met, at, Ａ２, ٣٤, x9, Émile, 中
    assertThat(tokens.size()).isEqualTo(10);
    boolean[] digit = {false, true, true, false, false, true, true, true, false, false};
    boolean[] upper = {true, false, true, false, false, true, false, false, true, false};
    boolean[] digitFirst = {false, true, false, false, false, false, true, false, false, false};
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tokens.hasDigit(i)).as("digit in word %d", i).isEqualTo(digit[i]);
      assertThat(tokens.startsUpperCase(i)).as("capital first in word %d", i).isEqualTo(upper[i]);
      assertThat(tokens.startsWithDigit(i)).as("digit first in word %d", i).isEqualTo(digitFirst[i]);
    }
  }

  /** The flags are what a reader of the text gets by asking Character about the word's chars. */
  @Property(tries = 500)
  void flagsAgreeWithCharacterOnTheWordsChars(@ForAll("awkwardText") String text) {
    TokenSequence tokens = tokenize(text);
    for (int i = 0; i < tokens.size(); i++) {
      boolean digit = false;
      for (int c = tokens.start(i); c < tokens.end(i); c++) {
        digit |= Character.isDigit(text.charAt(c));
      }
      char first = text.charAt(tokens.start(i));
      assertThat(tokens.hasDigit(i)).isEqualTo(digit);
      assertThat(tokens.startsUpperCase(i)).isEqualTo(Character.isUpperCase(first));
      assertThat(tokens.startsWithDigit(i)).isEqualTo(Character.isDigit(first));
      int start = tokens.start(i);
      assertThat(tokens.followsOpeningQuote(i)).isEqualTo(start > 0 && "\"“«„".indexOf(text.charAt(start - 1)) >= 0);
    }
  }

  @Test
  void flagsSayWhetherAQuotationOpensRightBeforeAWord() {
    TokenSequence tokens = tokenize("He said \"we go\", “Yes” «non» „ja“ ”no” 'x' \" late");
    // He, said, we, go, Yes, non, ja, no, x, late
    boolean[] quoted = {false, false, true, false, true, true, true, false, false, false};
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tokens.followsOpeningQuote(i)).as("quote before word %d", i).isEqualTo(quoted[i]);
    }
  }

  private static void assertSpansWellFormed(String text, TokenSequence tokens) {
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.start(i);
      int end = tokens.end(i);
      assertThat(start).isGreaterThanOrEqualTo(previousEnd);
      assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(text.length());
      // a word never starts on a low surrogate, nor ends between a high and a low surrogate
      assertThat(Character.isLowSurrogate(text.charAt(start))).isFalse();
      assertThat(Character.isHighSurrogate(text.charAt(end - 1))).isFalse();
      previousEnd = end;
    }
  }

  @Provide
  Arbitrary<String> awkwardText() {
    return Arbitraries.of("a", "Z", "9", " ", "\"", "“", "”", "«", "„", "\n", "\t", "’", "'", ".", "-", "😀", "\uD835\uDC00", "\u0301", "\u20DD",
            "e\u0301", "\uFB01", "Ａ", "ß", "İ", "\uD800", "\uDC00", "中", "ـ", "²", "\u00A0", "٣", "２", "É", "\uD835\uDFCE")
        .list().ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  /**
   * The loop that reads plain ASCII words in place gives the words, spans, hashes and flags that the general path gives
   * when it reads every word: on text mixing ASCII with accented and other-script letters, digits of other scripts,
   * apostrophes, soft hyphens and other joiners, surrogate pairs (lone ones too), quotes, line ends and removed spans.
   */
  @Property(tries = 1000)
  void asciiWordsReadInPlaceAreTheGeneralPathsWords(@ForAll("mixedText") String text, @ForAll("cuts") List<Integer> cuts) {
    List<Span> removed = spansAt(cuts, text.length());
    char[] chars = text.toCharArray();
    assertSameTokens(tokenizer.tokenize(chars, chars.length, removed), WordTokenizer.tokenizeWordByWord(chars, chars.length, removed));
  }

  @Test
  void asciiWordsNextToOtherLettersJoinersAndPairsReadAsTheGeneralPathReadsThem() {
    String[] texts = {
        "Trovan\u00ADzeit ends soft\u00AD\nnext", "caf\u00E9 naïve Ölvaster señor", "don’t can't “Quoted” «guill» „unten“",
        "x9 9x 2026’s Q\u0301uill ｆｕｌｌ Ａ２ ٣٤ab ab٣٤", "zPhonix用 用zPhonix abc\u200Bdef ab\u200D\u200Dcd",
        "Bold\uD835\uDC00face \uD83D\uDE00smile lone\uD800 \uDC00lone", "ΞΕΝΟΦΑΡ straße İNDRAVO ﬁnal", "\"ab\"\n\"cd\"\r\nEF"};
    for (String text : texts) {
      char[] chars = text.toCharArray();
      for (List<Span> removed : List.of(List.<Span>of(), List.of(new Span(3, 6)), List.of(new Span(0, 1), new Span(10, 12)))) {
        assertSameTokens(tokenizer.tokenize(chars, chars.length, removed), WordTokenizer.tokenizeWordByWord(chars, chars.length, removed));
      }
    }
  }

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.of("a", "Qu", "zeta", "X", "7", "42", " ", "  ", "\n", "\"", "“", "«", "„", "’", "'", "-", ",", "\u00AD", "\u200B",
            "\u200D", "é", "Ö", "ß", "ł", "\u0301", "İ", "ΐ", "Σ", "中文", "が", "٣", "２", "Ａ", "\uFB01", "\uD835\uDC00", "\uD83D\uDE00",
            "\uD800", "\uDC00", "\u2014", "\u00A0")
        .list().ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 200).list().ofMaxSize(4);
  }

  /** Sorted, non-overlapping spans of {@code [0, length)}, two bounds from each pair of {@code cuts}. */
  private static List<Span> spansAt(List<Integer> cuts, int length) {
    List<Integer> bounds = cuts.stream().map(c -> Math.min(c, length)).sorted().toList();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i += 2) {
      if (bounds.get(i) < bounds.get(i + 1)) {
        spans.add(new Span(bounds.get(i), bounds.get(i + 1)));
      }
    }
    return spans;
  }

  private static void assertSameTokens(TokenSequence actual, TokenSequence expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.hash(i)).as("hash of word %d", i).isEqualTo(expected.hash(i));
      assertThat(actual.start(i)).as("start of word %d", i).isEqualTo(expected.start(i));
      assertThat(actual.end(i)).as("end of word %d", i).isEqualTo(expected.end(i));
      assertThat(actual.isBreakBefore(i)).as("break before word %d", i).isEqualTo(expected.isBreakBefore(i));
      assertThat(actual.isLineStart(i)).as("line start at word %d", i).isEqualTo(expected.isLineStart(i));
      assertThat(actual.hasDigit(i)).isEqualTo(expected.hasDigit(i));
      assertThat(actual.startsUpperCase(i)).isEqualTo(expected.startsUpperCase(i));
      assertThat(actual.startsWithDigit(i)).isEqualTo(expected.startsWithDigit(i));
      assertThat(actual.followsOpeningQuote(i)).isEqualTo(expected.followsOpeningQuote(i));
    }
  }

  /** The hash of each word: the text a word stands for, which for a pair of letters is both letters. */
  private static List<Long> hashes(TokenSequence tokens) {
    return java.util.stream.IntStream.range(0, tokens.size()).mapToObj(tokens::hash).toList();
  }

  @Test
  void aRunOfKanaAndKanjiIsOverlappingPairsOfLetters() {
    TokenSequence run = tokenize("雨が降った");
    assertThat(hashes(run)).containsExactly(hashes(tokenize("雨が")).get(0), hashes(tokenize("が降")).get(0),
        hashes(tokenize("降っ")).get(0), hashes(tokenize("った")).get(0));
  }

  @Test
  void spansOfPairsDoNotOverlapAndTheRunsLastWordReachesItsEnd() {
    String text = "今日は晴れ。明日";
    TokenSequence tokens = tokenize(text);
    assertThat(words(text, tokens)).containsExactly("今", "日", "は", "晴れ", "明日");
    assertThat(tokens.span(0, 3).of(text)).isEqualTo("今日は晴れ");
  }

  @Test
  void aLoneLetterBetweenOtherCharsIsAWordOfItsOwn() {
    String text = "2024年5月";
    TokenSequence tokens = tokenize(text);
    assertThat(words(text, tokens)).containsExactly("2024", "年", "5", "月");
  }

  @Test
  void aLatinWordEndsWhereAKanjiBegins() {
    String text = "iPhone用の新型";
    TokenSequence tokens = tokenize(text);
    assertThat(words(text, tokens)).containsExactly("iPhone", "用", "の", "新型"); // spans of 用の, の新, 新型
    assertThat(tokens.hash(0)).isEqualTo(tokenize("iphone").hash(0));
  }

  @Test
  void hangulSyllablesArePairsAndSpacesStillSeparate() {
    String text = "서울 날씨가";
    TokenSequence tokens = tokenize(text);
    assertThat(tokens.size()).isEqualTo(3); // 서울; 날씨, 씨가
    assertThat(tokens.hash(0)).isEqualTo(tokenize("서울").hash(0));
    assertThat(tokens.hash(1)).isEqualTo(tokenize("날씨").hash(0));
  }

  @Test
  void halfWidthKatakanaIsTheFullWidthWord() {
    assertThat(hashes(tokenize("ﾃﾚﾋﾞ"))).isNotEmpty();
    assertThat(hashes(tokenize("ﾆｭｰｽ"))).isEqualTo(hashes(tokenize("ニュース")));
  }

  @Test
  void spacedScriptsKeepTheirWords() {
    String text = "Москва и Αθήνα";
    assertThat(words(text, tokenize(text))).containsExactly("Москва", "и", "Αθήνα");
  }

  @Test
  void ideographsOutsideTheBasicPlaneArePairedByCodePoint() {
    String text = "\uD840\uDC0B\uD840\uDC0Bの";
    TokenSequence tokens = tokenize(text);
    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.span(0, 1).of(text)).isEqualTo(text);
  }

  /** CjkBigrams reads its words' flags with wordFlags: a bigram letter sets no capital or digit bit, only the quote's. */
  @Test
  void bigramLettersSetOnlyTheQuoteFlag() {
    for (char c = 0x1100; c < 0xFFFF; c++) {
      if (!Character.isSurrogate(c) && CjkBigrams.isBigramLetter(c)) {
        char[] text = {'“', c};
        assertThat(WordTokenizer.wordFlags(text, 1, 0)).as("U+%04X", (int) c).isEqualTo(TokenSequence.QUOTE_BEFORE);
        assertThat(WordTokenizer.wordFlags(text, 0, 0)).as("U+%04X at the start", (int) c).isZero();
      }
    }
    char[] supplementary = Character.toChars(0x20000); // its first char, a high surrogate, is what the flags read
    assertThat(WordTokenizer.wordFlags(supplementary, 0, 0)).isZero();
  }

  @Test
  void aQuotedBigramRunFlagsItsFirstWordOnly() {
    TokenSequence tokens = new WordTokenizer().tokenize("“東京都”に", List.of());
    assertThat(tokens.size()).isGreaterThan(2);
    assertThat(tokens.followsOpeningQuote(0)).isTrue();
    for (int i = 1; i < tokens.size(); i++) {
      assertThat(tokens.followsOpeningQuote(i)).as("word %d", i).isFalse();
    }
  }
}
