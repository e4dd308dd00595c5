package eu.clusterportal.country;

/**
 * What an editor writes in a text section, as one value: what a form hands over and what
 * an earlier version gives back to be restored.
 *
 * @param body Markdown, or {@code null}
 */
public record SectionDetails(String lead, String body) {
}
