package eu.clusterportal.admin;

/** Reads a page number from the URL as people count (from 1); anything else is the first page. */
final class AdminPaging {

	private AdminPaging() {
	}

	static int pageIndex(String page) {
		try {
			return Math.max(Integer.parseInt(page.trim()) - 1, 0);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
