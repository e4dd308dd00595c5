package eu.clusterportal.partnership.admin;

import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RestoreRefusedException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipDetails;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyField;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

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
	 * Saves a new partnership, or adds to {@code errors} everything that is wrong (on top
	 * of the form's own validation) and returns {@code null}.
	 */
	@Override
	public Partnership create(PartnershipForm form, Errors errors) {
		checkAcronym(form, null, errors);
		PartnershipDetails details = details(form, errors);
		return (details != null) ? partnerships.save(new Partnership(details)) : null;
	}

	/**
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * partnership since the form was opened
	 */
	@Override
	public void update(long id, PartnershipForm form, Errors errors) {
		Partnership partnership = get(id);
		partnership.checkVersion(form.getVersion());
		checkAcronym(form, partnership, errors);
		PartnershipDetails details = details(form, errors);
		if (details != null) {
			partnership.edit(details);
		}
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

	/** Every saved version of a partnership, newest first, with the countries and sectors it had. */
	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<Partnership>> history(long id) {
		get(id);
		List<RevisionEntry<Partnership>> revisions = history.of(Partnership.class, id);
		// The history page lists them after the transaction, when they can no longer be loaded.
		revisions.forEach((entry) -> {
			entry.item().getTargetCountries().size();
			entry.item().getSectors().size();
		});
		return revisions;
	}

	/**
	 * Makes an earlier version current again, with the terms, countries and members it had;
	 * this is itself a new revision. The earlier version goes through the same checks as a
	 * form would.
	 * @throws RestoreRefusedException if another partnership has its acronym now, or it names
	 * something deleted since
	 */
	@Override
	public void restore(long id, long revision) {
		Partnership partnership = get(id);
		PartnershipForm earlier = PartnershipForm.of(history.at(Partnership.class, id, revision)
			.orElseThrow(RecordNotFoundException::new));
		Errors errors = new BeanPropertyBindingResult(earlier, "form");
		checkAcronym(earlier, partnership, errors);
		if (errors.hasErrors()) {
			throw new RestoreRefusedException("admin.partnership.restore.acronym-taken");
		}
		PartnershipDetails details = details(earlier, errors);
		if (details == null) {
			throw new RestoreRefusedException("admin.partnership.restore.gone");
		}
		partnership.edit(details);
	}

	/** The form's details with everything it refers to found; {@code null} if anything is wrong (reported). */
	private PartnershipDetails details(PartnershipForm form, Errors errors) {
		List<TechnologyField> fields = pick(technologyFields.findAllByOrderByCode(), TaxonomyTerm::getCode,
				form.getTechnologyFields(), "technologyFields", errors);
		List<Sector> chosenSectors = pick(sectors.findAllByOrderByCode(), TaxonomyTerm::getCode, form.getSectors(),
				"sectors", errors);
		List<Country> targets = form.getTargetCountries()
			.stream()
			.map((slug) -> countries.findBySlug(slug).orElse(null))
			.toList();
		if (targets.contains(null)) {
			errors.rejectValue("targetCountries", "admin.partnership.unknown-choice");
		}
		if (form.getTargetCountries().isEmpty()) {
			errors.rejectValue("targetCountries", "admin.partnership.targets.required");
		}
		List<Cluster> members = pick(clusters.findAllByOrderByName(), Cluster::getSlug, form.getMembers(), "members",
				errors);
		return errors.hasErrors() ? null : new PartnershipDetails(form.getAcronym(), form.getName(),
				form.getDescription(), form.getSmesInvolved(), form.getPartners(), fields, chosenSectors, targets,
				members);
	}

	private void checkAcronym(PartnershipForm form, Partnership current, Errors errors) {
		if (form.getAcronym() == null || errors.hasFieldErrors("acronym")) {
			return;
		}
		partnerships.findByAcronym(form.getAcronym())
			.filter((other) -> current == null || !other.getId().equals(current.getId()))
			.ifPresent((other) -> errors.rejectValue("acronym", "admin.partnership.acronym.taken"));
	}

	private static <T> List<T> pick(List<T> all, Function<T, String> key, Collection<String> chosen, String field,
			Errors errors) {
		List<T> picked = all.stream().filter((term) -> chosen.contains(key.apply(term))).toList();
		if (picked.size() != chosen.size()) {
			errors.rejectValue(field, "admin.partnership.unknown-choice");
		}
		return picked;
	}

}
