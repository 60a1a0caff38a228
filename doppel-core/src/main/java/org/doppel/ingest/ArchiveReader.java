package org.doppel.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members of a tar or zip archive as the files of a folder are read: each regular member a file, its own
 * extension choosing its reader, in the archive's order. Members are read, never extracted: a name that is absolute
 * or climbs out with {@code ..} touches no file (it is reported and left out, as {@code tar} and {@code unzip} refuse to
 * write it); an archive inside the archive is reported, not opened; a link is reported, not followed. One
 * {@link ExpansionGuard} counts the archive's own compression and one its members' compressions together, so a bomb
 * stops the archive with a message; a member past the limit on its own (a .html.gz or .warc.gz bomb) is named, its
 * documents before the stop kept, and the archive read on.
 */
final class ArchiveReader {
  /** A member to read: its name inside the archive, its document id, where messages say it is, and its format. */
  record Member(String name, String id, String location, InputFormat format) {}

  /** Reads one member's documents from its (decompressed) stream. */
  @FunctionalInterface
  interface MemberReader {
    /**
     * @param walkExpansion told the bytes a gzip crawl's walk inflates from {@code in}, which it is handed as stored
     *     ({@link ExpandedBytes#UNCOUNTED} for any other member, whose stream counts its own expansion)
     */
    void read(Member member, InputStream in, ExpandedBytes walkExpansion) throws IOException;
  }

  /** Between an archive's path and its member's name in a member's location. */
  static final String MEMBER_SEPARATOR = "!/";

  /** Where messages place a member: the archive's path, "!/" and the member's name, as a jar's entries are named. */
  static String locationOf(String archive, String member) {
    return archive + MEMBER_SEPARATOR + member;
  }

  private final Consumer<IngestProblem> problems;
  private final ExpansionLimit limit;

  ArchiveReader(Consumer<IngestProblem> problems, ExpansionLimit limit) {
    this.problems = problems;
    this.limit = limit;
  }

  /**
   * Reads every member of {@code file} to {@code reader}; a member that cannot be read is reported and the next one
   * read. Throws, with the members before kept, when the archive itself cannot be read on (truncated, corrupt, a bomb).
   *
   * @param archiveId the archive's name without its extension, which members' ids start with
   */
  void read(Path file, String archiveId, ArchiveFormat format, MemberReader reader) throws IOException {
    String archive = file.toString();
    // what the members' own compressions expand to, weighed against the whole archive: a bomb spread over many small
    // .gz members, each below the limit on its own, stops the archive as one member past it would
    ExpansionGuard contents = new ExpansionGuard(limit);
    contents.addCompressed(Files.size(file));
    each(file, format, (name, location) -> member(archiveId, archive, name)
        .<EntryReader>map(m -> (in, stream) -> readMember(m, in, reader, stream, contents)).orElse(null));
  }

  /** Reads a regular member's (still compressed) bytes; {@code stream} is a tar's stream, whose failure is the archive's. */
  @FunctionalInterface
  interface EntryReader {
    void read(InputStream in, @Nullable Recording stream) throws IOException;
  }

  /** Chooses the regular members to read, by name (as stored) and location: null leaves one out. */
  @FunctionalInterface
  interface Selector {
    @Nullable EntryReader select(String name, String location);
  }

  /** Every regular member of {@code file} that {@code selector} chooses, in the archive's order; links and devices are named as by {@link #read}. */
  void each(Path file, ArchiveFormat format, Selector selector) throws IOException {
    ExpansionGuard guard = new ExpansionGuard(limit);
    if (format.zip()) {
      readZip(file, guard, selector);
    } else {
      readTar(file, format.compression(), guard, selector);
    }
  }

