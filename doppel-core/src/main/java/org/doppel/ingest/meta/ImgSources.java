package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The pictures an {@code <img>} names, best first, as extraction and the photo inputs both read them.
 * A lazy loader's attributes come first ({@code data-src}, {@code data-lazy-src}, {@code data-original},
 * then each candidate of {@code data-srcset} and {@code data-lazy-srcset}): a page writes one only when
 * {@code src} is a stand-in (a blank GIF, a spacer) that a script swaps for it. Then the {@code src} of
 * a {@code <noscript>} twin right after the image (written for readers without scripts, so again the
 * real picture), then {@code src}, then each {@code srcset} candidate. Empty values and {@code data:} URIs never count;
 * each URL once, as the page writes it.
 */
public final class ImgSources {
  private static final String[] LAZY = {"data-src", "data-lazy-src", "data-original"};
  private static final String[] LAZY_SETS = {"data-srcset", "data-lazy-srcset"};
  /** A width or density descriptor of a source set's candidate. */
  private static final Pattern DESCRIPTOR = Pattern.compile("(?i)(?<![\\w.])(\\d+(?:\\.\\d+)?)([wx])\\b");

  private ImgSources() {}

  /** The URLs {@code img} offers, best first, as written. */
  public static List<String> of(Element img) {
    Set<String> urls = new LinkedHashSet<>();
    for (String attr : LAZY) {
      add(urls, img.attr(attr));
    }
    for (String attr : LAZY_SETS) {
      for (String candidate : sourceSet(img.attr(attr))) {
        add(urls, candidate);
      }
    }
    Element twin = noscriptTwin(img);
    if (twin != null) {
      add(urls, twin.attr("src"));
    }
    add(urls, img.attr("src"));
    for (String candidate : sourceSet(img.attr("srcset"))) {
      add(urls, candidate);
    }
    return new ArrayList<>(urls);
  }

  /**
   * The URLs of a {@code srcset}, as HTML splits it: a URL runs to the next white space (a {@code data:}
   * URI's comma is part of it), then its descriptors ("2x", "480w") run to the next comma.
   */
  static List<String> sourceSet(String value) {
    return candidates(value).stream().map(Candidate::url).toList();
  }

  /** The URLs of a {@code srcset}, as {@link #sourceSet} splits it, the widest (or densest) first; as written among equals. */
  static List<String> largestFirst(String value) {
    return candidates(value).stream().sorted(Comparator.comparingDouble(Candidate::size).reversed()).map(Candidate::url).toList();
  }

  /**
   * A source set's candidate.
   *
   * @param size its width descriptor ("480w": 480), else its density ("2x": 2), else 1 (HTML's default, "1x")
   */
  private record Candidate(String url, double size) {}

  private static List<Candidate> candidates(String value) {
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      String url = value.substring(start, i);
      boolean descriptors = !url.endsWith(",");
      url = url.replaceAll(",+$", "");
      int from = i;
      while (descriptors && i < n && value.charAt(i) != ',') {
        i++;
      }
      if (!url.isEmpty()) {
        candidates.add(new Candidate(url, size(value.substring(from, i))));
      }
    }
    return candidates;
  }

  /** A candidate's size from its descriptors: a width ("480w"), else a density ("2x"), else 1. */
  private static double size(String descriptors) {
    Matcher descriptor = DESCRIPTOR.matcher(descriptors);
    double density = 1;
    while (descriptor.find()) {
      double number = Double.parseDouble(descriptor.group(1));
      if (descriptor.group(2).equalsIgnoreCase("w")) {
        return number;
      }
      density = number;
    }
    return density;
  }

  /** {@code url} resolved against the page the image is on; as written when it cannot be. */
  public static String absolute(Element img, String url) {
    String absolute = StringUtil.resolve(img.baseUri(), url);
    return absolute.isEmpty() ? url : absolute;
  }

  /** The {@code <img>} inside a {@code <noscript>} that directly follows this image, if any. */
  private static @Nullable Element noscriptTwin(Element img) {
    Element next = img.nextElementSibling();
    if (next == null || !next.normalName().equals("noscript")) {
      return null;
    }
    return next.selectFirst("img");
  }

  private static void add(Set<String> urls, String value) {
    String url = value.strip();
    if (!url.isEmpty() && !url.regionMatches(true, 0, "data:", 0, 5)) {
      urls.add(url);
    }
  }
}
