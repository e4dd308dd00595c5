package eu.clusterportal.country.admin;

import java.util.Map;

import eu.clusterportal.admin.AdminController;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.country.SectionTopic;
import eu.clusterportal.system.MarkdownRenderer;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors create and delete countries, change a country's introduction and key facts and
 * its text sections in Markdown, and restore earlier versions of both.
 */
@Controller
@RequestMapping("/admin/countries")
class CountryAdminController extends AdminController {

	static final String LIST_VIEW = "admin/countries/list";

	static final String COUNTRY_VIEW = "admin/countries/form";

	static final String NEW_COUNTRY_VIEW = "admin/countries/new";

	static final String DELETE_VIEW = "admin/countries/delete";

	static final String HISTORY_VIEW = "admin/countries/history";

	static final String SECTION_VIEW = "admin/countries/section";

	static final String SECTION_HISTORY_VIEW = "admin/countries/section-history";

	private final CountryAdminService service;

	private final CountryFormValidator validator;

	private final CountryRepository countries;

	private final MarkdownRenderer markdown;

	private final CountryNames countryNames;

	CountryAdminController(CountryAdminService service, CountryFormValidator validator, CountryRepository countries,
			MarkdownRenderer markdown, CountryNames countryNames) {
		this.service = service;
		this.validator = validator;
		this.countries = countries;
		this.markdown = markdown;
		this.countryNames = countryNames;
	}

