import java.text.Normalizer;
import java.util.*;
import org.doppel.match.sentence.*;
public class Feat {
  public static void main(String[] a) throws Exception {
    var enc = SentencePairEncoders.shared();
    String nfc = "Die Brücke über den Fluss wurde am Montag für den Verkehr gesperrt, sagte der Bürgermeister.";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    var pairs = List.of(new SentencePair(nfc, nfc), new SentencePair(nfc, nfd), new SentencePair(nfd, nfd));
    double[][] f = SentencePairScorer.features(enc, pairs);
    var scorer = SentencePairScorer.bundled(enc);
    System.out.println(Arrays.toString(scorer.scoreAll(pairs)));
    for (int i = 0; i < f[0].length; i++) {
      if (f[0][i] != f[1][i] || f[0][i] != f[2][i]) System.out.println(PairFeatures.NAMES.get(i) + " " + f[0][i] + " " + f[1][i] + " " + f[2][i]);
    }
  }
}
