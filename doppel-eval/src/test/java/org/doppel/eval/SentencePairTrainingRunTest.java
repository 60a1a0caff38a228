package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.doppel.match.sentence.PairFeatures;
import org.doppel.match.sentence.TrainingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencePairTrainingRunTest {
  @TempDir Path dir;

  private static SentencePairTraining.LabelledSet set(String name) {
    double[][] features = new double[2][PairFeatures.NAMES.size()];
    features[0][0] = 0.25;
    return new SentencePairTraining.LabelledSet(name, features, new int[] {1, 0});
  }

  @Test
  void theRecordNamesTheFilesByNameAndChecksumAndRepeatsTheCommandInTheOrderGiven() throws Exception {
    Path news = Files.writeString(dir.resolve("news.tsv"), "1\tA cat sat.\tA cat was sitting.\n");
    Path forum = Files.writeString(dir.resolve("forum.tsv"), "0\tRain today.\tThe match was won.\n");
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("news", 2.0);
    weights.put("forum", 0.5);
    SentencePairTrainingRun run = new SentencePairTrainingRun(List.of(news, forum), "model.json", 30, 3, 0.1, 2, 7,
        OptionalDouble.empty(), weights);
    List<SentencePairTraining.LabelledSet> sets = List.of(set("news"), set("forum"), set(SentencePairTrainingSets.MISMATCHED));

    TrainingRecord record = run.record(sets);

    assertThat(record.data()).containsExactly(new TrainingRecord.DataFile("news.tsv", sha256(news)),
        new TrainingRecord.DataFile("forum.tsv", sha256(forum)));
    assertThat(record.featuresSha256()).isEqualTo(SentencePairTraining.featuresChecksum(sets));
    assertThat(record.seed()).isEqualTo(7);
    assertThat(record.parameters()).containsEntry("rounds", "30").containsEntry("depth", "3")
        .containsEntry("learning_rate", "0.1").containsEntry("threshold", "0.5").containsEntry("weight:news", "2.0")
        .containsEntry("weight:forum", "0.5").containsEntry("weight:" + SentencePairTrainingSets.MISMATCHED, "1.0");
    // no --threshold when none was given; the weights in the order given, then the files, without their folders
    assertThat(record.command()).isEqualTo("doppel pairs --train model.json --folds 2 --seed 7 --rounds 30 --depth 3 "
        + "--learning-rate 0.1 --set-weight news=2.0 --set-weight forum=0.5 news.tsv forum.tsv");
  }

  @Test
  void aGivenThresholdIsTheCutAndIsInTheCommand() throws Exception {
    Path news = Files.writeString(dir.resolve("news.tsv"), "1\ta\tb\n");
    SentencePairTrainingRun run = new SentencePairTrainingRun(List.of(news), "m.json", 5, 2, 0.3, 3, 1,
        OptionalDouble.of(0.7), Map.of());
    assertThat(run.cut()).isEqualTo(0.7);
    TrainingRecord record = run.record(List.of(set("news")));
    assertThat(record.parameters()).containsEntry("threshold", "0.7");
    assertThat(record.command()).contains(" --threshold 0.7 ").endsWith(" news.tsv");
  }

  @Test
  void aCacheOfOtherFilesIsRefusedSayingWhoseFeaturesItHolds() throws Exception {
    Path cache = dir.resolve("features.bin");
    LabelledSetFile.write(cache, PairFeatures.NAMES, List.of(set("news"), set(SentencePairTrainingSets.MISMATCHED)));

    assertThat(SentencePairTrainingSets.readCached(cache, List.of(Path.of("data/news.tsv"))))
        .extracting(SentencePairTraining.LabelledSet::name).containsExactly("news", SentencePairTrainingSets.MISMATCHED);
    assertThatThrownBy(() -> SentencePairTrainingSets.readCached(cache, List.of(Path.of("forum.tsv"))))
        .isInstanceOf(EvalInputException.class)
        .hasMessage(cache + " holds the features of [news, " + SentencePairTrainingSets.MISMATCHED + "], not of [forum, "
            + SentencePairTrainingSets.MISMATCHED + "]");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
  }
}
