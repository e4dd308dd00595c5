package eu.clusterportal.requests;

import eu.clusterportal.editorial.LocalizedText;

/**
 * A country a request targets, linked to its page where it has a profile.
 */
public record CountryLink(String slug, LocalizedText name, boolean profile) {

}