	/**
	 * Checks a new country, or a country's name and key facts; a section has nothing to
	 * check beyond its form.
	 */
	@Override
	protected void initFormBinder(WebDataBinder binder, Map<String, String> path) {
		if (!path.containsKey("slug")) {
			binder.addValidators(Validator.forInstanceOf(NewCountryForm.class, validator::validate));
		}
		else if (!path.containsKey("topic")) {
			binder.addValidators(Validator.forInstanceOf(CountryForm.class,
					(form, errors) -> validator.validate(form, path.get("slug"), errors)));
		}
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("countries", countries.findSummaries());
		model.addAttribute("countryTranslations", service.translationStates());
		model.addAttribute("topics", SectionTopic.values());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new NewCountryForm());
		return NEW_COUNTRY_VIEW;
	}

	/** Creates the country and goes on to its introduction and key facts. */
	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") NewCountryForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return NEW_COUNTRY_VIEW;
		}
		Country created = service.create(form);
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:/admin/countries/" + created.getSlug();
	}

	@GetMapping("/{slug}")
	String initCountryForm(@PathVariable String slug, Model model) {
		Country country = service.country(slug);
		model.addAttribute("form", CountryForm.of(country));
		return countryForm(country, model);
	}

	@PostMapping("/{slug}")
	String processCountryForm(@PathVariable String slug, @Valid @ModelAttribute("form") CountryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return countryForm(service.country(slug), model);
		}
		service.update(slug, form);
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:/admin/countries/" + slug;
	}

	@GetMapping("/{slug}/history")
	String history(@PathVariable String slug, Model model) {
		addCountry(model, service.country(slug));
		model.addAttribute("revisions", service.history(slug));
		return HISTORY_VIEW;
	}

	@PostMapping("/{slug}/history/{revision}/restore")
	String restore(@PathVariable String slug, @PathVariable long revision, RedirectAttributes redirect) {
		service.restore(slug, revision);
		redirect.addFlashAttribute("notice", "admin.restored");
		return "redirect:/admin/countries/" + slug;
	}

	@PostMapping("/{slug}/history/{revision}/restore-translation")
	String restoreTranslation(@PathVariable String slug, @PathVariable long revision, RedirectAttributes redirect) {
		service.restoreTranslation(slug, revision);
		redirect.addFlashAttribute("notice", "admin.translation.restored");
		return "redirect:/admin/countries/" + slug;
	}

	@GetMapping("/{slug}/delete")
	String confirmDeletion(@PathVariable String slug, Model model) {
		addCountry(model, service.country(slug));
		model.addAttribute("sectionCount", service.sectionCount(slug));
		model.addAttribute("dependents", service.dependents(slug));
		return DELETE_VIEW;
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, RedirectAttributes redirect) {
		service.delete(slug);
		redirect.addFlashAttribute("notice", "admin.deleted");
		return "redirect:/admin/countries";
	}

	@GetMapping("/{slug}/sections/{topic}")
	String initSectionForm(@PathVariable String slug, @PathVariable String topic, Model model) {
		CountrySection section = service.section(slug, topic(topic));
		model.addAttribute("form", SectionForm.of(section));
		return sectionForm(section, model);
	}

	/**
	 * Saves the section, or with {@code action=preview} shows how it will look without
	 * saving.
	 */
	@PostMapping("/{slug}/sections/{topic}")
	String processSectionForm(@PathVariable String slug, @PathVariable String topic,
			@Valid @ModelAttribute("form") SectionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		SectionTopic sectionTopic = topic(topic);
		if ("preview".equals(action) || result.hasErrors()) {
			model.addAttribute("previewHtml", markdown.toHtml(form.getBody()));
			model.addAttribute("translationPreviewHtml", translationPreview(form.getTranslation().text("body")));
			return sectionForm(service.section(slug, sectionTopic), model);
		}
		service.update(slug, sectionTopic, form);
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:/admin/countries/" + slug + "/sections/" + topic;
	}

	@GetMapping("/{slug}/sections/{topic}/history")
	String sectionHistory(@PathVariable String slug, @PathVariable String topic, Model model) {
		SectionTopic sectionTopic = topic(topic);
		CountrySection section = service.section(slug, sectionTopic);
		model.addAttribute("section", section);
		addCountry(model, section.getCountry());
		model.addAttribute("revisions", service.history(slug, sectionTopic));
		return SECTION_HISTORY_VIEW;
	}

	@PostMapping("/{slug}/sections/{topic}/history/{revision}/restore")
	String restoreSection(@PathVariable String slug, @PathVariable String topic, @PathVariable long revision,
			RedirectAttributes redirect) {
		service.restore(slug, topic(topic), revision);
		redirect.addFlashAttribute("notice", "admin.restored");
		return "redirect:/admin/countries/" + slug + "/sections/" + topic;
	}

	@PostMapping("/{slug}/sections/{topic}/history/{revision}/restore-translation")
	String restoreSectionTranslation(@PathVariable String slug, @PathVariable String topic, @PathVariable long revision,
			RedirectAttributes redirect) {
		service.restoreTranslation(slug, topic(topic), revision);
		redirect.addFlashAttribute("notice", "admin.translation.restored");
		return "redirect:/admin/countries/" + slug + "/sections/" + topic;
	}

	@Override
	protected Map<String, String> clashFields() {
		return Map.of("country_name_key", "name", "country_slug_key", "slug", "country_iso_code_key", "isoCode");
	}

	/**
	 * The form as sent: a new country, a country's introduction and key facts, or a
	 * section.
	 */
	@Override
	protected String formPage(Object form, Map<String, String> path, Model model) {
		if (form instanceof NewCountryForm) {
			return NEW_COUNTRY_VIEW;
		}
		if (form instanceof SectionForm) {
			return sectionForm(service.section(path.get("slug"), topic(path.get("topic"))), model);
		}
		return countryForm(service.country(path.get("slug")), model);
	}

	@Override
	protected String deletionPage(Map<String, String> path, Model model) {
		return confirmDeletion(path.get("slug"), model);
	}

	/** The history of the country, or of its section when the path names one. */
	@Override
	protected String historyPage(Map<String, String> path, Model model) {
		return path.containsKey("topic") ? sectionHistory(path.get("slug"), path.get("topic"), model)
				: history(path.get("slug"), model);
	}

	private String countryForm(Country country, Model model) {
		addCountry(model, country);
		model.addAttribute("topics", SectionTopic.values());
		return COUNTRY_VIEW;
	}

	private String sectionForm(CountrySection section, Model model) {
		model.addAttribute("section", section);
		addCountry(model, section.getCountry());
		return SECTION_VIEW;
	}

	// Headings and titles name the country as the page's language does.
	private void addCountry(Model model, Country country) {
		model.addAttribute("country", country);
		model.addAttribute("countryName", countryNames.of(country));
	}

	private String translationPreview(String text) {
		return (text != null) ? markdown.toHtml(text) : null;
	}

	private static SectionTopic topic(String anchor) {
		return SectionTopic.fromAnchor(anchor).orElseThrow(RecordNotFoundException::new);
	}

}
