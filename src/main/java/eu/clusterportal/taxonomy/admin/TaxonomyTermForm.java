package eu.clusterportal.taxonomy.admin;

import java.util.Locale;

import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TermDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A sector or technology field as its form sends it. The code is read in capitals, as the
 * classifications write it; its pattern and the parent section are checked by the editing
 * service, whose messages speak of the taxonomy's divisions or classes.
 */
public class TaxonomyTermForm implements TranslatedForm {

	/** The version the editor started from, to detect a concurrent change. */
	private Long version;

	@NotBlank(message = "{admin.taxonomies.code.required}")
	private String code;

	@NotBlank(message = "{admin.taxonomies.name.required}")
	@Size(max = 200, message = "{admin.taxonomies.name.size}")
	private String name;

	/** The code of the section a division belongs to; empty for a section. */
	private String parent;

	private TranslationForm translation = new TranslationForm();

	static TaxonomyTermForm of(TaxonomyTerm term) {
		TaxonomyTermForm form = new TaxonomyTermForm();
		form.version = term.getVersion();
		form.code = term.getCode();
		form.name = term.getName();
		form.parent = (term.getParent() != null) ? term.getParent().getCode() : null;
		form.translation = TranslationForm.of(term);
		return form;
	}

	/** The term as the form describes it, in the section found for it. */
	<T extends TaxonomyTerm> TermDetails<T> toDetails(T parent) {
		return new TermDetails<>(code, name, parent);
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.TERM;
	}

	@Override
	public TranslationForm getTranslation() {
		return translation;
	}

	public void setTranslation(TranslationForm translation) {
		this.translation = translation;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : null;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getParent() {
		return parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

}
