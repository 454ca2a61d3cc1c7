package dev.fractalgen.dsl.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a test that asserts the elaborator reports the given issue code; see {@link IssueCodeCoverageTest}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Triggers {
  String value();
}
