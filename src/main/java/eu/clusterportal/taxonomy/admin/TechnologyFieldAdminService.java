package eu.clusterportal.taxonomy.admin;

import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.taxonomy.TechnologyField;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import eu.clusterportal.taxonomy.TermDetails;
import org.springframework.stereotype.Service;

/** Maintains the technology fields (IPC/CPC sections and classes). */
@Service
class TechnologyFieldAdminService extends TaxonomyAdminService<TechnologyField> {

	TechnologyFieldAdminService(TechnologyFieldRepository fields, RevisionHistory history) {
		super(Taxonomy.TECHNOLOGY_FIELDS, TechnologyField.class, fields, history);
	}

	@Override
	public TechnologyField newTerm(TermDetails<TechnologyField> details) {
		return new TechnologyField(details.code(), details.name(), details.parent());
	}

	@Override
	public void edit(TechnologyField field, TermDetails<TechnologyField> details) {
		field.edit(details);
	}

}
