package dev.fractalgen.ide;

import dev.fractalgen.dsl.elab.IssueCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fixes offered for a problem: replace {@code length} chars at {@code offset} by {@code replacement}. */
public final class QuickFixes {
  public record Fix(String title, int offset, int length, String replacement) {}

  private static final Pattern UNKNOWN = Pattern.compile("unknown (?:name|function) '([^']+)'");
  private static final Pattern SUGGESTED = Pattern.compile("'([^']+)'");
  private static final Pattern WEIGHT = Pattern.compile("weight '([^']+)' is not bound");

  private QuickFixes() {}

  public static List<Fix> of(Problem p, String text) {
    List<Fix> out = new ArrayList<>();
    if (p.code().equals(IssueCodes.UNKNOWN_NAME) || p.code().equals(IssueCodes.UNKNOWN_FUNCTION)) {
      Matcher m = UNKNOWN.matcher(p.message());
      int mean = p.message().indexOf("did you mean");
      if (m.find() && mean >= 0 && text.startsWith(m.group(1), p.offset())) {
        // the name starts the marked element (a name, or a call whose name is wrong)
        Matcher s = SUGGESTED.matcher(p.message().substring(mean));
        while (s.find()) out.add(new Fix("Change to '" + s.group(1) + "'", p.offset(), m.group(1).length(), s.group(1)));
      }
    }
    if (p.code().equals(IssueCodes.UNBOUND_WEIGHT)) {
      Matcher m = WEIGHT.matcher(p.message());
      if (m.find()) out.add(new Fix("Bind to the checkpoint tensor \"" + m.group(1) + "\"", p.offset() + p.length(), 0, " = \"" + m.group(1) + "\""));
    }
    return out;
  }
}
