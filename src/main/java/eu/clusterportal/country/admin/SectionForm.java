package eu.clusterportal.country.admin;

import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.country.SectionDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text section as the section form sends it: a plain lead and a Markdown body. */
public class SectionForm implements TranslatedForm {

	private Long version;

	@NotBlank(message = "{admin.section.lead.required}")
	@Size(max = 2000, message = "{admin.section.lead.size}")
	private String lead;

	@Size(max = 50000, message = "{admin.section.body.size}")
	private String body;

	private TranslationForm translation = new TranslationForm();

	static SectionForm of(CountrySection section) {
		SectionForm form = new SectionForm();
		form.version = section.getVersion();
		form.lead = section.getLead();
		form.body = section.getBody();
		form.translation = TranslationForm.of(section);
		return form;
	}

	/** The section as the form describes it. */
	SectionDetails toDetails() {
		return new SectionDetails(lead, body);
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.SECTION;
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

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
