package eu.clusterportal.cluster.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterportal.admin.DeletionRefusedException;
import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.RestoreRefusedException;
import eu.clusterportal.admin.SlugField;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, deletes and restores the regions that group a country's clusters. */
@Service
@Transactional
class RegionAdminService extends RecordAdminService<Region, RegionRow, RegionForm> {

	private final RegionRepository regions;

	private final ClusterRepository clusters;

	private final CountryRepository countries;

	private final RevisionHistory history;

	RegionAdminService(RegionRepository regions, ClusterRepository clusters, CountryRepository countries,
			RevisionHistory history) {
		this.regions = regions;
		this.clusters = clusters;
		this.countries = countries;
		this.history = history;
	}

	/** A page of the regions that match, each with its number of clusters. */
	@Override
	@Transactional(readOnly = true)
	public Page<RegionRow> search(String text, Pageable pageable) {
		return rows(regions.findByText(text, pageable));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<RegionRow> searchUntranslated(String text, Pageable pageable) {
		return rows(regions.findUntranslated(text, pageable));
	}

	/** The regions, each with its number of clusters. */
	private Page<RegionRow> rows(Page<Region> page) {
		Map<Long, Long> sizes = page.isEmpty() ? Map.of()
				: clusters.countByRegionIn(page.getContent())
					.stream()
					.collect(Collectors.toMap(ClusterRepository.RegionSize::getRegionId,
							ClusterRepository.RegionSize::getClusters));
		return page.map((region) -> new RegionRow(region, sizes.getOrDefault(region.getId(), 0L)));
	}

	@Override
	@Transactional(readOnly = true)
	public Region get(long id) {
		return regions.findById(id).orElseThrow(RecordNotFoundException::new);
	}

	@Transactional(readOnly = true)
	List<CountrySummary> countries() {
		return countries.findSummaries();
	}

	/** Saves a new region from a form that passed {@link RegionFormValidator}. */
	@Override
	public Region create(RegionForm form) {
		Region region = new Region(form.toDetails(country(form), slug(form)));
		form.getTranslation().applyTo(region, form.translatedFields());
		return regions.save(region);
	}

	/**
	 * Changes a region after a form that passed {@link RegionFormValidator}.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * region since the form was opened
	 */
	@Override
	public void update(long id, RegionForm form) {
		Region region = get(id);
		region.checkVersion(form.getVersion());
		region.edit(form.toDetails(country(form), slug(form)));
		form.getTranslation().applyTo(region, form.translatedFields());
	}

	/** What stops the region from being deleted: its clusters. */
	@Override
	@Transactional(readOnly = true)
	public Dependents dependents(long id) {
		return Dependents
			.of(Dependents.group("admin.regions.dependents.clusters", clusters.findNamesByRegion(get(id))));
	}

	/**
	 * @throws DeletionRefusedException if clusters still lie in the region
	 */
	@Override
	public void delete(long id) {
		Dependents dependents = dependents(id);
		if (!dependents.isEmpty()) {
			throw new DeletionRefusedException();
		}
		regions.delete(get(id));
	}

	/** Every saved version of a region, newest first. */
	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<RegionSnapshot>> history(long id) {
		get(id);
		return TranslatedFields.withChanges(history.of(Region.class, id))
			.stream()
			.map((entry) -> entry.showing(RegionSnapshot.of(entry.item())))
			.toList();
	}

	/**
	 * Makes an earlier version the current one again; this is itself a new revision.
	 * @throws RestoreRefusedException if its slug is someone else's now, or it lay in
	 * another country and has clusters now
	 */
	@Override
	public void restore(long id, long revision) {
		Region region = get(id);
		Region earlier = history.at(Region.class, id, revision).orElseThrow(RecordNotFoundException::new);
		regions.findNameBySlugExcept(earlier.getSlug(), id).ifPresent((other) -> {
			throw new RestoreRefusedException("admin.restore.slug-taken", earlier.getSlug(), other);
		});
		if (!earlier.getCountry().getId().equals(region.getCountry().getId())
				&& !clusters.findNamesByRegion(region).isEmpty()) {
			throw new RestoreRefusedException("admin.regions.restore.country-has-clusters",
					earlier.getCountry().getName());
		}
		region.edit(earlier.details());
	}

	@Override
	public void restoreTranslation(long id, long revision) {
		TranslatedFields.restoreTranslation(get(id),
				history.at(Region.class, id, revision).orElseThrow(RecordNotFoundException::new));
	}

	private Country country(RegionForm form) {
		return countries.findBySlug(form.getCountry())
			.orElseThrow(() -> new InvalidValueException("country", "admin.regions.country.unknown"));
	}

	private static String slug(RegionForm form) {
		return SlugField.of(form.getSlug(), form.getName(), RegionForm.SLUG_MAX);
	}

}
