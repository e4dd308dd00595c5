package eu.clusterportal.country.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.system.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks the country forms against what is saved, once their own constraints hold: a new
 * country's name and slug are free and its slug usable; a country's name and ISO code are
 * free, its ISO code assigned, its currency a known one and its review not in the future.
 */
@Component
class CountryFormValidator {

	/** Slugs that the admin pages use for themselves. */
	private static final List<String> RESERVED_SLUGS = List.of("new");

	private final CountryRepository countries;

	private final Clock clock;

	CountryFormValidator(CountryRepository countries, Clock clock) {
		this.countries = countries;
		this.clock = clock;
	}

	/** The slug a new country gets: the one typed, or one made from its name. */
	static String slugOf(NewCountryForm form) {
		return (form.getSlug() != null) ? form.getSlug() : Slugs.of(form.getName());
	}

	/** The currency a code names, or {@code null} for none or an unknown one. */
	static Currency currency(String code) {
		try {
			return (code != null) ? Currency.getInstance(code.toUpperCase()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Transactional(readOnly = true)
	void validate(NewCountryForm form, Errors errors) {
		if (errors.hasErrors()) {
			return;
		}
		checkName(form.getName(), null, errors);
		String slug = slugOf(form);
		if (slug.isEmpty()) {
			errors.rejectValue("slug", "admin.country.slug.required");
		}
		else if (RESERVED_SLUGS.contains(slug)) {
			errors.rejectValue("slug", "admin.country.slug.reserved", new Object[] { slug }, null);
		}
		else if (countries.findBySlug(slug).isPresent()) {
			errors.rejectValue("slug",
					(form.getSlug() == null) ? "admin.country.slug.derived-taken" : "admin.country.slug.taken",
					new Object[] { slug }, null);
		}
	}

	/**
	 * @param slug the country being edited
	 */
	@Transactional(readOnly = true)
	void validate(CountryForm form, String slug, Errors errors) {
		form.checkProvenance(errors);
		if (errors.hasErrors()) {
			return;
		}
		if (form.getCurrency() != null && currency(form.getCurrency()) == null) {
			errors.rejectValue("currency", "admin.country.currency.unknown");
		}
		Country current = countries.findBySlug(slug).orElse(null);
		checkName(form.getName(), current, errors);
		checkIsoCode(form.getIsoCode(), current, errors);
		if (form.getReviewedOn() != null && form.getReviewedOn().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("reviewedOn", "admin.country.reviewed-on.future");
		}
	}

	/** A code ISO 3166-1 assigns, and not another country's. */
	private void checkIsoCode(String isoCode, Country current, Errors errors) {
		if (isoCode == null) {
			return;
		}
		String code = isoCode.toUpperCase(Locale.ROOT);
		if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(code)) {
			errors.rejectValue("isoCode", "admin.country.iso-code.unknown");
			return;
		}
		countries.findByIsoCode(code)
			.filter((other) -> current == null || !other.getId().equals(current.getId()))
			.ifPresent((other) -> errors.rejectValue("isoCode", "admin.country.iso-code.taken",
					new Object[] { code, other.getName() }, null));
	}

	private void checkName(String name, Country current, Errors errors) {
		countries.findByName(name)
			.filter((other) -> current == null || !other.getId().equals(current.getId()))
			.ifPresent((other) -> errors.rejectValue("name", "admin.country.name.taken"));
	}

}
