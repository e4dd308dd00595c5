package eu.clusterportal.admin;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import eu.clusterportal.editorial.EditConflictException;
import eu.clusterportal.editorial.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * How every editing controller binds its form and answers a refusal. Text fields are
 * trimmed and blank ones are empty, except Markdown, which is kept as typed. Every
 * refusal ends here and shows the page the editor came from again, saying why: a form
 * keeps what was typed (bound again from the request) with the reason among its errors; a
 * refused delete names what depends on the item; a refused restore says why on the
 * history page. Nothing has been saved in any of these cases.
 */
@ControllerAdvice(assignableTypes = AdminController.class)
class AdminAdvice {

	/** The fields of the admin forms that hold Markdown. */
	private static final String[] MARKDOWN_FIELDS = { "description", "body" };

	private final ObjectProvider<RequestMappingHandlerAdapter> handlerAdapter;

	AdminAdvice(ObjectProvider<RequestMappingHandlerAdapter> handlerAdapter) {
		this.handlerAdapter = handlerAdapter;
	}

	@InitBinder("form")
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		for (String field : MARKDOWN_FIELDS) {
			binder.registerCustomEditor(String.class, field, new MarkdownTextEditor());
			binder.registerCustomEditor(String.class, TranslationValidator.path(field), new MarkdownTextEditor());
		}
	}

	/**
	 * Where the Chinese pages begin, whatever the editing page's own language, for links
	 * to the Chinese preview ({@code ${chinesePages} + @{~/countries/china}}).
	 */
	@ModelAttribute("chinesePages")
	String chinesePages(HttpServletRequest request) {
		return request.getServletContext().getContextPath() + TranslatedFields.LANGUAGE.pathPrefix();
	}

	@ExceptionHandler(DeletionRefusedException.class)
	String deletionRefused(HandlerMethod handler, HttpServletRequest request, Model model) {
		return controller(handler, model).deletionPage(path(request), model);
	}

	@ExceptionHandler(RestoreRefusedException.class)
	String restoreRefused(RestoreRefusedException refusal, HandlerMethod handler, HttpServletRequest request,
			Model model) {
		return controller(handler, model).restoreRefusedPage(path(request), refusal, model);
	}

	/** Someone else saved the same item since the editor opened it. */
	@ExceptionHandler({ EditConflictException.class, ObjectOptimisticLockingFailureException.class })
	String conflict(HandlerMethod handler, HttpServletRequest request, Model model) {
		return showAgain(controller(handler, model), handler, request, model,
				(errors) -> errors.reject("admin.conflict"));
	}

	/** The form names something that is gone, or a value the domain does not allow. */
	@ExceptionHandler(InvalidValueException.class)
	String invalidValue(InvalidValueException invalid, HandlerMethod handler, HttpServletRequest request, Model model) {
		return showAgain(controller(handler, model), handler, request, model,
				(errors) -> rejectAt(errors, invalid.getField(), invalid.getMessageKey(), invalid.getArguments()));
	}

	/**
	 * A name, code or slug was taken, or something referred to removed, between the
	 * checks and the commit. A value taken is reported at its field when the controller
	 * knows the constraint.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String clash(DataIntegrityViolationException clash, HandlerMethod handler, HttpServletRequest request,
			Model model) {
		AdminController controller = controller(handler, model);
		String field = controller.clashFields().get(constraintName(clash));
		return showAgain(controller, handler, request, model, (errors) -> {
			if (field != null) {
				rejectAt(errors, field, "admin.clash.field");
			}
			else {
				errors.reject("admin.clash");
			}
		});
	}

	private String showAgain(AdminController controller, HandlerMethod handler, HttpServletRequest request, Model model,
			Consumer<BindingResult> refusal) {
		Map<String, String> path = path(request);
		Optional<MethodParameter> form = formParameter(handler);
		if (form.isPresent()) {
			BindingResult result = bindAgain(controller, form.get(), request);
			refusal.accept(result);
			model.addAllAttributes(result.getModel());
			return controller.formPage(result.getTarget(), path, model);
		}
		if (path.containsKey("revision")) {
			return controller.restoreRefusedPage(path, new RestoreRefusedException("admin.restore.clash"), model);
		}
		return controller.deletionPage(path, model);
	}

	/** A new form with what the request sent, bound as the controller binds it. */
	private BindingResult bindAgain(AdminController controller, MethodParameter parameter, HttpServletRequest request) {
		Object form = BeanUtils.instantiateClass(parameter.getParameterType());
		ExtendedServletRequestDataBinder binder = new ExtendedServletRequestDataBinder(form, "form");
		handlerAdapter.getObject().getWebBindingInitializer().initBinder(binder);
		trimText(binder);
		controller.initFormBinder(binder, path(request));
		binder.bind(request);
		controller.receive(form, binder.getBindingResult());
		return binder.getBindingResult();
	}

	/** Puts the message at the field, or above the form if the form has no such field. */
	private static void rejectAt(BindingResult errors, String field, String messageKey, Object... arguments) {
		if (errors.getFieldType(field) != null) {
			errors.rejectValue(field, messageKey, arguments, null);
		}
		else {
			errors.reject(messageKey, arguments, null);
		}
	}

	/** The name of the constraint the database reported, or "" if it named none. */
	private static String constraintName(DataIntegrityViolationException clash) {
		for (Throwable cause = clash; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
		}
		return "";
	}

	private static Optional<MethodParameter> formParameter(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.filter((parameter) -> parameter.hasParameterAnnotation(ModelAttribute.class))
			.findFirst();
	}

	/**
	 * The controller that refused, with what its every page shows already on the model.
	 */
	private static AdminController controller(HandlerMethod handler, Model model) {
		AdminController controller = (AdminController) handler.getBean();
		controller.addPageAttributes(model);
		return controller;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> path(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables != null) ? variables : Map.of();
	}

}
