package eu.clusterportal.country.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.admin.DeletionRefusedException;
import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.RestoreRefusedException;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslationState;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.country.CountrySectionRepository;
import eu.clusterportal.country.SectionDetails;
import eu.clusterportal.country.SectionTopic;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and deletes countries for editors, changes and restores their introduction, key
 * facts and text sections.
 */
@Service
@Transactional
class CountryAdminService {

	private final CountryRepository countries;

	private final CountrySectionRepository sections;

	private final PartnershipRepository partnerships;

	private final RegionRepository regions;

	private final ClusterRepository clusters;

	private final RevisionHistory history;

	CountryAdminService(CountryRepository countries, CountrySectionRepository sections,
			PartnershipRepository partnerships, RegionRepository regions, ClusterRepository clusters,
			RevisionHistory history) {
		this.countries = countries;
		this.sections = sections;
		this.partnerships = partnerships;
		this.regions = regions;
		this.clusters = clusters;
		this.history = history;
	}

	@Transactional(readOnly = true)
	Country country(String slug) {
		return countries.findBySlug(slug).orElseThrow(RecordNotFoundException::new);
	}

	/**
	 * The section to edit, or a new empty one for a topic the country has no text for
	 * yet.
	 */
	@Transactional(readOnly = true)
	CountrySection section(String slug, SectionTopic topic) {
		return sections.findByCountrySlugAndTopic(slug, topic)
			.orElseGet(() -> new CountrySection(country(slug), topic, new SectionDetails("", "")));
	}

	/**
	 * Saves a new country without a written profile from a form that passed
	 * {@link CountryFormValidator}.
	 */
	Country create(NewCountryForm form) {
		return countries.save(new Country(CountryFormValidator.slugOf(form), form.getName()));
	}

	/**
	 * Changes a country's name, introduction and key facts after a form that passed
	 * {@link CountryFormValidator}.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * country since the form was opened
	 */
	void update(String slug, CountryForm form) {
		Country country = country(slug);
		country.checkVersion(form.getVersion());
		country.edit(form.toDetails(CountryFormValidator.currency(form.getCurrency())));
		form.getTranslation().applyTo(country, form.translatedFields());
	}

	/**
	 * Every saved version of a country's name, introduction and key facts, newest first.
	 */
	@Transactional(readOnly = true)
	List<RevisionEntry<Country>> history(String slug) {
		return TranslatedFields.withChanges(history.of(Country.class, country(slug).getId()));
	}

	/**
	 * Makes an earlier version of a country's name, introduction and key facts current
	 * again; this is itself a new revision. Its slug and sections stay as they are.
	 * @throws RestoreRefusedException if another country has its name or ISO code now
	 */
	void restore(String slug, long revision) {
		Country country = country(slug);
		Country earlier = history.at(Country.class, country.getId(), revision)
			.orElseThrow(RecordNotFoundException::new);
		countries.findByName(earlier.getName())
			.filter((other) -> !other.getId().equals(country.getId()))
			.ifPresent((other) -> {
				throw new RestoreRefusedException("admin.country.restore.name-taken");
			});
		if (earlier.getIsoCode() != null) {
			countries.findByIsoCode(earlier.getIsoCode())
				.filter((other) -> !other.getId().equals(country.getId()))
				.ifPresent((other) -> {
					throw new RestoreRefusedException("admin.country.restore.iso-code-taken", earlier.getIsoCode(),
							other.getName());
				});
		}
		country.edit(earlier.details());
	}

	/**
	 * Makes the Chinese translation (texts and status) of an earlier version of a country
	 * current again, leaving its English texts and key facts as they are.
	 */
	void restoreTranslation(String slug, long revision) {
		Country country = country(slug);
		TranslatedFields.restoreTranslation(country,
				history.at(Country.class, country.getId(), revision).orElseThrow(RecordNotFoundException::new));
	}

	/**
	 * How far each country and each of its sections is translated, by the country's slug
	 * and by {@code slug/topic-anchor}; a section never written has none.
	 */
	@Transactional(readOnly = true)
	Map<String, TranslationState> translationStates() {
		Map<String, TranslationState> states = new HashMap<>();
		countries.findAllBy()
			.forEach((country) -> states.put(country.getSlug(), TranslatedFields.COUNTRY.state(country)));
		sections.findAllBy()
			.forEach((section) -> states.put(section.getCountry().getSlug() + "/" + section.getTopic().anchor(),
					TranslatedFields.SECTION.state(section)));
		return states;
	}

