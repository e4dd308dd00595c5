package eu.clusterportal.cluster;

import java.util.List;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * Conditions on clusters for {@link ClusterRepository}'s specification queries.
 * Conditions on a cluster's sectors or technology fields are correlated subqueries on the
 * link tables, so a cluster is found once however many of its terms match, and a page of
 * clusters is counted correctly.
 */
public final class ClusterSpecifications {

	private ClusterSpecifications() {
	}

	/** Clusters in the country with the given slug. */
	public static Specification<Cluster> inCountry(String countrySlug) {
		return (root, query, cb) -> cb.equal(root.get("country").get("slug"), countrySlug);
	}

	/** Clusters in the region with the given slug. */
	public static Specification<Cluster> inRegion(String regionSlug) {
		return (root, query, cb) -> cb.equal(root.join("region", JoinType.LEFT).get("slug"), regionSlug);
	}

	/**
	 * Clusters with the given sector, or, for a section code such as {@code C}, with the
	 * section itself or any of its divisions.
	 */
	public static Specification<Cluster> inSector(String code) {
		return withTerm("sectors", code);
	}

	/**
	 * Clusters with the given technology field, or, for a section code such as {@code A},
	 * with the section itself or any of its classes.
	 */
	public static Specification<Cluster> inTechnologyField(String code) {
		return withTerm("technologyFields", code);
	}

	private static Specification<Cluster> withTerm(String attribute, String code) {
		return (root, query, cb) -> {
			Subquery<Integer> matching = query.subquery(Integer.class);
			Join<Cluster, TaxonomyTerm> term = matching.correlate(root).join(attribute);
			Join<TaxonomyTerm, TaxonomyTerm> section = term.join("parent", JoinType.LEFT);
			matching.select(cb.literal(1))
				.where(cb.or(cb.equal(term.get("code"), code), cb.equal(section.get("code"), code)));
			return cb.exists(matching);
		};
	}

	/**
	 * Orders clusters by their names as a page in {@code language} shows them, the
	 * published translation or else the English name, in the language's collation; ties
	 * by slug. Adds no condition; Spring Data drops the order from count queries.
	 */
	public static Specification<Cluster> orderedByName(Language language, boolean ascending) {
		return (root, query, cb) -> {
			Expression<String> name = name(root, cb, language);
			query.orderBy(ascending ? cb.asc(name) : cb.desc(name), cb.asc(root.get("slug")));
			return null;
		};
	}

	/**
	 * Orders clusters by their country, in the order of {@code countrySlugs} (the
	 * countries as a page in {@code language} names and orders them), then by name as
	 * {@link #orderedByName} does. Clusters of a country not listed come last.
	 */
	public static Specification<Cluster> orderedByCountry(List<String> countrySlugs, Language language,
			boolean ascending) {
		return (root, query, cb) -> {
			CriteriaBuilder.SimpleCase<String, Integer> position = cb.selectCase(root.get("country").get("slug"));
			for (int i = 0; i < countrySlugs.size(); i++) {
				position.when(countrySlugs.get(i), i);
			}
			Expression<Integer> country = position.otherwise(countrySlugs.size());
			query.orderBy(ascending ? cb.asc(country) : cb.desc(country), cb.asc(name(root, cb, language)),
					cb.asc(root.get("slug")));
			return null;
		};
	}

	// The published translation of the name, or else the English name, in the language's
	// collation.
	private static Expression<String> name(Root<Cluster> root, CriteriaBuilder cb, Language language) {
		Expression<String> translations = root.get("translations");
		Expression<String> status = cb.function("jsonb_extract_path_text", String.class, translations,
				cb.literal(language.tag()), cb.literal("status"));
		Expression<String> translated = cb.function("jsonb_extract_path_text", String.class, translations,
				cb.literal(language.tag()), cb.literal("texts"), cb.literal("name"));
		Expression<String> name = cb.coalesce(cb.<String>selectCase()
			.when(cb.equal(status, PublicationStatus.PUBLISHED.name()), translated)
			.otherwise(cb.nullLiteral(String.class)), root.get("name"));
		return ((HibernateCriteriaBuilder) cb).collate(name, NameOrder.sqlCollation(language));
	}

}
