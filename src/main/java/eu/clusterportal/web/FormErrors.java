package eu.clusterportal.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.thymeleaf.context.IContext;

/**
 * The errors of the forms a page shows again, for its error summary and its title
 * ({@code @formErrors} in templates): in the order of the form, as a reader meets the
 * fields, rather than in the order the checks ran (Bean Validation's is arbitrary).
 * Errors of the whole form come first, then each field's in the order the form class
 * declares its fields, which is the order of the form on the page.
 */
@Component("formErrors")
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Every error of the page's forms, the form's order. */
	public List<FormError> inFormOrder(IContext page) {
		List<FormError> errors = new ArrayList<>();
		for (BindingResult form : formsWithErrors(page)) {
			List<String> fields = declaredFields(form.getTarget());
			form.getAllErrors()
				.stream()
				.sorted(Comparator.comparingInt((ObjectError error) -> position(error, fields)))
				.map((error) -> new FormError((error instanceof FieldError field) ? field.getField() : null,
						messages.getMessage(error, page.getLocale())))
				.forEach(errors::add);
		}
		return errors;
	}

	/** How many errors the page's forms have. */
	public int count(IContext page) {
		return formsWithErrors(page).stream().mapToInt(BindingResult::getErrorCount).sum();
	}

	private static List<BindingResult> formsWithErrors(IContext page) {
		return page.getVariableNames()
			.stream()
			.filter((name) -> name.startsWith(BindingResult.MODEL_KEY_PREFIX))
			.map(page::getVariable)
			.filter((value) -> value instanceof BindingResult form && form.hasErrors())
			.map(BindingResult.class::cast)
			.toList();
	}

	/** Before every field for an error of the whole form, else its field's place. */
	private static int position(ObjectError error, List<String> fields) {
		if (!(error instanceof FieldError field)) {
			return -1;
		}
		String property = field.getField().split("[.\\[]", 2)[0];
		int position = fields.indexOf(property);
		return (position >= 0) ? position : fields.size();
	}

	/** The form class's fields, a superclass's first, each in the order of its source. */
	private static List<String> declaredFields(Object form) {
		List<String> names = new ArrayList<>();
		if (form == null) {
			return names;
		}
		List<Class<?>> classes = new ArrayList<>();
		for (Class<?> type = form.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			classes.add(0, type);
		}
		for (Class<?> type : classes) {
			for (Field field : type.getDeclaredFields()) {
				names.add(field.getName());
			}
		}
		return names;
	}

	/**
	 * One error as the summary lists it.
	 *
	 * @param field the field it is about, its link target; null for the whole form
	 * @param message what to correct
	 */
	public record FormError(String field, String message) {
	}

}
