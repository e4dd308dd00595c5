package eu.clusterportal.organisation;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * The organisation directory's query for {@link OrganisationRepository}: its filters, and
 * its order by the names as a page in a language shows them, in SQL, so that a page of a
 * directory of any size is one statement and its count another.
 */
public final class OrganisationSpecifications {

	private OrganisationSpecifications() {
	}

	/**
	 * The published organisations matching the filters that are not {@code null} (a
	 * section's code also matches its divisions), with the country and region a row
	 * shows, by type in {@link OrganisationType}'s order if asked, then by name in the
	 * language's collation (the published translation, or else the English name), then by
	 * slug.
	 */
	public static Specification<Organisation> listed(OrganisationType type, String country, String region,
			String sector, String field, boolean help, Language language, boolean byType) {
		return (root, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			conditions.add(cb.equal(root.get("status"), OrganisationStatus.PUBLISHED));
			// a count reads no rows, so only the page's query fetches what a row shows
			if (!Long.class.equals(query.getResultType())) {
				root.fetch("country");
				root.fetch("region", JoinType.LEFT);
				query.orderBy(order(root, cb, language, byType));
			}
			if (country != null) {
				conditions.add(cb.equal(root.get("country").get("slug"), country));
			}
			if (region != null) {
				conditions.add(cb.equal(root.get("region").get("slug"), region));
			}
			if (type != null) {
				conditions.add(cb.equal(root.get("type"), type));
			}
			if (help) {
				conditions.add(cb.isTrue(root.get("offersHelp")));
			}
			if (sector != null) {
				conditions.add(withTerm(root, query, cb, "sectors", sector));
			}
			if (field != null) {
				conditions.add(withTerm(root, query, cb, "technologyFields", field));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

	private static List<Order> order(Root<Organisation> root, CriteriaBuilder cb, Language language, boolean byType) {
		List<Order> order = new ArrayList<>();
		if (byType) {
			CriteriaBuilder.SimpleCase<OrganisationType, Integer> position = cb.selectCase(root.get("type"));
			for (OrganisationType type : OrganisationType.values()) {
				position.when(type, type.ordinal());
			}
			order.add(cb.asc(position));
		}
		Expression<String> name = root.get("name");
		if (!language.isOriginal()) {
			Expression<String> translations = root.get("translations");
			Expression<String> status = cb.function("jsonb_extract_path_text", String.class, translations,
					cb.literal(language.tag()), cb.literal("status"));
			Expression<String> translated = cb.function("jsonb_extract_path_text", String.class, translations,
					cb.literal(language.tag()), cb.literal("texts"), cb.literal("name"));
			name = ((HibernateCriteriaBuilder) cb)
				.collate(
						cb.coalesce(cb.<String>selectCase()
							.when(cb.equal(status, PublicationStatus.PUBLISHED.name()), translated)
							.otherwise(cb.nullLiteral(String.class)), root.get("name")),
						NameOrder.sqlCollation(language));
		}
		order.add(cb.asc(name));
		order.add(cb.asc(root.get("slug")));
		return order;
	}

	private static Predicate withTerm(Root<Organisation> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			String attribute, String code) {
		Subquery<Integer> matching = query.subquery(Integer.class);
		Join<Organisation, TaxonomyTerm> term = matching.correlate(root).join(attribute);
		Join<TaxonomyTerm, TaxonomyTerm> section = term.join("parent", JoinType.LEFT);
		matching.select(cb.literal(1))
			.where(cb.or(cb.equal(term.get("code"), code), cb.equal(section.get("code"), code)));
		return cb.exists(matching);
	}

}
