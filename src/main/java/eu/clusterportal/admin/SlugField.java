package eu.clusterportal.admin;

import java.util.Optional;
import java.util.function.Function;

import eu.clusterportal.system.Slugs;
import org.springframework.validation.Errors;

/**
 * Chooses the slug that names a region or cluster in its public URL: the one the editor
 * typed, or, when the field is blank, one made from the name. Reports a slug that cannot
 * be made or that something else already has on the form's {@code slug} field.
 */
public final class SlugField {

	/**
	 * What a form may send as a slug: nothing (make one from the name) or lower-case
	 * letters and digits in groups joined by single hyphens, as the database checks;
	 * spaces around it are dropped.
	 */
	public static final String FORM_PATTERN = "\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*";

	private SlugField() {
	}

	/**
	 * The slug typed, or when none was, the one made from the name (empty if none can be
	 * made).
	 */
	public static String of(String typed, String name, int maxLength) {
		return (typed != null) ? typed : Slugs.of(name, maxLength);
	}

	/**
	 * @param usedBy the name of whatever else has a slug already, if anything does
	 * @return the slug, or {@code null} when there is none to use; the reason is then in
	 * {@code errors}, unless the name or slug field had an error already
	 */
	public static String choose(String typed, String name, int maxLength, Function<String, Optional<String>> usedBy,
			Errors errors) {
		if (errors.hasFieldErrors("slug") || errors.hasFieldErrors("name")) {
			return null;
		}
		boolean derived = typed == null;
		String slug = of(typed, name, maxLength);
		if (slug.isEmpty()) {
			errors.rejectValue("slug", "admin.slug.underivable");
			return null;
		}
		Optional<String> other = usedBy.apply(slug);
		if (other.isPresent()) {
			errors.rejectValue("slug", derived ? "admin.slug.derived-taken" : "admin.slug.taken",
					new Object[] { slug, other.get() }, null);
			return null;
		}
		return slug;
	}

}
