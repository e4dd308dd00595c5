package eu.clusterportal.organisation.admin;

import java.util.List;

import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * What an organisation's type, country, region, sectors, technology fields and clusters
 * can be chosen from; regions and clusters are labelled with their country, as the form
 * offers those of every country.
 */
record OrganisationChoices(List<OrganisationType> types, List<CountrySummary> countries, List<Choice> regions,
		List<Sector> sectors, List<TechnologyField> technologyFields, List<Choice> clusters) {

	/** Something to choose by its slug, labelled with its country. */
	record Choice(String slug, String label) {
	}

}
