package eu.clusterportal.partnership;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedProvenance;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Source;

/**
 * How many partnerships have their targets from one source: a map that counts targets
 * says which lists it counts.
 *
 * @param source {@code null} when not recorded
 * @param detail the part of the source, or {@code null}
 * @param translatedDetail its published translation in the language asked for, or
 * {@code null}
 */
public record TargetsSource(Source source, String detail, String translatedDetail, long partnerships) {

	/**
	 * Where the targets come from as a page in {@code language} says it, or {@code null}
	 * when not recorded.
	 */
	public LocalizedProvenance provenance(Language language) {
		Provenance provenance = Provenance.ofNullable(source, detail);
		if (provenance == null || language.isOriginal() || translatedDetail == null) {
			return (provenance != null) ? LocalizedProvenance.untranslated(provenance, language) : null;
		}
		return new LocalizedProvenance(source, new LocalizedText(translatedDetail, language, false));
	}

}
