package eu.clusterportal.taxonomy;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A term of a hierarchical classification: a section ("Q Human health and social work
 * activities") or one of its divisions ("Q86 Human health activities").
 */
@MappedSuperclass
public abstract class TaxonomyTerm {

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

	/** The section this term belongs to, or {@code null} if the term is a section itself. */
	public abstract TaxonomyTerm getParent();

}
