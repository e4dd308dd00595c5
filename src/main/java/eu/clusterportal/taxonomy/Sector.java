package eu.clusterportal.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A sectoral industry: a NACE section or division. */
@Entity
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

}
