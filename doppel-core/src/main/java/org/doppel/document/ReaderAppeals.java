package org.doppel.document;

import java.util.List;
import java.util.Set;

/**
 * Sentences that address the reader with a call to action: subscribe, sign up, follow us, share,
 * comment, contact or write to us, download the app, click here, pick up the issue ("Get our updates
 * directly to your inbox", "Let us know in the comments!", "For the latest news, download our app",
 * "Abonnieren Sie unseren Newsletter"). A site prints them under many articles, a model's rewrite keeps
 * them, and they say nothing about the article around them.
 *
 * <p>Recognised by form, not by wording: an imperative that opens the sentence or one of its clauses
 * (after "please", "so", "bitte" …) and a word that addresses the reader or names the site's channels
 * ("us", "your", "below", "newsletter", "app" …), or a German imperative with "Sie"; besides these,
 * a few forms that are calls to action wherever they stand ("let us know", "click here", "in the
 * comments" said to the reader, a sign-up widget's "Could not subscribe").
 */
final class ReaderAppeals {
  /**
   * Verbs of a site's own channels, whose imperative opens a call to action when a word of {@link #READER}
   * or {@link #CHANNEL} is there too ("Share your thoughts", "Follow us", "Watch the video below").
   */
  private static final Set<String> SITE_ACTIONS = Set.of("subscribe", "register", "follow", "share", "comment", "contact", "email",
      "e-mail", "call", "text", "write", "send", "click", "tap", "download", "watch", "listen", "visit", "support", "donate", "sign");
  /**
   * Everyday verbs, whose imperative is a call to action only with "us", "our" or a word of {@link #CHANNEL}:
   * "Get our updates in your inbox" and "For more, refer to the latest issue" are, a recipe's "Get your dips
   * ready" is not.
   */
  private static final Set<String> ACTIONS = Set.of("join", "go", "get", "grab", "buy", "order", "leave", "drop", "reach", "head", "see",
      "check", "find", "discover", "explore", "refer");
  /** Words that address the reader. */
  private static final Set<String> READER = Set.of("your", "you");
  /** Words that name the site or its channels. */
  private static final Set<String> CHANNEL = Set.of("us", "our", "we", "below", "here", "now", "newsletter", "newsletters", "inbox",
      "comments", "comment", "app", "link", "thoughts", "free", "today", "podcast", "website", "site", "issue", "copy");
  /** German verbs whose Sie-imperative opens a call to action ("Folgen Sie uns", "Laden Sie die App herunter"). */
  private static final Set<String> ACTIONS_DE = Set.of("abonnieren", "folgen", "melden", "teilen", "schreiben", "kontaktieren",
      "klicken", "laden", "registrieren", "besuchen", "unterstützen", "kommentieren", "hören", "sehen", "lesen", "schauen", "sagen",
      "diskutieren", "senden", "schicken", "rufen", "verpassen", "bleiben", "abonniere", "folge", "teile", "schreibe");
  /**
   * Words that open a lead-in clause before an imperative ("For the latest news, download …", "If you have
   * a tip, contact us …"); after any other opening ("The message said, “See you …”") a clause is not an appeal.
   */
  private static final Set<String> LEAD_INS = Set.of("for", "to", "if", "below", "whether", "when", "für", "wenn", "um");
  /**
   * The verb of a sign-up widget's lines ("Thank you for subscribing!", "Could not subscribe"); not the nouns
   * ("subscriptions rose"), which are news.
   */
  private static final Set<String> SUBSCRIBING = Set.of("subscribe", "subscribing", "subscribed", "unsubscribe", "unsubscribed",
      "abonnieren", "abonniere", "abonniert");
  /** Words that tell a "click"/"tap" to the reader, not about it: "Click here", "Tap to play". */
  private static final Set<String> CLICK_TARGETS = Set.of("here", "to", "for", "on", "below", "the", "hier", "auf");
  private static final Set<String> DOWNLOADING = Set.of("download", "downloading", "herunterladen", "downloaden");
  /** The first words of the forms {@link #anywhere} looks for word by word. */
  private static final Set<String> ANYWHERE_OPENERS = Set.of("let", "click", "tap", "klicken");
  /** At most this many words, a fragment about subscribing is a sign-up widget's line, not article text. */
  static final int WIDGET_WORDS = 12;

