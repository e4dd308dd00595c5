package eu.clusterportal.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** A technology field: an IPC (or CPC "Y") section or class. */
@Entity
@Audited
public class TechnologyField extends TaxonomyTerm {

	@ManyToOne(fetch = FetchType.LAZY)
	private TechnologyField parent;

	protected TechnologyField() {
	}

	public TechnologyField(String code, String name, TechnologyField parent) {
		super(code, name);
		this.parent = parent;
	}

	@Override
	public TechnologyField getParent() {
		return parent;
	}

	/** Changes the term; a new code moves its public page to a new address. */
	public void edit(TermDetails<TechnologyField> details) {
		rename(details.code(), details.name());
		this.parent = details.parent();
	}

}
