package org.quotetrail.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A read-only, seekable channel over a file of any Hadoop file system (local, HDFS, S3), so that
 * the core's WARC reader can read an archive where it lies and seek past a damaged record.
 */
final class HadoopChannel implements SeekableByteChannel {
  private static final int CHUNK = 64 * 1024;
  private final FSDataInputStream in;
  private final long size;
  private volatile boolean open = true;

  private HadoopChannel(FSDataInputStream in, long size) {
    this.in = in;
    this.size = size;
  }

  /** Opens {@code file} on the file system its URI names. */
  static HadoopChannel open(String file, Configuration conf) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    long size = fs.getFileStatus(path).getLen();
    return new HadoopChannel(fs.open(path), size);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    ensureOpen();
    if (in.getPos() >= size) {
      return -1;
    }
    if (dst.hasArray()) {
      int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (n > 0) {
        dst.position(dst.position() + n);
      }
      return n;
    }
    byte[] chunk = new byte[Math.min(CHUNK, dst.remaining())];
    int n = in.read(chunk);
    if (n > 0) {
      dst.put(chunk, 0, n);
    }
    return n;
  }

  @Override
  public long position() throws IOException {
    ensureOpen();
    return in.getPos();
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    ensureOpen();
    // Hadoop streams refuse to seek past the end; a channel may, and then reads nothing.
    in.seek(Math.min(newPosition, size));
    return this;
  }

  @Override
  public long size() throws IOException {
    ensureOpen();
    return size;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public SeekableByteChannel truncate(long newSize) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    open = false;
    in.close();
  }

  private void ensureOpen() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
