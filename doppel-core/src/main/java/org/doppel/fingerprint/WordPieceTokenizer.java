package org.doppel.fingerprint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * BERT's uncased WordPiece tokenizer, as the Hugging Face {@code tokenizer.json} of
 * all-MiniLM-L6-v2 describes it: clean the text, put spaces around CJK ideographs, strip accents,
 * lower-case, split on white space and punctuation, then cut each word greedily into the longest
 * pieces of the vocabulary ("unaffable" → "una", "##ffa", "##ble").
 *
 * <p>Written here rather than taken from a tokenizer library because the one that comes with the
 * model unpacks a 14 MB native library into the user's home on first use. Immutable, so threads may
 * share it.
 */
final class WordPieceTokenizer {
  private static final int MAX_CHARS_PER_WORD = 100;
  private static final String CONTINUATION = "##";

  private final Map<String, Integer> vocabulary;
  private final int unknownId;
  private final int classifierId;
  private final int separatorId;

  /**
   * Takes {@code vocabulary} as it is, not a copy (copying 30,522 entries cost 0.02 s of every start that loads the
   * model): nothing may change it afterwards.
   */
  WordPieceTokenizer(Map<String, Integer> vocabulary) {
    this.vocabulary = Collections.unmodifiableMap(vocabulary);
    this.unknownId = idOf("[UNK]");
    this.classifierId = idOf("[CLS]");
    this.separatorId = idOf("[SEP]");
  }

