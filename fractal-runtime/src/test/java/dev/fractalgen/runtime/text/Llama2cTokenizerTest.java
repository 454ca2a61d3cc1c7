package dev.fractalgen.runtime.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The llama2.c tokenizer on a hand-made vocabulary whose encodings are worked out by hand (the
 * golden comparison with llama2.c itself is in the test suites), and its file checks.
 */
class Llama2cTokenizerTest {
  @TempDir Path tmp;

  /** ids 0-2 specials, 3-258 the byte tokens, then: 259 " ", 260 "a", 261 "b", 262 "ab" (score 2), 263 " a" (score 1), 264 " ab" (score 3). */
  static List<Object[]> vocab() {
    List<Object[]> v = new ArrayList<>();
    v.add(new Object[] {"<unk>", 0f});
    v.add(new Object[] {"\n<s>\n", 0f});
    v.add(new Object[] {"\n</s>\n", 0f});
    for (int b = 0; b < 256; b++) v.add(new Object[] {String.format("<0x%02X>", b), 0f});
    v.add(new Object[] {" ", 0f});
    v.add(new Object[] {"a", 0f});
    v.add(new Object[] {"b", 0f});
    v.add(new Object[] {"ab", 2f});
    v.add(new Object[] {" a", 1f});
    v.add(new Object[] {" ab", 3f});
    return v;
  }

  Path write(List<Object[]> vocab, int maxLen, byte[] trailing) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    out.write(b.putInt(0, maxLen).array());
    for (Object[] t : vocab) {
      byte[] s = ((String) t[0]).getBytes(StandardCharsets.UTF_8);
      out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat((Float) t[1]).putInt(s.length).array());
      out.write(s);
    }
    out.write(trailing);
    Path p = Files.createTempFile(tmp, "tok", ".bin");
    Files.write(p, out.toByteArray());
    return p;
  }

  Llama2cTokenizer tok() throws Exception {
    return Llama2cTokenizer.read(write(vocab(), 8, new byte[0]), vocab().size());
  }

  @Test
  void mergesTheBestScoringPairFirst() throws Exception {
    // BOS, dummy " ", "a", "b": pairs " a" (1) and "ab" (2) -> "ab" first; then " "+"ab" = " ab" (3)
    assertArrayEquals(new int[] {1, 264}, tok().encode("ab"));
    // " a" is the only merge for "a"
    assertArrayEquals(new int[] {1, 263}, tok().encode("a"));
    // "ba": " b" and "ba" are not in the vocabulary: no merge
    assertArrayEquals(new int[] {1, 259, 261, 260, 2}, tok().encode("ba", true, true));
    assertArrayEquals(new int[] {259, 261, 260}, tok().encode("ba", false, false));
  }

  @Test
  void unkBosAndEosAreTheSpecialTokens() throws Exception {
    Llama2cTokenizer t = tok();
    assertTrue(t.isSpecial(0) && t.isSpecial(1) && t.isSpecial(2));
    assertTrue(!t.isSpecial(3) && !t.isSpecial(259));
  }

  @Test
  void emptyTextHasNoDummyPrefix() throws Exception {
    assertArrayEquals(new int[] {1}, tok().encode(""));
    assertArrayEquals(new int[0], tok().encode("", false, false));
  }

  @Test
  void unknownCharactersFallBackToTheirUtf8Bytes() throws Exception {
    // "é" is C3 A9: ids 0xC3 + 3 and 0xA9 + 3
    assertArrayEquals(new int[] {1, 259, 0xC3 + 3, 0xA9 + 3}, tok().encode("é"));
  }

  @Test
  void decodingStripsTheSpaceAfterBosAndReassemblesBytes() throws Exception {
    Llama2cTokenizer t = tok();
    assertEquals("ab", t.decode(new int[] {1}, new int[] {264}));
    assertEquals(" ab", t.decode(new int[] {260}, new int[] {264}));
    Tokenizer.Decoder d = t.decoder(new int[] {1});
    assertEquals("", d.next(259));  // " " right after BOS
    assertEquals("", d.next(0xC3 + 3)); // first half of é: held back
    assertEquals("é", d.next(0xA9 + 3));
    assertEquals("", d.next(0xC3 + 3));
    assertEquals("\uFFFD", d.finish()); // a character that never completed
  }

  @Test
  void fileProblemsAreCoded() throws Exception {
    assertEquals(TokenizerException.Code.TOK_NOT_FOUND,
        assertThrows(TokenizerException.class, () -> Llama2cTokenizer.read(tmp.resolve("none.bin"), 10)).code());
    Path full = write(vocab(), 8, new byte[0]);
    Path cut = tmp.resolve("cut.bin");
    Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(full), 101));
    TokenizerException e = assertThrows(TokenizerException.class, () -> Llama2cTokenizer.read(cut, vocab().size()));
    assertEquals(TokenizerException.Code.TOK_MALFORMED, e.code());
    assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
    assertEquals(TokenizerException.Code.TOK_MALFORMED,
        assertThrows(TokenizerException.class, () -> Llama2cTokenizer.read(write(vocab(), 2, new byte[0]), vocab().size())).code());
    assertEquals(TokenizerException.Code.TOK_VOCAB_MISMATCH,
        assertThrows(TokenizerException.class, () -> Llama2cTokenizer.read(full, vocab().size() - 1)).code());
    assertEquals(TokenizerException.Code.TOK_VOCAB_MISMATCH,
        assertThrows(TokenizerException.class, () -> Llama2cTokenizer.read(full, vocab().size() + 1)).code());
    assertEquals(TokenizerException.Code.TOK_NOT_FOUND,
        assertThrows(TokenizerException.class, () -> Llama2cTokenizer.read(tmp, 10)).code());
  }
}
