package org.doppel.relate;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A photo that two documents both show: the picture in each (document id, "#", URL), how alike
 * (0..1) and how one was edited from the other ("crop", "mirror", … or null when the whole matches),
 * with each side's caption and credit line as its page gives them (null when it gives none).
 */
public record SharedPhoto(String imageA, String imageB, double score, @Nullable String edit,
                          @Nullable String captionA, @Nullable String creditA, @Nullable String captionB, @Nullable String creditB) implements Serializable {
  /** The same photo with the sides the other way round, for a report that puts document b first. */
  public SharedPhoto swapped() {
    return new SharedPhoto(imageB, imageA, score, edit, captionB, creditB, captionA, creditA);
  }

  /** Both sides credit the photo, to different people or agencies ({@link PhotoCredits#conflict}). */
  public boolean creditConflict() {
    return PhotoCredits.conflict(creditA, creditB);
  }
}
