package eu.clusterportal.taxonomy.admin;

import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.SectorRepository;
import eu.clusterportal.taxonomy.TermDetails;
import org.springframework.stereotype.Service;

/** Maintains the sectoral industries (NACE sections and divisions). */
@Service
class SectorAdminService extends TaxonomyAdminService<Sector> {

	SectorAdminService(SectorRepository sectors, RevisionHistory history) {
		super(Taxonomy.SECTORS, Sector.class, sectors, history);
	}

	@Override
	public Sector newTerm(TermDetails<Sector> details) {
		return new Sector(details.code(), details.name(), details.parent());
	}

	@Override
	public void edit(Sector sector, TermDetails<Sector> details) {
		sector.edit(details);
	}

}
