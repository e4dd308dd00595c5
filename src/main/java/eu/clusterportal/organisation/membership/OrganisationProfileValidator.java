package eu.clusterportal.organisation.membership;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.TextCharacters;
import eu.clusterportal.web.WebAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks a member's profile form against what is saved, after its own constraints, so
 * that every error shows at once: type, country, region (of that country), sectors and
 * technology fields exist, the contact is a web address or an e-mail address, and no text
 * holds control characters.
 */
@Component
class OrganisationProfileValidator {

	/** The database's rule for an address (organisation_contact_check), with a domain. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final CountryRepository countries;

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	OrganisationProfileValidator(CountryRepository countries, RegionRepository regions, SectorRepository sectors,
			TechnologyFieldRepository technologyFields) {
		this.countries = countries;
		this.regions = regions;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
	}

	@Transactional(readOnly = true)
	void validate(OrganisationProfileForm form, Errors errors) {
		checkLine("name", form.getName(), errors);
		checkLine("city", form.getCity(), errors);
		checkLine("website", form.getWebsite(), errors);
		checkLine("contact", form.getContact(), errors);
		checkText("description", form.getDescription(), errors);
		checkText("chineseDescription", form.getChineseDescription(), errors);
		if (!errors.hasFieldErrors("type") && type(form.getType()) == null) {
			errors.rejectValue("type", "member-orgs.type.required");
		}
		Country country = country(form, errors);
		checkRegion(form, country, errors);
		if (form.getContact() != null && !errors.hasFieldErrors("contact") && !WebAddress.isValid(form.getContact())
				&& !EMAIL.matcher(form.getContact()).matches()) {
			errors.rejectValue("contact", "member-orgs.contact.invalid");
		}
		pick(sectors.findAllByOrderByCode(), form.getSectors(), "sectors", errors);
		pick(technologyFields.findAllByOrderByCode(), form.getTechnologyFields(), "technologyFields", errors);
	}

	static OrganisationType type(String name) {
		for (OrganisationType type : OrganisationType.values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		return null;
	}

	static void checkLine(String field, String value, Errors errors) {
		if (!errors.hasFieldErrors(field) && !TextCharacters.isCleanLine(value)) {
			errors.rejectValue(field, "member-orgs.control-characters");
		}
	}

	static void checkText(String field, String value, Errors errors) {
		if (!errors.hasFieldErrors(field) && !TextCharacters.isCleanText(value)) {
			errors.rejectValue(field, "member-orgs.control-characters");
		}
	}

	private Country country(OrganisationProfileForm form, Errors errors) {
		if (errors.hasFieldErrors("country")) {
			return null;
		}
		Country country = countries.findBySlug(form.getCountry()).orElse(null);
		if (country == null) {
			errors.rejectValue("country", "member-orgs.country.unknown");
		}
		return country;
	}

	private void checkRegion(OrganisationProfileForm form, Country country, Errors errors) {
		if (form.getRegion() == null) {
			return;
		}
		Region region = regions.findBySlug(form.getRegion()).orElse(null);
		if (region == null) {
			errors.rejectValue("region", "member-orgs.region.unknown");
		}
		else if (country != null && !region.getCountry().getId().equals(country.getId())) {
			errors.rejectValue("region", "member-orgs.region.other-country");
		}
	}

	private static void pick(List<? extends TaxonomyTerm> all, Collection<String> codes, String field, Errors errors) {
		long known = all.stream().filter((term) -> codes.contains(term.getCode())).count();
		if (known != codes.stream().distinct().count()) {
			errors.rejectValue(field, "member-orgs.unknown-choice");
		}
	}

}
