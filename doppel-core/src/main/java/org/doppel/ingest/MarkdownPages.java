package org.doppel.ingest;

import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown post as the HTML page a static site makes of it, for a reader that looks at a page's markup rather than its
 * text: {@code doppel photos} finds the post's pictures ({@code ![alt](path)}) as the {@code <img>}s of a saved page.
 * The front matter is left out ({@link FrontMatter}).
 */
public final class MarkdownPages {
  /** Thread-safe, as commonmark-java's renderer is built to be. */
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  private MarkdownPages() {}

  /** The HTML of {@code markdown}'s body. */
  public static String html(String markdown) {
    return RENDERER.render(MarkdownBody.parse(markdown.substring(FrontMatter.of(markdown).bodyStart())));
  }
}
