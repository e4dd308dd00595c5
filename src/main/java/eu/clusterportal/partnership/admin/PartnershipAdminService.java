package eu.clusterportal.partnership.admin;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.RestoreRefusedException;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipDetails;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, deletes and restores partnerships for editors. */
@Service
@Transactional
class PartnershipAdminService extends RecordAdminService<Partnership, Partnership, PartnershipForm> {

	private final PartnershipRepository partnerships;

	private final TechnologyFieldRepository technologyFields;

	private final SectorRepository sectors;

	private final CountryRepository countries;

	private final ClusterRepository clusters;

	private final RevisionHistory history;

	PartnershipAdminService(PartnershipRepository partnerships, TechnologyFieldRepository technologyFields,
			SectorRepository sectors, CountryRepository countries, ClusterRepository clusters,
			RevisionHistory history) {
		this.partnerships = partnerships;
		this.technologyFields = technologyFields;
		this.sectors = sectors;
		this.countries = countries;
		this.clusters = clusters;
		this.history = history;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Partnership> search(String text, Pageable pageable) {
		return partnerships.findByText(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Partnership> searchUntranslated(String text, Pageable pageable) {
		return partnerships.findUntranslated(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Partnership get(long id) {
		return partnerships.findById(id).orElseThrow(RecordNotFoundException::new);
	}

	/** The options the form offers to choose from. */
	@Transactional(readOnly = true)
	PartnershipChoices choices() {
		return new PartnershipChoices(technologyFields.findAllByOrderByCode(), sectors.findAllByOrderByCode(),
				countries.findSummaries(), clusters.findAllByOrderByName());
	}

	/**
	 * Saves a new partnership from a form that passed {@link PartnershipFormValidator}.
	 */
	@Override
	public Partnership create(PartnershipForm form) {
		Partnership partnership = new Partnership(details(form));
		form.getTranslation().applyTo(partnership, form.translatedFields());
		return partnerships.save(partnership);
	}

	/**
	 * Changes a partnership after a form that passed {@link PartnershipFormValidator}.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * partnership since the form was opened
	 */
	@Override
	public void update(long id, PartnershipForm form) {
		Partnership partnership = get(id);
		partnership.checkVersion(form.getVersion());
		partnership.edit(details(form));
		form.getTranslation().applyTo(partnership, form.translatedFields());
	}

	@Override
	@Transactional(readOnly = true)
	public Dependents dependents(long id) {
		return Dependents.none();
	}

	@Override
	public void delete(long id) {
		partnerships.delete(get(id));
	}

	/**
	 * Every saved version of a partnership, newest first, with the countries and sectors
	 * it had.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<Partnership>> history(long id) {
		get(id);
		List<RevisionEntry<Partnership>> revisions = TranslatedFields.withChanges(history.of(Partnership.class, id));
		// The history page lists them after the transaction, when they can no longer be
		// loaded.
		revisions.forEach((entry) -> {
			entry.item().getTargetCountries().size();
			entry.item().getSectors().size();
		});
		return revisions;
	}

	/**
	 * Makes an earlier version current again, with the terms, countries and members it
	 * had; this is itself a new revision.
	 * @throws RestoreRefusedException if another partnership has its acronym now, or it
	 * names something deleted since
	 */
	@Override
	public void restore(long id, long revision) {
		Partnership partnership = get(id);
		PartnershipForm earlier = PartnershipForm
			.of(history.at(Partnership.class, id, revision).orElseThrow(RecordNotFoundException::new));
		if (partnerships.findByAcronym(earlier.getAcronym()).filter((other) -> !other.getId().equals(id)).isPresent()) {
			throw new RestoreRefusedException("admin.partnership.restore.acronym-taken");
		}
		PartnershipDetails details;
		try {
			details = details(earlier);
		}
		catch (InvalidValueException ex) {
			throw new RestoreRefusedException("admin.partnership.restore.gone");
		}
		partnership.edit(details);
	}

	@Override
	public void restoreTranslation(long id, long revision) {
		TranslatedFields.restoreTranslation(get(id),
				history.at(Partnership.class, id, revision).orElseThrow(RecordNotFoundException::new));
	}

	/** The form's details with everything it refers to found. */
	private PartnershipDetails details(PartnershipForm form) {
		List<Country> targets = form.getTargetCountries()
			.stream()
			.map((slug) -> countries.findBySlug(slug)
				.orElseThrow(() -> new InvalidValueException("targetCountries", "admin.partnership.unknown-choice")))
			.toList();
		return new PartnershipDetails(form.getAcronym(), form.getName(), form.getDescription(),
				form.getDescriptionSource().toProvenance(true), form.getSmesInvolved(), form.getPartners(),
				pick(technologyFields.findAllByOrderByCode(), TaxonomyTerm::getCode, form.getTechnologyFields(),
						"technologyFields"),
				pick(sectors.findAllByOrderByCode(), TaxonomyTerm::getCode, form.getSectors(), "sectors"), targets,
				pick(clusters.findAllByOrderByName(), Cluster::getSlug, form.getMembers(), "members"),
				form.getFiguresSource().toProvenance(form.hasFigures()),
				form.getTechnologyFieldsSource().toProvenance(!form.getTechnologyFields().isEmpty()),
				form.getSectorsSource().toProvenance(!form.getSectors().isEmpty()),
				form.getTargetCountriesSource().toProvenance(!targets.isEmpty()));
	}

	private static <T> List<T> pick(List<T> all, Function<T, String> key, Collection<String> chosen, String field) {
		List<T> picked = all.stream().filter((term) -> chosen.contains(key.apply(term))).toList();
		if (picked.size() != chosen.size()) {
			throw new InvalidValueException(field, "admin.partnership.unknown-choice");
		}
		return picked;
	}

}
