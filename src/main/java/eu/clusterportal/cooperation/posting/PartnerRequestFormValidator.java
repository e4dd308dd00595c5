package eu.clusterportal.cooperation.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.web.TextCharacters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks a partner request form after its own constraints, so that every error shows at
 * once: direction and kind, each language's title and description complete or empty and
 * one language there, plain text without markup or control characters, a deadline after
 * today and at most a year ahead, at least one target country, and only countries, terms
 * and partnerships that exist. The organisation is checked by the service: a wrong one is
 * not a typing error.
 */
@Component
class PartnerRequestFormValidator {

	/**
	 * The start of an HTML tag, comment or declaration: {@code <b}, {@code </a},
	 * {@code <!--}.
	 */
	private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z!]");

	private final CountryRepository countries;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	private final PartnershipRepository partnerships;

	private final Clock clock;

	PartnerRequestFormValidator(CountryRepository countries, SectorRepository sectors,
			TechnologyFieldRepository technologyFields, PartnershipRepository partnerships, Clock clock) {
		this.countries = countries;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	void validate(PartnerRequestForm form, Errors errors) {
		if (PartnerRequestChoices.direction(form.getDirection()) == null) {
			errors.rejectValue("direction", "cooperation.posting.direction.required");
		}
		if (PartnerRequestChoices.kind(form.getKind()) == null) {
			errors.rejectValue("kind", "cooperation.posting.kind.required");
		}
		checkLine("titleEn", form.getTitleEn(), errors);
		checkText("descriptionEn", form.getDescriptionEn(), errors);
		checkLine("titleZh", form.getTitleZh(), errors);
		checkText("descriptionZh", form.getDescriptionZh(), errors);
		checkPair("titleEn", form.getTitleEn(), "descriptionEn", form.getDescriptionEn(), errors);
		checkPair("titleZh", form.getTitleZh(), "descriptionZh", form.getDescriptionZh(), errors);
		if (form.getTitleEn() == null && form.getDescriptionEn() == null && form.getTitleZh() == null
				&& form.getDescriptionZh() == null) {
			errors.rejectValue("titleEn", "cooperation.posting.texts.required");
		}
		checkDeadline(form.getDeadline(), errors);
		if (form.getTargetCountries().isEmpty()) {
			errors.rejectValue("targetCountries", "cooperation.posting.countries.required");
		}
		else {
			pick(countries.findAllBy().stream().map((country) -> country.getSlug()).toList(), form.getTargetCountries(),
					"targetCountries", errors);
		}
		pick(sectors.findAllByOrderByCode().stream().map(TaxonomyTerm::getCode).toList(), form.getSectors(), "sectors",
				errors);
		pick(technologyFields.findAllByOrderByCode().stream().map(TaxonomyTerm::getCode).toList(),
				form.getTechnologyFields(), "technologyFields", errors);
		if (form.getPartnership() != null) {
			Long id = PartnerRequestChoices.id(form.getPartnership());
			if (id == null || partnerships.findById(id).isEmpty()) {
				errors.rejectValue("partnership", "cooperation.posting.unknown-choice");
			}
		}
	}

	private void checkDeadline(String value, Errors errors) {
		if (value == null) {
			errors.rejectValue("deadline", "cooperation.posting.deadline.required");
			return;
		}
		LocalDate deadline;
		try {
			deadline = LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("deadline", "cooperation.posting.deadline.invalid");
			return;
		}
		LocalDate today = LocalDate.now(clock);
		if (!deadline.isAfter(today)) {
			errors.rejectValue("deadline", "cooperation.posting.deadline.future");
		}
		else if (deadline.isAfter(today.plusYears(1))) {
			errors.rejectValue("deadline", "cooperation.posting.deadline.too-far");
		}
	}

	private static void checkPair(String titleField, String title, String descriptionField, String description,
			Errors errors) {
		if (title == null && description != null && !errors.hasFieldErrors(titleField)) {
			errors.rejectValue(titleField, "cooperation.posting.title.required");
		}
		if (description == null && title != null && !errors.hasFieldErrors(descriptionField)) {
			errors.rejectValue(descriptionField, "cooperation.posting.description.required");
		}
	}

	private static void checkLine(String field, String value, Errors errors) {
		if (!errors.hasFieldErrors(field) && !TextCharacters.isCleanLine(value)) {
			errors.rejectValue(field, "cooperation.posting.control-characters");
		}
		checkMarkup(field, value, errors);
	}

	private static void checkText(String field, String value, Errors errors) {
		if (!errors.hasFieldErrors(field) && !TextCharacters.isCleanText(value)) {
			errors.rejectValue(field, "cooperation.posting.control-characters");
		}
		checkMarkup(field, value, errors);
	}

	private static void checkMarkup(String field, String value, Errors errors) {
		if (value != null && !errors.hasFieldErrors(field) && MARKUP.matcher(value).find()) {
			errors.rejectValue(field, "cooperation.posting.markup");
		}
	}

	private static void pick(List<String> known, Collection<String> chosen, String field, Errors errors) {
		if (!known.containsAll(chosen)) {
			errors.rejectValue(field, "cooperation.posting.unknown-choice");
		}
	}

}
