package org.quotetrail.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Finds where the next WARC record may start after a damaged one: the next gzip member header in a
 * compressed archive (each record is its own member), or the next "WARC/" version line at the
 * start of a line in an uncompressed one.
 */
final class RecordResync {
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = {'\n', 'W', 'A', 'R', 'C', '/'};
  private static final int BUFFER = 64 * 1024;

  private RecordResync() {}

  /** The offset of the next record start at or after {@code from}, or -1 when there is none. */
  static long next(SeekableByteChannel channel, long from, boolean gzipped) throws IOException {
    byte[] marker = gzipped ? GZIP_MAGIC : WARC_LINE;
    int skip = gzipped ? 0 : 1; // the record starts after the newline
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    long base = from;
    while (base < channel.size()) {
      buffer.clear();
      channel.position(base);
      int n = channel.read(buffer);
      if (n <= 0) {
        return -1;
      }
      int found = indexOf(buffer.array(), n, marker);
      if (found >= 0) {
        return base + found + skip;
      }
      // Step back so that a marker split across two reads is still found.
      base += Math.max(1, n - marker.length + 1);
    }
    return -1;
  }

  private static int indexOf(byte[] data, int length, byte[] marker) {
    outer:
    for (int i = 0; i + marker.length <= length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (data[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
