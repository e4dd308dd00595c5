package eu.clusterportal.organisation.admin;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import eu.clusterportal.admin.SlugField;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.organisation.OrganisationRepository;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.TextCharacters;
import eu.clusterportal.web.WebAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks an organisation form against what is saved, with the form's own constraints, so
 * that every error shows at once: the country, region, terms and clusters exist, the
 * region and the clusters lie in the country, the slug is free, the contact is a web
 * address or an e-mail address, no text holds control characters, and every fact given
 * says where it comes from.
 */
@Component
class OrganisationFormValidator {

	/** An e-mail address as people write a public one: info@example.org. */
	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	private final OrganisationRepository organisations;

	private final CountryRepository countries;

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	private final ClusterRepository clusters;

	OrganisationFormValidator(OrganisationRepository organisations, CountryRepository countries,
			RegionRepository regions, SectorRepository sectors, TechnologyFieldRepository technologyFields,
			ClusterRepository clusters) {
		this.organisations = organisations;
		this.countries = countries;
		this.regions = regions;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
		this.clusters = clusters;
	}

	/**
	 * @param id the organisation being edited, or {@code 0} for a new one
	 */
	@Transactional(readOnly = true)
	void validate(OrganisationForm form, long id, Errors errors) {
		refuseControlCharacters(form, errors);
		Country country = country(form, errors);
		checkRegion(form, country, errors);
		SlugField.choose(form.getSlug(), form.getName(), OrganisationForm.SLUG_MAX,
				(candidate) -> organisations.findNameBySlugExcept(candidate, id), errors);
		checkContact(form, errors);
		pick(sectors.findAllByOrderByCode(), form.getSectors(), "sectors", errors);
		pick(technologyFields.findAllByOrderByCode(), form.getTechnologyFields(), "technologyFields", errors);
		checkClusters(form, country, errors);
		form.getTypeSource().check("typeSource", form.getType() != null, errors);
		form.getPlaceSource().check("placeSource", form.hasPlace(), errors);
		form.getWebsiteSource().check("websiteSource", form.getWebsite() != null, errors);
		form.getSectorsSource().check("sectorsSource", !form.getSectors().isEmpty(), errors);
	}

	private Country country(OrganisationForm form, Errors errors) {
		if (errors.hasFieldErrors("country")) {
			return null;
		}
		Country country = countries.findBySlug(form.getCountry()).orElse(null);
		if (country == null) {
			errors.rejectValue("country", "admin.organisations.country.unknown");
		}
		return country;
	}

	/** The chosen region, which must lie in the chosen country. */
	private void checkRegion(OrganisationForm form, Country country, Errors errors) {
		if (form.getRegion() == null) {
			return;
		}
		Region region = regions.findBySlug(form.getRegion()).orElse(null);
		if (region == null) {
			errors.rejectValue("region", "admin.organisations.region.unknown");
		}
		else if (country != null && !region.getCountry().getId().equals(country.getId())) {
			errors.rejectValue("region", "admin.organisations.region.other-country",
					new Object[] { region.getName(), region.getCountry().getName(), country.getName() }, null);
		}
	}

	/** A public web form's address or a public e-mail address. */
	private static void checkContact(OrganisationForm form, Errors errors) {
		String contact = form.getContact();
		if (contact == null || errors.hasFieldErrors("contact")) {
			return;
		}
		boolean valid = (contact.contains("@") && !contact.contains("/")) ? EMAIL_ADDRESS.matcher(contact).matches()
				: WebAddress.isValid(contact);
		if (!valid) {
			errors.rejectValue("contact", "admin.organisations.contact.invalid");
		}
	}

	/** The clusters it runs, which must exist and lie in its country. */
	private void checkClusters(OrganisationForm form, Country country, Errors errors) {
		if (form.getClusters().isEmpty()) {
			return;
		}
		List<Cluster> chosen = clusters.findAllWithCountry()
			.stream()
			.filter((cluster) -> form.getClusters().contains(cluster.getSlug()))
			.toList();
		if (chosen.size() != form.getClusters().stream().distinct().count()) {
			errors.rejectValue("clusters", "admin.organisations.unknown-choice");
			return;
		}
		if (country == null) {
			return;
		}
		chosen.stream()
			.filter((cluster) -> !cluster.getCountry().getId().equals(country.getId()))
			.forEach((cluster) -> errors.rejectValue("clusters", "admin.organisations.clusters.other-country",
					new Object[] { cluster.getName(), cluster.getCountry().getName(), country.getName() }, null));
	}

	/**
	 * Control characters cannot be seen, break feeds and CSV and are refused by the
	 * database, so every text field refuses them where they were typed.
	 */
	private static void refuseControlCharacters(OrganisationForm form, Errors errors) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("name", form.getName());
		texts.put("city", form.getCity());
		texts.put("contact", form.getContact());
		texts.put("typeSource.detail", form.getTypeSource().getDetail());
		texts.put("placeSource.detail", form.getPlaceSource().getDetail());
		texts.put("websiteSource.detail", form.getWebsiteSource().getDetail());
		texts.put("sectorsSource.detail", form.getSectorsSource().getDetail());
		texts.forEach((field, text) -> refuse(field, TextCharacters.isCleanLine(text), errors));
		refuse("description", TextCharacters.isCleanText(form.getDescription()), errors);
		form.translatedFields().fields().forEach((field) -> {
			String text = form.getTranslation().getTexts().get(field.key());
			refuse("translation.texts[" + field.key() + "]",
					field.markdown() ? TextCharacters.isCleanText(text) : TextCharacters.isCleanLine(text), errors);
		});
	}

	private static void refuse(String field, boolean clean, Errors errors) {
		if (!clean && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "admin.organisations.control-characters");
		}
	}

	private static void pick(List<? extends TaxonomyTerm> all, Collection<String> codes, String field, Errors errors) {
		long known = all.stream().filter((term) -> codes.contains(term.getCode())).count();
		if (known != codes.stream().distinct().count()) {
			errors.rejectValue(field, "admin.organisations.unknown-choice");
		}
	}

}
