package eu.clusterportal.content.admin;

import java.time.LocalDate;

import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventDetails;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.country.Country;
import eu.clusterportal.web.ValidWebAddress;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** What the event form sends; the country travels by slug. */
public class EventForm extends ContentForm {

	@NotNull(message = "{admin.events.kind.required}")
	private EventKind kind = EventKind.OTHER;

	@NotNull(message = "{admin.events.audience.required}")
	private EventAudience audience = EventAudience.EVERYONE;

	@NotNull(message = "{admin.events.starts-on.required}")
	private LocalDate startsOn;

	private LocalDate endsOn;

	@Size(max = 200, message = "{admin.events.location.size}")
	private String location;

	@Size(max = 500, message = "{admin.url.invalid}")
	@ValidWebAddress
	private String onlineUrl;

	static EventForm of(Event event) {
		EventForm form = new EventForm();
		form.copyFrom(event);
		form.kind = event.getKind();
		form.audience = event.getAudience();
		form.startsOn = event.getStartsOn();
		form.endsOn = event.getEndsOn();
		form.location = event.getLocation();
		form.onlineUrl = event.getOnlineUrl();
		return form;
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.EVENT;
	}

	/**
	 * Checks the rules that span fields, putting each error next to the field to change.
	 * Fields that already failed on their own are left alone, so each gets one clear
	 * message.
	 */
	@Override
	public void checkAcrossFields(Errors errors) {
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn) && !errors.hasFieldErrors("endsOn")) {
			errors.rejectValue("endsOn", "admin.events.ends-on.before-start");
		}
		if (isBlank(location) && isBlank(onlineUrl) && !errors.hasFieldErrors("location")
				&& !errors.hasFieldErrors("onlineUrl")) {
			errors.rejectValue("location", "admin.events.place-or-link.required");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** The event as the form describes it, in the country it names. */
	EventDetails toDetails(Country country) {
		return new EventDetails(country, getTitle(), kind, audience, startsOn, endsOn, location, onlineUrl,
				getSummary(), getStatus());
	}

	public EventKind getKind() {
		return kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public EventAudience getAudience() {
		return audience;
	}

	public void setAudience(EventAudience audience) {
		this.audience = audience;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

}
