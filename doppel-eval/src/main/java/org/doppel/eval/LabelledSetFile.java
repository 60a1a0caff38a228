package org.doppel.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature matrices of labelled sentence-pair sets, saved so that retraining with other
 * settings does not run the sentence models again (encoding the three development files takes
 * 15–30 minutes on two cores). The file names its features; a file written for other features is
 * refused rather than misread.
 */
public final class LabelledSetFile {
  private static final int MAGIC = 0x44504C53; // "DPLS"

  private LabelledSetFile() {}

  /** Writes {@code sets} to {@code file} through a temporary file, so a crash leaves no half file. */
  public static void write(Path file, List<String> featureNames, List<SentencePairTraining.LabelledSet> sets) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".doppel-", ".tmp");
    try {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
        out.writeInt(MAGIC);
        out.writeUTF(String.join(",", featureNames));
        out.writeInt(sets.size());
        for (SentencePairTraining.LabelledSet set : sets) {
          out.writeUTF(set.name());
          out.writeInt(set.labels().length);
          for (int row = 0; row < set.labels().length; row++) {
            out.writeByte(set.labels()[row]);
            for (double value : set.features()[row]) {
              out.writeDouble(value);
            }
          }
        }
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The sets saved in {@code file}; an exception naming the file when it holds other features. */
  public static List<SentencePairTraining.LabelledSet> read(Path file, List<String> featureNames) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a feature file written by doppel pairs --train");
      }
      if (!in.readUTF().equals(String.join(",", featureNames))) {
        throw new IOException(file + " holds other features than this version computes; delete it to compute them again");
      }
      int count = in.readInt();
      List<SentencePairTraining.LabelledSet> sets = new ArrayList<>();
      for (int s = 0; s < count; s++) {
        String name = in.readUTF();
        int rows = in.readInt();
        int[] labels = new int[rows];
        double[][] features = new double[rows][featureNames.size()];
        for (int row = 0; row < rows; row++) {
          labels[row] = in.readByte();
          for (int c = 0; c < featureNames.size(); c++) {
            features[row][c] = in.readDouble();
          }
        }
        sets.add(new SentencePairTraining.LabelledSet(name, features, labels));
      }
      return sets;
    } catch (EOFException e) {
      throw new IOException(file + " is cut short; delete it to compute the features again", e);
    }
  }
}
