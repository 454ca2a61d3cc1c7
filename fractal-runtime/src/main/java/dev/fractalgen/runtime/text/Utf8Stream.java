package dev.fractalgen.runtime.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream of byte pieces as UTF-8, holding back a character whose bytes have not all
 * arrived yet (byte-fallback tokens split one character over several tokens); malformed bytes
 * become U+FFFD.
 */
final class Utf8Stream {
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private ByteBuffer pending = ByteBuffer.allocate(16);

  /** Appends {@code bytes} and returns the text they complete. */
  String push(byte[] bytes) {
    if (pending.remaining() < bytes.length) {
      ByteBuffer grown = ByteBuffer.allocate(pending.position() + bytes.length + 16);
      pending.flip();
      grown.put(pending);
      pending = grown;
    }
    pending.put(bytes);
    return drain(false);
  }

  /** The text still held back, incomplete characters replaced. */
  String finish() {
    String s = drain(true);
    CharBuffer out = CharBuffer.allocate(4);
    utf8.flush(out);
    utf8.reset();
    return s + out.flip();
  }

  private String drain(boolean end) {
    pending.flip();
    CharBuffer out = CharBuffer.allocate(pending.remaining() + 2);
    // with end == false an incomplete trailing sequence stays in the buffer (underflow)
    utf8.decode(pending, out, end);
    pending.compact();
    return out.flip().toString();
  }
}