  /**
   * Reads the WordPiece vocabulary of a Hugging Face {@code tokenizer.json}: the object {@code model.vocab}, token
   * to id. Read as a stream of tokens, not as a tree: the file is 0.7 MB of 30,522 entries, and building its tree
   * first cost about 0.3 s of CPU of every scan that loads the model.
   */
  public static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
    Map<String, Integer> vocabulary = new HashMap<>(65_536);
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("tokenizer.json is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("model") && value == JsonToken.START_OBJECT) {
          readVocabulary(parser, vocabulary);
        } else {
          parser.skipChildren();
        }
      }
    }
    if (vocabulary.isEmpty()) {
      throw new IOException("tokenizer.json has no model.vocab object; is it a WordPiece tokenizer?");
    }
    return new WordPieceTokenizer(vocabulary);
  }

  /**
   * The vocabulary as lines of id, tab and token, in the order of the ids, for {@link #fromVocabularyLines}; empty
   * when a token holds a tab or a line break and so cannot be written so.
   */
  Optional<byte[]> vocabularyLines() {
    StringBuilder lines = new StringBuilder(vocabulary.size() * 16);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(vocabulary.entrySet());
    entries.sort(Map.Entry.comparingByValue());
    for (Map.Entry<String, Integer> entry : entries) {
      if (entry.getKey().indexOf('\t') >= 0 || entry.getKey().indexOf('\n') >= 0) {
        return Optional.empty();
      }
      lines.append(entry.getValue()).append('\t').append(entry.getKey()).append('\n');
    }
    return Optional.of(lines.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads what {@link #vocabularyLines} wrote: a tenth of the CPU time of reading the vocabulary from
   * {@code tokenizer.json} (0.03 against 0.3 s when the process starts), which a scan that loads the model pays.
   */
  static WordPieceTokenizer fromVocabularyLines(byte[] lines) throws IOException {
    Map<String, Integer> vocabulary = new HashMap<>(65_536);
    int i = 0;
    while (i < lines.length) {
      int id = 0;
      int digits = 0;
      for (; i < lines.length && lines[i] != '\t'; i++, digits++) {
        if (lines[i] < '0' || lines[i] > '9' || digits > 9) {
          throw new IOException("a vocabulary line does not start with an id and a tab, at byte " + i);
        }
        id = id * 10 + (lines[i] - '0');
      }
      int start = ++i;
      while (i < lines.length && lines[i] != '\n') {
        i++;
      }
      if (digits == 0 || i >= lines.length) {
        throw new IOException("a vocabulary line is cut short, at byte " + start);
      }
      vocabulary.put(new String(lines, start, i - start, StandardCharsets.UTF_8), id);
      i++;
    }
    try {
      return new WordPieceTokenizer(vocabulary);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The entries of {@code vocab}, the parser inside the {@code model} object; leaves it at the object's end. */
  private static void readVocabulary(JsonParser parser, Map<String, Integer> vocabulary) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!field.equals("vocab") || value != JsonToken.START_OBJECT) {
        parser.skipChildren();
        continue;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String token = parser.currentName();
        if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
          throw new IOException("tokenizer.json: model.vocab[\"" + token + "\"] is not an integer id");
        }
        vocabulary.put(token, parser.getIntValue());
      }
    }
  }

  private int idOf(String token) {
    Integer id = vocabulary.get(token);
    if (id == null) {
      throw new IllegalArgumentException("the vocabulary lacks the special token " + token);
    }
    return id;
  }

  /**
   * The token ids of one sentence framed as {@code [CLS] pieces [SEP]}, cut to at most
   * {@code maxLength} ids (the pieces past the limit are dropped, the frame kept).
   */
  public int[] encode(String text, int maxLength) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be at least 2 for [CLS] and [SEP], got " + maxLength);
    }
    List<String> pieces = new ArrayList<>();
    for (String word : basicTokens(text)) {
      wordPieces(word, pieces);
      if (pieces.size() >= maxLength - 2) {
        break;
      }
    }
    int n = Math.min(pieces.size(), maxLength - 2);
    int[] ids = new int[n + 2];
    ids[0] = classifierId;
    for (int i = 0; i < n; i++) {
      ids[i + 1] = vocabulary.getOrDefault(pieces.get(i), unknownId);
    }
    ids[n + 1] = separatorId;
    return ids;
  }

  /**
   * The highest vocabulary id among the parts of {@code word} (as {@link #basicTokens} splits it: "doesn't" is
   * "doesn", "'" and "t"), or {@link Integer#MAX_VALUE} when the vocabulary lacks a part as a whole word. Ids run
   * from the most frequent word down, so this tells how rare the word is ({@code CaselessNames}).
   */
  int wholeWordRank(String word) {
    if (isLowerCaseAscii(word)) {
      // most words of a caseless text: basicTokens would give the word itself, after a normalisation that cost
      // more than the rest of the vector
      Integer id = vocabulary.get(word);
      return id == null ? Integer.MAX_VALUE : id;
    }
    int rank = 0;
    for (String part : basicTokens(word)) {
      Integer id = vocabulary.get(part);
      if (id == null) {
        return Integer.MAX_VALUE;
      }
      rank = Math.max(rank, id);
    }
    return rank;
  }

  private static boolean isLowerCaseAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** The pieces of a sentence as strings, for tests and debugging. */
  List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    for (String word : basicTokens(text)) {
      wordPieces(word, pieces);
    }
    return pieces;
  }

  /** Normalises and splits into words and single punctuation marks. */
  static List<String> basicTokens(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < stripped.length(); ) {
      int c = stripped.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0 || c == 0xFFFD || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (isWhitespace(c)) {
        flush(word, words);
      } else if (isControl(c)) {
        continue;
      } else if (isPunctuation(c) || isCjk(c)) {
        flush(word, words);
        words.add(new String(Character.toChars(c)));
      } else {
        word.append(Character.toChars(c));
      }
    }
    flush(word, words);
    for (int i = 0; i < words.size(); i++) {
      words.set(i, words.get(i).toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (!word.isEmpty()) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private void wordPieces(String word, List<String> out) {
    if (word.codePointCount(0, word.length()) > MAX_CHARS_PER_WORD) {
      out.add("[UNK]");
      return;
    }
    int mark = out.size();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      String piece = null;
      while (end > start) {
        String candidate = start == 0 ? word.substring(start, end) : CONTINUATION + word.substring(start, end);
        if (vocabulary.containsKey(candidate)) {
          piece = candidate;
          break;
        }
        end--;
        if (end > start && Character.isLowSurrogate(word.charAt(end))) {
          end--;
        }
      }
      if (piece == null) {
        // BERT's rule: a word with any part outside the vocabulary becomes one [UNK]
        out.subList(mark, out.size()).clear();
        out.add("[UNK]");
        return;
      }
      out.add(piece);
      start = end;
    }
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
