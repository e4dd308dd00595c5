package eu.clusterportal.country.admin;

import eu.clusterportal.country.CountrySection;
import eu.clusterportal.country.SectionDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text section as the section form sends it: a plain lead and a Markdown body. */
public class SectionForm {

	private Long version;

	@NotBlank(message = "{admin.section.lead.required}")
	@Size(max = 2000, message = "{admin.section.lead.size}")
	private String lead;

	@Size(max = 50000, message = "{admin.section.body.size}")
	private String body;

	static SectionForm of(CountrySection section) {
		SectionForm form = new SectionForm();
		form.version = section.getVersion();
		form.lead = section.getLead();
		form.body = section.getBody();
		return form;
	}

	/** The section as the form describes it. */
	SectionDetails toDetails() {
		return new SectionDetails(lead, body);
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
