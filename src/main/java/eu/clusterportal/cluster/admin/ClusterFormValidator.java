package eu.clusterportal.cluster.admin;

import java.util.Collection;
import java.util.List;

import eu.clusterportal.admin.SlugField;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks a cluster form against what is saved, with the form's own constraints, so that
 * every error shows at once: the country, region, sectors and technology fields exist,
 * the region lies in the country, the slug is free, and latitude and longitude come
 * together.
 */
@Component
class ClusterFormValidator {

	private final ClusterRepository clusters;

	private final RegionRepository regions;

	private final CountryRepository countries;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	ClusterFormValidator(ClusterRepository clusters, RegionRepository regions, CountryRepository countries,
			SectorRepository sectors, TechnologyFieldRepository technologyFields) {
		this.clusters = clusters;
		this.regions = regions;
		this.countries = countries;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
	}

	/**
	 * @param id the cluster being edited, or {@code 0} for a new one
	 */
	@Transactional(readOnly = true)
	void validate(ClusterForm form, long id, Errors errors) {
		Country country = country(form, errors);
		checkRegion(form, country, errors);
		checkLocation(form, errors);
		SlugField.choose(form.getSlug(), form.getName(), ClusterForm.SLUG_MAX,
				(candidate) -> clusters.findNameBySlugExcept(candidate, id), errors);
		pick(sectors.findAllByOrderByCode(), form.getSectors(), "sectors", errors);
		pick(technologyFields.findAllByOrderByCode(), form.getTechnologyFields(), "technologyFields", errors);
		form.getLocationSource().check("locationSource", false, errors);
		form.getSectorsSource().check("sectorsSource", !form.getSectors().isEmpty(), errors);
		form.getTechnologyFieldsSource().check("technologyFieldsSource", !form.getTechnologyFields().isEmpty(), errors);
	}

	private Country country(ClusterForm form, Errors errors) {
		if (errors.hasFieldErrors("country")) {
			return null;
		}
		Country country = countries.findBySlug(form.getCountry()).orElse(null);
		if (country == null) {
			errors.rejectValue("country", "admin.clusters.country.unknown");
		}
		return country;
	}

	/** The chosen region, which must lie in the chosen country. */
	private void checkRegion(ClusterForm form, Country country, Errors errors) {
		if (form.getRegion() == null) {
			return;
		}
		Region region = regions.findBySlug(form.getRegion()).orElse(null);
		if (region == null) {
			errors.rejectValue("region", "admin.clusters.region.unknown");
		}
		else if (country != null && !region.getCountry().getId().equals(country.getId())) {
			errors.rejectValue("region", "admin.clusters.region.other-country",
					new Object[] { region.getName(), region.getCountry().getName(), country.getName() }, null);
		}
	}

	/**
	 * A point needs both; the one missing is marked, unless it was typed but unreadable.
	 */
	private static void checkLocation(ClusterForm form, Errors errors) {
		if (form.getLatitude() == null && form.getLongitude() != null && !errors.hasFieldErrors("latitude")) {
			errors.rejectValue("latitude", "admin.clusters.latitude.without-longitude");
		}
		if (form.getLongitude() == null && form.getLatitude() != null && !errors.hasFieldErrors("longitude")) {
			errors.rejectValue("longitude", "admin.clusters.longitude.without-latitude");
		}
	}

	private static void pick(List<? extends TaxonomyTerm> all, Collection<String> codes, String field, Errors errors) {
		long known = all.stream().filter((term) -> codes.contains(term.getCode())).count();
		if (known != codes.stream().distinct().count()) {
			errors.rejectValue(field, "admin.clusters.unknown-choice");
		}
	}

}
