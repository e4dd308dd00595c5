package eu.clusterportal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field free of the control characters that {@link TextCharacters} refuses; null
 * is clean.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanText.Validator.class)
public @interface CleanText {

	String message();

	/** Whether the field is one line, so that line breaks and tabs are refused too. */
	boolean line() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a text field with {@link TextCharacters}. */
	class Validator implements ConstraintValidator<CleanText, String> {

		private boolean line;

		@Override
		public void initialize(CleanText annotation) {
			this.line = annotation.line();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return this.line ? TextCharacters.isCleanLine(value) : TextCharacters.isCleanText(value);
		}

	}

}
