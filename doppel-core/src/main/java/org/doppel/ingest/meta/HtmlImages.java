package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doppel.ingest.ArticleMetadata.Image;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's photos: each {@code <figure>} with its image, its {@code <figcaption>} and the
 * credit inside it (an element classed "credit", "copyright", "source" or "photographer", or a
 * credit line ending the caption such as "PEDRO PARDO/AFP via Getty Images"); when no figure was found, the
 * article's lead picture shown as a CSS background ({@link LeadBackground}), else the Open Graph image. At most {@value #MAX_IMAGES} images.
 */
final class HtmlImages {
  static final int MAX_IMAGES = 50;
  private static final String CREDIT_MARKS =
      "[class~=(?i)credit|copyright|photographer|image-source|img-source|source|quelle|bildnachweis|fotograf|byline]";
  /** A figure's caption: HTML's own, WordPress's, or an element classed as one. */
  private static final String CAPTION = "figcaption, .wp-caption-text, [class~=(?i)caption]";
  private static final Pattern NOISE = Pattern.compile("\\s+");

  private HtmlImages() {}

  static List<Image> find(Document page, MetaTags meta) {
    List<Image> images = new ArrayList<>();
    for (Element figure : page.select("figure, div[class~=(?i)^(wp-caption|image-caption|figure)$]")) {
      if (images.size() >= MAX_IMAGES) {
        break;
      }
      Element img = figure.selectFirst("img");
      List<String> offered = img == null ? List.of() : ImgSources.of(img).stream().map(candidate -> ImgSources.absolute(img, candidate)).toList();
      String url = offered.isEmpty() ? null : offered.get(0);
      Element captionElement = figure.selectFirst(CAPTION);
      Optional<Image> image = captioned(url, offered.isEmpty() ? List.of() : offered.subList(1, offered.size()), captionElement, figure);
      if (image.isPresent() && !images.contains(image.get())) {
        images.add(image.get());
      }
    }
    if (images.isEmpty()) {
      // the article's lead shown as a CSS background is the picture its readers see; the head's share image is the
      // picture a page gives a link to it elsewhere, often a crop of it or the site's card
      LeadBackground.of(page).flatMap(lead -> captioned(lead.url(), lead.others(), lead.caption(CAPTION), lead.element())).ifPresent(images::add);
    }
    if (images.isEmpty()) {
      String og = meta.first("og:image", "og:image:url", "twitter:image");
      if (og != null) {
        images.add(new Image(og, null, null, List.of(), !shownInBody(page, og)));
      }
    }
    return images;
  }

  /**
   * A figure's image: its picture, and its caption and credit from {@code captionElement} (a credit marked inside it or
   * in {@code scope}, else a credit line ending the caption); empty when it has none of the three.
   */
  private static Optional<Image> captioned(@Nullable String url, List<String> elsewhere, @Nullable Element captionElement, Element scope) {
    String caption = null;
    String credit = null;
    if (captionElement != null) {
      Element creditElement = captionElement.selectFirst(CREDIT_MARKS);
      if (creditElement == null) {
        creditElement = scope.selectFirst(CREDIT_MARKS);
      }
      if (creditElement != null && !creditElement.text().isBlank()) {
        credit = clean(creditElement.text());
        Element copy = captionElement.clone();
        copy.select(CREDIT_MARKS).remove();
        caption = clean(copy.text());
      } else {
        caption = clean(captionElement.text());
        var split = caption == null ? Optional.<Image>empty() : CreditLines.read(caption);
        if (split.isPresent()) {
          caption = split.get().caption();
          credit = split.get().credit();
        }
      }
    }
    if (url == null && caption == null && credit == null) {
      return Optional.empty();
    }
    return Optional.of(new Image(url, caption, credit, elsewhere));
  }

  /**
   * Whether an {@code <img>} of the page's body offers the head's picture: by its URL, or by its file name (the head
   * names it by an absolute URL, often with a size query, the body by a relative path). Such a picture is the
   * article's, shown to its readers; one the body never shows is only the picture a link to the page is shown with.
   */
  private static boolean shownInBody(Document page, String headUrl) {
    // by the file each names, as the file is looked for beside the page: "Foto%20Berlin.jpg" is "Foto Berlin.jpg"
    String name = UrlPaths.fileName(headUrl);
    for (Element img : page.body().select("img")) {
      for (String offered : ImgSources.of(img)) {
        if (offered.equals(headUrl) || !name.isEmpty() && name.equals(UrlPaths.fileName(offered))) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable String clean(String text) {
    String cleaned = NOISE.matcher(text).replaceAll(" ").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }
}
