package dev.fractalgen.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void shapeStringAndCounts() {
        Tensor t = Tensor.ofFloats("w", DType.F32, new long[] {64, 512}, new float[64 * 512]);
        assertEquals("[64, 512]", t.shapeString());
        assertEquals(32768, t.elementCount());
        assertEquals(131072, t.byteSize());
        assertEquals("[]", Tensor.shapeString(new long[0]));
        assertEquals(1, Tensor.elementCount(new long[0]), "a scalar holds one element");
    }

    @Test
    void decodesRawLittleEndianBytes() {
        // 1.0f = 3F800000, -2.5f = C0200000, stored low byte first.
        ByteBuffer f32 =
                ByteBuffer.wrap(new byte[] {0, 0, (byte) 0x80, 0x3F, 0, 0, 0x20, (byte) 0xC0});
        assertArrayEquals(new float[] {1f, -2.5f},
                new Tensor("a", DType.F32, new long[] {2}, f32).toFloats());
        ByteBuffer f16 = ByteBuffer.wrap(TestFiles.shorts(0x3C00, 0xC100));
        assertArrayEquals(new float[] {1f, -2.5f},
                new Tensor("b", DType.F16, new long[] {2}, f16).toFloats());
        ByteBuffer bf16 = ByteBuffer.wrap(TestFiles.shorts(0x3F80, 0xC020));
        assertArrayEquals(new float[] {1f, -2.5f},
                new Tensor("c", DType.BF16, new long[] {2}, bf16).toFloats());
        byte ff = (byte) 0xFF;
        ByteBuffer i32 = ByteBuffer.wrap(new byte[] {ff, ff, ff, ff, 7, 0, 0, 0});
        Tensor ints = new Tensor("d", DType.I32, new long[] {2}, i32);
        assertArrayEquals(new int[] {-1, 7}, ints.toInts());
        assertArrayEquals(new float[] {-1f, 7f}, ints.toFloats());
    }

    @Test
    void rejectsWrongByteCountsAndMisuse() {
        assertThrows(IllegalArgumentException.class,
                () -> new Tensor("x", DType.F32, new long[] {3}, ByteBuffer.allocate(8)));
        assertThrows(IllegalArgumentException.class,
                () -> Tensor.ofFloats("x", DType.F32, new long[] {-1}, new float[0]));
        assertThrows(IllegalArgumentException.class,
                () -> Tensor.ofFloats("x", DType.I32, new long[] {1}, new float[1]));
        assertThrows(IllegalStateException.class,
                () -> Tensor.ofFloats("x", DType.F32, new long[] {1}, new float[1]).toInts());
        assertThrows(ArithmeticException.class,
                () -> Tensor.elementCount(new long[] {1L << 40, 1L << 40}));
    }

    @Test
    void dataIsReadOnlyAndIndependentlyPositioned() {
        Tensor t = Tensor.ofInts("i", new long[] {2}, new int[] {5, 6});
        ByteBuffer view = t.data();
        view.getInt();
        assertEquals(0, t.data().position(), "each view starts at 0");
        assertThrows(java.nio.ReadOnlyBufferException.class, () -> t.data().putInt(0, 1));
    }
}
