package eu.clusterportal.admin;

import eu.clusterportal.editorial.Translatable;
import org.springframework.stereotype.Component;

/**
 * How far an item is translated, for the editors' lists ({@code @translationStates} in
 * templates).
 */
@Component("translationStates")
public class TranslationStates {

	public <T extends Translatable> TranslationState of(T item) {
		return TranslatedFields.of(item).state(item);
	}

}
