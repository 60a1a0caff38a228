package org.doppel.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The byline a feed item declares, as a page's is written ("Jane Voe and Sam Quist"): its {@code dc:creator}s and
 * {@code dcterms:creator}s, Atom's {@code <author><name>}s (the feed's own when the entry names none, as Atom says), or
 * RSS's {@code <author>}, which is an e-mail address: the name in brackets after it ("jane@x.example (Jane Voe)") or
 * before it ("Jane Voe &lt;jane@x.example&gt;"), none for a bare address, which is no byline.
 */
final class FeedAuthors {
  private static final Pattern NAME_AFTER_ADDRESS = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final FeedName AUTHOR = FeedName.own("author");
  private static final FeedName NAME = FeedName.own("name");
  /** Dublin Core's creators: its elements' and its terms' ({@code dcterms:creator}), a feed writing either or both. */
  private static final List<FeedName> CREATORS = List.of(FeedName.DC_CREATOR, FeedName.DCTERMS_CREATOR);
  private static final Pattern NAME_BEFORE_ADDRESS = Pattern.compile("^(.+?)\\s*<\\S+@\\S+>$");

  private FeedAuthors() {}

  /** The item's authors joined as a byline, or null when it names none. */
  static @Nullable String of(Element item, FeedRoot.Kind kind) {
    List<String> names = new ArrayList<>();
    for (FeedName creators : CREATORS) {
      for (Element creator : FeedItem.children(item, creators, kind)) {
        add(names, FeedItem.textOf(creator));
      }
    }
    if (kind == FeedRoot.Kind.ATOM) {
      atomNames(item, names, kind);
      Element feed = item.parent();
      if (names.isEmpty() && feed != null) {
        atomNames(feed, names, kind);
      }
    } else if (names.isEmpty()) {
      for (Element author : FeedItem.children(item, AUTHOR, kind)) {
        add(names, nameOf(FeedItem.textOf(author)));
      }
    }
    return byline(names);
  }

  private static void atomNames(Element parent, List<String> names, FeedRoot.Kind kind) {
    for (Element author : FeedItem.children(parent, AUTHOR, kind)) {
      add(names, FeedItem.textOf(FeedItem.child(author, NAME, kind)));
    }
  }

  private static void add(List<String> names, @Nullable String name) {
    if (name != null && !names.contains(name)) {
      names.add(name);
    }
  }

  /** An RSS author's name: the bracketed name of "address (Name)" or "Name <address>", none for a bare address. */
  static @Nullable String nameOf(@Nullable String author) {
    if (author == null) {
      return null;
    }
    Matcher after = NAME_AFTER_ADDRESS.matcher(author);
    if (after.matches()) {
      return after.group(1).strip();
    }
    Matcher before = NAME_BEFORE_ADDRESS.matcher(author);
    if (before.matches()) {
      return before.group(1).replace("\"", "").strip();
    }
    return author.contains("@") && !author.contains(" ") ? null : author;
  }

  /** "A", "A and B", "A, B and C"; null for none. */
  private static @Nullable String byline(List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    int last = names.size() - 1;
    return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }
}
