package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.DType;

/** Fills the elements of a new tensor one at a time; {@link #build()} rounds f16/bf16 data once. */
final class TensorBuilder {
  private final DType dtype;
  private final long[] shape;
  private final float[] floats;
  private final int[] ints;

  TensorBuilder(DType dtype, long[] shape) {
    this.dtype = dtype;
    this.shape = shape.clone();
    int n = HostTensor.elementCount(shape);
    this.floats = HostTensor.isFloat(dtype) ? new float[n] : null;
    this.ints = HostTensor.isFloat(dtype) ? null : new int[n];
  }

  int size() {
    return floats != null ? floats.length : ints.length;
  }

  void setFloat(int flat, float v) {
    floats[flat] = v;
  }

  void setInt(int flat, int v) {
    ints[flat] = v;
  }

  /** Copies element {@code srcFlat} of {@code src}, which has this builder's dtype. */
  void copy(int flat, HostTensor src, int srcFlat) {
    if (floats != null) floats[flat] = src.floatAt(srcFlat);
    else ints[flat] = src.intAt(srcFlat);
  }

  HostTensor build() {
    return new HostTensor(dtype, shape, floats, ints);
  }
}
