package eu.clusterportal.admin;

import java.time.LocalDate;

import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the news form sends; countries and partnerships travel by slug and acronym. */
public class NewsForm {

	/** The version the editor started from, to detect a concurrent change. */
	private Long version;

	@NotBlank(message = "{admin.news.country.required}")
	private String country;

	@NotNull(message = "{admin.news.channel.required}")
	private NewsChannel channel = NewsChannel.COUNTRY;

	private String partnership;

	@NotBlank(message = "{admin.news.title.required}")
	@Size(max = 300, message = "{admin.news.title.size}")
	private String title;

	@NotNull(message = "{admin.news.published-on.required}")
	private LocalDate publishedOn;

	@Size(max = 2000, message = "{admin.news.summary.size}")
	private String summary;

	@Size(max = 500, message = "{admin.url.invalid}")
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{admin.url.invalid}")
	private String url;

	@NotNull(message = "{admin.status.required}")
	private PublicationStatus status = PublicationStatus.DRAFT;

	static NewsForm of(NewsItem item) {
		NewsForm form = new NewsForm();
		form.version = item.getVersion();
		form.country = item.getCountry().getSlug();
		form.channel = item.getChannel();
		form.partnership = (item.getPartnership() != null) ? item.getPartnership().getAcronym() : null;
		form.title = item.getTitle();
		form.publishedOn = item.getPublishedOn();
		form.summary = item.getSummary();
		form.url = item.getUrl();
		form.status = item.getStatus();
		return form;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public NewsChannel getChannel() {
		return channel;
	}

	public void setChannel(NewsChannel channel) {
		this.channel = channel;
	}

	public String getPartnership() {
		return partnership;
	}

	public void setPartnership(String partnership) {
		this.partnership = partnership;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public PublicationStatus getStatus() {
		return status;
	}

	public void setStatus(PublicationStatus status) {
		this.status = status;
	}

}
