package eu.clusterportal.organisation.admin;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import eu.clusterportal.admin.DeletionRefusedException;
import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.RestoreRefusedException;
import eu.clusterportal.admin.SlugField;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationDetails;
import eu.clusterportal.organisation.OrganisationRepository;
import eu.clusterportal.organisation.OrganisationStatus;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import jakarta.persistence.EntityNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, deletes and restores organisations for editors. */
@Service
@Transactional
class OrganisationAdminService extends RecordAdminService<Organisation, Organisation, OrganisationForm> {

	private final OrganisationRepository organisations;

	private final CountryRepository countries;

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	private final ClusterRepository clusters;

	private final RevisionHistory history;

	private final PartnerRequestRepository requests;

	OrganisationAdminService(OrganisationRepository organisations, CountryRepository countries,
			RegionRepository regions, SectorRepository sectors, TechnologyFieldRepository technologyFields,
			ClusterRepository clusters, RevisionHistory history, PartnerRequestRepository requests) {
		this.organisations = organisations;
		this.countries = countries;
		this.regions = regions;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
		this.clusters = clusters;
		this.history = history;
		this.requests = requests;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Organisation> search(String text, Pageable pageable) {
		return organisations.findByText(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Organisation> searchUntranslated(String text, Pageable pageable) {
		return organisations.findUntranslated(text, pageable);
	}

	/** An organisation with everything its form shows. */
	@Override
	@Transactional(readOnly = true)
	public Organisation get(long id) {
		return organisations.findById(id).orElseThrow(RecordNotFoundException::new);
	}

	/** The choices of the form's selects and checkboxes. */
	@Transactional(readOnly = true)
	OrganisationChoices choices() {
		List<OrganisationChoices.Choice> regionChoices = regions.findAllByOrderByCountryNameAscPositionAsc()
			.stream()
			.map((r) -> new OrganisationChoices.Choice(r.getSlug(),
					r.getName() + " (" + r.getCountry().getName() + ")"))
			.toList();
		List<OrganisationChoices.Choice> clusterChoices = clusters.findAllWithCountry()
			.stream()
			.map((c) -> new OrganisationChoices.Choice(c.getSlug(),
					c.getName() + " (" + c.getCountry().getName() + ")"))
			.toList();
		return new OrganisationChoices(List.of(OrganisationType.values()), countries.findSummaries(), regionChoices,
				sectors.findAllByOrderByCode(), technologyFields.findAllByOrderByCode(), clusterChoices);
	}

	/**
	 * Saves a new organisation from a form that passed {@link OrganisationFormValidator}.
	 */
	@Override
	public Organisation create(OrganisationForm form) {
		Organisation organisation = new Organisation(details(form));
		form.getTranslation().applyTo(organisation, form.translatedFields());
		return organisations.save(organisation);
	}

	/**
	 * Changes an organisation after a form that passed {@link OrganisationFormValidator}.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * organisation since the form was opened
	 */
	@Override
	public void update(long id, OrganisationForm form) {
		Organisation organisation = get(id);
		organisation.checkVersion(form.getVersion());
		organisation.edit(details(form));
		form.getTranslation().applyTo(organisation, form.translatedFields());
	}

	/** Its partner requests: their posters and answers would lose their organisation. */
	@Override
	@Transactional(readOnly = true)
	public Dependents dependents(long id) {
		return Dependents
			.of(Dependents.group("admin.requests.dependents.organisation", requests.findTitlesByOrganisation(id)));
	}

	/** Its terms and clusters stay. */
	@Override
	public void delete(long id) {
		Organisation organisation = get(id);
		if (!dependents(id).isEmpty()) {
			throw new DeletionRefusedException();
		}
		organisations.delete(organisation);
	}

	/** Every saved version of an organisation, newest first. */
	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<OrganisationSnapshot>> history(long id) {
		get(id);
		return TranslatedFields.withChanges(history.of(Organisation.class, id))
			.stream()
			.map((entry) -> entry.showing(OrganisationSnapshot.of(entry.item())))
			.toList();
	}

	/**
	 * Makes an earlier version the current one again, with the terms and clusters it had;
	 * this is itself a new revision.
	 * @throws RestoreRefusedException if its slug is someone else's now, or it names a
	 * region or cluster deleted or moved to another country since
	 */
	@Override
	public void restore(long id, long revision) {
		Organisation organisation = get(id);
		Organisation earlier = history.at(Organisation.class, id, revision).orElseThrow(RecordNotFoundException::new);
		organisations.findNameBySlugExcept(earlier.getSlug(), id).ifPresent((other) -> {
			throw new RestoreRefusedException("admin.restore.slug-taken", earlier.getSlug(), other);
		});
		OrganisationDetails details;
		try {
			details = details(OrganisationForm.of(earlier));
		}
		catch (EntityNotFoundException | InvalidValueException ex) {
			throw new RestoreRefusedException("admin.organisations.restore.gone");
		}
		organisation.edit(details);
	}

	/**
	 * Takes a published organisation off the public pages, keeping the reason; anything
	 * else is left as it is.
	 * @return whether it was published
	 */
	boolean unpublish(long id, String reason) {
		Organisation organisation = get(id);
		boolean published = organisation.getStatus() == OrganisationStatus.PUBLISHED;
		if (published) {
			organisation.changeStatus(OrganisationStatus.UNPUBLISHED, reason.strip());
		}
		return published;
	}

	/**
	 * Puts an organisation an editor unpublished back on the public pages; one waiting
	 * for validation or refused is left to the validation of members' profiles.
	 * @return whether it was unpublished
	 */
	boolean publishAgain(long id) {
		Organisation organisation = get(id);
		boolean unpublished = organisation.getStatus() == OrganisationStatus.UNPUBLISHED;
		if (unpublished) {
			organisation.changeStatus(OrganisationStatus.PUBLISHED, null);
		}
		return unpublished;
	}

	@Override
	public void restoreTranslation(long id, long revision) {
		TranslatedFields.restoreTranslation(get(id),
				history.at(Organisation.class, id, revision).orElseThrow(RecordNotFoundException::new));
	}

	/**
	 * The form's details with everything it refers to found, and region and clusters in
	 * the country.
	 */
	private OrganisationDetails details(OrganisationForm form) {
		Country country = countries.findBySlug(form.getCountry())
			.orElseThrow(() -> new InvalidValueException("country", "admin.organisations.country.unknown"));
		Region region = (form.getRegion() != null)
				? regions.findBySlug(form.getRegion())
					.filter((r) -> r.getCountry().getId().equals(country.getId()))
					.orElseThrow(() -> new InvalidValueException("region", "admin.organisations.region.unknown"))
				: null;
		List<Cluster> run = pick(clusters.findAllWithCountry(), Cluster::getSlug, form.getClusters(), "clusters");
		if (run.stream().anyMatch((cluster) -> !cluster.getCountry().getId().equals(country.getId()))) {
			throw new InvalidValueException("clusters", "admin.organisations.unknown-choice");
		}
		return new OrganisationDetails(SlugField.of(form.getSlug(), form.getName(), OrganisationForm.SLUG_MAX),
				form.getName(), form.getType(), form.getTypeSource().toProvenance(true), country, region,
				form.getCity(), form.getPlaceSource().toProvenance(form.hasPlace()), form.getWebsite(),
				form.getWebsiteSource().toProvenance(form.getWebsite() != null), form.getContact(),
				form.getDescription(), form.isOffersHelp(),
				pick(sectors.findAllByOrderByCode(), TaxonomyTerm::getCode, form.getSectors(), "sectors"),
				form.getSectorsSource().toProvenance(!form.getSectors().isEmpty()),
				pick(technologyFields.findAllByOrderByCode(), TaxonomyTerm::getCode, form.getTechnologyFields(),
						"technologyFields"),
				run);
	}

	private static <T> List<T> pick(List<T> all, Function<T, String> key, Collection<String> chosen, String field) {
		List<T> picked = all.stream().filter((item) -> chosen.contains(key.apply(item))).toList();
		if (picked.size() != chosen.stream().distinct().count()) {
			throw new InvalidValueException(field, "admin.organisations.unknown-choice");
		}
		return picked;
	}

}
