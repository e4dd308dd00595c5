package eu.clusterportal.admin;

import java.util.Currency;
import java.util.List;

import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.profile.CountrySection;
import eu.clusterportal.profile.CountrySectionRepository;
import eu.clusterportal.profile.SectionTopic;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/** Changes a country's introduction, key facts and text sections for editors. */
@Service
@Transactional
class CountryEditor {

	private final CountryRepository countries;

	private final CountrySectionRepository sections;

	private final RevisionHistory history;

	CountryEditor(CountryRepository countries, CountrySectionRepository sections, RevisionHistory history) {
		this.countries = countries;
		this.sections = sections;
		this.history = history;
	}

	@Transactional(readOnly = true)
	Country country(String slug) {
		return countries.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The section to edit, or a new empty one for a topic the country has no text for yet. */
	@Transactional(readOnly = true)
	CountrySection section(String slug, SectionTopic topic) {
		return sections.findByCountrySlugAndTopic(slug, topic)
			.orElseGet(() -> new CountrySection(country(slug), topic, "", ""));
	}

	/**
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * country since the form was opened
	 */
	void update(String slug, CountryForm form, Errors errors) {
		Country country = country(slug);
		country.checkVersion(form.getVersion());
		Currency currency = currency(form.getCurrency(), errors);
		if (errors.hasErrors()) {
			return;
		}
		country.editName(form.getName().trim(), blankToNull(form.getIntroduction()));
		country.editKeyFacts(blankToNull(form.getCapital()), currency, form.getPopulation().toStatistic(),
				form.getArea().toStatistic(), form.getGdp().toStatistic(), form.getGdpPerCapita().toStatistic());
	}

	/**
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * section since the form was opened
	 */
	void update(String slug, SectionTopic topic, SectionForm form) {
		CountrySection section = section(slug, topic);
		if (section.getId() == null) {
			sections.save(new CountrySection(section.getCountry(), topic, form.getLead().trim(), form.getBody()));
			return;
		}
		section.checkVersion(form.getVersion());
		section.edit(form.getLead().trim(), form.getBody());
	}

	/** Every saved state of a section, newest first; empty for a section never saved through a form. */
	@Transactional(readOnly = true)
	List<RevisionEntry<CountrySection>> history(String slug, SectionTopic topic) {
		CountrySection section = section(slug, topic);
		return (section.getId() != null) ? history.of(CountrySection.class, section.getId()) : List.of();
	}

	/** Makes an earlier revision of a section current again; this is itself a new revision. */
	void restore(String slug, SectionTopic topic, long revision) {
		CountrySection section = section(slug, topic);
		CountrySection earlier = (section.getId() != null)
				? history.at(CountrySection.class, section.getId(), revision).orElse(null) : null;
		if (earlier == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		section.edit(earlier.getLead(), earlier.getBody());
	}

	private static Currency currency(String code, Errors errors) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Currency.getInstance(code.trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			if (!errors.hasFieldErrors("currency")) {
				errors.rejectValue("currency", "admin.country.currency.unknown");
			}
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
