package eu.clusterportal.documents;

import eu.clusterportal.content.DocumentKind;

/**
 * What the document library is narrowed to, checked: each value is known, {@code null} is
 * "any".
 *
 * @param country a country slug
 * @param kind the type of document
 * @param year the year of publication
 * @param text words that the title or the description must hold, blank for none
 */
record DocumentQuery(String country, DocumentKind kind, Integer year, String text) {
}
