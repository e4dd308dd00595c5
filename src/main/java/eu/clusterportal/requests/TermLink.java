package eu.clusterportal.requests;

import eu.clusterportal.editorial.LocalizedText;

/**
 * A sector or technology field a request concerns, linked to its term page.
 */
public record TermLink(String code, LocalizedText name, String href) {

}
