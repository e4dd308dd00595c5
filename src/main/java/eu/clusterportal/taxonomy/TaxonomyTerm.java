package eu.clusterportal.taxonomy;

import eu.clusterportal.editorial.TranslatableRecord;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * A term of a hierarchical classification: a section ("Q Human health and social work
 * activities") or one of its divisions ("Q86 Human health activities"). Editors maintain
 * the terms; every change is kept in their history.
 */
@MappedSuperclass
@Audited
public abstract class TaxonomyTerm extends TranslatableRecord {

	/**
	 * What the schema allows: a section's letter, or that letter and two digits for a
	 * division.
	 */
	public static final String CODE_PATTERN = "^[A-Z]([0-9]{2})?$";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	protected TaxonomyTerm() {
	}

	protected TaxonomyTerm(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	/** The term as editors pick it from a list: "C29 Manufacture of motor vehicles". */
	public String getLabel() {
		return code + " " + name;
	}

	/**
	 * The section this term belongs to, or {@code null} if the term is a section itself.
	 */
	public abstract TaxonomyTerm getParent();

	/** Changes code and name; the subclasses change the parent with them. */
	protected void rename(String code, String name) {
		this.code = code;
		this.name = name;
	}

}
