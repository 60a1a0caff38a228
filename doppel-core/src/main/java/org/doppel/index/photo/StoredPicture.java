package org.doppel.index.photo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doppel.fingerprint.photo.PhotoHashes;

/**
 * A picture of a document as a standing index keeps it: the URL its page gives it (the figure's caption
 * and credit are in the document's metadata, under the same URL) and all its hashes, the ones a query
 * only asks with included ({@link PhotoHashes#toBytes}: about 800 bytes on disk, none in memory).
 */
public record StoredPicture(String url, PhotoHashes hashes) {
  /** A document's pictures in page order, as one stored value. */
  public static byte[] toBytes(List<StoredPicture> pictures) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(pictures.size());
      for (StoredPicture picture : pictures) {
        byte[] url = picture.url().getBytes(StandardCharsets.UTF_8);
        byte[] hashes = picture.hashes().toBytes();
        out.writeInt(url.length);
        out.write(url);
        out.writeInt(hashes.length);
        out.write(hashes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static List<StoredPicture> fromBytes(byte[] bytes) {
    List<StoredPicture> pictures = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String url = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        pictures.add(new StoredPicture(url, PhotoHashes.fromBytes(in.readNBytes(in.readInt()))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pictures;
  }
}
