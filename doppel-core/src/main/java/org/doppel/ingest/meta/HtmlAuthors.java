package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's author: JSON-LD author names, author meta tags, then the page's own byline
 * marks ({@link BylineMarks}), a labelled table cell ({@link LabelledCells}), a byline in the text
 * ({@link TextBylines}), an end credit, an author's box and a closing signature. Each value is
 * cleaned ("By", "Von", dates, job titles removed) and rejected when it is a URL, a handle, too
 * long for a name, or the site's own name ({@link AuthorNames}); names that sign for the publisher
 * ({@link PublisherNames}) are kept for when no person is named; where on the page a byline
 * stands is {@link BylinePlaces}'s.
 */
final class HtmlAuthors {
  private static final String[] META = {"author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author",
      "parsely-author", "citation_author", "og:article:author", "book:author", "creator", "authors"};

  /** Sites that name a byline through Twitter's label/data pairs ("Written by" / "Jane Voe"). */
  private static @Nullable String twitterLabelled(MetaTags meta) {
    for (int i = 1; i <= 4; i++) {
      String label = meta.first("twitter:label" + i);
      if (label != null && label.toLowerCase(Locale.ROOT).matches("written by|author|autor|verfasst von|geschrieben von")) {
        return meta.first("twitter:data" + i);
      }
    }
    return null;
  }

  private HtmlAuthors() {}

  record Found(String author, String where) {}

  static Optional<Found> find(Document page, JsonLd.Facts ld, MetaTags meta, @Nullable String site, @Nullable String host, List<ShortBlocks.Block> blocks) {
    String holder = CopyrightHolder.of(meta, blocks);
    List<Found> publishers = new ArrayList<>();
    Found[] ldOrganisation = new Found[1];
    Optional<Found> found = findPerson(page, ld, meta, site, host, blocks, holder, publishers, ldOrganisation);
    if (found.isPresent()) {
      return found;
    }
    // no person named anywhere: the publisher that signs as author is the author, under the site's own name too
    if (!publishers.isEmpty()) {
      return Optional.of(publishers.get(0));
    }
    for (String name : META) {
      String value = AuthorNames.clean(meta.first(name), null);
      if (value != null) {
        return Optional.of(new Found(value, "meta:" + name));
      }
    }
    if (ldOrganisation[0] != null) {
      return Optional.of(ldOrganisation[0]);
    }
    // a one-person site often names its writer only in its copyright notice
    String owner = holder == null ? null : AuthorNames.clean(holder, null);
    if (owner != null && owner.split("\\s+").length <= 4 && Bylines.cleanNames(owner).isPresent()) {
      return Optional.of(new Found(owner, "copyright"));
    }
    return Optional.empty();
  }

  /**
   * The first person the page names as author. Names that turn out to be the publisher (the site,
   * the host, the copyright holder) go to {@code publishers}, in the order found, and an
   * organisation named as JSON-LD author to {@code ldOrganisation}, for when no person is named at all.
   */
  private static Optional<Found> findPerson(Document page, JsonLd.Facts ld, MetaTags meta, @Nullable String site, @Nullable String host,
      List<ShortBlocks.Block> blocks, @Nullable String holder, List<Found> publishers, Found[] ldOrganisation) {
    if (ld.publisher() != null) {
      site = site == null ? ld.publisher() : site;
    }
    List<String> webmasters = Webmasters.of(blocks);
    Optional<Found> declared = fromJsonLd(page, ld, site, host, ldOrganisation);
    if (declared.isPresent()) {
      return declared;
    }
    Optional<Found> tagged = fromMetaTags(meta, ld, site, host, holder, webmasters, publishers);
    if (tagged.isPresent()) {
      return tagged;
    }
    Optional<Found> marked = BylineMarks.author(page, site, host, holder, publishers);
    if (marked.isPresent()) {
      return marked;
    }
    String labelled = PublisherNames.withoutOrganisation(AuthorNames.clean(twitterLabelled(meta), site), site, host);
    if (labelled != null && PublisherNames.isNewsroom(labelled)) {
      publishers.add(new Found(labelled, "meta:twitter:data1")); // "Verfasst von: Redaktion": a credit in the text may name the writer
    } else if (labelled != null) {
      return Optional.of(new Found(labelled, "meta:twitter:data1"));
    }
    return fromPageParts(page, site, host, blocks, publishers);
  }

