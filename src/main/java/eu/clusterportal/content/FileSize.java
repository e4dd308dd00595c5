package eu.clusterportal.content;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of bytes as people read it: whole kilobytes below one megabyte, otherwise
 * megabytes with one decimal. Units are binary (1 MB = 1024 KB), as Spring's
 * {@code DataSize} counts them, so that a limit set as "20MB" reads "20 MB".
 */
public record FileSize(long bytes) {

	private static final long KILOBYTE = 1024;

	private static final long MEGABYTE = KILOBYTE * KILOBYTE;

	/** "KB" or "MB": the unit {@link #amount()} is in. */
	public String unit() {
		return (bytes < MEGABYTE) ? "KB" : "MB";
	}

	/** The amount in {@link #unit()}: "85" (KB, rounded up, at least 1) or "1.2" (MB). */
	public String amount() {
		if (bytes < MEGABYTE) {
			return String.valueOf(Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE));
		}
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	/**
	 * Always in megabytes, up to two decimals ("20", "0.5"), for limits that messages
	 * state in MB.
	 */
	public String megabytes() {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(MEGABYTE), 2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
