package eu.clusterportal.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** A sectoral industry: a NACE section or division. */
@Entity
@Audited
public class Sector extends TaxonomyTerm {

	@ManyToOne(fetch = FetchType.LAZY)
	private Sector parent;

	protected Sector() {
	}

	public Sector(String code, String name, Sector parent) {
		super(code, name);
		this.parent = parent;
	}

	@Override
	public Sector getParent() {
		return parent;
	}

	/** Changes the term; a new code moves its public page to a new address. */
	public void edit(TermDetails<Sector> details) {
		rename(details.code(), details.name());
		this.parent = details.parent();
	}

}
