package eu.clusterportal.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * The public list's query for {@link PartnerRequestRepository}: its filters and orders in
 * SQL, so that a page of any number of requests is one statement and its count another.
 */
public final class PartnerRequestSpecifications {

	private PartnerRequestSpecifications() {
	}

	/**
	 * The published requests the filter lets through, open or past on the given day of
	 * the portal's time zone, with their organisation and its country, in the given
	 * order, then by id.
	 */
	public static Specification<PartnerRequest> listed(PartnerRequestFilter filter, LocalDate today,
			PartnerRequestSort sort, Language language) {
		return (root, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			conditions.add(cb.equal(root.get("status"), PartnerRequestStatus.PUBLISHED));
			Predicate open = cb.and(cb.isNull(root.get("closedAt")),
					cb.greaterThanOrEqualTo(root.<LocalDate>get("deadline"), today));
			conditions.add(filter.closed() ? cb.not(open) : open);
			Join<PartnerRequest, Organisation> organisation;
			// a count reads no rows, so only the page's query fetches what a row shows
			if (!Long.class.equals(query.getResultType())) {
				@SuppressWarnings("unchecked")
				Fetch<PartnerRequest, Organisation> fetched = root.fetch("organisation");
				fetched.fetch("country");
				organisation = (Join<PartnerRequest, Organisation>) fetched;
				query.orderBy(order(root, cb, filter.closed(), sort, language));
			}
			else {
				organisation = root.join("organisation");
			}
			if (filter.kind() != null) {
				conditions.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.direction() != null) {
				conditions.add(cb.equal(root.get("direction"), filter.direction()));
			}
			if (filter.organisationType() != null) {
				conditions.add(cb.equal(organisation.get("type"), filter.organisationType()));
			}
			if (filter.organisation() != null) {
				conditions.add(cb.equal(organisation.get("slug"), filter.organisation()));
			}
			if (filter.partnership() != null) {
				conditions.add(cb.equal(cb.lower(root.join("partnership").get("acronym")),
						filter.partnership().toLowerCase(Locale.ROOT)));
			}
			if (filter.country() != null) {
				Subquery<Integer> targeting = query.subquery(Integer.class);
				targeting.select(cb.literal(1))
					.where(cb.equal(targeting.correlate(root).join("targetCountries").get("slug"), filter.country()));
				conditions.add(cb.exists(targeting));
			}
			if (filter.sector() != null) {
				conditions.add(withTerm(root, query, cb, "sectors", filter.sector()));
			}
			if (filter.field() != null) {
				conditions.add(withTerm(root, query, cb, "technologyFields", filter.field()));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

	private static List<Order> order(Root<PartnerRequest> root, CriteriaBuilder cb, boolean closed,
			PartnerRequestSort sort, Language language) {
		List<Order> order = new ArrayList<>();
		switch (sort) {
			case DEADLINE -> order.add(closed ? cb.desc(root.get("deadline")) : cb.asc(root.get("deadline")));
			case NEWEST -> order.add(cb.desc(root.get("createdAt")));
			case TITLE -> {
				Expression<String> first = root.get(language.isOriginal() ? "titleEn" : "titleZh");
				Expression<String> other = root.get(language.isOriginal() ? "titleZh" : "titleEn");
				order.add(cb.asc(((HibernateCriteriaBuilder) cb).collate(cb.coalesce(first, other),
						NameOrder.sqlCollation(language))));
			}
		}
		order.add((sort == PartnerRequestSort.NEWEST) ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
		return order;
	}

	private static Predicate withTerm(Root<PartnerRequest> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			String attribute, String code) {
		Subquery<Integer> matching = query.subquery(Integer.class);
		Join<PartnerRequest, TaxonomyTerm> term = matching.correlate(root).join(attribute);
		Join<TaxonomyTerm, TaxonomyTerm> section = term.join("parent", JoinType.LEFT);
		matching.select(cb.literal(1))
			.where(cb.or(cb.equal(term.get("code"), code), cb.equal(section.get("code"), code)));
		return cb.exists(matching);
	}

}
