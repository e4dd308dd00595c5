package eu.clusterportal.web;

/**
 * A page number from a URL, counted from 1 as people count. Every paged list reads it
 * here, so that no value can push a list's SQL offset out of range: a number past the
 * last page gives the last page (the list checks), anything that is not a number gives
 * the first.
 */
public final class PageNumber {

	/**
	 * The highest page index read; larger numbers are taken as this one, past any list's
	 * end.
	 */
	public static final int MAX_INDEX = 100_000;

	private PageNumber() {
	}

	/**
	 * Whether the value is a page number at all: digits, perhaps with spaces around them.
	 */
	public static boolean isNumber(String page) {
		return page != null && page.strip().matches("[0-9]+");
	}

	/**
	 * The page index (from 0) for a page number (from 1); anything that is not a number
	 * gives 0.
	 */
	public static int index(String page) {
		if (!isNumber(page)) {
			return 0;
		}
		String significant = page.strip().replaceFirst("^0+", "");
		if (significant.length() > 9) {
			return MAX_INDEX;
		}
		return Math.max(0, Math.min(Integer.parseInt("0" + significant) - 1, MAX_INDEX));
	}

}