  /** Every sentence this class recognises holds one of these words ({@link StockSentences} reads no other). */
  static final Set<String> TRIGGERS = SegmentWords.union(List.of("let", "tell", "like", "sound", "pick", "stay", "don't", "dont", "be",
      "sign", "click", "tap", "klicken", "comments", "comment", "newsletter", "newsletters"), SITE_ACTIONS, ACTIONS, ACTIONS_DE,
      DOWNLOADING, SUBSCRIBING);

  private ReaderAppeals() {}

  static boolean matches(SegmentWords s) {
    if (opensAppeal(s, s.leadFrom(0))) {
      return true;
    }
    if (LEAD_INS.contains(s.at(0))) {
      for (int clause : s.clauseStarts()) {
        if (opensAppeal(s, s.leadFrom(clause))) {
          return true;
        }
      }
    }
    return anywhere(s);
  }

  /** Whether word {@code i} opens a call to action. */
  private static boolean opensAppeal(SegmentWords s, int i) {
    String verb = s.at(i);
    String next = s.at(i + 1);
    return switch (verb) {
      case "let" -> (next.equals("us") || next.equals("me")) && s.at(i + 2).equals("know");
      case "tell" -> next.equals("us") || next.equals("me");
      case "like" -> next.equals("us");
      case "sound" -> next.equals("off");
      case "pick" -> next.equals("up") && (s.has("issue") || s.has("copy") || s.has("edition"));
      case "stay" -> Set.of("tuned", "updated", "informed", "connected", "up").contains(next);
      case "don't", "dont" -> (next.equals("miss") || next.equals("forget")) && s.hasAny(CHANNEL);
      case "be" -> next.equals("sure") && s.at(i + 2).equals("to") && s.hasAny(CHANNEL);
      case "sign" -> next.equals("up") || s.hasAny(CHANNEL) || s.hasAny(READER);
      default -> SITE_ACTIONS.contains(verb) && (s.hasAny(CHANNEL) || s.hasAny(READER)) || ACTIONS.contains(verb) && s.hasAny(CHANNEL)
          || ACTIONS_DE.contains(verb) && next.equals("sie");
    };
  }

  /** Forms that are calls to action wherever they stand in the sentence. */
  private static boolean anywhere(SegmentWords s) {
    List<String> words = s.words();
    for (int i = 0; i + 1 < words.size() && s.hasAny(ANYWHERE_OPENERS); i++) {
      String word = words.get(i);
      String next = words.get(i + 1);
      if ((word.equals("let") && (next.equals("us") || next.equals("me")) && s.at(i + 2).equals("know"))
          || ((word.equals("click") || word.equals("tap") || word.equals("klicken")) && CLICK_TARGETS.contains(next))) {
        return true;
      }
    }
    if ((s.hasPair("the", "comments") || s.hasPair("comments", "below") || s.hasPair("comment", "below") || s.hasPair("comments", "section"))
        && (s.has("you") || s.has("your") || s.has("us") || s.has("we"))) {
      return true;
    }
    if ((s.has("newsletter") || s.has("newsletters"))
        && (s.has("our") || s.has("inbox") || s.has("free") || s.hasPrefixed(List.of("sign", "subscrib", "abonn", "anmeld", "bestell")))) {
      return true;
    }
    if (s.hasAny(DOWNLOADING) && (s.has("app") || s.has("our") || s.has("free") || s.has("now") || s.has("store"))) {
      return true;
    }
    return s.size() <= WIDGET_WORDS && s.hasAny(SUBSCRIBING);
  }
}
