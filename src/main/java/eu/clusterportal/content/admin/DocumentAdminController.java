package eu.clusterportal.content.admin;

import java.util.Map;
import java.util.Optional;

import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.country.CountryRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Editors maintain documents and their PDFs: list and search, create, edit, delete,
 * history and restore.
 */
@Controller
@RequestMapping("/admin/documents")
class DocumentAdminController extends ContentAdminController<Document, DocumentForm> {

	private static final String STORED_UPLOAD = DocumentAdminController.class.getName() + ".storedUpload";

	private final DocumentAdminService service;

	private final DocumentUploads uploads;

	DocumentAdminController(DocumentAdminService service, DocumentUploads uploads, CountryRepository countries) {
		super("documents", service, countries);
		this.service = service;
		this.uploads = uploads;
	}

	@Override
	protected void initFormBinder(WebDataBinder binder, Map<String, String> path) {
		super.initFormBinder(binder, path);
		binder.addCustomFormatter(new PublicationDateFormatter(), "published");
	}

	@Override
	protected DocumentForm newForm() {
		return new DocumentForm();
	}

	/**
	 * Stores a newly chosen PDF at once, so that the form keeps it if it comes back with
	 * errors, in place of the upload it had pending.
	 */
	@Override
	protected DocumentForm formOf(Document document) {
		return DocumentForm.of(document);
	}

	@Override
	protected void receive(Object form, BindingResult result) {
		DocumentForm document = (DocumentForm) form;
		Long pending = document.getFileId();
		storedUpload(document, result).ifPresent((file) -> {
			document.attach(file);
			uploads.discardReplaced(pending);
		});
	}

	/**
	 * The request's upload, stored once: a refused save binds the request again
	 * ({@link eu.clusterportal.admin.AdminAdvice}), and then takes the file stored the
	 * first time.
	 */
	private Optional<DocumentFile> storedUpload(DocumentForm document, BindingResult result) {
		RequestAttributes request = RequestContextHolder.currentRequestAttributes();
		DocumentFile stored = (DocumentFile) request.getAttribute(STORED_UPLOAD, RequestAttributes.SCOPE_REQUEST);
		if (stored != null) {
			return Optional.of(stored);
		}
		Optional<DocumentFile> file = uploads.store(document.getUpload(), result);
		file.ifPresent((f) -> request.setAttribute(STORED_UPLOAD, f, RequestAttributes.SCOPE_REQUEST));
		return file;
	}

	@Override
	protected void addOwnChoices(DocumentForm form, Model model) {
		model.addAttribute("attachedFile", service.attachedFile(form).orElse(null));
		model.addAttribute("maxSize", uploads.maxSize());
		model.addAttribute("kinds", DocumentKind.values());
	}

}
