package dev.fractalgen.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-model settings of the plugin's {@code <models>}: the model's name (its file name without
 * {@code .fractal}) and the config values that override the program's own.
 *
 * <pre>{@code
 * <models>
 *   <model><name>llama2c</name><config><dim>288</dim><n_layers>6</n_layers></config></model>
 * </models>
 * }</pre>
 */
public class Model {
  private String name;
  private Map<String, String> config = new LinkedHashMap<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Map<String, String> getConfig() {
    return config;
  }

  public void setConfig(Map<String, String> config) {
    this.config = config == null ? new LinkedHashMap<>() : config;
  }
}
