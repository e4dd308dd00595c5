package eu.clusterportal.directory;

import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.organisation.Organisation;

/** An organisation in the directory, its name in the page's language. */
public record OrganisationRow(Organisation organisation, LocalizedText name) {
}
