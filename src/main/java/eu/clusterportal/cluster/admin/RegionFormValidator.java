package eu.clusterportal.cluster.admin;

import java.util.List;

import eu.clusterportal.admin.SlugField;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks a region form against what is saved, with the form's own constraints, so that
 * every error shows at once: the country exists, a region with clusters keeps its
 * country, and the slug is free.
 */
@Component
class RegionFormValidator {

	private final RegionRepository regions;

	private final ClusterRepository clusters;

	private final CountryRepository countries;

	private final MessageSource messages;

	RegionFormValidator(RegionRepository regions, ClusterRepository clusters, CountryRepository countries,
			MessageSource messages) {
		this.regions = regions;
		this.clusters = clusters;
		this.countries = countries;
		this.messages = messages;
	}

	/**
	 * @param id the region being edited, or {@code 0} for a new one
	 */
	@Transactional(readOnly = true)
	void validate(RegionForm form, long id, Errors errors) {
		Country country = country(form, errors);
		Region region = (id != 0) ? regions.findById(id).orElse(null) : null;
		if (country != null && region != null && !country.getId().equals(region.getCountry().getId())) {
			List<String> names = clusters.findNamesByRegion(region);
			if (!names.isEmpty()) {
				// The names joined as the page's language lists them ("A, B" or "A、B").
				String separator = messages.getMessage("admin.list.separator", null, LocaleContextHolder.getLocale());
				errors.rejectValue("country", "admin.regions.country.has-clusters",
						new Object[] { String.join(separator, names), names.size(), region.getCountry().getName() },
						null);
			}
		}
		SlugField.choose(form.getSlug(), form.getName(), RegionForm.SLUG_MAX,
				(candidate) -> regions.findNameBySlugExcept(candidate, id), errors);
	}

	private Country country(RegionForm form, Errors errors) {
		if (errors.hasFieldErrors("country")) {
			return null;
		}
		Country country = countries.findBySlug(form.getCountry()).orElse(null);
		if (country == null) {
			errors.rejectValue("country", "admin.regions.country.unknown");
		}
		return country;
	}

}
