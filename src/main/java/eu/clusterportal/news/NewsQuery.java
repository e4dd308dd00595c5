package eu.clusterportal.news;

import eu.clusterportal.content.NewsChannel;

/**
 * What the news list is narrowed to, checked: each value is known, {@code null} is "any".
 *
 * @param country a country slug
 * @param year the year of publication
 * @param channel the country's news or the ESCP-4i news
 * @param text words that the title or the summary must hold, blank for none
 */
record NewsQuery(String country, Integer year, NewsChannel channel, String text) {
}
