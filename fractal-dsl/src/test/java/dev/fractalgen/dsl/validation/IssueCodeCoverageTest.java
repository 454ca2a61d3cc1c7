package dev.fractalgen.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.dsl.elab.IssueCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every issue code has a test that triggers it, marked {@link Triggers}. */
class IssueCodeCoverageTest {
  private static final List<Class<?>> TESTS = List.of(NameValidationTest.class, TypeValidationTest.class,
      GenerateValidationTest.class, WeightValidationTest.class, ConfigOverrideTest.class, SyntaxValidationTest.class);

  @Test
  void everyIssueCodeIsTriggeredByATest() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Field f : IssueCodes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) codes.add((String) f.get(null));
    }
    Set<String> triggered = new TreeSet<>();
    for (Class<?> c : TESTS) {
      for (Method m : c.getDeclaredMethods()) {
        Triggers t = m.getAnnotation(Triggers.class);
        if (t != null) triggered.add(t.value());
      }
    }
    assertEquals(codes, triggered);
  }
}
