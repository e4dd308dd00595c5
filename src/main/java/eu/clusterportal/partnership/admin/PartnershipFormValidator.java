package eu.clusterportal.partnership.admin;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks a partnership form against what is saved, with the form's own constraints, so
 * that every error shows at once: the acronym is free, everything chosen exists, and at
 * least one country is targeted.
 */
@Component
class PartnershipFormValidator {

	private final PartnershipRepository partnerships;

	private final TechnologyFieldRepository technologyFields;

	private final SectorRepository sectors;

	private final CountryRepository countries;

	private final ClusterRepository clusters;

	PartnershipFormValidator(PartnershipRepository partnerships, TechnologyFieldRepository technologyFields,
			SectorRepository sectors, CountryRepository countries, ClusterRepository clusters) {
		this.partnerships = partnerships;
		this.technologyFields = technologyFields;
		this.sectors = sectors;
		this.countries = countries;
		this.clusters = clusters;
	}

	/**
	 * @param id the partnership being edited, or {@code 0} for a new one
	 */
	@Transactional(readOnly = true)
	void validate(PartnershipForm form, long id, Errors errors) {
		checkAcronym(form, id, errors);
		pick(technologyFields.findAllByOrderByCode(), TaxonomyTerm::getCode, form.getTechnologyFields(),
				"technologyFields", errors);
		pick(sectors.findAllByOrderByCode(), TaxonomyTerm::getCode, form.getSectors(), "sectors", errors);
		if (form.getTargetCountries().stream().anyMatch((slug) -> countries.findBySlug(slug).isEmpty())) {
			errors.rejectValue("targetCountries", "admin.partnership.unknown-choice");
		}
		if (form.getTargetCountries().isEmpty()) {
			errors.rejectValue("targetCountries", "admin.partnership.targets.required");
		}
		pick(clusters.findAllByOrderByName(), Cluster::getSlug, form.getMembers(), "members", errors);
		form.getDescriptionSource().check("descriptionSource", false, errors);
		form.getFiguresSource().check("figuresSource", form.hasFigures(), errors);
		form.getTechnologyFieldsSource().check("technologyFieldsSource", !form.getTechnologyFields().isEmpty(), errors);
		form.getSectorsSource().check("sectorsSource", !form.getSectors().isEmpty(), errors);
		form.getTargetCountriesSource().check("targetCountriesSource", !form.getTargetCountries().isEmpty(), errors);
	}

	private void checkAcronym(PartnershipForm form, long id, Errors errors) {
		if (form.getAcronym() == null || errors.hasFieldErrors("acronym")) {
			return;
		}
		partnerships.findByAcronym(form.getAcronym())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> errors.rejectValue("acronym", "admin.partnership.acronym.taken"));
	}

	private static <T> void pick(List<T> all, Function<T, String> key, Collection<String> chosen, String field,
			Errors errors) {
		if (all.stream().filter((term) -> chosen.contains(key.apply(term))).count() != chosen.size()) {
			errors.rejectValue(field, "admin.partnership.unknown-choice");
		}
	}

}
