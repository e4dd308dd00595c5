package eu.clusterportal.taxonomy.admin;

/**
 * One of the two taxonomies as its admin pages see it. Its name is the path segment of
 * both its public and its admin pages and the prefix of its messages
 * ({@code admin.sectors.*}), which speak of divisions or of classes.
 */
enum Taxonomy {

	SECTORS("sectors"), TECHNOLOGY_FIELDS("technology-fields");

	private final String segment;

	Taxonomy(String segment) {
		this.segment = segment;
	}

	/** Where editors maintain the terms, e.g. {@code /admin/sectors}. */
	public String getAdminPath() {
		return "/admin/" + segment;
	}

	/** Where a term's public page lives, followed by its code: {@code /sectors/C29}. */
	public String getPublicPath() {
		return "/" + segment;
	}

	/** The prefix of this taxonomy's messages. */
	public String getMessages() {
		return "admin." + segment;
	}

	/**
	 * The key of one of this taxonomy's messages, e.g.
	 * {@code admin.sectors.code.pattern}.
	 */
	String message(String suffix) {
		return getMessages() + "." + suffix;
	}

}
