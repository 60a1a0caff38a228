package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final String PROSE_1 = "The river rose two metres overnight, flooding the lower town and forcing the council "
      + "to close the old bridge, which had stood since 1887, for the first time in living memory.";
  private static final String PROSE_2 = "Residents were moved to the school gym, where volunteers served soup, blankets and "
      + "hot tea until the early hours, while engineers inspected the embankment with torches.";
  private static final String PROSE_3 = "The mayor said repairs would take weeks, and that the town, its shops and its "
      + "schools, would need help from the region to pay for them, as insurance would not cover everything.";

  private static String page(String article) {
    return """
        <html lang="en"><head><title>River floods the lower town | Valley Post</title>
        <meta property="og:title" content="River floods the lower town">
        <style>p { color: red }</style><script>var ads = "Buy now, buy now, buy now, buy now";</script></head>
        <body>
        <div id="cookie-consent">We use cookies to improve your experience, to show ads and to count visitors, okay?</div>
        <header class="site-header"><a href="/">Valley Post</a><nav><ul><li><a href="/news">News</a></li>
          <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
        <main>%s</main>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Council votes on the new parking rules today</a></li>
          <li><a href="/b">Local bakery wins a prize for its rye bread, again</a></li></ul></aside>
        <footer><p>© 2024 Valley Post. All rights reserved. Contact us, privacy policy, terms of use and more.</p></footer>
        </body></html>
        """.formatted(article);
  }

  private static ExtractedArticle extract(String html) {
    return ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://valleypost.example/news/flood");
  }

  @Test
  void keepsTheArticleParagraphsAndLeavesNavigationAsidesAndFootersOut() {
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1>
        <p>%s</p><p>%s</p><p>%s</p></article>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    assertThat(article.body()).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
    assertThat(article.metadata().title()).isEqualTo("River floods the lower town");
  }

  /**
   * Two containers of equal score in different branches, in a page that marks no article (no {@code <main>}): the
   * first in document order is the article, in either order of the same two branches, whatever identity hashes the
   * thread handed out before (they decided such a tie once, so a page could get another body alone than in a batch).
   */
  @Test
  void ofTwoEquallyScoredContainersTheFirstInDocumentOrderIsTheArticleInEitherOrder() {
    String first = "<div id=\"x\"><div class=\"one\"><p>%s</p><p>%s</p></div><div>Share</div></div>"
        .formatted(PROSE_1, PROSE_2);
    String second = "<div id=\"y\"><div id=\"z\"><div class=\"two\"><p>%s</p><p>%s</p></div><div>Print</div></div></div>"
        .formatted(PROSE_2, PROSE_1);
    for (int round = 0; round < 20; round++) {
      for (int i = 0; i < round * 7; i++) {
        System.identityHashCode(new Object()); // other identity hashes handed out before, as in a batch
      }
      assertThat(extract(unmarked(first + second)).paragraphs()).containsExactly(PROSE_1, PROSE_2);
      assertThat(extract(unmarked(second + first)).paragraphs()).containsExactly(PROSE_2, PROSE_1);
    }
  }

  private static String unmarked(String article) {
    return page(article).replace("<main>", "<div>").replace("</main>", "</div>");
  }

  @Test
  void keepsHeadingsListsAndQuotesInReadingOrder() {
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1><p>%s</p>
        <h2>What the council decided</h2><ul><li>Close the old bridge until engineers have checked its piers.</li>
        <li>Open the school gym as a shelter for the families of the lower town.</li></ul>
        <blockquote>We have never seen the water this high, not even in the great flood of 1953.</blockquote>
        <p>%s</p><p>%s</p></article>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, "What the council decided",
        "Close the old bridge until engineers have checked its piers.",
        "Open the school gym as a shelter for the families of the lower town.",
        "We have never seen the water this high, not even in the great flood of 1953.", PROSE_2, PROSE_3);
  }

  @Test
  void leavesShareButtonsRelatedListsCaptionsAndHiddenTextOut() {
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1>
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
        <p>%s</p>
        <figure><img src="/flood.jpg"><figcaption>The old bridge on Tuesday. Photo: Jane Roe</figcaption></figure>
        <p>%s</p><p style="display:none">This paragraph is hidden from readers and must not be read at all.</p>
        <p>%s</p><p>Advertisement</p>
        <div class="related-articles"><h3>Related stories</h3><ul>
          <li><a href="/c">Heavy rain expected again at the weekend, forecasters say</a></li>
          <li><a href="/d">How to protect your house from flooding in five steps</a></li></ul></div>
        </article>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void takesTheLeadBeforeTheBodyWhenThePageDescribesItselfWithIt() {
    String lead = "Hundreds of families spent the night in a school gym after the river burst its banks.";
    String html = page("""
        <div class="article-header"><h1>River floods the lower town</h1><p class="byline">By Sam Quist, 12 March 2024</p>
        <p>%s</p></div>
        <div class="article-body"><p>%s</p><p>%s</p><p>%s</p></div>
        """.formatted(lead, PROSE_1, PROSE_2, PROSE_3))
        .replace("<head>", "<head><meta name=\"description\" content=\"" + lead + "\">");
    assertThat(extract(html).paragraphs()).containsExactly(lead, PROSE_1, PROSE_2, PROSE_3);
  }

  private static final String MARKED_LEAD = "Hundreds of families spent the night in a school gym. The water is still rising";

  /** A headline, a lead marked by its class, then a byline and a date line before the body. */
  private static String pageWithMarkedLead(String lead) {
    return page("""
        <div class="top"><h1>River floods the lower town</h1>
        <div class="intro">%s</div>
        <div class="by">By Jane Roe</div><div class="when">4 March 2024</div></div>
        <article><p>%s</p><p>%s</p><p>%s</p></article>
        """.formatted(lead, PROSE_1, PROSE_2, PROSE_3));
  }

  @Test
  void takesALeadMarkedByItsClassAboveTheBylineUnderTheHeadline() {
    assertThat(extract(pageWithMarkedLead(MARKED_LEAD)).paragraphs())
        .containsExactly(MARKED_LEAD, PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void aTeaserCutShortOrAHeadlineWithoutASentenceIsNoLeadWhateverItsClass() {
    assertThat(extract(pageWithMarkedLead("Council to vote on new parking rules for the old town, and shop owners are …"))
        .paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    assertThat(extract(pageWithMarkedLead("Council votes on new parking rules for the old town"))
        .paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void aDescriptionThatOpensWithAnAdvertisingDisclosureDoesNotMakeTheDisclosureALead() {
    String disclosure = "*Advertising. This post contains affiliate links to the shops we mention.";
    String html = page("""
        <div class="article-header"><h1>River floods the lower town</h1><p>%s</p></div>
        <div class="article-body"><p>%s</p><p>%s</p><p>%s</p></div>
        """.formatted(disclosure, PROSE_1, PROSE_2, PROSE_3))
        .replace("<head>", "<head><meta name=\"description\" content=\"" + disclosure + " " + PROSE_1 + "\">");
    assertThat(extract(html).paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void dropsTheBylineAndDatelineAtTheTopOfTheBody() {
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1><p>By Sam Quist</p><p>Updated 10:01 pm, March 12, 2024</p>
        <p>%s</p><p>%s</p><p>%s</p></article>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void dropsTheDatelineUnderAStandfirstThatOpensTheBody() {
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1><p>%s</p><p>Published 12 March 2024, last changed
        13 March 2024 08:15</p><p>%s</p><p>%s</p></article>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void readsAnArticleSplitIntoSeveralDeclaredArticleBodySections() {
    ExtractedArticle article = extract(page("""
        <div class="wrap"><section itemprop="articleBody"><p>%s</p></section></div>
        <div class="newsletter-box"><p>Sign up for our newsletter and get the news every morning.</p></div>
        <div class="wrap"><section itemprop="articleBody"><p>%s</p><p>%s</p></section></div>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void fallsBackToTheLenientPassWhenEveryContainerIsNamedLikeBoilerplate() {
    ExtractedArticle article = extract("""
        <html><body><div class="widget-wrap sidebar-like"><div class="widget-container">
        <p>%s</p><p>%s</p><p>%s</p></div></div></body></html>
        """.formatted(PROSE_1, PROSE_2, PROSE_3));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void joinsInlineTextAndRemovesSoftHyphens() {
    ExtractedArticle article = extract(page("""
        <article><p>The <b>river</b> rose <a href="/x">two metres</a> over\u00adnight, flooding the lower town and forcing
        the council to close the old bridge for the first time in living memory, residents said.</p>
        <p>%s</p><p>%s</p></article>
        """.formatted(PROSE_2, PROSE_3)));
    assertThat(article.paragraphs().get(0)).isEqualTo("The river rose two metres overnight, flooding the lower town "
        + "and forcing the council to close the old bridge for the first time in living memory, residents said.");
  }

  @Test
  void leavesRubyReadingAidsOutOfTheSentence() {
    ExtractedArticle article = extract(page("""
        <article><p>新しい<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>では<ruby>虐待<rt>ぎゃくたい</rt></ruby>をした親に
        専門家が子どもの育て方を教えることになりました。</p><p>%s</p><p>%s</p></article>
        """.formatted(PROSE_2, PROSE_3)));
    assertThat(article.paragraphs().get(0)).isEqualTo("新しい法律では虐待をした親に 専門家が子どもの育て方を教えることになりました。");
  }

  @Test
  void aLongParagraphStyledAsAHeadingIsKeptAsProse() {
    String styled = PROSE_1 + " " + PROSE_2;
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1><h3>%s</h3><h3>The bridge</h3><p>%s</p></article>
        """.formatted(styled, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(styled, "The bridge", PROSE_3);
  }

  @Test
  void picturesCaptionedInPlainParagraphsAreLeftOut() {
    ExtractedArticle article = extract(page("""
        <article><p>%s</p><p>The old bridge on Tuesday morning. (Photo: Jane Roe / Getty Images)</p>
        <p>%s</p><p>Abbildung 2: Pegelstand am Dienstag.</p><p>%s</p>
        <div class="media"><img src="/a.jpg"><p class="media__caption">Sandbags on Quay Street, Tuesday.</p></div></article>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void keepsAStepListThatPicturesEachStepButNotATeaserListOfLinkedPictures() {
    String steps = """
        <div class="steps">
          <div class="step"><img src="/1.jpg"><div>Wash 250 g of strawberries and cut them into small cubes.</div></div>
          <div class="step"><img src="/2.jpg"><div>Whip 600 g of cream until stiff, then fold in the sugar.</div></div>
          <div class="step"><img src="/3.jpg"><div>Fold the strawberries into the cream and fill the cake.</div></div>
        </div>""";
    String teasers = """
        <div class="more">
          <div class="item"><a href="/x"><img src="/x.jpg"></a><div>A lemon cake that is ready in twenty minutes flat.</div></div>
          <div class="item"><a href="/y"><img src="/y.jpg"></a><div>Our favourite cheesecake, baked without any flour.</div></div>
          <div class="item"><a href="/z"><img src="/z.jpg"></a><div>Muffins with blueberries for a Sunday breakfast.</div></div>
        </div>""";
    ExtractedArticle article = extract(page("<article><p>%s</p>%s<p>%s</p>%s<p>%s</p></article>"
        .formatted(PROSE_1, steps, PROSE_2, teasers, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1,
        "Wash 250 g of strawberries and cut them into small cubes.",
        "Whip 600 g of cream until stiff, then fold in the sugar.",
        "Fold the strawberries into the cream and fill the cake.", PROSE_2, PROSE_3);
  }

  @Test
  void keepsALongParagraphBesidePicturesButNotAStripOfPicturesAndLabels() {
    String history = "The first mill on the river was built by monks in the twelfth century. It ground grain for "
        + "three villages and later powered a saw. When the railway came the mill lost its trade and stood empty "
        + "for decades. A local society bought it in 1978 and restored the wheel with help from volunteers. "
        + "Today it grinds flour again on summer weekends and school classes visit it every week. The society "
        + "plans a small museum in the old granary next door and is looking for photographs of the mill. Anyone "
        + "who has old pictures or letters about the miller and his family may bring them to the open day in the middle of May.";
    String illustrated = """
        <div class="row"><img src="/1.jpg"><img src="/2.jpg"><img src="/3.jpg"><img src="/4.jpg">
        <p>%s</p></div>""".formatted(history);
    // the file names, sizes, names and times a carousel script reads: long, but no sentence
    String labels = "/img/5.jpg 890 1484 Jane Roe 2024-03-04 09:17 Flood gauge and sandbags on the quay "
        + "/img/6.jpg 430 670 John Voe 2024-03-03 08:49 Old bridge pier under water in the morning light "
        + "/img/7.jpg 361 750 Jane Roe 2024-03-02 09:32 School gym shelter with camp beds and blankets "
        + "/img/8.jpg 493 740 John Voe 2024-03-01 10:12 Embankment at dusk seen from the church tower "
        + "/img/9.jpg 683 1024 Jane Roe 2024-02-29 08:24 Volunteers filling sandbags behind the fire station "
        + "/img/10.jpg 750 1500 John Voe 2024-02-28 17:05 Council meeting about the flood defences "
        + "/img/11.jpg 512 768 Jane Roe 2024-02-27 12:40 Water level board at the old mill race";
    String strip = """
        <div class="strip"><img src="/5.jpg"><img src="/6.jpg"><img src="/7.jpg"><img src="/8.jpg">
        <div>%s</div></div>""".formatted(labels);
    ExtractedArticle article = extract(page("<article><p>%s</p>%s<p>%s</p>%s<p>%s</p></article>"
        .formatted(PROSE_1, illustrated, PROSE_2, strip, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, history, PROSE_2, PROSE_3);
  }

  @Test
  void brokenOrEmptyMarkupGivesAnEmptyBodyNotAnError() {
    assertThat(extract("").paragraphs()).isEmpty();
    assertThat(extract("<html><body><div><p>unclosed <b>tags <i>everywhere").body()).isEqualTo("unclosed tags everywhere");
    assertThat(ArticleExtractor.extract(new byte[] {0, 1, 2, (byte) 0xff, 3}, null).paragraphs()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void documentTextIsTheTitleABlankLineAndTheParagraphs() {
    ExtractedArticle article = extract(page("<article><p>%s</p><p>%s</p></article>".formatted(PROSE_1, PROSE_2)));
    assertThat(article.documentText()).isEqualTo("River floods the lower town\n\n" + PROSE_1 + "\n\n" + PROSE_2);
  }

  @Test
  void aMarkedLeadIsFoundPastShareLinksABylineAndASubheadingUnderTheHeadline() {
    String html = page("""
        <div class="top"><h1>River floods the lower town</h1>
        <h2 class="kicker">Weather</h2>
        <div class="intro">%s</div>
        <div class="by">By Jane Roe, 4 March 2024</div>
        <div class="share"><a href="#">Facebook</a></div><div class="share"><a href="#">Mail</a></div>
        <div class="share"><a href="#">Print</a></div><div class="share"><a href="#">Copy link</a></div>
        <div class="picture"><p>The old bridge seen from the east bank</p></div></div>
        <article><p>%s</p><p>%s</p><p>%s</p></article>
        """.formatted(MARKED_LEAD, PROSE_1, PROSE_2, PROSE_3));
    assertThat(extract(html).paragraphs()).containsExactly(MARKED_LEAD, PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void aMarkedLeadThatTheBodyRepeatsAsItsAbstractIsTakenOnce() {
    String html = page("""
        <div class="top"><h1>River floods the lower town</h1><div class="intro">%s</div></div>
        <article><div class="abstract">%s</div><p>%s</p><p>%s</p><p>%s</p></article>
        """.formatted(MARKED_LEAD, MARKED_LEAD, PROSE_1, PROSE_2, PROSE_3));
    assertThat(extract(html).paragraphs()).containsExactly(MARKED_LEAD, PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void leavesABoxAboutTheWriterAndAFormsLabelledFieldsOutOfTheBody() {
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1><p>%s</p><p>%s</p><p>%s</p>
        <div class="entry-author"><p class="author-bio">Jane Roe has covered the valley for twenty years. She writes
        about rivers, bridges and the people who live beside them. Read all her posts.</p></div>
        <form action="/subscribe"><fieldset><label><input type="checkbox"> I agree that my e-mail address is stored to
        send me the newsletter. After signing up I will receive an e-mail asking me to confirm it.</label></fieldset>
        <button>Sign up</button></form></article>
        """.formatted(PROSE_1, PROSE_2, PROSE_3)));
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void aHeadingOverLinksWithoutASentenceIsLeftOutWithThemButACrossheadOverProseWithLinksStays() {
    String linkedProse = "Engineers from the <a href=\"/region\">regional office</a> and the <a href=\"/army\">army's "
        + "bridge unit</a> will <a href=\"/bridge\">inspect the piers</a> on Monday.";
    ExtractedArticle article = extract(page("""
        <article><h1>River floods the lower town</h1><p>%s</p>
        <h3>More from the valley</h3><div class="teaser"><a href="/c">Heavy rain again at the weekend</a></div>
        <p>%s</p><h2>What happens next</h2><p>%s</p><p>%s</p></article>
        """.formatted(PROSE_1, PROSE_2, linkedProse, PROSE_3)));
    // the linked paragraph itself is left out as before (mostly links), its crosshead stays over the prose after it
    assertThat(article.paragraphs()).containsExactly(PROSE_1, PROSE_2, "What happens next", PROSE_3);
  }
}
