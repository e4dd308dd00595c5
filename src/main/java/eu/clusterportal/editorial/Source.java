package eu.clusterportal.editorial;

/**
 * Where a figure, code or classification shown on the portal comes from. The two
 * publications are those a country profile is built from; anything else is named in the
 * provenance's detail.
 */
public enum Source {

	/** The country's page on the European Cluster Collaboration Platform (ECCP). */
	ORIGINAL_COUNTRY_PAGE,

	/** The country's "Preparatory Briefing" for European cluster organisations. */
	PREPARATORY_BRIEFING,

	/** Inferred by the portal's editors; no source states it as such. */
	EDITORIAL_CLASSIFICATION,

	/** Another publication, which the detail names. */
	OTHER;

	/** Whether a provenance from this source must say more in its detail. */
	public boolean needsDetail() {
		return this == OTHER;
	}

}
