package org.quotetrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopChannelTest {
  @TempDir Path dir;

  @Test
  void readsSeeksAndEndsLikeAFileChannel() throws IOException {
    Path file = Files.writeString(dir.resolve("a.warc"), "WARC/1.0 records");
    try (HadoopChannel channel = HadoopChannel.open(file.toUri().toString(), new Configuration())) {
      assertEquals(16, channel.size());
      channel.position(9);
      assertEquals("records", read(channel, ByteBuffer.allocate(32)));
      assertEquals(16, channel.position());
      assertEquals(-1, channel.read(ByteBuffer.allocate(4)));
      channel.position(100);
      assertEquals(-1, channel.read(ByteBuffer.allocate(4)), "past the end reads nothing");
      channel.position(0);
      assertEquals("WARC", read(channel, ByteBuffer.allocateDirect(4)));
      assertThrows(NonWritableChannelException.class, () -> channel.write(ByteBuffer.allocate(1)));
    }
  }

  @Test
  void refusesReadsOnceClosed() throws IOException {
    Path file = Files.writeString(dir.resolve("a.warc"), "WARC/1.0");
    HadoopChannel channel = HadoopChannel.open(file.toString(), new Configuration());
    channel.close();
    assertFalse(channel.isOpen());
    assertThrows(ClosedChannelException.class, () -> channel.read(ByteBuffer.allocate(4)));
  }

  private static String read(HadoopChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
      // keep filling
    }
    buffer.flip();
    return StandardCharsets.US_ASCII.decode(buffer).toString();
  }
}
