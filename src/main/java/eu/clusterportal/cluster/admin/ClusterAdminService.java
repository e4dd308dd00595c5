package eu.clusterportal.cluster.admin;

import java.util.Collection;
import java.util.List;

import eu.clusterportal.admin.DeletionRefusedException;
import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.RestoreRefusedException;
import eu.clusterportal.admin.SlugField;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterDetails;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, deletes and restores clusters for editors. */
@Service
@Transactional
class ClusterAdminService extends RecordAdminService<Cluster, Cluster, ClusterForm> {

	private final ClusterRepository clusters;

	private final RegionRepository regions;

	private final CountryRepository countries;

	private final SectorRepository sectors;

	private final TechnologyFieldRepository technologyFields;

	private final PartnershipRepository partnerships;

	private final RevisionHistory history;

	ClusterAdminService(ClusterRepository clusters, RegionRepository regions, CountryRepository countries,
			SectorRepository sectors, TechnologyFieldRepository technologyFields, PartnershipRepository partnerships,
			RevisionHistory history) {
		this.clusters = clusters;
		this.regions = regions;
		this.countries = countries;
		this.sectors = sectors;
		this.technologyFields = technologyFields;
		this.partnerships = partnerships;
		this.history = history;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Cluster> search(String text, Pageable pageable) {
		return clusters.findByText(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Cluster> searchUntranslated(String text, Pageable pageable) {
		return clusters.findUntranslated(text, pageable);
	}

	/** A cluster with everything its form shows. */
	@Override
	@Transactional(readOnly = true)
	public Cluster get(long id) {
		return clusters.findById(id).orElseThrow(RecordNotFoundException::new);
	}

	/** The choices of the form's selects. */
	@Transactional(readOnly = true)
	ClusterChoices choices() {
		List<ClusterChoices.RegionChoice> regionChoices = regions.findAllByOrderByCountryNameAscPositionAsc()
			.stream()
			.map((r) -> new ClusterChoices.RegionChoice(r.getSlug(),
					r.getName() + " (" + r.getCountry().getName() + ")"))
			.toList();
		return new ClusterChoices(countries.findSummaries(), regionChoices, sectors.findAllByOrderByCode(),
				technologyFields.findAllByOrderByCode());
	}

	/** Saves a new cluster from a form that passed {@link ClusterFormValidator}. */
	@Override
	public Cluster create(ClusterForm form) {
		Cluster cluster = new Cluster(details(form));
		form.getTranslation().applyTo(cluster, form.translatedFields());
		return clusters.save(cluster);
	}

	/**
	 * Changes a cluster after a form that passed {@link ClusterFormValidator}.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * cluster since the form was opened
	 */
	@Override
	public void update(long id, ClusterForm form) {
		Cluster cluster = get(id);
		cluster.checkVersion(form.getVersion());
		cluster.edit(details(form));
		form.getTranslation().applyTo(cluster, form.translatedFields());
	}

	/** What stops the cluster from being deleted: the partnerships it is a member of. */
	@Override
	@Transactional(readOnly = true)
	public Dependents dependents(long id) {
		return Dependents
			.of(Dependents.group("admin.clusters.dependents.partnerships", partnerships.findAcronymsByMember(id)));
	}

	/**
	 * @throws DeletionRefusedException if partnerships still have the cluster as a member
	 */
	@Override
	public void delete(long id) {
		Cluster cluster = get(id);
		Dependents dependents = dependents(id);
		if (!dependents.isEmpty()) {
			throw new DeletionRefusedException();
		}
		clusters.delete(cluster);
	}

	/** Every saved version of a cluster, newest first. */
	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<ClusterSnapshot>> history(long id) {
		get(id);
		return TranslatedFields.withChanges(history.of(Cluster.class, id))
			.stream()
			.map((entry) -> entry.showing(ClusterSnapshot.of(entry.item())))
			.toList();
	}

	/**
	 * Makes an earlier version the current one again; this is itself a new revision.
	 * @throws RestoreRefusedException if its slug is someone else's now, or its region
	 * has been deleted or moved to another country since
	 */
	@Override
	public void restore(long id, long revision) {
		Cluster cluster = get(id);
		Cluster earlier = history.at(Cluster.class, id, revision).orElseThrow(RecordNotFoundException::new);
		clusters.findNameBySlugExcept(earlier.getSlug(), id).ifPresent((other) -> {
			throw new RestoreRefusedException("admin.restore.slug-taken", earlier.getSlug(), other);
		});
		Region region = null;
		if (earlier.getRegion() != null) {
			region = regions.findById(earlier.getRegion().getId())
				.filter((r) -> r.getCountry().getId().equals(earlier.getCountry().getId()))
				.orElseThrow(() -> new RestoreRefusedException("admin.clusters.restore.region-gone"));
		}
		cluster.edit(earlier.details().withRegion(region));
	}

	@Override
	public void restoreTranslation(long id, long revision) {
		TranslatedFields.restoreTranslation(get(id),
				history.at(Cluster.class, id, revision).orElseThrow(RecordNotFoundException::new));
	}

	/** The form's details with everything it refers to found. */
	private ClusterDetails details(ClusterForm form) {
		Country country = countries.findBySlug(form.getCountry())
			.orElseThrow(() -> new InvalidValueException("country", "admin.clusters.country.unknown"));
		Region region = (form.getRegion() != null) ? regions.findBySlug(form.getRegion())
			.orElseThrow(() -> new InvalidValueException("region", "admin.clusters.region.unknown")) : null;
		return new ClusterDetails(SlugField.of(form.getSlug(), form.getName(), ClusterForm.SLUG_MAX), form.getName(),
				country, region, form.getCity(), form.getLatitude(), form.getLongitude(),
				form.getLocationSource().toProvenance(region != null || form.getLatitude() != null), form.getWebsite(),
				form.getDescription(), pick(sectors.findAllByOrderByCode(), form.getSectors(), "sectors"),
				pick(technologyFields.findAllByOrderByCode(), form.getTechnologyFields(), "technologyFields"),
				form.getSectorsSource().toProvenance(!form.getSectors().isEmpty()),
				form.getTechnologyFieldsSource().toProvenance(!form.getTechnologyFields().isEmpty()));
	}

	private static <T extends TaxonomyTerm> List<T> pick(List<T> all, Collection<String> codes, String field) {
		List<T> picked = all.stream().filter((term) -> codes.contains(term.getCode())).toList();
		if (picked.size() != codes.stream().distinct().count()) {
			throw new InvalidValueException(field, "admin.clusters.unknown-choice");
		}
		return picked;
	}

}