	/** What stops the country from being deleted; empty when it can go. */
	@Transactional(readOnly = true)
	Dependents dependents(String slug) {
		return dependents(country(slug));
	}

	/** How many text sections would go with the country. */
	@Transactional(readOnly = true)
	int sectionCount(String slug) {
		return sections.findByCountry(country(slug)).size();
	}

	/**
	 * Deletes a country with its introduction, key facts and text sections.
	 * @throws DeletionRefusedException while partnerships target it or it has regions,
	 * clusters or content; nothing is deleted then
	 */
	void delete(String slug) {
		Country country = countries.findForDeletionBySlug(slug).orElseThrow(RecordNotFoundException::new);
		Dependents dependents = dependents(country);
		if (!dependents.isEmpty()) {
			throw new DeletionRefusedException();
		}
		sections.findByCountry(country).forEach(sections::delete);
		countries.delete(country);
	}

	/**
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * section since the form was opened
	 */
	void update(String slug, SectionTopic topic, SectionForm form) {
		CountrySection section = section(slug, topic);
		if (section.getId() == null) {
			CountrySection created = new CountrySection(section.getCountry(), topic, form.toDetails());
			form.getTranslation().applyTo(created, form.translatedFields());
			sections.save(created);
			return;
		}
		section.checkVersion(form.getVersion());
		section.edit(form.toDetails());
		form.getTranslation().applyTo(section, form.translatedFields());
	}

	/**
	 * Every saved state of a section, newest first; empty for a section never saved
	 * through a form.
	 */
	@Transactional(readOnly = true)
	List<RevisionEntry<CountrySection>> history(String slug, SectionTopic topic) {
		CountrySection section = section(slug, topic);
		return (section.getId() != null)
				? TranslatedFields.withChanges(history.of(CountrySection.class, section.getId())) : List.of();
	}

	/**
	 * Makes an earlier revision of a section current again; this is itself a new
	 * revision.
	 */
	void restore(String slug, SectionTopic topic, long revision) {
		CountrySection section = section(slug, topic);
		CountrySection earlier = (section.getId() != null)
				? history.at(CountrySection.class, section.getId(), revision).orElse(null) : null;
		if (earlier == null) {
			throw new RecordNotFoundException();
		}
		section.edit(earlier.details());
	}

	/**
	 * Makes the Chinese translation (texts and status) of an earlier revision of a
	 * section current again, leaving its English as it is.
	 */
	void restoreTranslation(String slug, SectionTopic topic, long revision) {
		CountrySection section = section(slug, topic);
		CountrySection earlier = (section.getId() != null)
				? history.at(CountrySection.class, section.getId(), revision).orElse(null) : null;
		if (earlier == null) {
			throw new RecordNotFoundException();
		}
		TranslatedFields.restoreTranslation(section, earlier);
	}

	// The database would cascade the delete to the country's content: the editor must
	// see everything that depends on it, and move or delete it first.
	private Dependents dependents(Country country) {
		return Dependents.of(Dependents.group("admin.country.dependents.partnerships",
				partnerships.findTargeting(country, Sort.by("acronym")).stream().map(Partnership::getAcronym).toList()),
				Dependents.group("admin.country.dependents.regions",
						regions.findByCountryOrderByPosition(country).stream().map(Region::getName).toList()),
				Dependents.group("admin.country.dependents.clusters",
						clusters.findByCountryOrderByName(country).stream().map(Cluster::getName).toList()),
				Dependents.group("admin.country.dependents.news", countries.findNewsTitles(country)),
				Dependents.group("admin.country.dependents.events", countries.findEventTitles(country)),
				Dependents.group("admin.country.dependents.documents", countries.findDocumentTitles(country)),
				Dependents.group("admin.country.dependents.achievements", countries.findAchievementTitles(country)),
				Dependents.group("admin.country.dependents.organisations",
						countries.findOrganisationNames(country.getId())),
				Dependents.group("admin.country.dependents.requests",
						countries.findPartnerRequestTitles(country.getId())));
	}

}
