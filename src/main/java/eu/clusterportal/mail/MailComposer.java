package eu.clusterportal.mail;

import java.util.Map;
import java.util.Set;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.PortalBaseUrl;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a mail from its two templates, {@code templates/mail/{kind}.txt} (the text part)
 * and {@code templates/mail/{kind}.html} (the HTML part), in the recipient's language;
 * its subject is the message {@code mail.{kind}.subject}. Templates get the variables
 * they are given plus {@code portalUrl}, the address of the portal's home page in that
 * language. It has its own template engine, as the web pages' engine reads HTML only.
 */
@Component
class MailComposer {

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final MessageSource messages;

	private final PortalBaseUrl baseUrl;

	MailComposer(MessageSource messages, PortalBaseUrl baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.templates.setTemplateEngineMessageSource(messages);
		this.templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt"));
		this.templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html"));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setCheckExistence(true);
		return resolver;
	}

	ComposedMail compose(String kind, Language language, Map<String, Object> variables) {
		Context context = new Context(language.locale(), variables);
		context.setVariable("portalUrl", baseUrl.url(language, "/"));
		String subject = messages.getMessage("mail." + kind + ".subject", null, language.locale());
		return new ComposedMail(subject, templates.process(kind + ".txt", context),
				templates.process(kind + ".html", context));
	}

}
