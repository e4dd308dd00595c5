package eu.clusterportal.admin;

import java.util.List;

import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Source;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * Where a part of a form comes from, as the form sends it: a source chosen from a list
 * and an optional detail. Forms hold one per figure or list of codes and check it with
 * {@link #check}.
 */
public class ProvenanceForm {

	/** {@code null}: not recorded. */
	private Source source;

	@Size(max = Provenance.DETAIL_MAX, message = "{admin.provenance.detail.size}")
	private String detail;

	public static ProvenanceForm of(Provenance provenance) {
		ProvenanceForm form = new ProvenanceForm();
		if (provenance != null) {
			form.source = provenance.source();
			form.detail = provenance.detail();
		}
		return form;
	}

	public boolean isEmpty() {
		return source == null && detail == null;
	}

	/**
	 * Reports what does not fit at {@code path}: a detail without a source, another
	 * publication without its name, and no source for something given.
	 * @param given whether there is a figure or at least one code for the source to
	 * qualify
	 */
	public void check(String path, boolean given, Errors errors) {
		if (errors.hasFieldErrors(path + ".source")) {
			return;
		}
		if (source == null && detail != null) {
			errors.rejectValue(path + ".source", "admin.provenance.detail.needs-source");
		}
		else if (source == null && given) {
			errors.rejectValue(path + ".source", "admin.provenance.source.required");
		}
		else if (source != null && source.needsDetail() && detail == null) {
			errors.rejectValue(path + ".detail", "admin.provenance.detail.required");
		}
	}

	/**
	 * The provenance of something given, or {@code null} when there is nothing for it to
	 * qualify or no source was chosen.
	 */
	public Provenance toProvenance(boolean given) {
		return given ? Provenance.ofNullable(source, detail) : null;
	}

	/** The sources an editor can choose from, in the order the select lists them. */
	public List<Source> getChoices() {
		return List.of(Source.values());
	}

	public Source getSource() {
		return source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	public String getDetail() {
		return detail;
	}

	public void setDetail(String detail) {
		this.detail = detail;
	}

}
