package org.doppel.ingest.image;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.meta.HtmlMetadata;
import org.doppel.ingest.meta.ImgSources;
import org.jsoup.nodes.Element;

/** A page's {@code <img>}s as {@link PhotoInputs} lists them: the URLs each offers, and the figure's caption and credit. */
final class PageFigures {
  private PageFigures() {}

  /**
   * Adds an image's first picture that can be read, with the others behind it to be hashed in its
   * place should it be flat (a stand-in the page's script would have swapped); each id once per page.
   */
  static void add(List<ImageInput> found, Set<String> seen, Map<String, Image> figures, Element img, List<ImageInput> out) {
    if (found.isEmpty() || !seen.add(found.get(0).id())) {
      return;
    }
    out.add(withFigure(ImageInput.chain(found).orElseThrow(), figures, img));
  }

  /** The page's figures (picture, caption, credit, as {@link HtmlMetadata} reads them) by picture URL. */
  static Map<String, Image> of(ArticleMetadata metadata) {
    Map<String, Image> byUrl = new HashMap<>();
    for (Image image : metadata.images()) {
      if (image.url() != null) {
        byUrl.putIfAbsent(image.url(), image);
      }
    }
    return byUrl;
  }

  private static ImageInput withFigure(ImageInput input, Map<String, Image> figures, Element img) {
    for (String url : candidates(img)) {
      Image figure = figures.getOrDefault(url, figures.get(ImgSources.absolute(img, url)));
      if (figure != null) {
        return input.withCaption(Optional.ofNullable(figure.caption()), Optional.ofNullable(figure.credit()));
      }
    }
    return input;
  }

  /** The URLs an {@code <img>} offers, best first ({@link ImgSources}: a lazy loader's picture before its stand-in). */
  static List<String> candidates(Element img) {
    return ImgSources.of(img);
  }
}
