package org.doppel.match.sentence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a model file was made, written into it so that anyone can make it again from the repository:
 * the data files (by name, with the SHA-256 of their bytes), the SHA-256 of the feature vectors the
 * trees were fitted on (which changes when a sentence model or a feature changes), every parameter
 * of the fit including each set's weight, the seed, and the command that made it.
 *
 * @param data the labelled files, in the order they were given
 * @param featuresSha256 the checksum of the features and labels the trees were fitted on
 * @param parameters every setting of the fit, by name, in a fixed order
 * @param seed the seed of the fold shuffle and of the mismatched pairs
 * @param command the command line that makes the same file again (data files by name)
 */
public record TrainingRecord(List<DataFile> data, String featuresSha256, Map<String, String> parameters, long seed, String command) {
  public TrainingRecord {
    data = List.copyOf(data);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** One labelled file: its name (no folder, so the record does not depend on where it lay) and checksum. */
  public record DataFile(String name, String sha256) {}
}
