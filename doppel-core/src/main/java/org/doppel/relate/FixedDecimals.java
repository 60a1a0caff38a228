package org.doppel.relate;

import java.util.Locale;

/**
 * A number with a fixed count of decimals, as {@code String.format(Locale.ROOT, "%.Nf", value)} writes it, without a
 * {@link java.util.Formatter} for each number: a verified pair's reason writes four, and the formatter was a
 * microsecond of each pair's time. {@code Formatter} rounds the number's shortest decimal digits half up; any rounding
 * of a value not within a millionth of a unit of its last decimal from a halfway point gives the same digits, so only
 * such values, and negative, huge or non-finite ones, are left to the formatter.
 */
final class FixedDecimals {
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
  /** How close to a halfway point a scaled value may lie for the formatter to be asked instead. */
  private static final double HALFWAY_TOLERANCE = 1e-6;

  private FixedDecimals() {}

  /** {@code value} with {@code decimals} digits after the point (0 to 6), appended to {@code out}. */
  static StringBuilder append(StringBuilder out, double value, int decimals) {
    double scaled = value * POWERS[decimals];
    double floor = Math.floor(scaled);
    double fraction = scaled - floor;
    if (!(value >= 0) || Double.doubleToRawLongBits(value) < 0 || !(scaled < 1e15)
        || Math.abs(fraction - 0.5) < HALFWAY_TOLERANCE) {
      return out.append(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }
    long rounded = (long) floor + (fraction > 0.5 ? 1 : 0);
    out.append(rounded / POWERS[decimals]);
    if (decimals > 0) {
      out.append('.');
      String digits = Long.toString(rounded % POWERS[decimals]);
      for (int pad = decimals - digits.length(); pad > 0; pad--) {
        out.append('0');
      }
      out.append(digits);
    }
    return out;
  }

  /** {@code value} with {@code decimals} digits after the point. */
  static String of(double value, int decimals) {
    return append(new StringBuilder(), value, decimals).toString();
  }
}
