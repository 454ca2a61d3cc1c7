package dev.fractalgen.suites.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fractalgen.runtime.text.Llama2cTokenizer;
import dev.fractalgen.suites.Repo;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The llama2.c tokenizer against llama2.c's own encode() and printed decode() of 100 strings per
 * vocabulary (golden/llama2c_tokenizer.jsonl, recorded by a harness that includes run.c).
 */
class Llama2cTokenizerGoldenTest {
  record Case(String tokenizer, String text, boolean bos, boolean eos, int[] ids, byte[] printed) {}

  static List<Case> cases() throws Exception {
    List<Case> out = new ArrayList<>();
    for (String line : Repo.resource("/golden/llama2c_tokenizer.jsonl").split("\n")) {
      if (line.isBlank()) continue;
      JsonObject o = new Gson().fromJson(line, JsonObject.class);
      out.add(new Case(o.get("tokenizer").getAsString(), o.get("text").getAsString(), o.get("bos").getAsBoolean(),
          o.get("eos").getAsBoolean(), new Gson().fromJson(o.get("ids"), int[].class),
          HexFormat.of().parseHex(o.get("printed_hex").getAsString())));
    }
    return out;
  }

  static final Map<String, Path> FILES = Map.of(
      "tok512.bin", Repo.path("models/stories260K/tok512.bin"),
      "tokenizer.bin", Repo.path("models/llama2c-vocab/tokenizer.bin"));

  static Llama2cTokenizer open(String name) throws Exception {
    return Llama2cTokenizer.read(FILES.get(name), name.equals("tok512.bin") ? 512 : 32000);
  }

  @TestFactory
  Stream<DynamicTest> encodesAsLlama2cDoes() throws Exception {
    Map<String, Llama2cTokenizer> toks = Map.of("tok512.bin", open("tok512.bin"), "tokenizer.bin", open("tokenizer.bin"));
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.tokenizer() + " bos=" + c.bos() + " eos=" + c.eos() + " "
        + Repo.visible(c.text()), () -> assertArrayEquals(c.ids(), toks.get(c.tokenizer()).encode(c.text(), c.bos(), c.eos()))));
  }

  /** run.c prints decode(prev, id) for every id after the first, through safe_printf (drops unprintable single bytes). */
  @TestFactory
  Stream<DynamicTest> decodesBytesAsLlama2cPrintsThem() throws Exception {
    Map<String, Llama2cTokenizer> toks = Map.of("tok512.bin", open("tok512.bin"), "tokenizer.bin", open("tokenizer.bin"));
    return cases().stream().filter(c -> c.ids().length > 0).map(c -> DynamicTest.dynamicTest(c.tokenizer() + " " + Repo.visible(c.text()), () -> {
      Llama2cTokenizer t = toks.get(c.tokenizer());
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      for (int i = 1; i < c.ids().length; i++) {
        byte[] piece = t.decodeBytes(c.ids()[i - 1], c.ids()[i]);
        if (piece.length == 1 && !printable(piece[0])) continue;
        printed.writeBytes(piece);
      }
      assertEquals(HexFormat.of().formatHex(c.printed()), HexFormat.of().formatHex(printed.toByteArray()));
    }));
  }

  /** Text after BOS decodes back to exactly the text encoded, non-ASCII included (byte fallback reassembled). */
  @TestFactory
  Stream<DynamicTest> decodingRestoresTheText() throws Exception {
    Map<String, Llama2cTokenizer> toks = Map.of("tok512.bin", open("tok512.bin"), "tokenizer.bin", open("tokenizer.bin"));
    return cases().stream().filter(c -> c.bos() && !c.eos()).map(c -> DynamicTest.dynamicTest(c.tokenizer() + " " + Repo.visible(c.text()), () -> {
      int[] ids = c.ids();
      assertEquals(c.text(), toks.get(c.tokenizer()).decode(new int[] {ids[0]}, java.util.Arrays.copyOfRange(ids, 1, ids.length)));
    }));
  }

  @TestFactory
  Stream<DynamicTest> goldenCoversWhatMatters() throws Exception {
    List<Case> all = cases();
    return Stream.of(
        DynamicTest.dynamicTest("empty text", () -> assertTrue(all.stream().anyMatch(c -> c.text().isEmpty()))),
        DynamicTest.dynamicTest("non-ASCII", () -> assertTrue(all.stream().filter(c -> c.text().chars().anyMatch(ch -> ch > 127)).count() >= 10)),
        DynamicTest.dynamicTest("both vocabularies", () -> assertEquals(2, all.stream().map(Case::tokenizer).distinct().count())));
  }

  /** C's isprint or isspace in the "C" locale, which safe_printf keeps. */
  private static boolean printable(byte b) {
    int c = b & 0xFF;
    return (c >= 0x20 && c < 0x7F) || (c >= 0x09 && c <= 0x0D);
  }
}
