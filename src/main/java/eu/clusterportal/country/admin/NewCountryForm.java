package eu.clusterportal.country.admin;

import eu.clusterportal.system.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new country: its name and, if the editor wants another than the one made from the
 * name, the slug of its page address. Introduction and key facts follow in the country
 * form.
 */
public class NewCountryForm {

	@NotBlank(message = "{admin.country.name.required}")
	@Size(max = 120, message = "{admin.country.name.size}")
	private String name;

	@Size(max = 80, message = "{admin.country.slug.size}")
	@Pattern(regexp = "^$|" + Slugs.PATTERN, message = "{admin.country.slug.invalid}")
	private String slug;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

}
