package org.doppel.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.doppel.ingest.meta.Whitespace;
import org.jsoup.Jsoup;

/**
 * The text a reader sees of a Markdown body, as the HTML reader makes a page's ({@code html.BlockWalker}): each
 * paragraph, heading, list item and quoted paragraph a paragraph of its own (blank lines between), a line break inside
 * one a space, a hard break (two trailing spaces, a backslash) the start of a new paragraph as an HTML {@code <br>} is; links keep their text and lose their URL; an image's alt text is dropped, as
 * the HTML reader drops an {@code <img>}'s; a code block is one paragraph with its whitespace folded, as a {@code <pre>}
 * is; raw HTML keeps its text, not its tags. A pipe table (GitHub's, which CommonMark reads as a paragraph) gives each
 * cell a paragraph, as an HTML table's cells are, without the pipes or the row of dashes under the head. Liquid tags
 * and Hugo shortcodes are no text ({@link TemplateTags}).
 */
final class MarkdownBody {
  /** Thread-safe, as commonmark-java's parser is built to be: one for every reading thread. */
  private static final Parser PARSER = Parser.builder().build();
  /** The row under a pipe table's head: "| --- | :-: |". */
  private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");
  /** A pipe not escaped ("\|" is a pipe in a cell; CommonMark has already turned it into "|", so none is left escaped). */
  private static final Pattern CELL_PIPE = Pattern.compile("\\s*\\|\\s*");
  /** An MDX module line (an import of a component, an exported value): code, not text. */
  private static final Pattern MDX_MODULE_LINE = Pattern.compile("(?:import|export)\\s.*");

  /** Marks a hard line break in a block's inline text: the paragraph is cut there, as an HTML {@code <br>} cuts a block. */
  private static final String HARD_BREAK = "\u0000";

  private MarkdownBody() {}

  /** The blocks of a post's body, its template tags ({@link TemplateTags}) left out first, as the site's generator does. */
  static Node parse(String markdown) {
    return PARSER.parse(TemplateTags.strip(markdown));
  }

  /** At most this many pictures a post, as the HTML reader keeps at most 50 figures a page. */
  static final int MAX_IMAGES = 50;

  /**
   * A body's text, and its pictures ({@code ![alt](path "title")}), each path once in order with its title, for the
   * photo comparison ({@code PagePictures}), which finds them beside the file as it finds a saved page's.
   */
  record Read(String text, List<ArticleMetadata.Image> images) {}

  /**
   * The text and pictures of {@code markdown}; {@code mdx} (a {@code .mdx} file) leaves out the paragraphs made of its
   * {@code import}/{@code export} lines, and its components' tags go as raw HTML's do.
   */
  static Read read(String markdown, boolean mdx) {
    Paragraphs paragraphs = new Paragraphs(mdx);
    parse(markdown).accept(paragraphs);
    return new Read(String.join("\n\n", paragraphs.out), paragraphs.images);
  }

  /** Walks the blocks, each text block's inline content made one paragraph (a table, one a cell). */
  private static final class Paragraphs extends AbstractVisitor {
    private final boolean mdx;
    private final List<String> out = new ArrayList<>();
    private final List<ArticleMetadata.Image> images = new ArrayList<>();

    Paragraphs(boolean mdx) {
      this.mdx = mdx;
    }

    @Override
    public void visit(Paragraph paragraph) {
      String text = inline(paragraph, images);
      String[] lines = text.split("\n", -1);
      if (mdx && allMatch(lines, MDX_MODULE_LINE)) {
        return;
      }
      if (lines.length >= 2 && lines[0].contains("|") && TABLE_RULE.matcher(lines[1].strip()).matches()) {
        for (int i = 0; i < lines.length; i++) {
          if (i != 1) {
            for (String cell : CELL_PIPE.split(lines[i].strip())) {
              add(cell);
            }
          }
        }
        return;
      }
      for (String line : text.split(HARD_BREAK)) {
        add(line);
      }
    }

    @Override
    public void visit(Heading heading) {
      add(inline(heading, images));
    }

    @Override
    public void visit(FencedCodeBlock code) {
      add(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      add(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      add(Jsoup.parseBodyFragment(html.getLiteral()).text());
    }

    @Override
    public void visit(ThematicBreak rule) {
      // a rule between sections: no text (quotes, lists and their items are walked into, AbstractVisitor's default)
    }

    /** {@code text} as one paragraph, its whitespace folded as the HTML reader folds a block's, unless blank. */
    private void add(String text) {
      String folded = Whitespace.collapse(text, Whitespace.Spaces.ASCII_AND_NO_BREAK);
      if (!folded.isEmpty()) {
        out.add(folded);
      }
    }

    private static boolean allMatch(String[] lines, Pattern pattern) {
      for (String line : lines) {
        if (!pattern.matcher(line.strip()).matches()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The text of a block's inline content, its pictures added to {@code images}; a soft line break a new line here (a
   * table's rows), folded to a space after.
   */
  private static String inline(Node block, List<ArticleMetadata.Image> images) {
    StringBuilder text = new StringBuilder();
    block.accept(new AbstractVisitor() {
      @Override
      public void visit(Text node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak lineBreak) {
        text.append('\n');
      }

      @Override
      public void visit(HardLineBreak lineBreak) {
        text.append(HARD_BREAK);
      }

      @Override
      public void visit(Image image) {
        // its alt text is dropped, as the HTML reader drops an <img>'s; its picture is kept for the photo comparison
        String title = image.getTitle() == null || image.getTitle().isBlank() ? null : image.getTitle().strip();
        ArticleMetadata.Image picture = new ArticleMetadata.Image(image.getDestination(), title, null);
        if (!image.getDestination().isBlank() && images.size() < MAX_IMAGES && !images.contains(picture)) {
          images.add(picture);
        }
      }

      @Override
      public void visit(HtmlInline html) {
        // a tag (<em>, <br>, an MDX component's): the text between tags is kept, as Text nodes
      }
    });
    return text.toString();
  }
}
