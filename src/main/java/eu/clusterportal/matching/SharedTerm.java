package eu.clusterportal.matching;

/**
 * A sector or technology field a request and a candidate share: a division both name, or
 * a section both have terms in (then {@code division} is false).
 */
public record SharedTerm(String code, String name, boolean division) {

	/**
	 * Code and name, "C29 Manufacture of motor vehicles" or "C29汽车制造业": no space before a
	 * Chinese name.
	 */
	public String label() {
		boolean latin = !name.isEmpty()
				&& Character.UnicodeScript.of(name.codePointAt(0)) != Character.UnicodeScript.HAN;
		return latin ? code + " " + name : code + name;
	}

}