  private void readTar(Path file, Compression compression, ExpansionGuard guard, Selector selector) throws IOException {
    String archive = file.toString();
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try (Recording stream = new Recording(compression == Compression.NONE ? raw : guard.expanded(compression.open(guard.compressed(raw))));
        TarArchiveInputStream tar = new TarArchiveInputStream(stream)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        String location = locationOf(archive, name);
        if (entry.isSymbolicLink() || entry.isLink()) {
          if (!isQuietlySkipped(name)) {
            problems.accept(new IngestProblem(location, "a link inside the archive (to " + entry.getLinkName() + "), not followed", true));
          }
          continue;
        }
        if (!entry.isFile()) {
          problems.accept(new IngestProblem(location, "not a regular file (a device or pipe entry)", true));
          continue;
        }
        EntryReader member = selector.select(name, location);
        if (member != null) {
          member.read(CloseShieldInputStream.wrap(tar), stream);
        }
      }
    }
  }

  private void readZip(Path file, ExpansionGuard guard, Selector selector) throws IOException {
    String archive = file.toString();
    ZipFile zip;
    try {
      zip = ZipFile.builder().setPath(file).get();
    } catch (IOException e) {
      // a zip lists its members at its end: one cut short, or not a zip, has no list to read
      throw new IngestException("not a valid zip file, or one cut short (" + e.getMessage() + ")");
    }
    try (zip) {
      guard.addCompressed(Files.size(file));
      for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        String location = locationOf(archive, name);
        if (entry.isUnixSymlink()) {
          if (!isQuietlySkipped(name)) {
            problems.accept(new IngestProblem(location, "a link inside the archive, not followed", true));
          }
          continue;
        }
        EntryReader member = selector.select(name, location);
        if (member == null) {
          continue;
        }
        if (!zip.canReadEntryData(entry)) {
          problems.accept(new IngestProblem(location, "encrypted, or compressed with a method Doppel does not read (zip method "
              + entry.getMethod() + "): unzip it to read it", true));
          continue;
        }
        try (InputStream in = guard.expanded(zip.getInputStream(entry))) {
          member.read(in, null);
        }
      }
    }
  }

  /**
   * Reads one member, its own compression undone, with a problem for what it holds that cannot be read. A member whose
   * own compression expands past the limit (a bomb packed in the archive) is named and the archive read on; an expansion
   * of the archive's own compression, or of its members' together ({@code contents}), past the limit stops the archive
   * (thrown on). A gzip crawl (.warc.gz) is handed over as it is stored, as a .warc.gz file is read: the crawl's walk
   * inflates it member by member and resumes at the next member after a cut or corrupt one, where a member inflated here
   * as one stream ended at the first; the walk tells the bytes it inflates to the same guards.
   */
  private void readMember(Member member, InputStream in, MemberReader reader, @Nullable Recording archive,
      ExpansionGuard contents) throws IOException {
    Compression compression = Compression.of(member.name());
    boolean inflatedByWalk = compression == Compression.GZIP && member.format() == InputFormat.WARC;
    ExpansionGuard own = new ExpansionGuard(limit);
    InputStream stream = compression == Compression.NONE ? in
        : inflatedByWalk ? own.compressed(in)
        : contents.expanded(own.expanded(compression.open(own.compressed(in))));
    ExpandedBytes walkExpansion = !inflatedByWalk ? ExpandedBytes.UNCOUNTED : bytes -> {
      own.addExpanded(bytes);
      contents.addExpanded(bytes);
    };
    try (stream) {
      reader.read(member, stream, walkExpansion);
    } catch (IngestException e) {
      if (archive != null && archive.failed || ExpandedBytes.isStop(e) && !own.stopped()) {
        throw e; // the archive cannot be read on: said once, for the archive
      }
      problems.accept(new IngestProblem(member.location(), own.stopped() ? e.getMessage() + "; the archive's other members are read on"
          : e.getMessage(), true));
    }
  }

  /** A stream that remembers whether a read of it failed: a tar member's error may be the whole archive's. */
  static final class Recording extends FilterInputStream {
    private boolean failed;

    Recording(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return super.skip(n);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }

  /**
   * The member to read under {@code name}, or empty when it is left out: in silence for a hidden file and a saved
   * page's parts (as a folder's are), with a problem for a name that leaves the archive, an archive inside it and a
   * file of no format Doppel reads.
   */
  private Optional<Member> member(String archiveId, String archive, String name) {
    String location = locationOf(archive, name);
    String relative = relativeName(name);
    if (relative == null) {
      problems.accept(new IngestProblem(location, "a member name that is absolute or climbs out of the archive (..): not read "
          + "(members are read, never written; tar and unzip refuse to write it too)", true));
      return Optional.empty();
    }
    if (relative.isEmpty() || isQuietlySkipped(relative)) {
      return Optional.empty();
    }
    String fileName = relative.substring(relative.lastIndexOf('/') + 1);
    if (ArchiveFormat.of(fileName).isPresent()) {
      problems.accept(new IngestProblem(location, "an archive inside the archive, not opened: unpack it to read its members", true));
      return Optional.empty();
    }
    Optional<InputFormat> format = InputFormat.of(fileName);
    if (format.isEmpty()) {
      problems.accept(new IngestProblem(location, UnreadFileKinds.message(fileName), true));
      return Optional.empty();
    }
    return Optional.of(new Member(relative, archiveId + "/" + InputFormat.stripExtension(relative), location, format.get()));
  }

  /**
   * A member's name as a path inside the archive ("./a/b.txt" → "a/b.txt"), or null for one that is absolute (a
   * leading "/", "\" or drive letter) or has a ".." part, which an unpacker would write outside its folder.
   */
  static @Nullable String relativeName(String name) {
    String path = name.replace('\\', '/');
    if (path.startsWith("/") || path.length() > 1 && path.charAt(1) == ':') {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        return null;
      }
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      out.append(out.isEmpty() ? "" : "/").append(part);
    }
    return out.toString();
  }

  /**
   * Left out without a word, as a folder walk leaves them: a hidden file or folder (a dot first; macOS's "._" files),
   * the "__MACOSX" folder its zip tool adds, and a saved page's pictures, scripts and styles.
   */
  private static boolean isQuietlySkipped(String name) {
    return HiddenFiles.isHiddenMember(name) || InputFormat.isPagePart(name.substring(name.lastIndexOf('/') + 1));
  }
}
