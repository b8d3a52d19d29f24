package org.quotetrail.spark;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.quotetrail.ingest.Inputs;
import org.quotetrail.ingest.warc.WarcFileReader;

/**
 * Finds the WARC files a user named, on any Hadoop file system: a file, a folder (searched
 * recursively) or a glob such as {@code s3a://bucket/crawl/2024/*}{@code /*.warc.gz}.
 */
final class WarcInputs {
  private static final WarcFileReader NAMES = new WarcFileReader(Inputs.MAX_ARTICLE_BYTES);

  private WarcInputs() {}

  /**
   * The fully qualified names of the {@code .warc} and {@code .warc.gz} files under {@code inputs},
   * sorted and without repeats.
   *
   * @throws IllegalArgumentException naming the input when it matches nothing or holds no WARC file
   * @throws IOException when a file system cannot be listed
   */
  static List<String> list(List<String> inputs, Configuration conf) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("no such input: " + input);
      }
      TreeSet<String> found = new TreeSet<>();
      for (FileStatus match : matches) {
        add(fs, match, found);
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException("no .warc or .warc.gz files in " + input);
      }
      files.addAll(found);
    }
    return List.copyOf(files);
  }

  private static void add(FileSystem fs, FileStatus match, TreeSet<String> files) throws IOException {
    if (!match.isDirectory()) {
      addIfWarc(match.getPath(), files);
      return;
    }
    RemoteIterator<LocatedFileStatus> found = fs.listFiles(match.getPath(), true);
    while (found.hasNext()) {
      addIfWarc(found.next().getPath(), files);
    }
  }

  private static void addIfWarc(Path file, TreeSet<String> files) {
    if (NAMES.accepts(java.nio.file.Path.of(file.getName()))) {
      files.add(file.toString());
    }
  }
}
