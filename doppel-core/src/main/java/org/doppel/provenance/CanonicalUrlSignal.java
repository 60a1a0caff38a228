package org.doppel.provenance;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doppel.ingest.SourceText;

/**
 * A republished page often declares the original as its canonical URL. When both documents carry the same
 * URL, the one whose URL came from a canonical link (evidence {@code canonical}) while the other's is its own
 * address is the copy. When only the hosts can be compared, a URL whose host spells the other document's site
 * ({@code lamplitledger.com} for "The Lamplit Ledger") and not its own points to the original.
 */
public final class CanonicalUrlSignal implements DirectionSignal {
  @Override
  public List<DirectionClue> clues(PairContext pair) {
    Optional<DirectionClue> ab = pointsTo(pair.a(), pair.b());
    Optional<DirectionClue> ba = pointsTo(pair.b(), pair.a());
    if (ab.isPresent() && ba.isPresent()) {
      return List.of(ab.get(), ba.get());
    }
    return ab.or(() -> ba).map(List::of).orElse(List.of());
  }

  private static Optional<DirectionClue> pointsTo(SourceText copy, SourceText original) {
    String url = copy.metadata().url();
    if (url == null) {
      return Optional.empty();
    }
    boolean canonical = copy.metadata().evidence().getOrDefault("url", "").toLowerCase(Locale.ROOT).contains("canonical");
    String originalUrl = original.metadata().url();
    boolean originalCanonical = original.metadata().evidence().getOrDefault("url", "").toLowerCase(Locale.ROOT).contains("canonical");
    if (canonical && !originalCanonical && originalUrl != null && normalise(url).equals(normalise(originalUrl))) {
      return Optional.of(new DirectionClue("canonical_url", original.id(), true,
          copy.id() + " declares " + original.id() + "'s address " + url + " as canonical"));
    }
    String host = host(url);
    String site = SiteName.normalise(original.metadata().site());
    String ownSite = SiteName.normalise(copy.metadata().site());
    if (canonical && !host.isEmpty() && !site.isEmpty() && host.contains(site) && (ownSite.isEmpty() || !host.contains(ownSite))) {
      return Optional.of(new DirectionClue("canonical_url", original.id(), true,
          copy.id() + "'s canonical URL " + url + " is on " + original.id() + "'s site " + original.metadata().site()));
    }
    return Optional.empty();
  }

  private static String normalise(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  private static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
