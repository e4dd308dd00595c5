package eu.clusterportal.admin;

import jakarta.validation.constraints.Size;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks the translation of a {@link TranslatedForm}: each text is no longer than the
 * English input beside it may be (its {@link Size}). Added to every admin form's binder
 * before its form exists, so it takes any form and leaves the others alone.
 */
class TranslationValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (!(target instanceof TranslatedForm form)) {
			return;
		}
		TranslationForm translation = form.getTranslation();
		BeanWrapper english = PropertyAccessorFactory.forBeanPropertyAccess(form);
		for (TranslatedFields.Field<?> field : form.translatedFields().fields()) {
			String text = translation.getTexts().get(field.key());
			if (text == null || text.isBlank()) {
				continue;
			}
			TypeDescriptor input = english.getPropertyTypeDescriptor(field.formPath());
			Size size = (input != null) ? input.getAnnotation(Size.class) : null;
			if (size != null && text.length() > size.max()) {
				errors.rejectValue(path(field.key()), "admin.translation.size", new Object[] { size.max() }, null);
			}
		}
	}

	/** The binding path of a translated text. */
	static String path(String key) {
		return "translation.texts[" + key + "]";
	}

}