  /**
   * The places a person is looked for after the marks and the meta tags, in their order: a labelled table cell, a byline
   * in the text ({@link TextBylines}, whose newsroom goes to {@code publishers}), an end credit, an author's box, a
   * closing signature, each passing over its own kinds of publisher's name (the site, the newsroom, an office).
   */
  private static Optional<Found> fromPageParts(Document page, @Nullable String site, @Nullable String host,
      List<ShortBlocks.Block> blocks, List<Found> publishers) {
    Optional<Found> cell = LabelledCells.author(page).map(name -> AuthorNames.clean(name, site)).filter(name -> !PublisherNames.isNewsroom(name))
        .map(name -> new Found(name, "labelled-cell"));
    if (cell.isPresent()) {
      return cell;
    }
    Optional<Found> text = TextBylines.author(blocks, site, host, publishers, BylinePlaces.headline(page));
    if (text.isPresent()) {
      return text;
    }
    Optional<Found> credit = page.body() == null ? Optional.empty()
        : EndCredits.author(page.body(), site).filter(name -> !PublisherNames.isOrganisation(name, site, host))
            .map(name -> new Found(name, "credit-line"));
    if (credit.isPresent()) {
      return credit;
    }
    Optional<Found> box = AuthorBoxes.author(page).map(name -> AuthorNames.clean(name, site))
        .filter(name -> !PublisherNames.isOrganisation(name, site, host) && !PublisherNames.isNewsroom(name))
        .map(name -> new Found(name, "author-box"));
    if (box.isPresent() || page.body() == null) {
      return box;
    }
    return ClosingSignatures.author(page.body(), site)
        .filter(name -> !PublisherNames.isOrganisation(name, site, host) && !PublisherNames.isNewsroom(name))
        .map(name -> new Found(name, "signature"));
  }

  /**
   * The persons the page's JSON-LD names as its authors, joined with "; " (the ones its byline shows, when it names
   * several); an organisation named instead goes to {@code ldOrganisation}.
   */
  private static Optional<Found> fromJsonLd(Document page, JsonLd.Facts ld, @Nullable String site, @Nullable String host,
      Found[] ldOrganisation) {
    if (!ld.authors().isEmpty()) {
      List<String> cleaned = ld.authors().stream().map(n -> AuthorNames.clean(n, site)).filter(n -> n != null).distinct().toList();
      // an author typed as an organisation is the publisher's desk or brand, whatever its name: a byline may name the writer
      List<String> names = ld.organisationAuthor() ? List.of()
          : cleaned.stream().filter(n -> !PublisherNames.isOrganisation(n, site, host) && !PublisherNames.isNewsroom(n)).toList();
      if (names.size() > 1) {
        names = LdAuthorsShown.writers(names, page.body() == null ? "" : page.body().text(), BylineMarks.text(page));
      }
      if (!names.isEmpty()) {
        return Optional.of(new Found(String.join("; ", names), "json-ld"));
      }
      cleaned.stream().findFirst().ifPresent(n -> ldOrganisation[0] = new Found(n, "json-ld"));
    }
    return Optional.empty();
  }

  /**
   * The first writer an author meta tag names, in the order of {@link #META}; the publisher, the copyright holder, an agency,
   * the newsroom or a webmaster named there goes to {@code publishers}, as a byline may name the reporter.
   */
  private static Optional<Found> fromMetaTags(MetaTags meta, JsonLd.Facts ld, @Nullable String site, @Nullable String host,
      @Nullable String holder, List<String> webmasters, List<Found> publishers) {
    String publisher = ld.publisher();
    for (String name : META) {
      String value = AuthorNames.clean(meta.first(name), site);
      value = PublisherNames.withoutOrganisation(value, site, host);
      if (value != null && publisher != null && HtmlTitles.key(value).equals(HtmlTitles.key(publisher))) {
        value = null;
      }
      if (value != null && (PublisherNames.isHolder(value, holder) || PublisherNames.isAgency(value) || PublisherNames.isNewsroom(value)
          || Webmasters.isOne(value, webmasters) || ld.organisationAuthor())) {
        publishers.add(new Found(value, "meta:" + name)); // a wire's name in the meta tag: a byline may name the reporter
      } else if (value != null) {
        return Optional.of(new Found(withRepeated(meta, name, value, site), "meta:" + name));
      }
    }
    return Optional.empty();
  }

  /**
   * The names of every meta tag called {@code name}, joined with "; ", when the page repeats the tag for several writers
   * ({@code parsely-author}, {@code article:author}, {@code citation_author}: one tag a writer); else {@code first}.
   */
  private static String withRepeated(MetaTags meta, String name, String first, @Nullable String site) {
    List<String> all = meta.all(name);
    if (all.size() < 2) {
      return first;
    }
    List<String> names = all.stream().map(value -> AuthorNames.clean(value, site)).filter(value -> value != null).distinct().toList();
    return names.size() > 1 && names.contains(first) ? String.join("; ", names) : first;
  }
}
