package eu.clusterportal.profile;

import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterLandscape;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.system.MarkdownRenderer;

/**
 * The descriptions of a country's cluster landscape in the page's language, ready for the
 * page: a region's in full as safe HTML, a cluster's (shown on a small card) as plain
 * text without its Markdown.
 */
public record LandscapeTexts(Map<Long, LocalizedText> regionHtml, Map<Long, LocalizedText> clusterText) {

	private static final LocalizedText NONE = LocalizedText.original("");

	static LandscapeTexts of(ClusterLandscape landscape, MarkdownRenderer markdown, Language language, boolean drafts) {
		return new LandscapeTexts(
				landscape.groups()
					.stream()
					.map(ClusterLandscape.Group::region)
					.filter(Objects::nonNull)
					.collect(Collectors.toMap(Region::getId,
							(r) -> description(r, r.getDescription(), language, drafts, markdown::toHtml))),
				landscape.groups()
					.stream()
					.flatMap((g) -> g.clusters().stream())
					.distinct()
					.collect(Collectors.toMap(Cluster::getId,
							(c) -> description(c, c.getDescription(), language, drafts, markdown::toPlainText))));
	}

	static LandscapeTexts none() {
		return new LandscapeTexts(Map.of(), Map.of());
	}

	private static LocalizedText description(Translatable item, String original, Language language, boolean drafts,
			UnaryOperator<String> render) {
		LocalizedText text = item.getTranslations().text("description", original, language, drafts);
		return new LocalizedText(render.apply(text.value()), text.language(), text.fallback());
	}

	/**
	 * The region's description as safe HTML; empty if it has none or there is no region.
	 */
	public LocalizedText regionDescription(Region region) {
		return (region != null) ? regionHtml.getOrDefault(region.getId(), NONE) : NONE;
	}

	/** The cluster's description as plain text; empty if it has none. */
	public LocalizedText clusterDescription(Cluster cluster) {
		return clusterText.getOrDefault(cluster.getId(), NONE);
	}

}
