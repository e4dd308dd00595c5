package eu.clusterportal.taxonomy.admin;

import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.taxonomy.TechnologyField;
import eu.clusterportal.taxonomy.TechnologyFieldRepository;
import org.springframework.stereotype.Service;

/** Maintains the technology fields (IPC/CPC sections and classes). */
@Service
class TechnologyFieldAdminService extends TaxonomyAdminService<TechnologyField> {

	TechnologyFieldAdminService(TechnologyFieldRepository fields, RevisionHistory history) {
		super(Taxonomy.TECHNOLOGY_FIELDS, TechnologyField.class, fields, history);
	}

	@Override
	public TechnologyField newTerm(String code, String name, TechnologyField parent) {
		return new TechnologyField(code, name, parent);
	}

	@Override
	public void edit(TechnologyField field, String code, String name, TechnologyField parent) {
		field.edit(code, name, parent);
	}

}
